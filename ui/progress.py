"""Progress of the counting teams: per team and per operator (entered, verified, differences)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QGridLayout, QHeaderView, QLabel, QTableView, QWidget

from app import reports
from app.progress import Progress
from ui.desk import Desk

Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel):
    """A read-only table of immutable rows of text and numbers (numbers right-aligned)."""

    def __init__(self, headers: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._rows: list[tuple[object, ...]] = []

    def set_rows(self, rows: Sequence[tuple[object, ...]]) -> None:
        """Replaces every row."""
        self.beginResetModel()
        self._rows = [tuple(r) for r in rows]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation is Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        value = self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{value:,}".replace(",", ".") if isinstance(value, int) else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, int):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def table(model: RowsModel) -> QTableView:
    """A plain view over a rows model, stretching its first column."""
    view = QTableView()
    view.setModel(model)
    view.verticalHeader().hide()
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return view


class ProgressPanel(QWidget):
    """Per team and per operator: entered, needed, verified, differences; a line saying what is left."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("progress_panel")
        self.desk = desk
        self.summary = QLabel()
        self.summary.setObjectName("progress_summary")
        self.teams = RowsModel(
            [
                self.tr("Tổ"),
                self.tr("Tập phiếu"),
                self.tr("Số phiếu"),
                self.tr("Đã nhập"),
                self.tr("Cần nhập"),
                self.tr("Đã xác định"),
                self.tr("Chỗ khác nhau"),
            ],
            self,
        )
        self.operators = RowsModel(
            [
                self.tr("Người nhập"),
                self.tr("Tổ"),
                self.tr("Đã nhập"),
                self.tr("Lần nhập xong"),
                self.tr("Chỗ khác nhau"),
            ],
            self,
        )
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary, 0, 0, 1, 2)
        layout.addWidget(QLabel(self.tr("Theo tổ")), 1, 0)
        layout.addWidget(QLabel(self.tr("Theo người nhập")), 1, 1)
        layout.addWidget(table(self.teams), 2, 0)
        layout.addWidget(table(self.operators), 2, 1)

    def show_round(self, election_id: str, round_no: int) -> Progress:
        """Reads and shows the round's progress."""
        p = reports.progress(self.desk.db, election_id, round_no)
        self.teams.set_rows(
            [(t.team, t.stacks, t.collected, t.entered, t.needed, t.verified, t.differences) for t in p.teams]
        )
        self.operators.set_rows([(o.operator, o.team, o.entered, o.passes, o.differences) for o in p.operators])
        self.summary.setText(summary_text(p))
        return p


def summary_text(p: Progress) -> str:
    """'3/4 tập phiếu đã xác định; 2 chỗ khác nhau chờ trưởng ban' in the UI language."""
    if not p.stacks:
        return QCoreApplication.translate("ProgressPanel", "Chưa có tập phiếu nào trong lần bầu này.")
    diffs = sum(t.differences for t in p.teams)
    text = QCoreApplication.translate("ProgressPanel", "{0}/{1} tập phiếu đã xác định").format(p.definitive, p.stacks)
    if diffs:
        text += QCoreApplication.translate("ProgressPanel", "; {0} chỗ khác nhau chờ trưởng ban quyết định").format(
            diffs
        )
    return text + "."
