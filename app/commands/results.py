"""`kiemphieu results FILE|--db DB -o OUT.xlsx|OUT.csv`: every round of every election for Excel."""

from __future__ import annotations

import argparse
from typing import Any

from app.commands.minutes import check_source, check_suffix, source, write
from app.errors import EXIT_OK
from app.texts import text


def register(sub: Any) -> None:
    """Adds the `results` subcommand."""
    r = sub.add_parser("results", help=text("cli.help.results"))
    r.add_argument("file", nargs="?", help=text("cli.help.file"))
    r.add_argument("--db", help=text("cli.help.minutes.db"))
    r.add_argument("-o", "--output", required=True, help=text("cli.help.results.output"))
    r.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Writes the workbook or the CSV file and says what it holds."""
    from app.results.export import FORMATS, export_bytes, rounds

    check_source(args)
    suffix = check_suffix(args.output, FORMATS)
    src = source(args)
    write(args.output, export_bytes(src, suffix))
    n = sum(1 for _ in rounds(src))
    print(text("cli.written.results", {"path": args.output, "elections": len(src.data.elections), "rounds": n}))
    return EXIT_OK
