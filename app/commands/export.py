"""`kiemphieu export --db DB -o FILE`: the open election file, with the log's last hash and each round's seal."""

from __future__ import annotations

import argparse
from typing import Any

from app.errors import EXIT_OK
from app.storage.opening import open_db
from app.texts import text
from app.transfer import export_file


def register(sub: Any) -> None:
    """Adds the `export` subcommand."""
    p = sub.add_parser("export", help=text("cli.help.export"))
    p.add_argument("--db", required=True, help=text("cli.help.db"))
    p.add_argument("-o", "--output", required=True, help=text("cli.help.export.output"))
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """The same export as the window's: written beside its target, then renamed into place."""
    with open_db(args.db, read_only=True) as db:
        out = export_file(db, args.output)
    print(text("cli.exported", {"path": str(out)}))
    return EXIT_OK
