"""`kiemphieu export --db DB -o FILE`: the open election file, with the log's last hash and each round's seal."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

from app.errors import EXIT_OK, UserError
from app.fileformat.writer import dumps
from app.storage.opening import open_db


def register(sub: Any) -> None:
    """Adds the `export` subcommand."""
    p = sub.add_parser("export", help="xuất tệp bầu cử mở từ cơ sở dữ liệu")
    p.add_argument("--db", required=True, help="tệp cơ sở dữ liệu hoặc địa chỉ postgresql+psycopg://…")
    p.add_argument("-o", "--output", required=True, help="tệp bầu cử sẽ ghi")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Writes the file next to its target, then renames it into place."""
    with open_db(args.db, read_only=True) as ws:
        text = dumps(ws.data(), ws.seals(), ws.last_hash())
    out = Path(args.output)
    tmp = out.with_name(out.name + ".tmp")
    try:
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, out)
    except OSError as e:
        raise UserError(f"Không ghi được tệp {out}: {e.strerror}", f"cannot write {out}: {e}") from None
    print(f"Đã xuất {out}")
    return EXIT_OK
