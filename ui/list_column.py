"""Asking which column of a spreadsheet holds the names, when it has no "Họ và tên" header."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.candidates_import import NeedColumn, preview_text


class ColumnDialog(QDialog):
    """The file's first rows, and a choice of the column that holds the full names."""

    def __init__(self, ask: NeedColumn, file: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("column_dialog")
        self.setWindowTitle(self.tr("Cột họ và tên"))
        self.resize(720, 320)
        intro = QLabel(
            self.tr(
                "Tệp {0} không có dòng tiêu đề “Họ và tên”, và có nhiều cột chữ. Chọn cột ghi họ và tên "
                "(các dòng đầu của tệp ở dưới)."
            ).format(file)
        )
        intro.setWordWrap(True)
        self.preview = QTableWidget(len(ask.rows), ask.columns)
        self.preview.setObjectName("column_preview")
        self.preview.setHorizontalHeaderLabels(list(ask.letters))
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for r, row in enumerate(ask.rows):
            for c, value in enumerate(row):
                self.preview.setItem(r, c, QTableWidgetItem(value))
        self.preview.resizeColumnsToContents()
        self.column = QComboBox()
        self.column.setObjectName("name_column")
        for c in range(ask.columns):
            self.column.addItem(self.tr("Cột {0}: {1}").format(ask.letters[c], preview_text(ask, c)), c)
        self.column.setCurrentIndex(-1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setEnabled(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        choice = QHBoxLayout()
        choice.addWidget(QLabel(self.tr("Họ và tên ở")))
        choice.addWidget(self.column, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.preview, 1)
        layout.addLayout(choice)
        layout.addWidget(buttons)
        self.column.currentIndexChanged.connect(self._on_column_current_index_changed)

    @Slot(int)
    def _on_column_current_index_changed(self, index: int) -> None:
        self.ok.setEnabled(index >= 0)
        self.preview.selectColumn(index)

    def chosen(self) -> int:
        """The column chosen (0-based)."""
        return int(self.column.currentData())


def ask_column(parent: QWidget | None, ask: NeedColumn, file: str, on_chosen: Callable[[int], object]) -> ColumnDialog:
    """Opens the question (window-modal, not blocking); `on_chosen` gets the column."""
    dialog = ColumnDialog(ask, file, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: on_chosen(dialog.chosen()))
    dialog.open()
    return dialog
