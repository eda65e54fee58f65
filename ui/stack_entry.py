"""Blind entry of a team's stack: one line per paper ballot, numbered; never shows another operator's pass.

Signals: pass_completed(str) — the stack's new state (awaiting | differ | definitive).
"""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSpinBox, QVBoxLayout, QWidget

from app import stacks
from app.entry_parse import EntryInputError, EntrySpec, parse_line, shortest_line
from app.progress import StackStatus
from ui.desk import Desk
from ui.errors import show_error


class StackEntryDialog(QDialog):
    """Ballot n of N: type the line, Enter saves it durably and moves on; the pass is completed at the end."""

    pass_completed = Signal(str)

    def __init__(self, desk: Desk, stack: StackStatus, spec: EntrySpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stack_entry")
        self.desk, self.stack, self.spec = desk, stack, spec
        self.setWindowTitle(self.tr("Nhập tập phiếu của tổ {0} — {1}").format(stack.team, desk.actor.operator))
        self.blind = QLabel(
            self.tr(
                "Nhập độc lập: bạn chỉ thấy những gì chính bạn nhập. "
                "Chương trình so sánh với lần nhập khác khi bạn hoàn thành."
            )
        )
        self.blind.setWordWrap(True)
        self.seq = QSpinBox()
        self.seq.setObjectName("stack_seq")
        self.seq.setRange(1, stack.collected)
        self.seq.setPrefix(self.tr("Phiếu số "))
        self.seq.setSuffix(f" / {stack.collected}")
        self.line = QLineEdit()
        self.line.setObjectName("stack_line")
        font = QFont(self.line.font())
        font.setPointSize(font.pointSize() + 6)
        self.line.setFont(font)
        self.line.setPlaceholderText(self.tr("Số các tên bị gạch; /3 không hợp lệ"))
        self.echo = QLabel()
        self.echo.setObjectName("stack_echo")
        self.count = QLabel()
        self.count.setObjectName("stack_count")
        self.finish_button = QPushButton(self.tr("Hoàn thành lần nhập"))
        self.finish_button.setObjectName("stack_done")
        row = QHBoxLayout()
        row.addWidget(self.seq)
        row.addWidget(self.line, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.blind)
        layout.addLayout(row)
        layout.addWidget(self.echo)
        layout.addWidget(self.count)
        layout.addWidget(self.finish_button)
        self.line.returnPressed.connect(self._on_line_return_pressed)
        self.seq.valueChanged.connect(self._on_seq_value_changed)
        self.finish_button.clicked.connect(self._on_done_clicked)
        self.resize(640, 240)
        self._show_own()

    def _show_own(self) -> None:
        mine = stacks.my_pass(self.desk.db, self.desk.actor, self.stack.id)
        self.count.setText(self.tr("Bạn đã nhập {0}/{1} phiếu của tập.").format(len(mine), self.stack.collected))
        missing = [i for i in range(1, self.stack.collected + 1) if i not in mine]
        if missing:
            self.seq.setValue(missing[0])
        self.finish_button.setEnabled(not missing)

    @Slot(int)
    def _on_seq_value_changed(self, seq: int) -> None:
        ballot = stacks.my_pass(self.desk.db, self.desk.actor, self.stack.id).get(seq)
        text = "" if ballot is None else shortest_line(ballot, self.spec)  # type: ignore[arg-type]
        self.echo.setText(self.tr("Bạn đã nhập phiếu này: {0}").format(text) if text else "")

    @Slot()
    def _on_line_return_pressed(self) -> None:
        try:
            ballot = parse_line(self.line.text(), self.spec)
            stacks.record_pass_ballot(self.desk.db, self.desk.actor, self.stack.id, self.seq.value(), ballot)
        except EntryInputError as exc:
            self.echo.setText(exc.user_text())
            return
        except Exception as exc:
            show_error(self, exc)
            return
        self.echo.setText(self.tr("Đã lưu phiếu số {0}: {1}").format(self.seq.value(), self.line.text()))
        self.line.clear()
        self._show_own()

    @Slot()
    def _on_done_clicked(self) -> None:
        try:
            status = stacks.complete_pass(self.desk.db, self.desk.actor, self.stack.id)
        except Exception as exc:
            show_error(self, exc)
            return
        self.pass_completed.emit(status.state)
        self.accept()
