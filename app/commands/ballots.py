"""`kiemphieu ballots FILE|--db DB --election ID [--round N] [--copies N] -o OUT.pdf`: the printed ballots."""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path
from typing import Any

from app.errors import EXIT_OK, UserError
from app.texts import text


def register(sub: Any) -> None:
    """Adds the `ballots` subcommand."""
    b = sub.add_parser("ballots", help=text("cli.help.ballots"))
    b.add_argument("file", nargs="?", help=text("cli.help.file"))
    b.add_argument("--db", help=text("cli.help.ballots.db"))
    b.add_argument("--election", required=True, help=text("cli.help.ballots.election"))
    b.add_argument("--round", type=int, help=text("cli.help.ballots.round"))
    b.add_argument("--copies", type=int, default=1, help=text("cli.help.ballots.copies"))
    b.add_argument("-o", "--output", required=True, help=text("cli.help.ballots.output"))
    b.set_defaults(func=run)


def write_atomic(path: str, content: bytes) -> None:
    """Writes the file whole or not at all (a temporary file beside it, then renamed)."""
    target = Path(path)
    try:
        fd, tmp = tempfile.mkstemp(
            prefix=".kiemphieu-", suffix=".pdf", dir=target.parent if str(target.parent) else "."
        )
        with os.fdopen(fd, "wb") as f:
            f.write(content)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except OSError as e:
        raise UserError("scan.cannot_write", {"path": path, "why": e.strerror or str(e)}, "-o") from None


def run(args: argparse.Namespace) -> int:
    """Prints the round's ballots to a PDF."""
    from app.minutes.model import find_round
    from app.scan.printing import ballots_for
    from app.scan.session import election_data

    if not 1 <= args.copies <= 2000:
        raise UserError("scan.bad_copies", {"copies": args.copies})
    data = election_data(args.file, args.db)
    election, rnd = find_round(data, args.election, args.round)
    layout, pdf = ballots_for(data, election.id, rnd.number, args.copies)
    write_atomic(args.output, pdf)
    size = "A5" if layout.page[0] < 200 else "A4"
    said = {"election": election.id, "round": rnd.number, "copies": args.copies, "size": size}
    print(text("scan.cli.printed", {**said, "names": len(layout.rows), "output": args.output}))
    print(text("scan.cli.fingerprint", {"fingerprint": layout.fingerprint}))
    return EXIT_OK
