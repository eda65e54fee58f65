"""What people see when something goes wrong: one show_error for every exception, and a crash hook."""

from __future__ import annotations

import sys
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.entry_parse import EntryInputError
from app.errors import UserError, crash_report
from app.fileformat import FileFault
from ui.dialogs import message
from ui.resources import current_language


def error_text(exc: BaseException) -> tuple[str, str]:
    """(message, what to do next) for an exception; bugs are logged to a file first."""
    english = current_language() == "en"
    if isinstance(exc, FileFault):  # a UserError whose message carries the place in the file
        return exc.message("en" if english else "vi"), QCoreApplication.translate(
            "errors", "Kiểm tra lại tệp, hoặc chọn tệp khác."
        )
    if isinstance(exc, (UserError, EntryInputError)):
        text = exc.en if english and exc.en else exc.vi
        return text, ""
    if isinstance(exc, PermissionError):
        return (
            QCoreApplication.translate("errors", "Không có quyền đọc hoặc ghi tệp: {0}").format(exc.filename or ""),
            QCoreApplication.translate(
                "errors", "Chọn một thư mục mà tài khoản này được phép ghi, hoặc nhờ người quản trị máy cấp quyền."
            ),
        )
    if isinstance(exc, FileNotFoundError):
        return (
            QCoreApplication.translate("errors", "Không tìm thấy tệp: {0}").format(exc.filename or ""),
            QCoreApplication.translate(
                "errors", "Kiểm tra đường dẫn; tệp có thể đã bị đổi tên, chuyển đi hoặc nằm trên ổ đĩa đã rút ra."
            ),
        )
    if isinstance(exc, OSError):
        return (
            QCoreApplication.translate("errors", "Không đọc hoặc ghi được tệp {0}: {1}").format(
                exc.filename or "", exc.strerror or str(exc)
            ),
            QCoreApplication.translate(
                "errors",
                "Kiểm tra ổ đĩa còn chỗ trống và còn cắm vào máy, rồi thử lại. Dữ liệu đã lưu trước đó vẫn an toàn.",
            ),
        )
    return crash_report(exc), QCoreApplication.translate(
        "errors", "Hãy ghi lại việc vừa làm và báo cho người phụ trách kỹ thuật, kèm tệp nhật ký lỗi."
    )


def show_error(parent: QWidget | None, exc: BaseException) -> QMessageBox:
    """Shows an exception as a plain message with what to do next; never a traceback."""
    text, advice = error_text(exc)
    known = isinstance(exc, (UserError, EntryInputError, FileFault, OSError))
    icon = QMessageBox.Icon.Warning if known else QMessageBox.Icon.Critical
    title = (
        QCoreApplication.translate("errors", "Không thực hiện được")
        if known
        else QCoreApplication.translate("errors", "Lỗi chương trình")
    )
    return message(parent, icon, title, text, advice)


def _crash_hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """sys.excepthook: log the bug, tell people in plain words, keep running."""
    if issubclass(kind, KeyboardInterrupt):
        QApplication.quit()
        return
    parent = QApplication.activeWindow()
    show_error(parent, exc.with_traceback(tb))


def install_crash_hook() -> None:
    """Routes every uncaught exception (also inside Qt slots) to a log file and a message."""
    sys.excepthook = _crash_hook
