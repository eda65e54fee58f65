"""The entry log (nhật ký nhập phiếu) on screen: every record, the integrity check, and the printable PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.minutes import EntryLog, LogRecord, records_from_log, render_pdf
from app.minutes.entrylog import ACTIONS_VI, when
from app.workspace import Workspace
from ui import filedialogs
from ui.dialogs import information
from ui.errors import show_error
from ui.models import RecordsModel

Index = QModelIndex | QPersistentModelIndex
HASH_SHOWN = 12


class LogTableModel(RecordsModel):
    """One row per log record, oldest first; the action in words as the printed log words it."""

    COLUMNS = ("seq", "at", "station", "operator", "action", "summary", "hash")

    def rows(self) -> tuple[LogRecord, ...]:
        """The records shown."""
        return self._rows

    def titles(self) -> dict[str, str]:
        """Each column's title (translated)."""
        return {
            "seq": self.tr("STT"),
            "at": self.tr("Thời điểm"),
            "station": self.tr("Máy"),
            "operator": self.tr("Người nhập"),
            "action": self.tr("Thao tác"),
            "summary": self.tr("Nội dung"),
            "hash": self.tr("Mã băm"),
        }

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        r = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            values: dict[str, object] = {
                "seq": r.seq,
                "at": when(r.at),
                "station": r.station,
                "operator": r.operator,
                "action": ACTIONS_VI.get(r.action, r.action),
                "summary": r.summary,
                "hash": r.hash[:HASH_SHOWN],
            }
            return values[column]
        if role == Qt.ItemDataRole.ToolTipRole and column in ("summary", "hash"):
            return r.summary if column == "summary" else r.hash
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "seq":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class LogDialog(QDialog):
    """The entry log of the open congress, with the integrity check and saving as PDF for the archive."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("log_dialog")
        self.setWindowTitle(self.tr("Nhật ký nhập phiếu"))
        self.resize(1280, 680)
        self.ws = ws
        self.model = LogTableModel(self)
        self.view = QTableView()
        self.view.setObjectName("log_view")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().setVisible(False)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(LogTableModel.COLUMNS.index("summary"), QHeaderView.ResizeMode.Stretch)
        self.intro = QLabel()
        self.intro.setObjectName("log_intro")
        self.intro.setWordWrap(True)
        self.outcome = QLabel()
        self.outcome.setObjectName("verify_outcome")
        self.outcome.setWordWrap(True)
        self.verify_button = QPushButton(self.tr("Kiểm tra toàn vẹn"))
        self.verify_button.setObjectName("verify_log")
        self.pdf_button = QPushButton(self.tr("Lưu nhật ký PDF…"))
        self.pdf_button.setObjectName("save_log_pdf")
        close = QPushButton(self.tr("Đóng"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.verify_button)
        buttons.addWidget(self.pdf_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.outcome)
        layout.addLayout(buttons)
        self.verify_button.clicked.connect(self._on_verify_button_clicked)
        self.pdf_button.clicked.connect(self._on_pdf_button_clicked)
        self.refresh()

    def refresh(self) -> None:
        """Reloads the log from the database."""
        self.model.set_rows(records_from_log(self.ws.log()))
        count = self.model.rowCount()
        self.intro.setText(
            self.tr(
                "{0} bản ghi, theo thứ tự ghi. Mỗi bản ghi mang mã băm nối tiếp bản ghi trước, "
                "nên không sửa hay xóa được một bản ghi mà không bị phát hiện."
            ).format(count)
        )
        if count:
            self.view.scrollToBottom()

    @Slot()
    def _on_verify_button_clicked(self) -> None:
        self.verify()

    def verify(self) -> bool:
        """Runs the integrity check and says what it found; True when everything agrees."""
        try:
            report = self.ws.verify()
        except Exception as exc:
            show_error(self, exc)
            return False
        if report.fault is None:
            self.outcome.setStyleSheet("color: #1b5e20; font-weight: bold;")
            self.outcome.setText(
                self.tr(
                    "Toàn vẹn: {0} bản ghi nối tiếp đúng; dữ liệu khớp với nhật ký; các lần bầu đã chốt "
                    "khớp dấu kiểm tra. Mã băm cuối: {1}"
                ).format(report.records, report.last_hash)
            )
            return True
        self.outcome.setStyleSheet("color: #b00020; font-weight: bold;")
        self.outcome.setText(
            self.tr("PHÁT HIỆN THAY ĐỔI ngoài chương trình — chỗ đầu tiên: {0}: {1}.").format(
                report.fault.where, report.fault.vi
            )
        )
        return False

    @Slot()
    def _on_pdf_button_clicked(self) -> None:
        path = filedialogs.save_file(self, self.tr("Lưu nhật ký nhập phiếu"), "nhat-ky-nhap-phieu.pdf", "PDF (*.pdf)")
        if path:
            self.save_pdf(path)

    def save_pdf(self, path: str | Path) -> bool:
        """Writes the whole log as the printable PDF for the archive."""
        try:
            log = EntryLog(self.ws.data().congress, records_from_log(self.ws.log()))
            Path(path).write_bytes(render_pdf(log))
        except Exception as exc:
            show_error(self, exc)
            return False
        information(self, self.tr("Đã lưu nhật ký nhập phiếu: {0}").format(path))
        return True


def open_log(parent: QWidget | None, ws: Workspace) -> LogDialog:
    """Opens the entry-log viewer (window-modal, not blocking)."""
    dialog = LogDialog(ws, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
