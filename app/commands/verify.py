"""`kiemphieu verify FILE | --db DB`: re-tally and check the seals; for a database, also replay its log and
compare every table, row and column (exit 1 naming the first difference)."""

from __future__ import annotations

import argparse
from typing import Any

from app.errors import EXIT_MISMATCH, EXIT_OK, UserError
from app.fileformat import load
from app.fileformat.writer import fingerprint
from app.record.verify import Report
from app.results import congress_fingerprint
from app.texts import Phrase, text
from ballot.election import tally_all


def register(sub: Any) -> None:
    """Adds the `verify` subcommand."""
    v = sub.add_parser("verify", help=text("cli.help.verify"))
    v.add_argument("file", nargs="?", help=text("cli.help.file"))
    v.add_argument("--db", help=text("cli.help.verify.db"))
    v.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Exit 0 when everything agrees, 1 naming the first thing that does not."""
    if (args.file is None) == (args.db is None):
        raise UserError("cli.file_or_db", {}, "FILE")
    if args.db is not None:
        return run_db(args.db)
    lf = load(args.file)
    tally_all(lf.data)
    bad = 0
    for e in lf.data.elections:
        for r in e.rounds:
            fp = fingerprint(lf.data, e, r)
            seal = lf.seals.get((e.id, r.number))
            params = {"election": e.id, "round": r.number, "fingerprint": fp}
            if seal is None:
                print(text("verify.round.open", params))
            elif seal.fingerprint == fp:
                print(text("verify.round.ok", params))
            else:
                bad += 1
                print(text("verify.round.changed", {**params, "sealed": seal.fingerprint[:16], "now": fp[:16]}))
    print(text("verify.congress", {"fingerprint": congress_fingerprint(lf.data)}))
    return EXIT_MISMATCH if bad else EXIT_OK


def run_db(target: str) -> int:
    """Replays the log and compares; prints each round, then the first difference or the chain's last hash."""
    report = check_db(target)
    print_report(report)
    return EXIT_OK if report.ok else EXIT_MISMATCH


def check_db(target: str) -> Report:
    """The database's verify report (opened even without its congress row, which verify then names)."""
    from app import reports
    from app.storage.opening import open_db

    db = open_db(target, check=False)
    try:
        return reports.verify(db)
    finally:
        db.close()


def print_report(report: Report) -> None:
    """The rounds re-tallied, then the verdict."""
    for r in report.rounds:
        params = {"election": r.election, "round": r.round, "fingerprint": r.fingerprint}
        key = "verify.round.open" if not r.finalized else "verify.round.ok" if r.ok else "verify.round.sealed_changed"
        print(text(key, params))
    first = report.first
    if first is None:
        print(text("verify.db.ok", {"records": report.records, "hash": report.last_hash}))
        return
    print(Phrase("verify.db.changed", {"finding": first.phrase()}).text())
    if len(report.findings) > 1:
        print(text("verify.db.more", {"count": len(report.findings) - 1}))
