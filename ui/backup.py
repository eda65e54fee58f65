"""The backup folder (a USB stick, say): finalized rounds are copied there and checked; what happened to the copy."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app import congress, reports
from app.backup import backup_now
from app.rounds import Finalized
from ui import filedialogs
from ui.desk import Desk
from ui.errors import error_text, show_error


class BackupDialog(QDialog):
    """Shows the backup folder and lets people choose another or stop backing up."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backup_dialog")
        self.setWindowTitle(self.tr("Thư mục sao lưu"))
        self.resize(640, 240)
        self.desk = desk
        intro = QLabel(
            self.tr(
                "Mỗi khi chốt một lần bầu, chương trình chép toàn bộ dữ liệu sang thư mục này (ví dụ một ổ USB) "
                "rồi kiểm tra lại bản chép. Chỉ áp dụng cho dữ liệu lưu trong tệp trên máy này."
            )
        )
        intro.setWordWrap(True)
        self.current = QLabel()
        self.current.setObjectName("backup_current")
        self.current.setWordWrap(True)
        self.current.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose_button = QPushButton(self.tr("Chọn thư mục…"))
        self.choose_button.setObjectName("choose_backup")
        self.clear_button = QPushButton(self.tr("Không sao lưu nữa"))
        self.clear_button.setObjectName("clear_backup")
        self.now_button = QPushButton(self.tr("Sao lưu ngay"))
        self.now_button.setObjectName("backup_now")
        self.outcome = QLabel()
        self.outcome.setObjectName("backup_outcome")
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QPushButton(self.tr("Đóng"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.now_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.current)
        layout.addWidget(self.outcome)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.choose_button.clicked.connect(self._on_choose_button_clicked)
        self.clear_button.clicked.connect(self._on_clear_button_clicked)
        self.now_button.clicked.connect(self._on_now_button_clicked)
        self.refresh()

    def refresh(self) -> None:
        """Shows the folder as stored."""
        folder = reports.backup_folder(self.desk.db)
        if folder is None:
            self.current.setText(self.tr("Chưa chọn thư mục sao lưu: các lần bầu đã chốt chỉ lưu trên máy này."))
        else:
            self.current.setText(self.tr("Sao lưu vào: {0}").format(folder))
        self.clear_button.setEnabled(folder is not None)
        self.now_button.setEnabled(folder is not None and self.desk.db.is_sqlite)

    @Slot()
    def _on_choose_button_clicked(self) -> None:
        start = str(reports.backup_folder(self.desk.db) or "")
        path = filedialogs.folder(self, self.tr("Chọn thư mục sao lưu"), start)
        if path:
            self.set_folder(path)

    @Slot()
    def _on_clear_button_clicked(self) -> None:
        self.set_folder(None)

    @Slot()
    def _on_now_button_clicked(self) -> None:
        self.back_up_now()

    def back_up_now(self) -> bool:
        """A checked copy to the folder now (after a failed one); what happened is shown under the folder."""
        try:
            copy = backup_now(self.desk.db)
        except Exception as exc:
            self.outcome.setText(error_text(exc)[0])
            self.outcome.setStyleSheet("color: #b00020; font-weight: bold;")
            return False
        self.outcome.setStyleSheet("")
        self.outcome.setText(self.tr("Đã sao lưu và kiểm tra bản chép: {0}").format(copy))
        return True

    def set_folder(self, path: str | Path | None) -> bool:
        """Records the folder (None: no backup); the change goes into the entry log."""
        try:
            congress.set_backup_folder(self.desk.db, self.desk.actor, path)
        except Exception as exc:
            show_error(self, exc)
            return False
        self.refresh()
        return True


def open_backup(parent: QWidget | None, desk: Desk) -> BackupDialog:
    """Opens the backup-folder dialog (window-modal, not blocking)."""
    dialog = BackupDialog(desk, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def backup_outcome(desk: Desk, finalized: Finalized | None, exc: BaseException | None) -> str:
    """After a finalize: where the checked copy went, why it failed, or that no folder is set."""
    if exc is None and finalized is not None:
        exc = finalized.backup_error
    if exc is not None:
        return error_text(exc)[0]
    if finalized is not None and finalized.backup is not None:
        return QCoreApplication.translate("backup", "Đã sao lưu và kiểm tra bản chép: {0}").format(finalized.backup)
    if reports.backup_folder(desk.db) is None:
        return QCoreApplication.translate(
            "backup", "Chưa chọn thư mục sao lưu (Tệp → Thư mục sao lưu): dữ liệu chỉ nằm trên máy này."
        )
    return QCoreApplication.translate("backup", "Dữ liệu không nằm trong tệp trên máy này: không chép sao lưu.")
