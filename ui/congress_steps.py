"""Dialogs of the whole congress: the usual elections by the congress's kind, picking a list from its pool, a request
to withdraw with the congress's vote, pausing an election, and the committee head's choice on a nomination tie."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import sequence
from app.errors import UserError
from app.texts import text as catalogue
from ballot import withdrawal as withdrawal_rules
from ballot.model import (
    Candidate,
    Congress,
    CongressLevel,
    Election,
    ElectionKind,
    PauseReason,
    Proposal,
    VoteMethod,
    Withdrawal,
)
from ballot.rulesets import Parameters
from ballot.structure import CELL_COMMITTEE_FROM, Voters
from ballot.text import nfc
from ui.resources import current_language

NOT_COUNTED = -1


def level_names() -> dict[CongressLevel | None, str]:
    """The party organisation's levels in the interface language."""
    return {
        None: QCoreApplication.translate("congress_steps", "(chưa chọn)"),
        CongressLevel.CELL: QCoreApplication.translate("congress_steps", "Chi bộ"),
        CongressLevel.GRASSROOTS: QCoreApplication.translate("congress_steps", "Đảng bộ cơ sở"),
        CongressLevel.HIGHER: QCoreApplication.translate("congress_steps", "Đảng bộ cấp trên cơ sở"),
    }


def level_combo() -> QComboBox:
    """A choice of level (none first)."""
    box = QComboBox()
    box.setObjectName("level")
    for level, name in level_names().items():
        box.addItem(name, None if level is None else level.value)
    return box


def combo_level(box: QComboBox) -> CongressLevel | None:
    """The level a combo shows."""
    value = box.currentData()
    return None if not value else CongressLevel(value)


def set_combo_level(box: QComboBox, level: CongressLevel | None) -> None:
    """Shows a level."""
    box.setCurrentIndex(max(0, box.findData(None if level is None else level.value)))


def _dialog_buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.rejected.connect(dialog.reject)
    return buttons


def _message_label() -> QLabel:
    label = QLabel()
    label.setObjectName("message")
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020;")
    return label


# --- the usual elections ---------------------------------------------------------------------------------------


