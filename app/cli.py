"""The command line: `kiemphieu tally | verify | minutes | …` (shared/spec/election-file.md).

Each subcommand lives in a module of `app.commands` with `register(subparsers)`
that adds its parser and sets `func`. Faults in the input exit 2 with one clear
message; a bug writes a log file and exits 3; never a traceback on screen.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from collections.abc import Sequence

import app.commands
from app.errors import EXIT_BAD_INPUT, EXIT_BUG, UserError, crash_report
from app.fileformat import FileFault


def parser() -> argparse.ArgumentParser:
    """The parser with every subcommand of `app.commands`."""
    p = argparse.ArgumentParser(prog="kiemphieu", description="Kiểm phiếu bầu cử trong Đảng — dòng lệnh.")
    sub = p.add_subparsers(dest="command", required=True, metavar="LỆNH")
    for info in sorted(pkgutil.iter_modules(app.commands.__path__), key=lambda m: m.name):
        importlib.import_module(f"app.commands.{info.name}").register(sub)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Runs one command and returns its exit code."""
    args = parser().parse_args(argv)
    try:
        return int(args.func(args))
    except FileFault as f:
        print(f.user_text(), file=sys.stderr)
        return EXIT_BAD_INPUT
    except UserError as u:
        print(u.user_text(), file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("Đã dừng theo yêu cầu.", file=sys.stderr)
        return EXIT_BAD_INPUT
    except Exception as exc:
        print(crash_report(exc), file=sys.stderr)
        return EXIT_BUG
