"""`kiemphieu import FILE --db DB`: a new congress database from an election file."""

from __future__ import annotations

import argparse
from typing import Any

from app import reports
from app.errors import EXIT_OK
from app.keys import grouped
from app.storage.opening import actor, read_pin
from app.texts import text
from app.transfer import check_seals, import_file


def register(sub: Any) -> None:
    """Adds the `import` subcommand."""
    p = sub.add_parser("import", help=text("cli.help.import"))
    p.add_argument("file", help=text("cli.help.file"))
    p.add_argument("--db", required=True, help=text("cli.help.import.db"))
    p.add_argument("--trust", action="append", default=[], metavar="FP", help=text("cli.help.import.trust"))
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Loads and checks the file, then writes it in one transaction, one log record per row; says which sealed
    rounds arrive not finalized (their seal not signed by a key this station accepts) and why."""
    who = actor()
    checks = check_seals(args.file, who, args.trust)
    pin = read_pin(text("cli.pin_prompt"), "KIEMPHIEU_PIN") or None
    with import_file(args.file, args.db, who, head_pin=pin, trust=args.trust) as db:
        data = reports.data(db)
        ballots = sum(len(r.ballots) for e in data.elections for r in e.rounds)
        print(text("cli.imported", {"elections": len(data.elections), "ballots": ballots, "db": args.db}))
        print(text("cli.last_hash", {"hash": reports.last_hash(db)}))
        for c in checks:
            params = {"election": c.election, "round": c.round, "fingerprint": grouped(c.fingerprint or "")}
            params["name"] = f" ({c.name})" if c.name else ""
            print(text(f"cli.import.seal.{c.status}", params))
        if pin is None:
            print(text("cli.no_pin"))
    return EXIT_OK
