"""Every ballot of a round, reviewable: the paper number, the reading in words with the names struck, who entered
it and when, and whether it still counts; filtered by invalid, operator or team; any one voided, or retyped,
with a reason (logged, the old reading kept).

Signals of BallotListDialog: void_requested(int) and retype_requested(int), the stored ballot's id.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.checks import need_reason
from app.entry import Room
from app.entry_parse import EntrySpec, shortest_line
from app.reports import StoredBallot
from ballot.model import Ballot
from ui.ballot_words import ballot_words, is_invalid, local_time, paper_rows
from ui.entry import BallotEntryWidget
from ui.models import STRUCK_FG, PaperRow, RecordsModel

Index = QModelIndex | QPersistentModelIndex
INVALID_FG = QColor("#b00020")
#: The role a row's filter values are read with (invalid, operator, team).
FILTER_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True, slots=True)
class ListedBallot:
    """One stored ballot as the list shows it: the row, its words, whether invalid."""

    stored: StoredBallot
    words: str
    invalid: bool


class BallotsModel(RecordsModel):
    """The round's entered ballots, in entry order; superseded and voided ones kept, greyed, with the reason."""

    COLUMNS = ("seq", "reading", "team", "operator", "at", "status")

    def row(self, i: int) -> ListedBallot:
        """The ballot shown in row i."""
        listed: ListedBallot = self._rows[i]
        return listed

    def titles(self) -> dict[str, str]:
        """Each column's title (translated)."""
        return {
            "seq": self.tr("Phiếu số"),
            "reading": self.tr("Nội dung phiếu (tên bị gạch)"),
            "team": self.tr("Tổ"),
            "operator": self.tr("Người nhập"),
            "at": self.tr("Thời điểm nhập"),
            "status": self.tr("Tình trạng"),
        }

    def _status(self, b: ListedBallot) -> str:
        s = b.stored
        if s.status == "voided":
            return self.tr("Đã hủy: {0}").format(s.reason)
        if s.status == "superseded":
            return self.tr("Đã sửa: {0}").format(s.reason)
        return self.tr("Không hợp lệ, được tính") if b.invalid else self.tr("Hợp lệ, được tính")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        b: ListedBallot = self._rows[index.row()]
        s = b.stored
        column = self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            values: dict[str, object] = {
                "seq": s.seq,
                "reading": b.words if s.scan is None else self.tr("{0} (trang quét số {1})").format(b.words, s.scan),
                "team": s.ballot.team or "",
                "operator": s.operator,
                "at": local_time(s.at),
                "status": self._status(b),
            }
            return values[column]
        if role == FILTER_ROLE:
            return (b.invalid and s.status == "current", s.operator, s.ballot.team or "")
        if role == Qt.ItemDataRole.ForegroundRole:
            if s.status != "current":
                return QBrush(STRUCK_FG)
            if b.invalid:
                return QBrush(INVALID_FG)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "seq":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class BallotFilter(QSortFilterProxyModel):
    """Rows matching the chosen filters: invalid only, one operator, one team ('' = any)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.invalid_only = False
        self.operator = ""
        self.team = ""

    def set_filters(self, invalid_only: bool, operator: str, team: str) -> None:
        """Applies the filters."""
        self.beginFilterChange()
        self.invalid_only, self.operator, self.team = invalid_only, operator, team
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        invalid, operator, team = model.index(source_row, 0, source_parent).data(FILTER_ROLE)
        if self.invalid_only and not invalid:
            return False
        if self.operator and operator != self.operator:
            return False
        return not (self.team and team != self.team)


class BallotListDialog(QDialog):
    """The round's ballots; the chosen one can be voided or retyped (a reason is asked)."""

    void_requested = Signal(int)
    retype_requested = Signal(int)

    def __init__(self, parent: QWidget | None, title: str, spec: EntrySpec, rows: tuple[PaperRow, ...]) -> None:
        super().__init__(parent)
        self.setObjectName("ballot_list")
        self.setWindowTitle(self.tr("Các phiếu đã nhập"))
        self.resize(1240, 620)
        self.spec = spec
        self._on_paper = paper_rows(spec, rows)
        self._locked = False
        heading = QLabel(title)
        heading.setWordWrap(True)
        self.model = BallotsModel(self)
        self.proxy = BallotFilter(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView()
        self.view.setObjectName("ballots_view")
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().setVisible(False)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(BallotsModel.COLUMNS.index("reading"), QHeaderView.ResizeMode.Stretch)
        self.invalid_only = QCheckBox(self.tr("Chỉ phiếu không hợp lệ"))
        self.invalid_only.setObjectName("invalid_only")
        self.operator = QComboBox()
        self.operator.setObjectName("operator_filter")
        self.team = QComboBox()
        self.team.setObjectName("team_filter")
        self.count = QLabel()
        self.count.setObjectName("ballots_count")
        filters = QHBoxLayout()
        filters.addWidget(self.invalid_only)
        filters.addWidget(QLabel(self.tr("Người nhập")))
        filters.addWidget(self.operator)
        filters.addWidget(QLabel(self.tr("Tổ")))
        filters.addWidget(self.team)
        filters.addStretch(1)
        filters.addWidget(self.count)
        self.void_button = QPushButton(self.tr("Hủy phiếu đã chọn…"))
        self.void_button.setObjectName("void_ballot")
        self.retype_button = QPushButton(self.tr("Sửa (gõ lại) phiếu đã chọn…"))
        self.retype_button.setObjectName("retype_ballot")
        close = QPushButton(self.tr("Đóng"))
        close.clicked.connect(self.accept)
        for b in (self.void_button, self.retype_button, close):
            b.setAutoDefault(False)  # Enter on a row retypes it (below); a button is pressed only when focused
        buttons = QHBoxLayout()
        buttons.addWidget(self.retype_button)
        buttons.addWidget(self.void_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.invalid_only.toggled.connect(self._on_filter_changed)
        self.operator.currentIndexChanged.connect(self._on_filter_changed)
        self.team.currentIndexChanged.connect(self._on_filter_changed)
        self.view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.void_button.clicked.connect(self._on_void_button_clicked)
        self.retype_button.clicked.connect(self._on_retype_button_clicked)
        self.view.activated.connect(self._on_retype_button_clicked)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.view, self._on_void_button_clicked)

    def set_ballots(self, stored: Sequence[StoredBallot], locked: bool) -> None:
        """Shows the round's ballots (newest last, selected); voiding and retyping are off once it is finalized."""
        self._locked = locked
        self.model.set_rows(
            [
                ListedBallot(s, ballot_words(s.ballot, self.spec, self._on_paper), is_invalid(s.ballot, self.spec))
                for s in stored
            ]
        )
        self._fill(self.operator, sorted({s.operator for s in stored}), self.tr("Mọi người nhập"))
        self._fill(self.team, sorted({s.ballot.team for s in stored if s.ballot.team}), self.tr("Mọi tổ"))
        self._on_filter_changed()
        self.view.setFocus()

    def _fill(self, combo: QComboBox, values: list[str], everyone: str) -> None:
        keep = combo.currentData() or ""
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everyone, "")
        for v in values:
            combo.addItem(v, v)
        combo.setCurrentIndex(max(0, combo.findData(keep)))
        combo.blockSignals(False)

    def chosen(self) -> ListedBallot | None:
        """The selected ballot, if any."""
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row(self.proxy.mapToSource(rows[0]).row())

    def select_seq(self, seq: int) -> bool:
        """Selects the current ballot with this paper number (the one that counts)."""
        for r in range(self.proxy.rowCount()):
            b = self.model.row(self.proxy.mapToSource(self.proxy.index(r, 0)).row())
            if b.stored.seq == seq and b.stored.status == "current":
                self.view.selectRow(r)
                return True
        return False

    @Slot()
    def _on_filter_changed(self) -> None:
        self.proxy.set_filters(
            self.invalid_only.isChecked(), self.operator.currentData() or "", self.team.currentData() or ""
        )
        shown = self.proxy.rowCount()
        counting = sum(b.stored.ballot.count for b in self.model.rows() if b.stored.status == "current")
        self.count.setText(self.tr("{0} dòng · {1} phiếu đang được tính").format(shown, counting))
        if shown:
            self.view.selectRow(shown - 1)
            self.view.scrollToBottom()
        self._on_selection_changed()

    @Slot()
    def _on_selection_changed(self) -> None:
        chosen = self.chosen()
        can = not self._locked and chosen is not None and chosen.stored.status == "current"
        self.void_button.setEnabled(can)
        self.retype_button.setEnabled(can)

    @Slot()
    def _on_void_button_clicked(self) -> None:
        chosen = self.chosen()
        if chosen is not None and self.void_button.isEnabled():
            self.void_requested.emit(chosen.stored.id)

    @Slot()
    def _on_retype_button_clicked(self) -> None:
        chosen = self.chosen()
        if chosen is not None and self.retype_button.isEnabled():
            self.retype_requested.emit(chosen.stored.id)


