"""Set-up of the congress: its details, the electorate (base shown live), the counting committee."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ballot.model import CommitteeMember, Congress, CongressKind, Electorate, Exclusion, Role
from ballot.text import nfc
from ballot.threshold import majority
from ui.congress_steps import combo_level, level_combo, set_combo_level
from ui.date_field import DateField
from ui.resources import ui_font

MAX_PEOPLE = 100_000


class CongressForm(QWidget):
    """The congress's details (its level, the date as dd/mm/yyyy), the number summoned and each exclusion, and the
    counting committee; it keeps what people type until they save or discard it (`unsaved_changes`).

    Signals:
        congress_edited(object): people pressed Save; the Congress as filled in.
        pin_change_requested(): the head wants to set or change the PIN.
    """

    congress_edited = Signal(object)
    pin_change_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.organization = QLineEdit()
        self.organization.setObjectName("organization")
        self.title = QLineEdit()
        self.title.setObjectName("title")
        self.term = QLineEdit()
        self.term.setObjectName("term")
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        self.kind.addItem(self.tr("Đại hội đại biểu"), CongressKind.DELEGATES)
        self.kind.addItem(self.tr("Đại hội đảng viên"), CongressKind.MEMBERS)
        self.kind.addItem(self.tr("Hội nghị Ban Chấp hành / Ủy ban kiểm tra"), CongressKind.CONFERENCE)
        self.level = level_combo()
        self.place = QLineEdit()
        self.place.setObjectName("place")
        self.date = DateField()
        self.date.setObjectName("date")
        details = QFormLayout()
        details.addRow(self.tr("Đảng bộ, chi bộ"), self.organization)
        details.addRow(self.tr("Tên đại hội"), self.title)
        details.addRow(self.tr("Nhiệm kỳ"), self.term)
        details.addRow(self.tr("Loại"), self.kind)
        details.addRow(self.tr("Cấp tổ chức đảng"), self.level)
        details.addRow(self.tr("Địa điểm"), self.place)
        details.addRow(self.tr("Ngày"), self.date)
        details_box = QGroupBox(self.tr("Đại hội"))
        details_box.setLayout(details)

        self.summoned = QSpinBox()
        self.summoned.setObjectName("summoned")
        self.summoned.setRange(0, MAX_PEOPLE)
        self.attending = QSpinBox()
        self.attending.setObjectName("attending")
        self.attending.setRange(0, MAX_PEOPLE)
        self.exclusions = QTableWidget(0, 2)
        self.exclusions.setObjectName("exclusions")
        self.exclusions.setHorizontalHeaderLabels([self.tr("Lý do trừ (đã được xác nhận)"), self.tr("Số người")])
        self.exclusions.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.exclusions.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.exclusions.verticalHeader().setVisible(False)
        self.exclusions.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.add_exclusion_button = QPushButton(self.tr("Thêm lý do trừ"))
        self.add_exclusion_button.setObjectName("add_exclusion")
        self.remove_exclusion_button = QPushButton(self.tr("Bỏ dòng đã chọn"))
        self.remove_exclusion_button.setObjectName("remove_exclusion")
        self.base_label = QLabel()
        self.base_label.setObjectName("base_label")
        self.base_label.setFont(ui_font(14, bold=True))
        self.base_label.setWordWrap(True)
        electorate = QFormLayout()
        electorate.addRow(self.tr("Số được triệu tập"), self.summoned)
        electorate.addRow(self.tr("Số có mặt dự đại hội"), self.attending)
        ex_buttons = QHBoxLayout()
        ex_buttons.addWidget(self.add_exclusion_button)
        ex_buttons.addWidget(self.remove_exclusion_button)
        ex_buttons.addStretch(1)
        electorate_layout = QVBoxLayout()
        electorate_layout.addLayout(electorate)
        electorate_layout.addWidget(self.exclusions, 1)
        electorate_layout.addLayout(ex_buttons)
        electorate_layout.addWidget(self.base_label)
        electorate_box = QGroupBox(
            self.tr("Cơ sở tính kết quả: trúng cử khi được quá một nửa số được triệu tập (sau khi trừ)")
        )
        electorate_box.setLayout(electorate_layout)

        self.head = QLineEdit()
        self.head.setObjectName("head")
        self.members = QPlainTextEdit()
        self.members.setObjectName("members")
        self.members.setPlaceholderText(self.tr("Mỗi dòng một người"))
        self.members.setMaximumHeight(120)
        self.pin_button = QPushButton(self.tr("Đặt / đổi mã PIN trưởng ban…"))
        self.pin_button.setObjectName("pin_button")
        committee = QFormLayout()
        committee.addRow(self.tr("Trưởng ban"), self.head)
        committee.addRow(self.tr("Các thành viên"), self.members)
        committee.addRow("", self.pin_button)
        committee_box = QGroupBox(self.tr("Ban kiểm phiếu"))
        committee_box.setLayout(committee)

        self.save_button = QPushButton(self.tr("Lưu thông tin đại hội"))
        self.save_button.setObjectName("save_congress")
        self.save_button.setDefault(True)
        self.message = QLabel()
        self.message.setObjectName("congress_message")
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)
        self._baseline: Congress | None = None

        left = QVBoxLayout()
        left.addWidget(details_box)
        left.addWidget(committee_box)
        left.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        self.right = QVBoxLayout()
        self.right.addWidget(electorate_box, 1)
        columns.addLayout(self.right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.save_button)
        layout.addLayout(bottom)

        self.summoned.valueChanged.connect(self._on_electorate_changed)
        self.exclusions.itemChanged.connect(self._on_electorate_changed)
        self.add_exclusion_button.clicked.connect(self._on_add_exclusion_clicked)
        self.remove_exclusion_button.clicked.connect(self._on_remove_exclusion_clicked)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.pin_button.clicked.connect(self.pin_change_requested)
        self._on_electorate_changed()

    def set_congress(self, c: Congress) -> None:
        """Fills the form from a stored congress."""
        self.organization.setText(c.organization)
        self.title.setText(c.title)
        self.term.setText(c.term)
        self.kind.setCurrentIndex(max(0, self.kind.findData(c.kind)))
        set_combo_level(self.level, c.level)
        self.place.setText(c.place)
        self.date.set_iso(c.date)
        self.summoned.setValue(c.electorate.summoned)
        self.attending.setValue(c.attending)
        self.exclusions.blockSignals(True)
        self.exclusions.setRowCount(0)
        for e in c.electorate.exclusions:
            self._append_exclusion(e.reason, e.count)
        self.exclusions.blockSignals(False)
        heads = [m.name for m in c.counting_committee if m.role is Role.HEAD]
        self.head.setText(heads[0] if heads else "")
        self.members.setPlainText("\n".join(m.name for m in c.counting_committee if m.role is Role.MEMBER))
        self.message.setText("")
        self._on_electorate_changed()
        self._baseline = self.congress()

    def _append_exclusion(self, reason: str, count: int) -> None:
        row = self.exclusions.rowCount()
        self.exclusions.insertRow(row)
        self.exclusions.setItem(row, 0, QTableWidgetItem(reason))
        item = QTableWidgetItem()
        item.setData(Qt.ItemDataRole.EditRole, count)
        self.exclusions.setItem(row, 1, item)

    def electorate(self) -> Electorate:
        """Summoned and the exclusions as typed (rows without a reason or a count are left out)."""
        exclusions = []
        for row in range(self.exclusions.rowCount()):
            reason_item = self.exclusions.item(row, 0)
            count_item = self.exclusions.item(row, 1)
            reason = nfc(reason_item.text()) if reason_item else ""
            raw = count_item.data(Qt.ItemDataRole.EditRole) if count_item else 0
            try:
                count = int(raw or 0)
            except (TypeError, ValueError):
                count = 0
            if reason and count > 0:
                exclusions.append(Exclusion(reason, count))
        return Electorate(self.summoned.value(), tuple(exclusions))

    def congress(self) -> Congress:
        """The congress as filled in."""
        committee = []
        if self.head.text().strip():
            committee.append(CommitteeMember(nfc(self.head.text()), Role.HEAD))
        committee += [
            CommitteeMember(nfc(line), Role.MEMBER) for line in self.members.toPlainText().splitlines() if line.strip()
        ]
        return Congress(
            organization=nfc(self.organization.text()),
            title=nfc(self.title.text()),
            term=nfc(self.term.text()),
            kind=CongressKind(self.kind.currentData()),
            electorate=self.electorate(),
            attending=self.attending.value(),
            place=nfc(self.place.text()),
            date=self._date(),
            counting_committee=tuple(committee),
            level=combo_level(self.level),
        )

    def _date(self) -> str:
        """The date as ISO; what was typed, when it is not a date (saving refuses it)."""
        iso = self.date.iso()
        return nfc(self.date.text()).strip() if iso is None else iso

    @Slot()
    def _on_electorate_changed(self) -> None:
        e = self.electorate()
        t = majority(e.summoned, e.excluded)
        if t.base <= 0:
            self.base_label.setText(self.tr("Cơ sở tính phải lớn hơn 0: nhập số được triệu tập."))
            self.base_label.setStyleSheet("color: #b00020;")
            return
        self.base_label.setStyleSheet("")
        self.base_label.setText(
            self.tr("Cơ sở tính: {0} = {1} triệu tập − {2} trừ · Trúng cử cần ít nhất {3} phiếu").format(
                t.base, e.summoned, e.excluded, t.votes_needed
            )
        )

    @Slot()
    def _on_add_exclusion_clicked(self) -> None:
        self._append_exclusion("", 1)
        row = self.exclusions.rowCount() - 1
        self.exclusions.setCurrentCell(row, 0)
        item = self.exclusions.item(row, 0)
        if item is not None:
            self.exclusions.editItem(item)

    @Slot()
    def _on_remove_exclusion_clicked(self) -> None:
        row = self.exclusions.currentRow()
        if row >= 0:
            self.exclusions.removeRow(row)
            self._on_electorate_changed()

    @Slot()
    def _on_save_clicked(self) -> bool:
        if self.date.iso() is None:
            self.message.setText(self.tr("Ngày đại hội chưa đúng: gõ ngày/tháng/năm, ví dụ 20/06/2025."))
            self.date.setFocus()
            return False
        self.message.setText("")
        self.congress_edited.emit(self.congress())
        return True

    # -- unsaved changes (the tab/close protocol of ui/congress_view.py) ----------------------------------------

    def unsaved_changes(self) -> bool:
        """Whether the form holds something typed and not saved."""
        return self._baseline is not None and self.congress() != self._baseline

    def save_changes(self) -> bool:
        """Saves what the form holds; False (the reason shown) when it could not be saved."""
        if not self.unsaved_changes():
            return True
        return self._on_save_clicked() and not self.unsaved_changes()

    def discard_changes(self) -> None:
        """Shows the stored congress again."""
        if self._baseline is not None:
            self.set_congress(self._baseline)
