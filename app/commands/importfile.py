"""`kiemphieu import FILE --db DB`: a new congress database from an election file."""

from __future__ import annotations

import argparse
from typing import Any

from app.errors import EXIT_OK
from app.importing import import_election_file
from app.people import default_station, require_pin_policy
from app.storage.opening import operator, read_pin


def register(sub: Any) -> None:
    """Adds the `import` subcommand."""
    p = sub.add_parser("import", help="tạo cơ sở dữ liệu đại hội mới từ tệp bầu cử")
    p.add_argument("file", help="tệp bầu cử (kiemphieu-election/1)")
    p.add_argument("--db", required=True, help="tệp cơ sở dữ liệu mới, hoặc địa chỉ postgresql+psycopg://…")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Loads and checks the file, then writes it in one transaction, one log record per row."""
    pin = read_pin("Mã PIN của trưởng ban (bỏ trống nếu đặt sau): ", "KIEMPHIEU_PIN") or None
    if pin is not None:
        require_pin_policy(pin)
    with import_election_file(args.file, args.db, station=default_station(), operator=operator(), head_pin=pin) as ws:
        data = ws.data()
        ballots = sum(len(r.ballots) for e in data.elections for r in e.rounds)
        print(f"Đã nhập {len(data.elections)} cuộc bầu, {ballots} mục phiếu vào {args.db}.")
        print(f"Mã băm cuối của nhật ký: {ws.last_hash()}")
        if pin is None:
            print("Chưa có mã PIN của trưởng ban: đặt bằng lệnh `kiemphieu pin --db …`.")
    return EXIT_OK