class RetypeDialog(QDialog):
    """A ballot typed again on the same paper, with the reason; the old reading is kept in the log.

    `on_save(ballot, reason)` records it (raises to refuse: the dialog stays open)."""

    def __init__(
        self,
        parent: QWidget | None,
        old: StoredBallot,
        spec: EntrySpec,
        rows: tuple[PaperRow, ...],
        title: str,
        on_save: Callable[[Ballot, str], object],
    ) -> None:
        super().__init__(parent)
        self.setObjectName("retype_dialog")
        self.setWindowTitle(self.tr("Sửa phiếu số {0}").format(old.seq))
        self.resize(1000, 640)
        self._on_save = on_save
        was = QLabel(
            self.tr("Phiếu số {0} đang ghi: {1}").format(
                old.seq, ballot_words(old.ballot, spec, paper_rows(spec, rows))
            )
        )
        was.setObjectName("retype_was")
        was.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setObjectName("retype_reason")
        self.reason.setPlaceholderText(self.tr("Ví dụ: nhập nhầm, đối chiếu lại phiếu giấy"))
        form = QFormLayout()
        form.addRow(self.tr("Lý do sửa (ghi vào nhật ký)"), self.reason)
        self.entry = BallotEntryWidget()
        self.entry.set_saver(self._save)
        self.entry.set_team(old.ballot.team)
        self.entry.set_paper(spec, rows, title)
        self.entry.set_counter_text(self.tr("Sửa phiếu số {0}").format(old.seq))
        self.entry.line.setText(shortest_line(old.ballot, spec))
        self.entry.line.selectAll()
        self.message = QLabel()
        self.message.setObjectName("retype_message")
        self.message.setStyleSheet("color: #b00020;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(was)
        layout.addLayout(form)
        layout.addWidget(self.entry, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.reason.returnPressed.connect(self.entry.line.setFocus)
        self.reason.setFocus()

    def set_room(self, counted: int, room: Room | None) -> None:
        """What the round holds without the old ballot, and can hold."""
        self.entry.set_room(counted, room)

    def _save(self, ballot: Ballot) -> None:
        """Saves through `on_save` with the reason (a blank reason is refused by the service, with its words)."""
        if not self.reason.text().strip():
            self.message.setText(self.tr("Ghi lý do sửa phiếu trước."))
        self._on_save(ballot, need_reason(self.reason.text()))
        self.accept()
