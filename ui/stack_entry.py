"""Blind entry of a team's stack on the same paper as single entry — the names, struck as typed, the same keys —
one paper at a time, numbered; never shows another operator's pass. A hand-counted team's stack is its tally
sheet, typed in the sheet form of single entry.

Signals: pass_completed(str) — the stack's new state (awaiting | differ | definitive).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from app import stacks
from app.entry_parse import EntrySpec
from app.progress import StackStatus
from ballot.model import Ballot, Subtotal
from ui.ballot_words import ballot_words, paper_rows
from ui.desk import Desk
from ui.entry import BallotEntryWidget
from ui.errors import show_error
from ui.models import PaperRow
from ui.resources import ui_font
from ui.subtotals import SubtotalDialog


class StackEntryDialog(QDialog):
    """Ballot n of N on the paper: type the line, Enter saves it durably and moves to the next ballot not yet typed;
    Ctrl+Z goes back one ballot to type it again; the pass is completed at the end."""

    pass_completed = Signal(str)

    def __init__(
        self,
        desk: Desk,
        stack: StackStatus,
        spec: EntrySpec,
        rows: Sequence[PaperRow],
        title: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("stack_entry")
        self.desk, self.stack, self.spec = desk, stack, spec
        self._on_paper = paper_rows(spec, tuple(rows))
        self.setWindowTitle(self.tr("Nhập tập phiếu của tổ {0} — {1}").format(stack.team, desk.actor.operator))
        self.resize(1180, 700)
        self.blind = QLabel(
            self.tr(
                "Nhập độc lập: {0} nhập tập phiếu của tổ {1} ({2} phiếu). Bạn chỉ thấy những gì chính bạn nhập; "
                "chương trình so sánh với lần nhập khác khi bạn hoàn thành."
            ).format(desk.actor.operator, stack.team, stack.collected)
        )
        self.blind.setObjectName("stack_blind")
        self.blind.setWordWrap(True)
        self.seq = QSpinBox()
        self.seq.setObjectName("stack_seq")
        self.seq.setRange(1, stack.collected)
        self.seq.setPrefix(self.tr("Phiếu số "))
        self.seq.setSuffix(f" / {stack.collected}")
        self.seq.setFont(ui_font(14, bold=True))
        self.entry = BallotEntryWidget()
        self.entry.set_stacks_allowed(False)
        self.entry.set_saver(self._save)
        self.entry.set_paper(spec, tuple(rows), title)
        self.line = self.entry.line
        self.echo = QLabel()
        self.echo.setObjectName("stack_echo")
        self.echo.setWordWrap(True)
        self.count = QLabel()
        self.count.setObjectName("stack_count")
        self.count.setFont(ui_font(13, bold=True))
        self.finish_button = QPushButton(self.tr("Hoàn thành lần nhập"))
        self.finish_button.setObjectName("stack_done")
        self.finish_button.setAutoDefault(False)  # focused when the pass is complete: Enter then presses it
        top = QHBoxLayout()
        top.addWidget(self.seq)
        top.addWidget(self.echo, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.finish_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.blind)
        layout.addLayout(top)
        layout.addWidget(self.entry, 1)
        layout.addLayout(bottom)
        self.seq.valueChanged.connect(self._on_seq_value_changed)
        self.finish_button.clicked.connect(self._on_done_clicked)
        self.entry.undo_requested.connect(self._on_entry_undo_requested)
        self._mine: dict[int, Ballot | Subtotal] = {}
        self._show_own()
        self.line.setFocus()

    def _show_own(self) -> None:
        self._mine = stacks.my_pass(self.desk.db, self.desk.actor, self.stack.id)
        n = self.stack.collected
        self.count.setText(self.tr("Bạn đã nhập {0}/{1} phiếu của tập.").format(len(self._mine), n))
        missing = [i for i in range(1, n + 1) if i not in self._mine]
        if missing:
            self.seq.setValue(missing[0])
        self.finish_button.setEnabled(not missing)
        self._on_seq_value_changed(self.seq.value())
        if not missing:
            self.entry.status.setText(self.tr("Đã nhập đủ {0} phiếu: bấm “Hoàn thành lần nhập” (Enter).").format(n))
            self.finish_button.setFocus()

    @Slot(int)
    def _on_seq_value_changed(self, seq: int) -> None:
        self.entry.set_counter_text(self.tr("Phiếu số {0} / {1}").format(seq, self.stack.collected))
        ballot = self._mine.get(seq)
        words = "" if not isinstance(ballot, Ballot) else ballot_words(ballot, self.spec, self._on_paper)
        self.echo.setText(self.tr("Bạn đã nhập phiếu này: {0} — gõ lại để sửa.").format(words) if words else "")

    def _save(self, ballot: Ballot) -> None:
        seq = self.seq.value()
        stacks.record_pass_ballot(self.desk.db, self.desk.actor, self.stack.id, seq, ballot)
        self._show_own()
        self.entry.status.setText(
            self.tr("Đã lưu phiếu số {0}: {1}").format(seq, ballot_words(ballot, self.spec, self._on_paper))
        )

    @Slot()
    def _on_entry_undo_requested(self) -> None:
        """Back one ballot, to type it again (the new reading replaces the old in this pass)."""
        if self.seq.value() > 1:
            self.seq.setValue(self.seq.value() - 1)
        self.line.setFocus()

    @Slot()
    def _on_done_clicked(self) -> None:
        self.complete()

    def complete(self) -> bool:
        """Closes this operator's pass; the stack's new state is signalled."""
        try:
            status = stacks.complete_pass(self.desk.db, self.desk.actor, self.stack.id)
        except Exception as exc:
            show_error(self, exc)
            return False
        self.pass_completed.emit(status.state)
        self.accept()
        return True


def sheet_pass(
    parent: QWidget | None,
    desk: Desk,
    stack: StackStatus,
    dialog: SubtotalDialog,
    on_completed: Callable[[str], object],
) -> SubtotalDialog:
    """A hand-counted team's stack: its tally sheet typed (blind) in the sheet form, the team fixed; saving records
    the sheet as this operator's pass and completes it (`on_completed(state)`)."""
    mine = stacks.my_pass(desk.db, desk.actor, stack.id).get(1)
    dialog.team.setText(stack.team)
    dialog.team.setEnabled(False)
    dialog.setWindowTitle(
        QCoreApplication.translate("stack_entry", "Bảng kiểm đếm tay của tổ {0} — {1} (nhập độc lập)").format(
            stack.team, desk.actor.operator
        )
    )
    if isinstance(mine, Subtotal):
        dialog.show_subtotal(mine)
    else:
        dialog.ballots.setValue(stack.collected)

    def save(sheet: Subtotal) -> bool:
        try:
            stacks.record_pass_subtotal(desk.db, desk.actor, stack.id, sheet)
            status = stacks.complete_pass(desk.db, desk.actor, stack.id)
        except Exception as exc:
            show_error(dialog, exc)
            return False
        on_completed(status.state)
        return True

    dialog.set_saver(save)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
