"""New names the congress decides to add to a later round's list (RULES.md §6.5): name and note, one row each."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ballot.model import Candidate
from ballot.text import nfc


class NewCandidatesBox(QWidget):
    """A small table of people added to the list of the next round; numbered after the election's last number."""

    def __init__(self, first_no: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first_no = first_no
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("new_candidates")
        self.table.setHorizontalHeaderLabels([self.tr("Họ và tên người mới"), self.tr("Ghi chú")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setMaximumHeight(130)
        self.add_button = QPushButton(self.tr("Thêm người mới"))
        self.add_button.setObjectName("add_new_candidate")
        self.remove_button = QPushButton(self.tr("Bỏ dòng đã chọn"))
        self.remove_button.setObjectName("remove_new_candidate")
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)

    def add_row(self, name: str = "", note: str = "") -> int:
        """Appends a row (empty to be typed in); its index."""
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(name))
        self.table.setItem(row, 1, QTableWidgetItem(note))
        return row

    @Slot()
    def _on_add_button_clicked(self) -> None:
        row = self.add_row()
        self.table.setCurrentCell(row, 0)
        item = self.table.item(row, 0)
        if item is not None:
            self.table.editItem(item)

    @Slot()
    def _on_remove_button_clicked(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def candidates(self) -> tuple[Candidate, ...]:
        """The new people in the order typed, numbered from `first_no`; rows without a name are left out."""
        people: list[Candidate] = []
        for row in range(self.table.rowCount()):
            name_item, note_item = self.table.item(row, 0), self.table.item(row, 1)
            name = nfc(name_item.text()).strip() if name_item else ""
            note = nfc(note_item.text()).strip() if note_item else ""
            if name:
                people.append(Candidate(self.first_no + len(people), name, note))
        return tuple(people)
