"""`kiemphieu pin --db DB`: sets or changes the PIN of the head of the counting committee."""

from __future__ import annotations

import argparse
from typing import Any

from app import texts
from app.errors import EXIT_OK, UserError
from app.people import require_pin_policy
from app.storage.opening import open_db, read_pin


def register(sub: Any) -> None:
    """Adds the `pin` subcommand."""
    p = sub.add_parser(
        "pin",
        help="đặt hoặc đổi mã PIN của trưởng ban kiểm phiếu, ít nhất 6 chữ số (hoặc qua biến KIEMPHIEU_PIN, KIEMPHIEU_OLD_PIN)",
    )
    p.add_argument("--db", required=True, help="tệp cơ sở dữ liệu hoặc địa chỉ postgresql+psycopg://…")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Asks for the old PIN (when one is set) and the new one twice."""
    with open_db(args.db) as ws:
        old = ""
        if ws.has_pin():
            old = read_pin("Mã PIN hiện tại: ", "KIEMPHIEU_OLD_PIN") or ""
        new = read_pin("Mã PIN mới: ", "KIEMPHIEU_PIN")
        if new is None:
            raise UserError("pin.none_given", {}, "pin")
        require_pin_policy(new)
        again = read_pin("Nhập lại mã PIN mới: ", "KIEMPHIEU_PIN")
        if again != new:
            raise UserError("pin.differ", {}, "pin")
        ws.set_head_pin(new, old)
    print(texts.text("pin.set"))
    return EXIT_OK
