"""`kiemphieu results FILE|--db DB -o OUT.xlsx|OUT.csv`: every round of every election for Excel."""

from __future__ import annotations

import argparse
from typing import Any

from app.commands.minutes import check_source, check_suffix, source, write
from app.errors import EXIT_OK


def register(sub: Any) -> None:
    """Adds the `results` subcommand."""
    r = sub.add_parser("results", help="xuất kết quả mọi lần bầu ra Excel (.xlsx) hoặc CSV")
    r.add_argument("file", nargs="?", help="tệp bầu cử (kiemphieu-election/1)")
    r.add_argument("--db", help="cơ sở dữ liệu đại hội (tệp .sqlite hoặc địa chỉ SQLAlchemy) thay cho FILE")
    r.add_argument("-o", "--output", required=True, help="tệp ra: .xlsx hoặc .csv")
    r.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Writes the workbook or the CSV file and says what it holds."""
    from app.results.export import FORMATS, export_bytes, rounds

    check_source(args)
    suffix = check_suffix(args.output, FORMATS)
    src = source(args)
    write(args.output, export_bytes(src, suffix))
    n = sum(1 for _ in rounds(src))
    print(f"Kết quả bầu cử: đã ghi {args.output} ({len(src.data.elections)} cuộc bầu, {n} lần bầu)")
    return EXIT_OK
