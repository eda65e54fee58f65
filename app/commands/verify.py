"""`kiemphieu verify FILE | --db DB`: re-tally and compare each sealed round's fingerprint with its data."""

from __future__ import annotations

import argparse
from typing import Any

from app.errors import EXIT_MISMATCH, EXIT_OK
from app.fileformat import load
from app.fileformat.writer import fingerprint
from app.results import congress_fingerprint
from ballot.election import tally_all


def register(sub: Any) -> None:
    """Adds the `verify` subcommand."""
    v = sub.add_parser("verify", help="kiểm lại và đối chiếu dấu vân tay đã ghi trong tệp")
    v.add_argument("file", nargs="?", help="tệp bầu cử (kiemphieu-election/1)")
    v.add_argument("--db", help="kiểm cơ sở dữ liệu đại hội: chuỗi mã băm nhật ký, từng phiếu, từng lần bầu đã chốt")
    v.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Exit 0 when every sealed round still matches its data, 1 naming the first that does not."""
    if args.db is not None or args.file is None:
        from app.storage.verify_cli import run_db

        return run_db(args)
    lf = load(args.file)
    tally_all(lf.data)
    bad = 0
    for e in lf.data.elections:
        for r in e.rounds:
            fp = fingerprint(lf.data, e, r)
            seal = lf.seals.get((e.id, r.number))
            if seal is None:
                print(f"{e.id} lần {r.number}: chưa chốt — dấu vân tay {fp}")
            elif seal.fingerprint == fp:
                print(f"{e.id} lần {r.number}: khớp — {fp}")
            else:
                bad += 1
                print(
                    f"{e.id} lần {r.number}: KHÔNG KHỚP — dữ liệu đã bị thay đổi sau khi chốt "
                    f"(đã ghi {seal.fingerprint[:16]}…, tính lại {fp[:16]}…)"
                )
    print(
        f"Mã tổng hợp của đại hội (SHA-256 của mã các lần bầu, in trên bản tổng hợp): {congress_fingerprint(lf.data)}"
    )
    return EXIT_MISMATCH if bad else EXIT_OK
