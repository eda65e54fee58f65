"""The head's differences dialog: each differing ballot with every pass's reading side by side; keep one, or type
what the paper ballot says; each decision needs the head's PIN.

Signals: resolved(str) — the stack's state after a decision.
"""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app import stacks
from app.entry_parse import EntryInputError, EntrySpec, parse_line, shortest_line
from app.record.stackstate import Reading
from app.texts import text
from ballot.model import Ballot, RuledInvalidBallot, StruckBallot, Subtotal
from ui.desk import Desk
from ui.errors import show_error
from ui.progress import RowsModel, table


def reading_text(reading: Ballot | Subtotal, spec: EntrySpec) -> str:
    """A reading as the keys that enter it (ballots) or its totals (subtotal sheets)."""
    if isinstance(reading, Subtotal):
        votes = ", ".join(f"{no}: {v}" for no, v in sorted(reading.votes.items()))
        return f"{reading.ballots} phiếu; không hợp lệ {reading.invalid_total}; {votes}"
    if isinstance(reading, RuledInvalidBallot):
        return text("ballot.invalid", {"reason": text(f"invalid.{reading.reason.value}")})
    if isinstance(reading, StruckBallot):
        rows = {no: i + 1 for i, no in enumerate(spec.candidates)}
        struck = " ".join(str(rows[no]) for no in sorted(reading.struck, key=rows.__getitem__))
        return "gạch " + struck if struck else "không gạch tên nào"
    return shortest_line(reading, spec)


class DifferencesDialog(QDialog):
    """Differences of one stack for the head of the counting committee."""

    resolved = Signal(str)

    def __init__(self, desk: Desk, stack_id: int, spec: EntrySpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("differences")
        self.desk, self.stack_id, self.spec = desk, stack_id, spec
        self.setWindowTitle(self.tr("Chỗ khác nhau giữa các lần nhập"))
        self.rows: list[Reading] = []
        self.model = RowsModel([self.tr("Phiếu số")], self)
        self.view = table(self.model)
        self.view.setObjectName("differences_view")
        self.pin = QLineEdit()
        self.pin.setObjectName("differences_pin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setPlaceholderText(self.tr("Mã PIN của trưởng ban"))
        self.own = QLineEdit()
        self.own.setObjectName("differences_own")
        self.own.setPlaceholderText(self.tr("Hoặc nhập lại theo phiếu giấy rồi bấm Enter"))
        self.keep = QHBoxLayout()
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("Đối chiếu với phiếu giấy, chọn cách đọc đúng cho từng phiếu (cần mã PIN của trưởng ban).")),
        )
        layout.addWidget(self.view, 1)
        layout.addLayout(self.keep)
        layout.addWidget(self.own)
        layout.addWidget(self.pin)
        layout.addWidget(self.note)
        self.own.returnPressed.connect(self._on_own_return_pressed)
        self.resize(760, 420)
        self.refresh()

    def refresh(self) -> None:
        """Reads the open differences again."""
        self.rows = stacks.differences_of(self.desk.db, self.stack_id)
        ops = self.rows[0].operators if self.rows else ()
        headers = [self.tr("Phiếu số")] + [self.tr("Lần {0} ({1})").format(i + 1, op) for i, op in enumerate(ops)]
        self.model = RowsModel(headers, self)
        self.model.set_rows([(d.seq, *(reading_text(r, self.spec) for r in d.readings)) for d in self.rows])
        self.view.setModel(self.model)
        if self.rows:
            self.view.selectRow(0)
        while self.keep.count():
            item = self.keep.takeAt(0)
            widget = None if item is None else item.widget()
            if widget is not None:
                widget.deleteLater()
        for i, op in enumerate(ops):
            button = QPushButton(self.tr("Giữ lần {0} ({1})").format(i + 1, op))
            button.setObjectName(f"keep_{i}")
            button.clicked.connect(lambda _=False, i=i: self.decide(i))
            self.keep.addWidget(button)
        self.note.setText("" if self.rows else self.tr("Không còn chỗ khác nhau: tập phiếu đã xác định."))

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

    @Slot()
    def _on_own_return_pressed(self) -> None:
        try:
            ballot = parse_line(self.own.text(), self.spec)
        except EntryInputError as exc:
            self.note.setText(exc.user_text())
            return
        self.decide(ballot)
