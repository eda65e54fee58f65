"""`python -m bench [NAME ...]`: runs the named benchmark modules (all when none are named)."""

from __future__ import annotations

import importlib
import pkgutil
import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    """Runs each benchmark's main() in turn, in a user data folder of their own (the station key the benchmarks
    sign with, their anchors and PIN files never touch the real one)."""
    import os
    import tempfile

    scratch = tempfile.TemporaryDirectory(prefix="kiemphieu-bench-data-")
    os.environ["KIEMPHIEU_DATA_DIR"] = scratch.name
    here = Path(__file__).parent
    names = argv or sorted(
        m.name for m in pkgutil.iter_modules([str(here)]) if not m.name.startswith("_") and m.name != "data"
    )
    for name in names:
        print(f"== bench.{name}", flush=True)
        importlib.import_module(f"bench.{name}").main()
    scratch.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
