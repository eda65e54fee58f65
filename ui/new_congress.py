"""The dialog that creates a congress database: where, what, and the head's PIN."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app import texts
from app.people import MIN_PIN, pin_fault
from ballot.model import CommitteeMember, Congress, CongressKind, Electorate, Role
from ballot.rulesets import RULESETS
from ballot.text import nfc
from ui import filedialogs
from ui.congress_steps import combo_level, level_combo


@dataclass(frozen=True, slots=True)
class NewCongress:
    """What the dialog collected."""

    path: str
    congress: Congress
    ruleset: str
    pin: str


class NewCongressDialog(QDialog):
    """File, organisation, title, term, kind, the party organisation's level, summoned, rule set, head and PIN."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("new_congress_dialog")
        self.setWindowTitle(self.tr("Tạo đại hội mới"))
        self.path = QLineEdit()
        self.path.setObjectName("path")
        browse = QPushButton(self.tr("Chọn…"))
        browse.clicked.connect(self._on_browse_clicked)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        self.organization = QLineEdit()
        self.organization.setObjectName("organization")
        self.title = QLineEdit()
        self.title.setObjectName("title")
        self.term = QLineEdit("2025–2030")
        self.term.setObjectName("term")
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Đại hội đại biểu"), CongressKind.DELEGATES)
        self.kind.addItem(self.tr("Đại hội đảng viên"), CongressKind.MEMBERS)
        self.kind.addItem(self.tr("Hội nghị Ban Chấp hành / Ủy ban kiểm tra"), CongressKind.CONFERENCE)
        self.level = level_combo()
        self.level.setToolTip(
            self.tr("Theo cấp tổ chức, chương trình đề xuất các cuộc bầu thường có (trang “Cuộc bầu và danh sách”).")
        )
        self.summoned = QSpinBox()
        self.summoned.setObjectName("summoned")
        self.summoned.setRange(1, 100_000)
        self.ruleset = QComboBox()
        for rs in RULESETS.values():
            self.ruleset.addItem(f"{rs.name} — {rs.decision}", rs.id)
        self.head = QLineEdit()
        self.head.setObjectName("head")
        self.pin = QLineEdit()
        self.pin.setObjectName("pin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_again = QLineEdit()
        self.pin_again.setObjectName("pin_again")
        self.pin_again.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Tệp dữ liệu"), path_row)
        form.addRow(self.tr("Đảng bộ, chi bộ"), self.organization)
        form.addRow(self.tr("Tên đại hội"), self.title)
        form.addRow(self.tr("Nhiệm kỳ"), self.term)
        form.addRow(self.tr("Loại"), self.kind)
        form.addRow(self.tr("Cấp tổ chức đảng"), self.level)
        form.addRow(self.tr("Số được triệu tập"), self.summoned)
        form.addRow(self.tr("Quy chế"), self.ruleset)
        form.addRow(self.tr("Trưởng ban kiểm phiếu"), self.head)
        form.addRow(self.tr("Mã PIN trưởng ban"), self.pin)
        form.addRow(self.tr("Nhập lại mã PIN"), self.pin_again)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    @Slot()
    def _on_browse_clicked(self) -> None:
        path = filedialogs.save_file(
            self, self.tr("Tệp dữ liệu đại hội"), "dai-hoi.kiemphieu", self.tr("Dữ liệu kiểm phiếu (*.kiemphieu)")
        )
        if path:
            self.path.setText(path)

    def problem(self) -> str:
        """What is missing, in words; empty when the form is complete."""
        if not self.path.text().strip():
            return self.tr("Chọn nơi lưu tệp dữ liệu.")
        if not self.organization.text().strip() or not self.title.text().strip():
            return self.tr("Điền tên đảng bộ và tên đại hội.")
        if not self.head.text().strip():
            return self.tr("Điền họ tên trưởng ban kiểm phiếu.")
        fault = pin_fault(self.pin.text())
        if fault is not None:
            return texts.text(fault, {"min": MIN_PIN})
        if self.pin.text() != self.pin_again.text():
            return self.tr("Hai lần nhập mã PIN không giống nhau.")
        return ""

    @Slot()
    def _on_buttons_accepted(self) -> None:
        problem = self.problem()
        if problem:
            self.message.setText(problem)
            return
        self.accept()

    def value(self) -> NewCongress:
        """The congress to create."""
        summoned = self.summoned.value()
        congress = Congress(
            organization=nfc(self.organization.text()),
            title=nfc(self.title.text()),
            term=nfc(self.term.text()),
            kind=CongressKind(self.kind.currentData()),
            electorate=Electorate(summoned, ()),
            attending=summoned,
            counting_committee=(CommitteeMember(nfc(self.head.text()), Role.HEAD),),
            level=combo_level(self.level),
        )
        return NewCongress(self.path.text().strip(), congress, self.ruleset.currentData(), self.pin.text())


def ask_new_congress(parent: QWidget | None, on_accept: Callable[[NewCongress], object]) -> NewCongressDialog:
    """Opens the dialog; `on_accept` gets the congress to create."""
    dialog = NewCongressDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: on_accept(dialog.value()))
    dialog.open()
    return dialog
