"""`kiemphieu pin --db DB`: sets or changes the PIN of the head of the counting committee."""

from __future__ import annotations

import argparse
from typing import Any

from app import congress, reports
from app.errors import EXIT_OK, UserError
from app.storage.opening import actor, open_db, read_pin
from app.texts import text


def register(sub: Any) -> None:
    """Adds the `pin` subcommand."""
    p = sub.add_parser(
        "pin",
        help=text("cli.help.pin"),
    )
    p.add_argument("--db", required=True, help=text("cli.help.db"))
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Asks for the old PIN (when one is set) and the new one twice."""
    with open_db(args.db) as db:
        old = ""
        if reports.has_pin(db):
            old = read_pin(text("cli.pin_current"), "KIEMPHIEU_OLD_PIN") or ""
        new = read_pin(text("cli.pin_new"), "KIEMPHIEU_PIN")
        if new is None:
            raise UserError("pin.none_given", {}, "KIEMPHIEU_PIN")
        again = read_pin(text("cli.pin_again"), "KIEMPHIEU_PIN")
        if again != new:
            raise UserError("pin.differ", {}, "KIEMPHIEU_PIN")
        congress.set_pin(db, actor(), new, old)
    print(text("pin.set"))
    return EXIT_OK
