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
from app.texts import text

#: Commands whose module name differs from the command (a module cannot be called `import`).
MODULE_OF = {"import": "importfile"}


def parser(argv: Sequence[str] = ()) -> argparse.ArgumentParser:
    """The parser: only the requested command's module is imported, so `tally` stays light (no Qt, no database)."""
    p = argparse.ArgumentParser(prog="kiemphieu", description=text("cli.help.program"))
    sub = p.add_subparsers(dest="command", required=True, metavar="LỆNH")
    modules = sorted(m.name for m in pkgutil.iter_modules(app.commands.__path__))
    wanted = next((a for a in argv if not a.startswith("-")), None)
    module = MODULE_OF.get(wanted or "", wanted)
    for name in [module] if module in modules else modules:
        importlib.import_module(f"app.commands.{name}").register(sub)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Runs one command and returns its exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    args = parser(argv).parse_args(argv)
    try:
        return int(args.func(args))
    except FileFault as f:
        print(f.user_text(), file=sys.stderr)
        return EXIT_BAD_INPUT
    except UserError as u:
        print(u.user_text(), file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print(text("cli.interrupted"), file=sys.stderr)
        return EXIT_BAD_INPUT
    except Exception as exc:
        print(crash_report(exc), file=sys.stderr)
        return EXIT_BUG
