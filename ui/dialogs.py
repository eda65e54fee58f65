"""Small dialog factories: every dialog opens window-modal without blocking, so tests can drive it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)


def message(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str, detail: str = "") -> QMessageBox:
    """A message box opened window-modal; the caller may keep it to inspect (tests) or ignore it."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("message_box")
    box.setTextFormat(Qt.TextFormat.PlainText)
    if detail:
        box.setInformativeText(detail)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def information(parent: QWidget | None, text: str, detail: str = "") -> QMessageBox:
    """A plain notice."""
    return message(
        parent, QMessageBox.Icon.Information, QCoreApplication.translate("dialogs", "Kiểm phiếu"), text, detail
    )


def confirm(parent: QWidget | None, text: str, on_yes: Callable[[], object]) -> QMessageBox:
    """A yes/no question; `on_yes` runs only when people answer yes."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("dialogs", "Xác nhận"),
        text,
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    box.setObjectName("confirm_box")
    yes = box.addButton(QCoreApplication.translate("dialogs", "Đồng ý"), QMessageBox.ButtonRole.YesRole)
    box.addButton(QCoreApplication.translate("dialogs", "Không"), QMessageBox.ButtonRole.NoRole)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.buttonClicked.connect(lambda b: on_yes() if b is yes else None)
    box.open()
    return box


class FieldsDialog(QDialog):
    """A few labelled text fields with OK/Cancel; `values()` gives what was typed."""

    def __init__(self, parent: QWidget | None, title: str, intro: str, fields: list[tuple[str, str, bool]]) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("fields_dialog")
        layout = QVBoxLayout(self)
        if intro:
            label = QLabel(intro)
            label.setWordWrap(True)
            layout.addWidget(label)
        form = QFormLayout()
        self.edits: dict[str, QLineEdit] = {}
        for key, label_text, secret in fields:
            edit = QLineEdit()
            edit.setObjectName(f"field_{key}")
            if secret:
                edit.setEchoMode(QLineEdit.EchoMode.Password)
            form.addRow(label_text, edit)
            self.edits[key] = edit
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def values(self) -> dict[str, str]:
        """Each field's text."""
        return {k: e.text() for k, e in self.edits.items()}


def ask_fields(
    parent: QWidget | None,
    title: str,
    intro: str,
    fields: list[tuple[str, str, bool]],
    on_accept: Callable[[dict[str, str]], object],
) -> FieldsDialog:
    """Opens a FieldsDialog; `on_accept(values)` runs when people press OK."""
    dialog = FieldsDialog(parent, title, intro, fields)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: on_accept(dialog.values()))
    dialog.open()
    return dialog
