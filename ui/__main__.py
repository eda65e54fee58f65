"""`python -m ui` starts the desktop program."""

import sys

from ui.main import main

sys.exit(main())