class SequenceDialog(QDialog):
    """The elections this congress usually holds, by its level (and, for a cell, its official members): each with
    a tick, its title, seats and where its list comes from; people accept, change or leave any out."""

    COLUMNS = ("title", "kind", "seats", "pool", "voters")

    def __init__(self, parent: QWidget | None, congress: Congress, taken: Sequence[str]) -> None:
        super().__init__(parent)
        self.setObjectName("sequence_dialog")
        self.setWindowTitle(self.tr("Các cuộc bầu theo loại đại hội"))
        self.congress = congress
        self.taken = tuple(taken)
        self.proposals: tuple[sequence.Proposal, ...] = ()
        self.level = level_combo()
        set_combo_level(self.level, congress.level or CongressLevel.GRASSROOTS)
        self.members = QLabel()
        self.members.setObjectName("members_label")
        self.direct = QCheckBox(
            self.tr("Đại hội bầu trực tiếp Bí thư (phiếu giới thiệu từ cấp ủy mới, rồi bầu Bí thư)")
        )
        self.direct.setObjectName("direct_secretary")
        self.standing = QCheckBox(self.tr("Có Ban Thường vụ"))
        self.standing.setObjectName("standing_committee")
        self.standing.setChecked(True)
        self.delegates = QCheckBox(self.tr("Bầu đại biểu đi dự Đại hội cấp trên"))
        self.delegates.setObjectName("delegates")
        self.delegates.setChecked(True)
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setObjectName("sequence_table")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Cuộc bầu"),
                self.tr("Hình thức"),
                self.tr("Số lượng"),
                self.tr("Danh sách lấy từ"),
                self.tr("Ai bầu"),
            ]
        )
        header = self.table.horizontalHeader()
        for col in range(len(self.COLUMNS)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.note = QLabel(
            self.tr(
                "Đánh dấu các cuộc bầu cần tạo; sửa tên nếu cần; nhập số lượng cần bầu (Đại hội biểu quyết). "
                "Các cuộc bầu tại hội nghị lần thứ nhất của cấp ủy mới và các cuộc bầu không bắt buộc để trống sẵn."
            )
        )
        self.note.setWordWrap(True)
        self.message = _message_label()
        form = QFormLayout()
        form.addRow(self.tr("Cấp tổ chức đảng"), self.level)
        form.addRow("", self.members)
        options = QVBoxLayout()
        for box in (self.direct, self.standing, self.delegates):
            options.addWidget(box)
        self.buttons = _dialog_buttons(self)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(options)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(1100, 600)
        self.level.currentIndexChanged.connect(self._on_options_changed)
        for box in (self.direct, self.standing, self.delegates):
            box.toggled.connect(self._on_options_changed)
        self._on_options_changed()

    def _congress(self) -> Congress:
        return replace(self.congress, level=combo_level(self.level))

    @Slot()
    def _on_options_changed(self) -> None:
        c = self._congress()
        members = c.electorate.summoned
        cell = c.level is CongressLevel.CELL
        self.members.setText(
            self.tr("Chi bộ có {0} đảng viên chính thức (số được triệu tập): {1}.").format(
                members,
                self.tr("dưới 9, không bầu chi ủy")
                if members < CELL_COMMITTEE_FROM
                else self.tr("từ 9, bầu chi ủy (tối đa 7)"),
            )
            if cell
            else ""
        )
        self.standing.setEnabled(not cell)
        self.direct.setEnabled(not (cell and members < CELL_COMMITTEE_FROM))
        if c.level is None:
            self.proposals = ()
        else:
            self.proposals = sequence.propose(
                c,
                self.taken,
                direct_secretary=self.direct.isChecked() and self.direct.isEnabled(),
                standing_committee=self.standing.isChecked() or cell,
                delegates=self.delegates.isChecked(),
            )
        self._fill()

    def _fill(self) -> None:
        names = body_kind_names()
        self.table.setRowCount(0)
        titles = {p.election.id: p.election.title for p in self.proposals}
        for p in self.proposals:
            row = self.table.rowCount()
            self.table.insertRow(row)
            e = p.election
            title = QTableWidgetItem(e.title)
            title.setFlags(title.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEditable)
            title.setCheckState(Qt.CheckState.Checked if p.chosen else Qt.CheckState.Unchecked)
            title.setData(Qt.ItemDataRole.UserRole, e.id)
            self.table.setItem(row, 0, title)
            kind = names["nomination"] if e.kind is ElectionKind.NOMINATION else names["election"]
            self.table.setItem(row, 1, _fixed(kind))
            seats = QSpinBox()
            seats.setObjectName(f"seats_{e.id}")
            seats.setRange(0, 1000)
            seats.setSpecialValueText("—")
            seats.setValue(e.seats if p.seats_fixed else 0)
            seats.setEnabled(not p.seats_fixed)
            if p.step.max_seats is not None and not p.seats_fixed:
                seats.setToolTip(self.tr("Tối đa {0}").format(p.step.max_seats))
                seats.setMaximum(p.step.max_seats)
            self.table.setCellWidget(row, 2, seats)
            pool = e.candidate_pool
            source = "" if pool is None else pool_words(pool.take.value, titles.get(pool.election, pool.election))
            pool_item = _fixed(source or self.tr("danh sách riêng"))
            pool_item.setToolTip(pool_item.text())
            self.table.setItem(row, 3, pool_item)
            voters = self.tr("Hội nghị cấp ủy mới") if p.step.voters is Voters.NEW_COMMITTEE else self.tr("Đại hội")
            self.table.setItem(row, 4, _fixed(voters))
        self.table.resizeRowsToContents()

    def chosen(self) -> set[str]:
        """The ids ticked."""
        out = set()
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.checkState() is Qt.CheckState.Checked:
                out.add(str(item.data(Qt.ItemDataRole.UserRole)))
        return out

    def seats(self) -> dict[str, int]:
        """The number to elect typed for each election."""
        out = {}
        for row, p in enumerate(self.proposals):
            spin = self.table.cellWidget(row, 2)
            if isinstance(spin, QSpinBox):
                out[p.election.id] = spin.value()
        return out

    def elections(self) -> tuple[Election, ...]:
        """The chosen elections with their seats and titles as edited (a `UserError` says what is missing)."""
        titles = {}
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None:
                titles[str(item.data(Qt.ItemDataRole.UserRole))] = nfc(item.text()).strip()
        made = sequence.chosen_elections(self.proposals, self.chosen(), self.seats(), self.taken)
        return tuple(replace(e, title=titles.get(e.id) or e.title) for e in made)

    def value(self) -> tuple[CongressLevel | None, tuple[Election, ...]]:
        """The level chosen and the elections to create."""
        return combo_level(self.level), self.elections()

    @Slot()
    def _on_buttons_accepted(self) -> None:
        if combo_level(self.level) is None:
            self.message.setText(catalogue("sequence.no_level", None, current_language()))
            return
        try:
            made = self.elections()
        except UserError as exc:
            self.message.setText(exc.message(current_language()))
            return
        if not made:
            self.message.setText(self.tr("Chưa đánh dấu cuộc bầu nào."))
            return
        self.accept()


def _fixed(value: str) -> QTableWidgetItem:
    item = QTableWidgetItem(value)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


def body_kind_names() -> dict[str, str]:
    """The kinds of ballot in the interface language."""
    return {
        "election": QCoreApplication.translate("congress_steps", "Bầu cử"),
        "opinion": QCoreApplication.translate("congress_steps", "Phiếu xin ý kiến"),
        "nomination": QCoreApplication.translate("congress_steps", "Phiếu giới thiệu"),
    }


def pool_words(take: str, title: str) -> str:
    """'Người trúng cử của: …' for a pool."""
    words = {
        "elected": QCoreApplication.translate("congress_steps", "Người trúng cử của: {0}"),
        "not_elected": QCoreApplication.translate("congress_steps", "Người không trúng cử của: {0}"),
        "proposed": QCoreApplication.translate("congress_steps", "Người được giới thiệu của: {0}"),
    }
    return words[take].format(title)


def ask_sequence(
    parent: QWidget | None, congress: Congress, taken: Sequence[str], on_accept: Callable[[SequenceDialog], object]
) -> SequenceDialog:
    """Opens the dialog; `on_accept(dialog)` runs when people press OK with a valid choice."""
    dialog = SequenceDialog(parent, congress, taken)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: on_accept(dialog))
    dialog.open()
    return dialog


