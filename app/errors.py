"""Errors people can act on, told apart from bugs; bugs go to a log file, never to the screen."""

from __future__ import annotations

import datetime
import os
import tempfile
import traceback
from pathlib import Path

EXIT_OK, EXIT_MISMATCH, EXIT_BAD_INPUT, EXIT_BUG = 0, 1, 2, 3


class UserError(Exception):
    """A fault in what people gave the program: a Vietnamese message and the English for experts."""

    def __init__(self, vi: str, en: str = "") -> None:
        super().__init__(en or vi)
        self.vi = vi
        self.en = en

    def user_text(self) -> str:
        """One line: the Vietnamese, then the English detail."""
        return f"{self.vi} [{self.en}]" if self.en else self.vi


def log_dir() -> Path:
    """Where crash logs go: the user's log folder, or the temporary folder if that cannot be made."""
    try:
        from platformdirs import user_log_dir

        d = Path(os.environ.get("KIEMPHIEU_LOG_DIR") or user_log_dir("kiemphieu", appauthor=False))
        d.mkdir(parents=True, exist_ok=True)
        return d
    except Exception:
        return Path(tempfile.gettempdir())


def crash_report(exc: BaseException) -> str:
    """Writes the traceback to a log file and returns the message to show instead."""
    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
    path = log_dir() / f"crash-{stamp}-{os.getpid()}.log"
    try:
        path.write_text("".join(traceback.format_exception(exc)), encoding="utf-8")
        where = f" Chi tiết kỹ thuật đã ghi vào {path}."
    except OSError:
        where = ""
    return f"Chương trình gặp lỗi nội bộ và đã dừng lệnh này; dữ liệu không bị thay đổi.{where} [{type(exc).__name__}]"
