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

from app import printing, reports
from app.minutes import LogRecord, records_from_log, render_pdf
from ui import filedialogs
from ui.desk import Desk
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
                "at": r.at,
                "station": r.station,
                "operator": r.operator,
                "action": r.action,
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

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("log_dialog")
        self.setWindowTitle(self.tr("Nhật ký nhập phiếu"))
        self.resize(1280, 680)
        self.desk = desk
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
        self.detail = QLabel()
        self.detail.setObjectName("log_detail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
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
        layout.addWidget(self.detail)
        layout.addWidget(self.outcome)
        layout.addLayout(buttons)
        self.verify_button.clicked.connect(self._on_verify_button_clicked)
        self.view.selectionModel().currentRowChanged.connect(self._on_view_current_row_changed)
        self.pdf_button.clicked.connect(self._on_pdf_button_clicked)
        self.refresh()

    def refresh(self) -> None:
        """Reloads the log from the database."""
        titles = {e.id: e.title for e in reports.data(self.desk.db).elections}
        self.model.set_rows(records_from_log(reports.log(self.desk.db), titles))
        count = self.model.rowCount()
        self.intro.setText(
            self.tr(
                "{0} bản ghi, theo thứ tự ghi. Mỗi bản ghi mang mã băm nối tiếp bản ghi trước, "
                "nên không sửa hay xóa được một bản ghi mà không bị phát hiện."
            ).format(count)
        )
        if count:
            self.view.selectRow(count - 1)
            self.view.scrollToBottom()

    @Slot(QModelIndex, QModelIndex)
    def _on_view_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.show_detail(current.row())

    def show_detail(self, row: int) -> None:
        """The chosen record in full under the table: its action, its whole content and its whole hash."""
        rows = self.model.rows()
        if not 0 <= row < len(rows):
            self.detail.clear()
            return
        r = rows[row]
        self.detail.setText(
            self.tr("Bản ghi số {0} — {1}: {2}\nMã băm: {3}").format(r.seq, r.action, r.summary, r.hash)
        )

    @Slot()
    def _on_verify_button_clicked(self) -> None:
        self.verify()

    def verify(self) -> bool:
        """Runs the integrity check and says what it found; True when everything agrees."""
        try:
            report = reports.verify(self.desk.db)
        except Exception as exc:
            show_error(self, exc)
            return False
        if report.first is None:
            self.outcome.setStyleSheet("color: #1b5e20; font-weight: bold;")
            self.outcome.setText(
                self.tr(
                    "Toàn vẹn: {0} bản ghi nối tiếp đúng; dữ liệu khớp với nhật ký; các lần bầu đã chốt "
                    "khớp dấu kiểm tra. Mã băm cuối: {1}"
                ).format(report.records, report.last_hash)
            )
            return True
        self.outcome.setStyleSheet("color: #b00020; font-weight: bold;")
        more = self.tr(" (và {0} chỗ khác)").format(len(report.findings) - 1) if len(report.findings) > 1 else ""
        self.outcome.setText(
            self.tr("PHÁT HIỆN THAY ĐỔI ngoài chương trình — chỗ đầu tiên: {0}").format(report.first.phrase().text())
            + more
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
            Path(path).write_bytes(render_pdf(printing.entry_log(self.desk.db)))
        except Exception as exc:
            show_error(self, exc)
            return False
        information(self, self.tr("Đã lưu nhật ký nhập phiếu: {0}").format(path))
        return True


def open_log(parent: QWidget | None, desk: Desk) -> LogDialog:
    """Opens the entry-log viewer (window-modal, not blocking)."""
    dialog = LogDialog(desk, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
