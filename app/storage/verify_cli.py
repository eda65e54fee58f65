"""`kiemphieu verify --db DB`, called from app.commands.verify: prints the checks and the first change found."""

from __future__ import annotations

import argparse

from app.errors import EXIT_MISMATCH, EXIT_OK, UserError
from app.storage.opening import open_db


def run_db(args: argparse.Namespace) -> int:
    """Exit 0 when the log, every row and every sealed round agree; 1 naming the first change."""
    if (args.file is None) == (args.db is None):
        raise UserError("Cần đúng một trong hai: FILE hoặc --db.", "give FILE or --db")
    with open_db(args.db, read_only=True) as ws:
        report = ws.verify()
    for line in report.lines:
        print(line)
    if report.fault is not None:
        print(f"KHÔNG KHỚP — {report.fault}. Dữ liệu đã bị thay đổi ngoài chương trình.")
        return EXIT_MISMATCH
    print(f"Nhật ký: {report.records} bản ghi, chuỗi mã băm nguyên vẹn; mã băm cuối {report.last_hash}")
    return EXIT_OK
