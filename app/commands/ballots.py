"""`kiemphieu ballots FILE|--db DB --election ID [--round N] [--copies N] -o OUT.pdf`: the printed ballots."""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path
from typing import Any

from app.errors import EXIT_OK, UserError


def register(sub: Any) -> None:
    """Adds the `ballots` subcommand."""
    b = sub.add_parser("ballots", help="in phiếu bầu (PDF) để máy đọc lại được khi quét")
    b.add_argument("file", nargs="?", help="tệp bầu cử (kiemphieu-election/1)")
    b.add_argument("--db", help="cơ sở dữ liệu đại hội thay cho FILE")
    b.add_argument("--election", required=True, help="mã cuộc bầu")
    b.add_argument("--round", type=int, help="lần bầu (mặc định: lần cuối)")
    b.add_argument("--copies", type=int, default=1, help="số tờ (mọi tờ giống hệt nhau)")
    b.add_argument("-o", "--output", required=True, help="tệp PDF ra")
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
    print(
        f"Phiếu bầu {election.id}, lần {rnd.number}: {args.copies} tờ {size}, {len(layout.rows)} tên"
        f" — đã ghi {args.output}\nMã mẫu phiếu: {layout.fingerprint}"
    )
    return EXIT_OK
