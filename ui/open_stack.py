"""Opening a team's stack with choices, not free text: the team from the list, the kind from a list, the size
(suggested: the ballots collected not yet in a stack)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from app.progress import Team
from app.record.kinds import StackKind

MAX_STACK = 100_000
#: on_open(team, size, kind): True when the stack was opened (the dialog closes), else it stays with its values.
OnOpen = Callable[[str, int, StackKind], bool]


class OpenStackDialog(QDialog):
    """Team, kind and size of a new stack of the round."""

    def __init__(self, parent: QWidget | None, teams: Sequence[Team], collected: int, in_stacks: int) -> None:
        super().__init__(parent)
        self.setObjectName("open_stack_dialog")
        self.setWindowTitle(self.tr("Mở tập phiếu của tổ"))
        self.team = QComboBox()
        self.team.setObjectName("stack_team")
        for t in teams:
            self.team.addItem(f"{t.name} ({', '.join(t.members) or '—'})", t.name)
        self.kind = QComboBox()
        self.kind.setObjectName("stack_kind")
        self.kind.addItem(self.tr("Phiếu bầu, nhập từng phiếu"), StackKind.BALLOTS)
        self.kind.addItem(self.tr("Bảng kiểm đếm tay của tổ"), StackKind.SUBTOTAL)
        self.size_box = QSpinBox()
        self.size_box.setObjectName("stack_size")
        self.size_box.setRange(1, MAX_STACK)
        left = max(collected - in_stacks, 0)
        self.size_box.setValue(left or 1)
        note = (
            self.tr("Thu vào {0} phiếu; các tập đã mở có {1}; còn {2}.").format(collected, in_stacks, left)
            if collected
            else self.tr("Chưa ghi số phiếu thu vào ở trang “3. Nhập phiếu”.")
        )
        self.note = QLabel(note)
        self.note.setObjectName("stack_note")
        self.note.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("stack_message")
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Tổ"), self.team)
        form.addRow(self.tr("Loại"), self.kind)
        form.addRow(self.tr("Số phiếu trong tập"), self.size_box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Mở tập phiếu"))
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self._on_open: OnOpen | None = None
        if not teams:
            self.message.setText(self.tr("Chưa có tổ nào: bấm “Lập tổ…” trước."))
            buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)

    def values(self) -> tuple[str, int, StackKind]:
        """(team, size, kind) as chosen."""
        return str(self.team.currentData() or ""), self.size_box.value(), StackKind(self.kind.currentData())

    @Slot()
    def _on_buttons_accepted(self) -> None:
        if self._on_open is None or self._on_open(*self.values()):
            self.accept()


def ask_open_stack(
    parent: QWidget | None, teams: Sequence[Team], collected: int, in_stacks: int, on_open: OnOpen
) -> OpenStackDialog:
    """Opens the dialog; `on_open(team, size, kind)` opens the stack (the dialog stays open when it is refused)."""
    dialog = OpenStackDialog(parent, teams, collected, in_stacks)
    dialog._on_open = on_open
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
