"""`kiemphieu import FILE --db DB`: a new congress database from an election file."""

from __future__ import annotations

import argparse
from typing import Any

from app import reports
from app.errors import EXIT_OK
from app.storage.opening import actor, read_pin
from app.texts import text
from app.transfer import import_file


def register(sub: Any) -> None:
    """Adds the `import` subcommand."""
    p = sub.add_parser("import", help=text("cli.help.import"))
    p.add_argument("file", help=text("cli.help.file"))
    p.add_argument("--db", required=True, help=text("cli.help.import.db"))
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Loads and checks the file, then writes it in one transaction, one log record per row."""
    pin = read_pin(text("cli.pin_prompt"), "KIEMPHIEU_PIN") or None
    with import_file(args.file, args.db, actor(), head_pin=pin) as db:
        data = reports.data(db)
        ballots = sum(len(r.ballots) for e in data.elections for r in e.rounds)
        print(text("cli.imported", {"elections": len(data.elections), "ballots": ballots, "db": args.db}))
        print(text("cli.last_hash", {"hash": reports.last_hash(db)}))
        if pin is None:
            print(text("cli.no_pin"))
    return EXIT_OK
