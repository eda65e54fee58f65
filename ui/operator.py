"""Who is typing: the operator chooses their name (the counting committee, the teams' members, the technical
staff kept with the congress, or a new name added to the staff), and the technical staff list itself."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.room import Operator, Source
from ui.resources import ui_font

#: on_choose(name, new): the chosen name, and whether it was typed (not on any list: join the staff).
OnChoose = Callable[[str, bool], object]


class OperatorDialog(QDialog):
    """'Ai đang nhập phiếu ở máy này?': a list of names and a field for another; Enter chooses."""

    def __init__(
        self,
        parent: QWidget | None,
        people: Sequence[Operator],
        current: str,
        station: str,
        on_choose: OnChoose | None = None,
    ) -> None:
        super().__init__(parent)
        self._on_choose = on_choose
        self.setObjectName("operator_dialog")
        self.setWindowTitle(self.tr("Người nhập phiếu"))
        self.resize(560, 520)
        intro = QLabel(
            self.tr(
                "Ai đang nhập phiếu ở máy {0}? Chọn tên của mình: tên được ghi vào mọi phiếu và mọi thao tác trong "
                "nhật ký, và hiện ở dưới cửa sổ."
            ).format(station)
        )
        intro.setWordWrap(True)
        self.names = QListWidget()
        self.names.setObjectName("operator_names")
        self.names.setFont(ui_font(14))
        where = {
            Source.HEAD: self.tr("Trưởng Ban kiểm phiếu"),
            Source.COMMITTEE: self.tr("Ban kiểm phiếu"),
            Source.STAFF: self.tr("Cán bộ kỹ thuật"),
        }
        self._known = {p.name.casefold() for p in people}
        for p in people:
            role = self.tr("tổ {0}").format(p.team) if p.source is Source.TEAM else where[p.source]
            item = QListWidgetItem(f"{p.name} — {role}")
            item.setData(Qt.ItemDataRole.UserRole, p.name)
            self.names.addItem(item)
            if p.name == current:
                self.names.setCurrentItem(item)
        if self.names.currentRow() < 0 and self.names.count():
            self.names.setCurrentRow(0)
        self.other = QLineEdit()
        self.other.setObjectName("operator_other")
        self.other.setPlaceholderText(self.tr("Họ và tên người khác (thêm vào danh sách cán bộ kỹ thuật)"))
        if current and current.casefold() not in self._known:
            self.other.setText(current)
        self.message = QLabel()
        self.message.setObjectName("operator_message")
        self.message.setStyleSheet("color: #b00020;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Nhập phiếu với tên này"))
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.names, 1)
        layout.addWidget(QLabel(self.tr("Hoặc gõ tên người khác:")))
        layout.addWidget(self.other)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.names.itemActivated.connect(self._on_names_item_activated)
        self.other.textEdited.connect(self._on_other_text_edited)
        self.accepted.connect(self._on_accepted)
        (self.other if self.other.text() or not self.names.count() else self.names).setFocus()

    def chosen(self) -> tuple[str, bool]:
        """(the name, whether it is a new name typed in)."""
        typed = " ".join(self.other.text().split())
        if typed:
            return typed, typed.casefold() not in self._known
        item = self.names.currentItem()
        return ("", False) if item is None else (str(item.data(Qt.ItemDataRole.UserRole)), False)

    @Slot(str)
    def _on_other_text_edited(self, text: str) -> None:
        self.message.clear()
        if text.strip():
            self.names.clearSelection()

    @Slot(QListWidgetItem)
    def _on_names_item_activated(self, _item: QListWidgetItem) -> None:
        self.other.clear()
        self._on_buttons_accepted()

    @Slot()
    def _on_buttons_accepted(self) -> None:
        if not self.chosen()[0]:
            self.message.setText(self.tr("Chọn một tên, hoặc gõ họ và tên của mình."))
            return
        self.accept()

    @Slot()
    def _on_accepted(self) -> None:
        if self._on_choose is not None:
            self._on_choose(*self.chosen())


def ask_operator(
    parent: QWidget | None, people: Sequence[Operator], current: str, station: str, on_choose: OnChoose
) -> OperatorDialog:
    """Opens the operator's choice (window-modal, not blocking); `on_choose(name, new)` when one is chosen.

    Not deleted on close: the caller keeps it until the next one (a dialog deleted on close while the congress view
    was deleted in the same turn of the event loop crashed PySide 6.12 in QDialog's destructor)."""
    dialog = OperatorDialog(parent, people, current, station, on_choose)
    dialog.open()
    return dialog


class StaffDialog(QDialog):
    """The technical staff who may type ballots besides the committee: one name a line."""

    def __init__(self, parent: QWidget | None, names: Sequence[str]) -> None:
        super().__init__(parent)
        self.setObjectName("staff_dialog")
        self.setWindowTitle(self.tr("Cán bộ kỹ thuật nhập phiếu"))
        self.resize(480, 420)
        intro = QLabel(
            self.tr(
                "Những người không ở Ban kiểm phiếu nhưng được giao nhập phiếu vào máy: mỗi dòng một người. "
                "Danh sách được giữ cùng đại hội và ghi vào nhật ký."
            )
        )
        intro.setWordWrap(True)
        self.text = QPlainTextEdit("\n".join(names))
        self.text.setObjectName("staff_names")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)

    def names(self) -> list[str]:
        """The lines typed."""
        return self.text.toPlainText().splitlines()


def edit_staff(parent: QWidget | None, names: Sequence[str], on_save: Callable[[list[str]], object]) -> StaffDialog:
    """Opens the staff list; `on_save(lines)` when saved."""
    dialog = StaffDialog(parent, names)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: on_save(dialog.names()))
    dialog.open()
    return dialog
