"""When a congress cannot be opened for work: read-only media or a damaged file — say so, offer a way on.

Read-only media (a CD, a write-protected stick): the message says the file is only read, and offers to copy
the congress to a writable folder and open the copy. A damaged file: the message names the problem and the
latest backup, and offers to copy that backup to this computer and open it. Anything else: `show_error`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.storage.access import ReadOnlyMediaError, copy_out
from app.storage.filecheck import DamagedError
from ui import filedialogs
from ui.dialogs import confirm
from ui.errors import error_text, show_error


class Opener(Protocol):
    """The main window, as far as this module needs it."""

    def open_path(self, path: str) -> bool: ...


def explain_open_fault(window: QWidget, opener: Opener, exc: BaseException) -> None:
    """Shows why the congress did not open, with the way on where there is one."""
    text = error_text(exc)[0]
    if isinstance(exc, ReadOnlyMediaError):
        source, name = exc.db, exc.db.name
        question = QCoreApplication.translate(
            "storage_faults", "Chép đại hội sang một thư mục ghi được rồi mở bản chép?"
        )
    elif isinstance(exc, DamagedError) and exc.backup is not None:
        source, name = exc.backup, f"{exc.db.stem}-tu-ban-sao-luu.kiemphieu"
        question = QCoreApplication.translate("storage_faults", "Chép bản sao lưu đó về máy này rồi mở?")
    else:
        show_error(window, exc)
        return

    def on_yes() -> None:
        copy_and_open(window, opener, source, name)

    confirm(window, f"{text}\n\n{question}", on_yes)


def copy_and_open(window: QWidget, opener: Opener, source: Path, name: str) -> bool:
    """Asks where, makes a checked copy of `source` there, and opens the copy."""
    dest = filedialogs.save_file(
        window,
        QCoreApplication.translate("storage_faults", "Chép đại hội sang"),
        name,
        QCoreApplication.translate("storage_faults", "Dữ liệu kiểm phiếu (*.kiemphieu)"),
    )
    if not dest:
        return False
    try:
        copy_out(source, Path(dest))
    except Exception as exc:
        show_error(window, exc)
        return False
    return opener.open_path(dest)
