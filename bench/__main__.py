"""`python -m bench [NAME [ARG ...]] ...`: runs the named benchmark modules (all when none are named).

Words after a benchmark's name that are not themselves benchmark names are that benchmark's arguments:
`python -m bench scan 600 --seed 16 tally` runs `bench.scan.main(["600", "--seed", "16"])`, then `bench.tally`.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import sys
from pathlib import Path


def plan(argv: list[str], known: list[str]) -> list[tuple[str, list[str]]]:
    """The benchmarks to run, each with its own arguments (a word before any name is an error)."""
    out: list[tuple[str, list[str]]] = []
    for word in argv:
        if word in known:
            out.append((word, []))
        elif out:
            out[-1][1].append(word)
        else:
            raise SystemExit(f"unknown benchmark {word!r}; known: {', '.join(known)}")
    return out or [(name, []) for name in known]


def main(argv: list[str]) -> int:
    """Runs each benchmark's main() in turn, in a user data folder of their own (the station key the benchmarks
    sign with, their anchors and PIN files never touch the real one)."""
    import os
    import tempfile

    scratch = tempfile.TemporaryDirectory(prefix="kiemphieu-bench-data-")
    os.environ["KIEMPHIEU_DATA_DIR"] = scratch.name
    here = Path(__file__).parent
    known = sorted(m.name for m in pkgutil.iter_modules([str(here)]) if not m.name.startswith("_") and m.name != "data")
    for name, args in plan(argv, known):
        print(f"== bench.{name}", flush=True)
        run = importlib.import_module(f"bench.{name}").main
        if inspect.signature(run).parameters:
            run(args)
        elif args:
            raise SystemExit(f"bench.{name} takes no arguments ({' '.join(args)} given)")
        else:
            run()
    scratch.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
