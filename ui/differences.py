"""The head's differences dialog: the head's PIN first; then, for each ballot the passes read differently, every
reading side by side on the paper's names (struck names struck through in red, the rows that differ highlighted);
keep one reading, or type what the paper ballot says. Each decision is checked against the PIN and logged.

Signals: resolved(str) — the stack's state after a decision.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import stacks
from app.entry_parse import EntryInputError, EntrySpec, parse_line
from app.people import MIN_PIN
from app.record.stackstate import Reading
from ballot.model import Ballot, Mark, MarkedBallot, RuledInvalidBallot, StruckBallot, Subtotal
from ui.ballot_words import ballot_words, paper_rows, sheet_words
from ui.desk import Desk
from ui.errors import show_error
from ui.models import PaperRow
from ui.progress import RowsModel, table
from ui.resources import ui_font

Index = QModelIndex | QPersistentModelIndex
DIFFER_BG = QColor("#fff0a8")
STRUCK = QColor("#b00020")


def reading_text(reading: Ballot | Subtotal, spec: EntrySpec, rows: Sequence[PaperRow] = ()) -> str:
    """A reading in words with the names on the paper (ballots) or its totals (tally sheets)."""
    on_paper = paper_rows(spec, tuple(rows)) if rows else {}
    if isinstance(reading, Subtotal):
        return sheet_words(reading, spec, on_paper)
    return ballot_words(reading, spec, on_paper)


class SideBySideModel(QAbstractTableModel):
    """One row per line of the paper, one column per reading: the name struck through (in red) where that
    reading strikes it, the mark where it marks it, the number a sheet gives; rows that differ highlighted."""

    def __init__(self, spec: EntrySpec, rows: Sequence[PaperRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.paper = tuple(rows)
        self.readings: tuple[Ballot | Subtotal, ...] = ()
        self.operators: tuple[str, ...] = ()
        font = QFont(ui_font(13))
        self._plain = QFont(font)
        self._struck = QFont(font)
        self._struck.setStrikeOut(True)
        self._struck.setBold(True)

    def show_reading(self, d: Reading | None) -> None:
        """The readings of one differing ballot (None: nothing)."""
        self.beginResetModel()
        self.readings = () if d is None else d.readings
        self.operators = () if d is None else d.operators
        self.endResetModel()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.readings)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or not self.readings:
            return 0
        return len(self.paper) + (2 if isinstance(self.readings[0], Subtotal) else 0)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(self.operators):
                return None
            return self.tr("Lần {0} — {1}").format(section + 1, self.operators[section])
        return section + 1

    def _cell(self, reading: Ballot | Subtotal, row: int) -> tuple[str, bool]:
        """(the text, whether the name is struck) of one line of one reading."""
        if isinstance(reading, Subtotal):
            if row == 0:
                return self.tr("Số phiếu của tổ: {0}").format(reading.ballots), False
            if row == 1:
                return self.tr("Không hợp lệ: {0}").format(reading.invalid_total), False
            paper = self.paper[row - 2]
            votes = reading.votes.get(self.spec.candidates[row - 2], 0)
            return f"{paper.label}: {votes}", False
        paper = self.paper[row]
        no = self.spec.candidates[row]
        if isinstance(reading, RuledInvalidBallot):
            return self.tr("(phiếu không hợp lệ)") if row == 0 else "", False
        if isinstance(reading, StruckBallot):
            return paper.label, no in reading.struck
        if isinstance(reading, MarkedBallot):
            marks = {
                Mark.AGREE: self.tr("đồng ý"),
                Mark.DISAGREE: self.tr("không đồng ý"),
                Mark.BOTH: self.tr("cả hai ô"),
                Mark.NONE: self.tr("bỏ trống"),
            }
            return f"{paper.label}: {marks[reading.marks.get(no, Mark.NONE)]}", False
        return paper.label, False

    def differs(self, row: int) -> bool:
        """Whether the readings say different things on this line."""
        return len({self._cell(r, row) for r in self.readings}) > 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.column() >= len(self.readings) or index.row() >= self.rowCount():
            return None
        text, struck = self._cell(self.readings[index.column()], index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == Qt.ItemDataRole.FontRole:
            return self._struck if struck else self._plain
        if role == Qt.ItemDataRole.ForegroundRole and struck:
            return QBrush(STRUCK)
        if role == Qt.ItemDataRole.BackgroundRole and self.differs(index.row()):
            return QBrush(DIFFER_BG)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and struck:
            return self.tr("bị gạch")
        return None


class DifferencesDialog(QDialog):
    """Differences of one stack for the head of the counting committee."""

    resolved = Signal(str)

    def __init__(
        self,
        desk: Desk,
        stack_id: int,
        spec: EntrySpec,
        parent: QWidget | None = None,
        rows: Sequence[PaperRow] = (),
    ) -> None:
        super().__init__(parent)
        self.setObjectName("differences")
        self.desk, self.stack_id, self.spec = desk, stack_id, spec
        self.paper = tuple(rows) or tuple(PaperRow(i + 1, str(no)) for i, no in enumerate(spec.candidates))
        self.setWindowTitle(self.tr("Chỗ khác nhau giữa các lần nhập"))
        self.resize(1200, 700)
        self.rows: list[Reading] = []
        self.pin = QLineEdit()
        self.pin.setObjectName("differences_pin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setPlaceholderText(self.tr("Trưởng ban nhập mã PIN trước khi chọn"))
        pin_row = QFormLayout()
        pin_row.addRow(self.tr("Mã PIN của trưởng ban"), self.pin)
        intro = QLabel(
            self.tr(
                "Đối chiếu với phiếu giấy, rồi chọn cách đọc đúng cho từng phiếu. Tên bị gạch hiện gạch ngang màu đỏ; "
                "dòng các lần nhập khác nhau tô vàng."
            )
        )
        intro.setWordWrap(True)
        self.model = RowsModel([self.tr("Phiếu số")], self)
        self.view = table(self.model)
        self.view.setObjectName("differences_view")
        self.view.setMinimumWidth(260)
        self.side = SideBySideModel(spec, self.paper, self)
        self.side_view = QTableView()
        self.side_view.setObjectName("differences_side")
        self.side_view.setModel(self.side)
        self.side_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.side_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.summary = QLabel()
        self.summary.setObjectName("differences_summary")
        self.summary.setWordWrap(True)
        self.keep = QHBoxLayout()
        self.own = QLineEdit()
        self.own.setObjectName("differences_own")
        self.own.setPlaceholderText(self.tr("Hoặc gõ lại theo phiếu giấy (như khi nhập phiếu) rồi bấm Enter"))
        self.note = QLabel()
        self.note.setObjectName("differences_note")
        self.note.setWordWrap(True)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.side_view, 1)
        right_layout.addWidget(self.summary)
        right_layout.addLayout(self.keep)
        right_layout.addWidget(self.own)
        splitter = QSplitter()
        splitter.addWidget(self.view)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(pin_row)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        close = QPushButton(self.tr("Đóng"))
        close.setAutoDefault(False)
        close.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addWidget(self.note, 1)
        bottom.addWidget(close)
        layout.addLayout(bottom)
        self.own.returnPressed.connect(self._on_own_return_pressed)
        self.pin.returnPressed.connect(self.view.setFocus)
        self.pin.textChanged.connect(self._on_pin_text_changed)
        self.refresh()
        self.pin.setFocus()

    def refresh(self) -> None:
        """Reads the open differences again."""
        self.rows = stacks.differences_of(self.desk.db, self.stack_id)
        ops = self.rows[0].operators if self.rows else ()
        headers = [self.tr("Phiếu số")] + [self.tr("Lần {0} ({1})").format(i + 1, op) for i, op in enumerate(ops)]
        self.model = RowsModel(headers[:1], self)
        self.model.set_rows([(d.seq,) for d in self.rows])
        self.view.setModel(self.model)
        self.view.selectionModel().currentRowChanged.connect(self._on_view_current_row_changed)
        while self.keep.count():
            item = self.keep.takeAt(0)
            widget = None if item is None else item.widget()
            if widget is not None:
                widget.deleteLater()
        for i, op in enumerate(ops):
            button = QPushButton(self.tr("Giữ lần {0} ({1})").format(i + 1, op))
            button.setObjectName(f"keep_{i}")
            button.setAutoDefault(False)  # a decision is a deliberate press, never Enter typed elsewhere
            button.clicked.connect(lambda _=False, i=i: self.decide(i))
            self.keep.addWidget(button)
        self.note.setText("" if self.rows else self.tr("Không còn chỗ khác nhau: tập phiếu đã xác định."))
        if self.rows:
            self.view.selectRow(0)
        self._show_selected()
        self._on_pin_text_changed(self.pin.text())

    @Slot(QModelIndex, QModelIndex)
    def _on_view_current_row_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_selected()

    def _show_selected(self) -> None:
        seq = self.current_seq()
        d = next((r for r in self.rows if r.seq == seq), None)
        self.side.show_reading(d)
        if d is None:
            self.summary.clear()
            return
        self.summary.setText(
            "\n".join(
                self.tr("Lần {0} ({1}): {2}").format(i + 1, op, reading_text(r, self.spec, self.paper))
                for i, (op, r) in enumerate(zip(d.operators, d.readings, strict=True))
            )
        )

    @Slot(str)
    def _on_pin_text_changed(self, pin: str) -> None:
        ready = len(pin) >= MIN_PIN and bool(self.rows)
        for i in range(self.keep.count()):
            item = self.keep.itemAt(i)
            widget = None if item is None else item.widget()
            if widget is not None:
                widget.setEnabled(ready)
        self.own.setEnabled(ready)

    def current_seq(self) -> int | None:
        """The sequence number of the selected ballot."""
        index = self.view.currentIndex()
        return self.rows[index.row()].seq if index.isValid() and index.row() < len(self.rows) else None

    def decide(self, choice: int | Ballot) -> None:
        """Sends the head's decision for the selected ballot."""
        seq = self.current_seq()
        if seq is None:
            return
        try:
            status = stacks.resolve_difference(
                self.desk.db, self.desk.actor, self.stack_id, seq, choice, self.pin.text()
            )
        except Exception as exc:
            show_error(self, exc)
            return
        self.own.clear()
        self.refresh()
        self.resolved.emit(status.state)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter never presses a button here by itself (QDialog would press the first one)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    @Slot()
    def _on_own_return_pressed(self) -> None:
        try:
            ballot = parse_line(self.own.text(), self.spec)
        except EntryInputError as exc:
            self.note.setText(exc.message())
            return
        self.decide(ballot)
