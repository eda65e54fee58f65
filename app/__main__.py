"""`python -m app` does what the `kiemphieu` command does."""

import sys

from app.cli import main

sys.exit(main())