# --- picking names from the pool -------------------------------------------------------------------------------


class PoolPickDialog(QDialog):
    """The pool's names (with their notes), ticked to go on the list in the pool's order — never retyped."""

    def __init__(self, parent: QWidget | None, title: str, members: Sequence[Candidate], intro: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("pool_pick_dialog")
        self.setWindowTitle(title)
        self.members = tuple(members)
        self.names = QListWidget()
        self.names.setObjectName("pool_names")
        for c in self.members:
            item = QListWidgetItem(f"{c.name} ({c.note})" if c.note else c.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.names.addItem(item)
        all_button = QPushButton(self.tr("Chọn tất cả"))
        all_button.setObjectName("pick_all")
        none_button = QPushButton(self.tr("Bỏ chọn tất cả"))
        none_button.setObjectName("pick_none")
        all_button.clicked.connect(lambda: self._check_all(True))
        none_button.clicked.connect(lambda: self._check_all(False))
        self.count = QLabel()
        self.count.setObjectName("pick_count")
        self.names.itemChanged.connect(self._on_names_item_changed)
        row = QHBoxLayout()
        row.addWidget(all_button)
        row.addWidget(none_button)
        row.addStretch(1)
        row.addWidget(self.count)
        buttons = _dialog_buttons(self)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        if intro:
            label = QLabel(intro)
            label.setWordWrap(True)
            layout.addWidget(label)
        layout.addWidget(self.names, 1)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.resize(520, 520)
        self._on_names_item_changed()

    def _check_all(self, on: bool) -> None:
        for i in range(self.names.count()):
            self.names.item(i).setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    @Slot()
    def _on_names_item_changed(self) -> None:
        self.count.setText(self.tr("Đã chọn {0}/{1}").format(len(self.picked()), len(self.members)))

    def picked(self) -> list[tuple[str, str]]:
        """(name, note) of the names ticked, in the pool's order."""
        return [
            (c.name, c.note)
            for i, c in enumerate(self.members)
            if self.names.item(i).checkState() is Qt.CheckState.Checked
        ]


# --- a request to withdraw -------------------------------------------------------------------------------------


class WithdrawalDialog(QDialog):
    """A request to withdraw from the list: whose, why, the presidium's proposal, the congress's vote on it and,
    when people recorded one, the congress's decision; what follows is shown as the rules decide it."""

    def __init__(
        self,
        parent: QWidget | None,
        people: Sequence[Candidate],
        attending: int,
        params: Parameters,
        current: Withdrawal | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("withdrawal_dialog")
        self.setWindowTitle(self.tr("Đơn xin rút khỏi danh sách"))
        self.attending, self.params = attending, params
        self.round = 1 if current is None else current.round
        self.person = QComboBox()
        self.person.setObjectName("withdrawal_person")
        for c in people:
            self.person.addItem(f"{c.name} ({c.note})" if c.note else c.name, c.no)
        self.reason = QLineEdit()
        self.reason.setObjectName("withdrawal_reason")
        self.proposal = QComboBox()
        self.proposal.setObjectName("withdrawal_proposal")
        self.proposal.addItem(self.tr("Đề nghị cho rút"), Proposal.ALLOW.value)
        self.proposal.addItem(self.tr("Đề nghị không cho rút"), Proposal.REFUSE.value)
        self.method = QComboBox()
        self.method.setObjectName("withdrawal_method")
        self.method.addItem(self.tr("Giơ tay (biểu quyết)"), VoteMethod.HANDS.value)
        self.method.addItem(self.tr("Bỏ phiếu kín"), VoteMethod.SECRET.value)
        self.agree, self.disagree, self.abstain = QSpinBox(), QSpinBox(), QSpinBox()
        for name, spin in (("agree", self.agree), ("disagree", self.disagree), ("abstain", self.abstain)):
            spin.setObjectName(f"withdrawal_{name}")
            spin.setRange(0, 100_000)
        self.agree.setMinimum(NOT_COUNTED)
        self.agree.setSpecialValueText(self.tr("— chưa biểu quyết"))
        self.decided = QComboBox()
        self.decided.setObjectName("withdrawal_decided")
        self.decided.addItem(self.tr("Theo kết quả biểu quyết"), None)
        self.decided.addItem(self.tr("Đại hội quyết định: cho rút"), True)
        self.decided.addItem(self.tr("Đại hội quyết định: không cho rút"), False)
        self.status = QLabel()
        self.status.setObjectName("withdrawal_status")
        self.status.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Người xin rút"), self.person)
        form.addRow(self.tr("Lý do"), self.reason)
        form.addRow(self.tr("Đoàn Chủ tịch"), self.proposal)
        form.addRow(self.tr("Cách biểu quyết"), self.method)
        votes = QHBoxLayout()
        for label, spin in (
            (self.tr("Đồng ý"), self.agree),
            (self.tr("Không đồng ý"), self.disagree),
            (self.tr("Không biểu quyết"), self.abstain),
        ):
            votes.addWidget(QLabel(label))
            votes.addWidget(spin)
        form.addRow(self.tr("Biểu quyết về đề nghị"), votes)
        form.addRow(self.tr("Quyết định ghi nhận"), self.decided)
        buttons = _dialog_buttons(self)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        if current is not None:
            self.person.setCurrentIndex(max(0, self.person.findData(current.no)))
            self.person.setEnabled(False)
            self.reason.setText(current.reason)
            self.proposal.setCurrentIndex(max(0, self.proposal.findData(current.proposal.value)))
            self.method.setCurrentIndex(max(0, self.method.findData(current.method.value)))
            self.agree.setValue(NOT_COUNTED if current.agree is None else current.agree)
            self.disagree.setValue(current.disagree)
            self.abstain.setValue(current.abstain)
            self.decided.setCurrentIndex(max(0, self.decided.findData(current.allowed)))
        for signal in (self.agree.valueChanged, self.disagree.valueChanged, self.abstain.valueChanged):
            signal.connect(self._on_changed)
        for box in (self.proposal, self.decided, self.person):
            box.currentIndexChanged.connect(self._on_changed)
        self._on_changed()

    def value(self) -> Withdrawal:
        """The request as filled in (its round is the one it was opened for)."""
        agree = self.agree.value()
        return Withdrawal(
            no=int(self.person.currentData() or 0),
            proposal=Proposal(self.proposal.currentData()),
            agree=None if agree == NOT_COUNTED else agree,
            disagree=self.disagree.value(),
            abstain=self.abstain.value(),
            method=VoteMethod(self.method.currentData()),
            allowed=self.decided.currentData(),
            round=self.round,
            reason=nfc(self.reason.text()).strip(),
        )

    @Slot()
    def _on_changed(self) -> None:
        d = withdrawal_rules.decide(self.value(), self.attending, self.params)
        status = catalogue(f"withdrawal.status.{d.status.value}", None, current_language())
        if d.votes_needed is None:
            self.status.setText(self.tr("Kết quả: {0}.").format(status))
        else:
            self.status.setText(
                self.tr("Cần từ {0} phiếu đồng ý trở lên để thông qua đề nghị. Kết quả: {1}.").format(
                    d.votes_needed, status
                )
            )


# --- the pause ---------------------------------------------------------------------------------------------------


class PauseDialog(QDialog):
    """Pausing an election to ask the higher standing committee: why, whom the convening committee intended, who
    decided, the note."""

    def __init__(self, parent: QWidget | None, title: str) -> None:
        super().__init__(parent)
        self.setObjectName("pause_dialog")
        self.setWindowTitle(self.tr("Tạm dừng cuộc bầu"))
        self.reason = QComboBox()
        self.reason.setObjectName("pause_reason")
        self.reason.addItem(
            self.tr("Người được dự kiến không trúng cử vào cấp ủy"), PauseReason.INTENDED_NOT_ELECTED.value
        )
        self.reason.addItem(self.tr("Lý do khác"), PauseReason.OTHER.value)
        self.intended = QLineEdit()
        self.intended.setObjectName("pause_intended")
        self.by = QLineEdit()
        self.by.setObjectName("pause_by")
        self.by.setPlaceholderText(self.tr("Ví dụ: Ban Chấp hành khóa mới"))
        self.note = QLineEdit()
        self.note.setObjectName("pause_note")
        self.message = _message_label()
        form = QFormLayout()
        form.addRow(self.tr("Lý do"), self.reason)
        form.addRow(self.tr("Người được dự kiến"), self.intended)
        form.addRow(self.tr("Cơ quan quyết định"), self.by)
        form.addRow(self.tr("Ghi chú"), self.note)
        intro = QLabel(
            self.tr(
                "“{0}” sẽ tạm dừng để xin ý kiến Ban Thường vụ cấp ủy cấp trên. Đây là một quyết định, được ghi vào "
                "nhật ký và in trong biên bản tổng hợp."
            ).format(title)
        )
        intro.setWordWrap(True)
        buttons = _dialog_buttons(self)
        buttons.accepted.connect(self._on_accepted)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    @Slot()
    def _on_accepted(self) -> None:
        if not self.by.text().strip():
            self.message.setText(catalogue("decision.by_empty", None, current_language()))
            return
        self.accept()

    def reason_value(self) -> PauseReason:
        """Why."""
        return PauseReason(self.reason.currentData())


# --- the head's choice -----------------------------------------------------------------------------------------


class HeadChoiceDialog(QDialog):
    """The names with equal counts at a nomination ballot's cut; the head ticks as many as there are places and
    gives the PIN."""

    def __init__(self, parent: QWidget | None, tied: Sequence[tuple[int, str]], places: int) -> None:
        super().__init__(parent)
        self.setObjectName("head_choice_dialog")
        self.setWindowTitle(self.tr("Trưởng ban chọn người được giới thiệu"))
        self.places = places
        self.boxes: list[tuple[int, QCheckBox]] = []
        intro = QLabel(
            self.tr(
                "Những đồng chí sau có số phiếu giới thiệu bằng nhau ở vị trí cuối cùng. Trưởng ban kiểm phiếu chọn "
                "{0} người; lựa chọn được ghi vào nhật ký cùng tên trưởng ban và thời gian."
            ).format(places)
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        for no, name in tied:
            box = QCheckBox(name)
            box.setObjectName(f"choice_{no}")
            box.toggled.connect(self._on_toggled)
            layout.addWidget(box)
            self.boxes.append((no, box))
        self.pin = QLineEdit()
        self.pin.setObjectName("choice_pin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.note = QLineEdit()
        self.note.setObjectName("choice_note")
        form = QFormLayout()
        form.addRow(self.tr("Mã PIN trưởng ban"), self.pin)
        form.addRow(self.tr("Ghi chú"), self.note)
        layout.addLayout(form)
        self.buttons = _dialog_buttons(self)
        self.buttons.accepted.connect(self.accept)
        layout.addWidget(self.buttons)
        self._on_toggled()

    def chosen(self) -> tuple[int, ...]:
        """The names ticked."""
        return tuple(no for no, box in self.boxes if box.isChecked())

    @Slot()
    def _on_toggled(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(len(self.chosen()) == self.places)
