"""Set-up of the elections: body, seats, the list of candidates (typed, imported, or picked from another
election's result), the surplus and pool rules checked live, withdrawals with the congress's vote, the pause, and
the usual elections proposed by the congress's kind."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import congress as congress_svc
from app import decisions, elections, reports, withdrawals
from app.candidates_import import NeedColumn, read_candidates
from app.pools import PoolView, offered, pool_from_key, pool_key, pool_view
from app.texts import text as catalogue
from ballot import withdrawal as withdrawal_rules
from ballot.checks import check_list
from ballot.collation import name_key
from ballot.election import ElectionResult, attending_for, parameters, same_person, tally_all
from ballot.model import (
    Body,
    Candidate,
    CandidatePool,
    Election,
    ElectionData,
    ElectionKind,
    HandVote,
    HandVoteTopic,
    PoolTake,
    Round,
    Withdrawal,
)
from ballot.problems import Level, Problem
from ballot.rulesets import Parameters
from ballot.text import nfc
from ui import filedialogs
from ui.congress_steps import (
    PauseDialog,
    PoolPickDialog,
    WithdrawalDialog,
    ask_sequence,
    body_kind_names,
    pool_words,
)
from ui.desk import Desk
from ui.dialogs import ask_fields, information
from ui.errors import show_error
from ui.list_column import ask_column
from ui.resources import current_language, ui_font

NO_CAP = -1
# Codes of a round's result that belong to its list and are shown where the list is edited.
LIST_CODES = re.compile(r"^(E20[4-7]|W20[23]|E50[1-5]|E60[12]|W601)$")
WITHDRAWN_FG = QColor("#9a9a9a")
ERROR = "color: #b00020;"
NOTICE = "color: #8a4b00;"

__all__ = ["ElectionsEditor", "HandVotesRow", "WithdrawalsBox", "body_names"]


def body_names() -> dict[Body, str]:
    """Bodies in the interface language."""
    return {
        Body.COMMITTEE: QCoreApplication.translate("elections", "Ban Chấp hành (cấp ủy)"),
        Body.STANDING_COMMITTEE: QCoreApplication.translate("elections", "Ban Thường vụ"),
        Body.SECRETARY: QCoreApplication.translate("elections", "Bí thư"),
        Body.DEPUTY_SECRETARY: QCoreApplication.translate("elections", "Phó Bí thư"),
        Body.INSPECTION_COMMITTEE: QCoreApplication.translate("elections", "Ủy ban Kiểm tra"),
        Body.INSPECTION_CHAIR: QCoreApplication.translate("elections", "Chủ nhiệm Ủy ban Kiểm tra"),
        Body.INSPECTION_DEPUTY_CHAIR: QCoreApplication.translate("elections", "Phó Chủ nhiệm Ủy ban Kiểm tra"),
        Body.DELEGATES: QCoreApplication.translate("elections", "Đại biểu chính thức đi dự đại hội cấp trên"),
        Body.ALTERNATE_DELEGATES: QCoreApplication.translate("elections", "Đại biểu dự khuyết"),
        Body.OTHER: QCoreApplication.translate("elections", "Khác"),
    }


def _comparable(e: Election) -> Election:
    """What the form edits of an election (its rounds, withdrawals and pause have their own actions)."""
    return replace(e, rounds=(), withdrawals=(), pause=None, electorate=None)


class ElectionsEditor(QWidget):
    """The congress's elections and, for the one chosen, its list of candidates in ballot order.

    With a desk it also records withdrawals, pauses and the proposed sequence itself (and reloads); without one
    (tests of the form alone) those buttons stay disabled.

    Signals:
        election_saved(object, bool): Save pressed; the Election and whether it is new.
        election_removed(str): people asked to remove the election with this id.
        hand_votes_saved(str, object): the congress's show-of-hands votes for this election (tuple of HandVote).
    """

    election_saved = Signal(object, bool)
    election_removed = Signal(str)
    hand_votes_saved = Signal(str, object)

    def __init__(self, desk: Desk | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self._data: ElectionData | None = None
        self._params = Parameters()
        self._locked: set[str] = set()
        self._current: Election | None = None
        self._baseline: Election | None = None
        self._results: tuple[ElectionResult, ...] = ()
        self._sealed: set[tuple[str, int]] = set()
        self._row = -1

        self.elections = QListWidget()
        self.elections.setObjectName("elections_list")
        self.elections.setWordWrap(True)
        self.elections.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.new_button = QPushButton(self.tr("Cuộc bầu mới"))
        self.new_button.setObjectName("new_election")
        self.remove_button = QPushButton(self.tr("Xóa cuộc bầu"))
        self.remove_button.setObjectName("remove_election")
        self.propose_button = QPushButton(self.tr("Đề xuất các cuộc bầu theo loại đại hội…"))
        self.propose_button.setObjectName("propose_sequence")
        self.propose_button.setEnabled(desk is not None)
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Các cuộc bầu (theo thứ tự bầu)")))
        left.addWidget(self.elections, 1)
        left_buttons = QHBoxLayout()
        left_buttons.addWidget(self.new_button)
        left_buttons.addWidget(self.remove_button)
        left.addLayout(left_buttons)
        left.addWidget(self.propose_button)
        left_widget = QWidget()
        left_widget.setLayout(left)

        self.election_id = QLineEdit()
        self.election_id.setObjectName("election_id")
        self.election_id.setPlaceholderText("bch")
        self.title = QLineEdit()
        self.title.setObjectName("election_title")
        self.title.setPlaceholderText(self.tr("Ví dụ: Bầu Ban Chấp hành Đảng bộ …"))
        self.body = QComboBox()
        self.body.setObjectName("body")
        for body, name in body_names().items():
            self.body.addItem(name, body)
        self.kind = QComboBox()
        self.kind.setObjectName("election_kind")
        kinds = body_kind_names()
        self.kind.addItem(kinds["election"], ElectionKind.ELECTION)
        self.kind.addItem(kinds["opinion"], ElectionKind.OPINION)
        self.kind.addItem(kinds["nomination"], ElectionKind.NOMINATION)
        self.seats = QSpinBox()
        self.seats.setObjectName("seats")
        self.seats.setRange(1, 1000)
        self.max_surplus = QSpinBox()
        self.max_surplus.setObjectName("max_surplus")
        self.max_surplus.setRange(NO_CAP, 1000)
        self.max_surplus.setSpecialValueText(self.tr("theo quy chế"))
        self.max_surplus.setValue(NO_CAP)
        self.propose = QSpinBox()
        self.propose.setObjectName("propose")
        self.propose.setRange(0, 1000)
        self.propose.setSpecialValueText(self.tr("bằng số tên tối đa"))
        self.pool = QComboBox()
        self.pool.setObjectName("pool")
        self.pick_button = QPushButton(self.tr("Lấy tên từ nguồn…"))
        self.pick_button.setObjectName("pick_from_pool")
        self.seats_label = QLabel()
        self.extra_label = QLabel()
        form = QGridLayout()
        form.addWidget(QLabel(self.tr("Mã")), 0, 0)
        form.addWidget(self.election_id, 0, 1)
        form.addWidget(QLabel(self.tr("Tên cuộc bầu")), 0, 2)
        form.addWidget(self.title, 0, 3)
        form.addWidget(QLabel(self.tr("Bầu")), 1, 0)
        form.addWidget(self.body, 1, 1)
        form.addWidget(QLabel(self.tr("Hình thức")), 1, 2)
        form.addWidget(self.kind, 1, 3)
        form.addWidget(self.seats_label, 2, 0)
        form.addWidget(self.seats, 2, 1)
        form.addWidget(self.extra_label, 2, 2)
        extra = QHBoxLayout()
        extra.addWidget(self.max_surplus)
        extra.addWidget(self.propose)
        form.addLayout(extra, 2, 3)
        form.addWidget(QLabel(self.tr("Người ứng cử lấy từ")), 3, 0)
        pool_row = QHBoxLayout()
        pool_row.addWidget(self.pool, 1)
        pool_row.addWidget(self.pick_button)
        form.addLayout(pool_row, 3, 1, 1, 3)
        form.setColumnStretch(3, 1)
        self.pool_label = QLabel()
        self.pool_label.setObjectName("pool_label")
        self.pool_label.setWordWrap(True)
        self.pause_label = QLabel()
        self.pause_label.setObjectName("pause_label")
        self.pause_label.setWordWrap(True)
        self.pause_label.setStyleSheet(NOTICE + " font-weight: bold;")

        self.candidates = QTableWidget(0, 2)
        self.candidates.setObjectName("candidates")
        self.candidates.setHorizontalHeaderLabels([self.tr("Họ và tên"), self.tr("Ghi chú (năm sinh, đơn vị)")])
        self.candidates.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.candidates.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.candidates.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.candidates.setFont(ui_font(13))
        self._edit_triggers = self.candidates.editTriggers()
        self.add_button = QPushButton(self.tr("Thêm người"))
        self.add_button.setObjectName("add_candidate")
        self.delete_button = QPushButton(self.tr("Bỏ người"))
        self.delete_button.setObjectName("delete_candidate")
        self.up_button = QPushButton(self.tr("Lên"))
        self.up_button.setObjectName("move_up")
        self.down_button = QPushButton(self.tr("Xuống"))
        self.down_button.setObjectName("move_down")
        self.sort_button = QPushButton(self.tr("Xếp A-B-C theo tên"))
        self.sort_button.setObjectName("sort_abc")
        self.import_button = QPushButton(self.tr("Nhập từ Excel/CSV…"))
        self.import_button.setObjectName("import_candidates")
        list_buttons = QHBoxLayout()
        for b in (
            self.add_button,
            self.delete_button,
            self.up_button,
            self.down_button,
            self.sort_button,
            self.import_button,
        ):
            list_buttons.addWidget(b)
        list_buttons.addStretch(1)
        self.problems = QLabel()
        self.problems.setObjectName("list_problems")
        self.problems.setWordWrap(True)
        self.problems.setFont(ui_font(12))
        self.locked_label = QLabel()
        self.locked_label.setObjectName("locked_label")
        self.locked_label.setWordWrap(True)
        self.locked_label.setStyleSheet(NOTICE)
        self.pause_button = QPushButton(self.tr("Tạm dừng cuộc bầu…"))
        self.pause_button.setObjectName("pause_election")
        self.save_button = QPushButton(self.tr("Lưu cuộc bầu"))
        self.save_button.setObjectName("save_election")
        bottom = QHBoxLayout()
        bottom.addWidget(self.locked_label, 1)
        bottom.addWidget(self.pause_button)
        bottom.addWidget(self.save_button)

        self.hand_votes = HandVotesRow()
        self.hand_votes.saved.connect(self._on_hand_votes_saved)
        self.withdrawals = WithdrawalsBox()
        self.withdrawals.add_button.clicked.connect(self._on_withdrawal_add_clicked)
        self.withdrawals.edit_button.clicked.connect(self._on_withdrawal_edit_clicked)
        self.withdrawals.remove_button.clicked.connect(self._on_withdrawal_remove_clicked)
        self.list_tabs = QTabWidget()
        self.list_tabs.setObjectName("list_votes_tabs")
        self.list_tabs.addTab(self.hand_votes, self.tr("Biểu quyết của Đại hội"))
        self.list_tabs.addTab(self.withdrawals, self.tr("Xin rút khỏi danh sách"))
        self.list_tabs.setMaximumHeight(170)

        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(self.pool_label)
        right.addWidget(self.pause_label)
        right.addWidget(self.candidates, 1)
        right.addLayout(list_buttons)
        right.addWidget(self.problems)
        right.addWidget(self.list_tabs)
        right.addLayout(bottom)
        right_widget = QWidget()
        right_widget.setLayout(right)
        splitter = QSplitter()
        splitter.addWidget(left_widget)
        splitter.addWidget(right_widget)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([360, 1006])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.elections.currentRowChanged.connect(self._on_elections_current_row_changed)
        self.new_button.clicked.connect(self._on_new_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.propose_button.clicked.connect(self._on_propose_clicked)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.delete_button.clicked.connect(self._on_delete_clicked)
        self.up_button.clicked.connect(self._on_up_clicked)
        self.down_button.clicked.connect(self._on_down_clicked)
        self.sort_button.clicked.connect(self._on_sort_clicked)
        self.import_button.clicked.connect(self._on_import_clicked)
        self.pick_button.clicked.connect(self._on_pick_clicked)
        self.pause_button.clicked.connect(self._on_pause_clicked)
        self.save_button.clicked.connect(self._on_save_clicked)
        for signal in (self.seats.valueChanged, self.max_surplus.valueChanged, self.propose.valueChanged):
            signal.connect(self._on_list_changed)
        self.body.currentIndexChanged.connect(self._on_list_changed)
        self.kind.currentIndexChanged.connect(self._on_list_changed)
        self.pool.currentIndexChanged.connect(self._on_list_changed)
        self.title.textChanged.connect(self._on_list_changed)
        self.candidates.itemChanged.connect(self._on_list_changed)
        self.new_election()

    # -- data in and out --------------------------------------------------------------------------------------

    def reload(self, select: str | None = None) -> None:
        """Reads the congress again from the desk's database (after an action recorded here)."""
        if self.desk is None:
            return
        data = reports.data(self.desk.db)
        locked = {e.id for e in data.elections if len(e.rounds) > 1 or any(r.ballots or r.subtotals for r in e.rounds)}
        self.set_data(data, parameters(data), locked, select)

    def set_data(self, data: ElectionData, params: Parameters, locked: set[str], select: str | None = None) -> None:
        """The congress's elections; `locked` are those with ballots (their list can no longer change)."""
        self._data = data
        self._params = params
        self._locked = locked
        try:
            self._results = tally_all(data)
        except ValueError:  # pools in a circle: nothing to offer from any pool
            self._results = ()
        self._sealed = set(reports.seals(self.desk.db)) if self.desk is not None else set()
        keep = select if select is not None else (self._current.id if self._current else None)
        self.elections.blockSignals(True)
        self.elections.clear()
        for e in data.elections:
            mark = (
                self.tr("[Xem lại danh sách] ")
                if self._pool_changed(e)
                else self.tr("[Tạm dừng] ")
                if e.pause is not None and e.pause.resumed is None
                else ""
            )
            item = QListWidgetItem(f"{mark}{e.title}  [{e.id}]")
            item.setData(Qt.ItemDataRole.UserRole, e.id)
            self.elections.addItem(item)
        self.elections.blockSignals(False)
        ids = [e.id for e in data.elections]
        self._current = None
        if keep in ids:
            self._select_row(ids.index(keep))
        elif ids:
            self._select_row(0)
        else:
            self.new_election()

    def _select_row(self, row: int) -> None:
        self.elections.blockSignals(True)
        self.elections.setCurrentRow(row)
        self.elections.blockSignals(False)
        self._row = row
        assert self._data is not None
        self.show_election(self._data.elections[row])

    def _view(self, pool: CandidatePool | None) -> PoolView | None:
        if pool is None or self._data is None:
            return None
        return pool_view(self._data, self._results, self._sealed, pool)

    def _pool_changed(self, e: Election) -> bool:
        """The list no longer matches its pool (the source's result changed, e.g. a reopened round)."""
        view = self._view(e.candidate_pool)
        if view is None or not e.candidates or not view.counted:
            return False
        return bool(view.outside(e.candidates) or (_whole_pool(e) and view.missing(e.candidates)))

    def _fill_pool(self, current: CandidatePool | None, own: str) -> None:
        self.pool.blockSignals(True)
        self.pool.clear()
        self.pool.addItem(self.tr("(danh sách riêng)"), "")
        titles = {e.id: e.title or e.id for e in self._data.elections} if self._data else {}
        for p in offered(self._data, own) if self._data else ():
            self.pool.addItem(pool_words(p.take.value, titles[p.election]), pool_key(p))
        if current is not None and self.pool.findData(pool_key(current)) < 0:  # drawing on a removed election
            self.pool.addItem(pool_words(current.take.value, current.election), pool_key(current))
        self.pool.setCurrentIndex(max(0, self.pool.findData(pool_key(current))))
        self.pool.blockSignals(False)

    def current_pool(self) -> CandidatePool | None:
        """The pool chosen in the form."""
        return pool_from_key(str(self.pool.currentData() or ""))

    def show_election(self, e: Election) -> None:
        """Fills the form with an election."""
        self._current = e
        self.election_id.setText(e.id)
        self.election_id.setEnabled(False)
        self.title.setText(e.title)
        self.title.setCursorPosition(0)
        self.body.setCurrentIndex(max(0, self.body.findData(e.body)))
        self.kind.setCurrentIndex(max(0, self.kind.findData(e.kind)))
        self.seats.setValue(e.seats)
        self.max_surplus.setValue(NO_CAP if e.max_surplus is None else e.max_surplus)
        self.propose.setValue(0 if e.propose is None else e.propose)
        self._fill_pool(e.candidate_pool, e.id)
        self.hand_votes.show_votes(e.hand_votes)
        self._show_withdrawals(e)
        self._show_pause(e)
        self._set_names([(c.name, c.note) for c in e.candidates])
        self._set_locked(e.id in self._locked)
        self._baseline = self.election()

    def _set_locked(self, locked: bool) -> None:
        """A list with ballots cannot change: every control that edits it is disabled, and the reason shown."""
        self.locked_label.setText(
            self.tr(
                "Cuộc bầu này đã có phiếu (hoặc đã sang lần bầu sau): danh sách, số lượng và hình thức không sửa "
                "được nữa."
            )
            if locked
            else ""
        )
        for w in (
            self.title,
            self.body,
            self.kind,
            self.seats,
            self.max_surplus,
            self.propose,
            self.pool,
            self.pick_button,
            self.add_button,
            self.delete_button,
            self.up_button,
            self.down_button,
            self.sort_button,
            self.import_button,
            self.save_button,
            self.remove_button,
        ):
            w.setEnabled(not locked)
        self.candidates.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers if locked else self._edit_triggers)
        view = self._view(self.current_pool())
        self.pick_button.setEnabled(not locked and view is not None and view.counted)

    def new_election(self) -> None:
        """An empty form for a new election."""
        self._current = None
        self._row = -1
        self.elections.blockSignals(True)
        self.elections.clearSelection()
        self.elections.setCurrentRow(-1)
        self.elections.blockSignals(False)
        self.election_id.setEnabled(True)
        taken = {e.id for e in self._data.elections} if self._data else set()
        n = len(taken) + 1
        while f"bau{n}" in taken:
            n += 1
        self.election_id.setText(f"bau{n}")
        self.title.setText("")
        self.hand_votes.show_votes(())
        self.body.setCurrentIndex(0)
        self.kind.setCurrentIndex(0)
        self.seats.setValue(1)
        self.max_surplus.setValue(NO_CAP)
        self.propose.setValue(0)
        self._fill_pool(None, "")
        self._show_withdrawals(None)
        self._show_pause(None)
        self._set_names([])
        self._set_locked(False)
        self.remove_button.setEnabled(False)
        self._baseline = self.election()

    def _set_names(self, names: list[tuple[str, str]]) -> None:
        self.candidates.blockSignals(True)
        self.candidates.setRowCount(0)
        gone = self._withdrawn_people()
        for name, note in names:
            row = self.candidates.rowCount()
            self.candidates.insertRow(row)
            items = (QTableWidgetItem(name), QTableWidgetItem(note))
            if any(same_person(Candidate(1, name, note), g) for g in gone):
                for item in items:
                    item.setForeground(QBrush(WITHDRAWN_FG))
                    font = QFont(item.font())
                    font.setStrikeOut(True)
                    item.setFont(font)
                    item.setToolTip(
                        self.tr("Được rút khỏi danh sách (Đại hội đã biểu quyết): không có tên trên phiếu.")
                    )
            self.candidates.setItem(row, 0, items[0])
            self.candidates.setItem(row, 1, items[1])
        self.candidates.blockSignals(False)
        self._on_list_changed()

    def _withdrawn_people(self) -> list[Candidate]:
        e = self._current
        if e is None or not e.withdrawals or self._data is None:
            return []
        gone = withdrawal_rules.withdrawn(e, attending_for(self._data, e), self._params, 1)
        return [c for c in e.candidates if c.no in gone]

    def names(self) -> list[tuple[str, str]]:
        """(name, note) in ballot order; empty rows left out."""
        out = []
        for row in range(self.candidates.rowCount()):
            name_item, note_item = self.candidates.item(row, 0), self.candidates.item(row, 1)
            name = nfc(name_item.text()).strip() if name_item else ""
            note = nfc(note_item.text()).strip() if note_item else ""
            if name:
                out.append((name, note))
        return out

    def election(self) -> Election:
        """The election as set up; candidate numbers follow the ballot order (1, 2, …)."""
        candidates = tuple(Candidate(i + 1, name, note) for i, (name, note) in enumerate(self.names()))
        cap = self.max_surplus.value()
        base = self._current
        kind = ElectionKind(self.kind.currentData())
        nomination = kind is ElectionKind.NOMINATION
        return Election(
            id=nfc(self.election_id.text()).strip(),
            title=nfc(self.title.text()).strip(),
            body=Body(self.body.currentData()),
            seats=self.seats.value(),
            candidates=candidates,
            rounds=base.rounds if base else (),
            kind=kind,
            electorate=base.electorate if base else None,
            candidate_pool=self.current_pool(),
            max_surplus=None if cap == NO_CAP or nomination else cap,
            hand_votes=base.hand_votes if base else self.hand_votes.votes(),
            withdrawals=base.withdrawals if base else (),
            pause=base.pause if base else None,
            propose=self.propose.value() or None if nomination else None,
        )

    # -- unsaved changes (the tab/close protocol of ui/congress_view.py) ----------------------------------------

    def unsaved_changes(self) -> bool:
        """Whether the form holds something typed and not saved (the election or its show-of-hands votes)."""
        if self._current is not None and self._current.id in self._locked:
            return False
        e = self.election()
        if self._current is None:
            return bool(e.title or e.candidates)
        votes_typed = self.hand_votes.votes() != self._current.hand_votes
        return votes_typed or (self._baseline is not None and _comparable(e) != _comparable(self._baseline))

    def save_changes(self) -> bool:
        """Saves what the form holds; False (and the reason shown) when it could not be saved."""
        current = self._current
        if current is not None and self.hand_votes.votes() != current.hand_votes:
            self.hand_votes_saved.emit(current.id, self.hand_votes.votes())
        changed = self._baseline is None or _comparable(self.election()) != _comparable(self._baseline)
        if changed and not self._on_save_clicked():
            return False
        return not self.unsaved_changes()

    def discard_changes(self) -> None:
        """Shows the stored election again (or an empty form for a new one)."""
        if self._current is not None:
            self.show_election(self._current)
        else:
            self.new_election()

    # -- slots ------------------------------------------------------------------------------------------------

    @Slot(int)
    def _on_elections_current_row_changed(self, row: int) -> None:
        if self._data is None or not 0 <= row < len(self._data.elections):
            return
        if row == self._row:
            return
        if self.unsaved_changes():
            target = row
            self.elections.blockSignals(True)
            self.elections.setCurrentRow(self._row)
            self.elections.blockSignals(False)
            self._ask_unsaved(lambda: self._select_row(target))
            return
        self._select_row(row)

    def _ask_unsaved(self, then: object) -> QMessageBox:
        """Save, discard or stay: asked before leaving an election with changes not saved."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Thay đổi chưa lưu"),
            self.tr("Cuộc bầu đang sửa có thay đổi chưa lưu. Lưu lại trước khi chuyển?"),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName("election_unsaved_box")
        save = box.addButton(self.tr("Lưu"), QMessageBox.ButtonRole.AcceptRole)
        drop = box.addButton(self.tr("Bỏ thay đổi"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Ở lại"), QMessageBox.ButtonRole.RejectRole)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(button: object) -> None:
            if button is save and not self.save_changes():
                return
            if button in (save, drop) and callable(then):
                then()

        box.buttonClicked.connect(answered)
        box.open()
        return box

    @Slot()
    def _on_new_clicked(self) -> None:
        if self.unsaved_changes():
            self._ask_unsaved(self.new_election)
            return
        self.new_election()

    @Slot()
    def _on_remove_clicked(self) -> None:
        if self._current is not None:
            self.election_removed.emit(self._current.id)

    @Slot()
    def _on_list_changed(self) -> None:
        e = self.election()
        nomination = e.kind is ElectionKind.NOMINATION
        self.seats_label.setText(self.tr("Số tên tối đa ghi trên phiếu") if nomination else self.tr("Số lượng cần bầu"))
        self.extra_label.setText(self.tr("Số người cần giới thiệu") if nomination else self.tr("Số dư tối đa"))
        self.max_surplus.setVisible(not nomination)
        self.propose.setVisible(nomination)
        lang = current_language()
        gone = self._withdrawn_people()
        on_paper = tuple(c.no for c in e.candidates if not any(same_person(c, g) for g in gone))
        rnd = Round(1, e.seats, on_paper, 0, 0)
        problems: list[Problem] = check_list(e, rnd, self._params, "list")
        view = self._view(e.candidate_pool)
        if view is not None and view.counted:
            problems += view.problems(e.candidates)
        problems += self._stored_problems()
        n = len(on_paper)
        if nomination:
            head = self.tr(
                "{0} người trong danh sách giới thiệu · mỗi phiếu ghi tối đa {1} tên · giới thiệu {2} người"
            ).format(n, e.seats, e.places)
        else:
            head = self.tr("{0} người cho {1} chỗ · phiếu {2}").format(
                n, e.seats, self.tr("gạch tên") if n > e.seats else self.tr("đồng ý / không đồng ý")
            )
        if len(on_paper) < len(e.candidates):
            head += " " + self.tr("({0} người được rút khỏi danh sách)").format(len(e.candidates) - len(on_paper))
        lines = [head]
        for p in problems:
            mark = self.tr("LỖI") if p.level is Level.ERROR else self.tr("Lưu ý")
            lines.append(f"{mark} [{p.code.value}] {p.message(lang)}")
        if not problems and n and e.kind is ElectionKind.ELECTION:
            lines.append(self.tr("Đúng: danh sách theo quy định về số dư."))
        self.problems.setText("\n".join(lines))
        has_error = any(p.level is Level.ERROR for p in problems)
        self.problems.setStyleSheet(ERROR if has_error else "")
        self._show_pool(e, view)

    def _stored_problems(self) -> list[Problem]:
        """The stored election's own problems of its list (withdrawals, the cell's rules, the pause) from the tally."""
        if self._current is None:
            return []
        result = next((r for r in self._results if r.election == self._current.id), None)
        if result is None or not result.rounds:
            return []
        return [
            p
            for p in result.rounds[0].problems
            if LIST_CODES.match(p.code.value) and p.code.value != "E204"  # E204: checked live above
        ]

    def _show_pool(self, e: Election, view: PoolView | None) -> None:
        """Where the list comes from, whether that result is settled, and whether the list still matches it."""
        locked = self._current is not None and self._current.id in self._locked
        self.pick_button.setEnabled(view is not None and view.counted and not locked)
        if view is None:
            self.pool_label.setText("")
            self.pool_label.setVisible(False)
            return
        self.pool_label.setVisible(True)
        source = view.source.title if view.source is not None else view.pool.election
        if not view.counted:
            self.pool_label.setText(
                self.tr("Danh sách lấy từ kết quả “{0}”, chưa có kết quả: lấy tên khi đã kiểm phiếu xong.").format(
                    source
                )
            )
            self.pool_label.setStyleSheet(NOTICE)
            return
        state = self.tr("đã chốt") if view.settled else self.tr("CHƯA CHỐT — nguồn còn có thể thay đổi")
        if not view.settled and self._current is not None and self._current.id in self._sealed_elections():
            state = self.tr("ĐÃ MỞ KHÓA LẠI sau khi cuộc bầu này đã chốt — kiểm tra lại danh sách khi nguồn chốt lại")
        text = self.tr("Nguồn: {0} — {1}; có {2} người.").format(
            pool_words(view.pool.take.value, source), state, len(view.members)
        )
        outside, missing = view.outside(e.candidates), view.missing(e.candidates) if _whole_pool(e) else ()
        style = "" if view.settled else NOTICE
        if e.candidates and (outside or missing):
            text += " " + self.tr(
                "Danh sách không còn khớp với nguồn: {0} người không thuộc nguồn, {1} người của nguồn chưa có trong "
                "danh sách. Bấm “Lấy tên từ nguồn…” để lấy lại."
            ).format(len(outside), len(missing))
            style = ERROR
        elif not e.candidates:
            text += " " + self.tr("Bấm “Lấy tên từ nguồn…” để chọn tên (không gõ lại).")
        self.pool_label.setText(text)
        self.pool_label.setStyleSheet(style)

    def _sealed_elections(self) -> set[str]:
        return {election for election, _ in self._sealed}

    @Slot()
    def _on_pick_clicked(self) -> None:
        self.open_pick()

    def open_pick(self) -> PoolPickDialog | None:
        """The pool's names to tick; OK puts them on the list in the pool's order."""
        e = self.election()
        view = self._view(e.candidate_pool)
        if view is None:
            return None
        source = view.source.title if view.source is not None else view.pool.election
        dialog = PoolPickDialog(
            self,
            self.tr("Lấy tên từ nguồn"),
            view.members,
            pool_words(view.pool.take.value, source)
            + ("" if view.settled else " — " + self.tr("kết quả nguồn chưa chốt")),
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._set_names(dialog.picked()))
        dialog.open()
        return dialog

    @Slot()
    def _on_add_clicked(self) -> None:
        row = self.candidates.currentRow() + 1 if self.candidates.currentRow() >= 0 else self.candidates.rowCount()
        self.candidates.insertRow(row)
        self.candidates.setItem(row, 0, QTableWidgetItem(""))
        self.candidates.setItem(row, 1, QTableWidgetItem(""))
        self.candidates.setCurrentCell(row, 0)
        item = self.candidates.item(row, 0)
        if item is not None:
            self.candidates.editItem(item)

    @Slot()
    def _on_delete_clicked(self) -> None:
        row = self.candidates.currentRow()
        if row >= 0:
            self.candidates.removeRow(row)
            self._on_list_changed()

    def _move(self, step: int) -> None:
        row = self.candidates.currentRow()
        names = self._rows_raw()
        target = row + step
        if row < 0 or not 0 <= target < len(names):
            return
        names[row], names[target] = names[target], names[row]
        self._set_names(names)
        self.candidates.setCurrentCell(target, 0)

    def _cell(self, r: int, c: int) -> str:
        item = self.candidates.item(r, c)
        return item.text() if item is not None else ""

    def _rows_raw(self) -> list[tuple[str, str]]:
        return [
            (
                self._cell(r, 0),
                self._cell(r, 1),
            )
            for r in range(self.candidates.rowCount())
        ]

    @Slot()
    def _on_up_clicked(self) -> None:
        self._move(-1)

    @Slot()
    def _on_down_clicked(self) -> None:
        self._move(1)

    @Slot()
    def _on_sort_clicked(self) -> None:
        self._set_names(sorted(self.names(), key=lambda nn: (name_key(nn[0]), nn[1])))

    def ask_import_path(self) -> str:
        """Asks for the file to import (replaced in tests)."""
        return filedialogs.open_file(self, self.tr("Nhập danh sách bầu cử"), self.tr("Bảng tính (*.xlsx *.csv)"))

    @Slot()
    def _on_import_clicked(self) -> None:
        path = self.ask_import_path()
        if path:
            self.import_file(path)

    def import_file(self, path: str, name_column: int | None = None) -> bool:
        """Appends the names of an Excel/CSV list; a bad file is explained and changes nothing.

        Without a "Họ và tên" header the column is asked (and the import done again with it): False until then.
        """
        try:
            imported = read_candidates(path, name_column=name_column)
        except Exception as exc:
            show_error(self, exc)
            return False
        if isinstance(imported, NeedColumn):
            ask_column(self, imported, Path(path).name, lambda column: self.import_file(path, column))
            return False
        self._set_names(self.names() + [(n.name, n.note) for n in imported])
        return True

    @Slot()
    def _on_hand_votes_saved(self) -> None:
        if self._current is None:
            self.problems.setText(self.tr("Lưu cuộc bầu trước, rồi ghi kết quả biểu quyết."))
            return
        self.hand_votes_saved.emit(self._current.id, self.hand_votes.votes())

    @Slot()
    def _on_save_clicked(self) -> bool:
        e = self.election()
        if not re.fullmatch(r"[A-Za-z0-9_-]+", e.id):
            self.problems.setText(self.tr("Mã cuộc bầu chỉ gồm chữ không dấu, số, - và _ (ví dụ: bch)."))
            self.problems.setStyleSheet(ERROR)
            return False
        if not e.title:
            self.problems.setText(catalogue("input.election_title", None, current_language()))
            self.problems.setStyleSheet(ERROR)
            self.title.setFocus()
            return False
        self.election_saved.emit(e, self._current is None)
        return True

    # -- the sequence, withdrawals and the pause (recorded here when there is a desk) ---------------------------

    @Slot()
    def _on_propose_clicked(self) -> None:
        self.open_sequence()

    def open_sequence(self) -> object:
        """The usual elections of this congress, to accept, change or leave out."""
        if self.desk is None or self._data is None:
            return None
        return ask_sequence(self, self._data.congress, [e.id for e in self._data.elections], self._accept_sequence)

    def _accept_sequence(self, dialog: object) -> None:
        from ui.congress_steps import SequenceDialog

        assert isinstance(dialog, SequenceDialog) and self.desk is not None and self._data is not None
        try:
            level, made = dialog.value()
            congress = self._data.congress
            if level is not None and level is not congress.level:
                congress_svc.update(self.desk.db, self.desk.actor, replace(congress, level=level))
            elections.add_all(self.desk.db, self.desk.actor, made)
        except Exception as exc:
            show_error(self, exc)
            return
        self.reload(made[0].id)
        information(
            self,
            self.tr(
                "Đã tạo {0} cuộc bầu. Nhập danh sách cho từng cuộc bầu; danh sách lấy từ kết quả cuộc bầu khác "
                "được chọn bằng “Lấy tên từ nguồn…” khi đã có kết quả."
            ).format(len(made)),
        )

    def _show_withdrawals(self, e: Election | None) -> None:
        rows: list[tuple[Withdrawal, str, str]] = []
        if e is not None and self._data is not None:
            attending = attending_for(self._data, e)
            for d in withdrawal_rules.decisions(e, attending, self._params):
                c = e.candidate(d.request.no) if any(x.no == d.request.no for x in e.candidates) else None
                who = "—" if c is None else (f"{c.name} ({c.note})" if c.note else c.name)
                rows.append(
                    (d.request, who, catalogue(f"withdrawal.status.{d.status.value}", None, current_language()))
                )
        self.withdrawals.show_rows(rows)
        enabled = self.desk is not None and e is not None
        self.withdrawals.add_button.setEnabled(enabled)
        self.list_tabs.setTabText(1, self.tr("Xin rút khỏi danh sách ({0})").format(len(rows)))

    def _target_round(self) -> int:
        e = self._current
        if e is None:
            return 1
        last = e.rounds[-1] if e.rounds else None
        has = last is not None and bool(last.ballots or last.subtotals)
        return withdrawals.target_round(e, has)

    def _withdrawal_dialog(self, current: Withdrawal | None) -> WithdrawalDialog | None:
        e = self._current
        if e is None or self._data is None or self.desk is None:
            return None
        dialog = WithdrawalDialog(self, e.candidates, attending_for(self._data, e), self._params, current)
        if current is None:
            dialog.round = self._target_round()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        return dialog

    @Slot()
    def _on_withdrawal_add_clicked(self) -> None:
        self.open_withdrawal()

    def open_withdrawal(self, index: int | None = None) -> WithdrawalDialog | None:
        """A request to withdraw: a new one, or the one at `index` to change."""
        e = self._current
        current = None if e is None or index is None else e.withdrawals[index]
        dialog = self._withdrawal_dialog(current)
        if dialog is None or e is None:
            return None

        def save() -> None:
            w = dialog.value()
            if index is None:
                self.record_withdrawals((*e.withdrawals, w))
            else:
                self.record_withdrawals(tuple(w if i == index else x for i, x in enumerate(e.withdrawals)))

        dialog.accepted.connect(save)
        dialog.open()
        return dialog

    @Slot()
    def _on_withdrawal_edit_clicked(self) -> None:
        row = self.withdrawals.table.currentRow()
        if row >= 0:
            self.open_withdrawal(row)

    @Slot()
    def _on_withdrawal_remove_clicked(self) -> None:
        e = self._current
        row = self.withdrawals.table.currentRow()
        if e is None or row < 0:
            return
        self.record_withdrawals(tuple(w for i, w in enumerate(e.withdrawals) if i != row))

    def record_withdrawals(self, requests: tuple[Withdrawal, ...]) -> bool:
        """Records the election's requests (the list on the ballot follows); False when refused."""
        e = self._current
        if e is None or self.desk is None:
            return False
        try:
            withdrawals.set_withdrawals(self.desk.db, self.desk.actor, e.id, requests)
        except Exception as exc:
            show_error(self, exc)
            return False
        self.reload(e.id)
        self.list_tabs.setCurrentWidget(self.withdrawals)
        return True

    def _show_pause(self, e: Election | None) -> None:
        p = None if e is None else e.pause
        paused = p is not None and p.resumed is None
        if p is None:
            self.pause_label.setText("")
        elif paused:
            assert p is not None
            self.pause_label.setText(
                self.tr("TẠM DỪNG để xin ý kiến Ban Thường vụ cấp trên — quyết định của {0}{1}.").format(
                    p.decision.by, f": {p.decision.note}" if p.decision.note else ""
                )
            )
        else:
            assert p is not None and p.resumed is not None
            self.pause_label.setText(self.tr("Đã tiếp tục bầu theo ý kiến của {0}.").format(p.resumed.by))
        self.pause_label.setVisible(p is not None)
        self.pause_button.setText(self.tr("Tiếp tục bầu…") if paused else self.tr("Tạm dừng cuộc bầu…"))
        counted = e is not None and any(r.ballots or r.subtotals for r in e.rounds)
        self.pause_button.setEnabled(self.desk is not None and e is not None and (paused or not counted))

    @Slot()
    def _on_pause_clicked(self) -> None:
        e = self._current
        if e is None or self.desk is None:
            return
        if e.pause is not None and e.pause.resumed is None:
            ask_fields(
                self,
                self.tr("Tiếp tục cuộc bầu"),
                self.tr("Ghi ai (cơ quan nào) cho ý kiến tiếp tục, và ghi chú."),
                [("by", self.tr("Cơ quan quyết định"), False), ("note", self.tr("Ghi chú"), False)],
                lambda v: self.resume(v["by"], v["note"]),
            )
            return
        dialog = PauseDialog(self, e.title)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(
            lambda: self.pause(dialog.reason_value(), dialog.by.text(), dialog.note.text(), dialog.intended.text())
        )
        dialog.open()

    def pause(self, reason: object, by: str, note: str = "", intended: str = "") -> bool:
        """Records the pause of the election shown."""
        from ballot.model import PauseReason

        e = self._current
        if e is None or self.desk is None:
            return False
        try:
            decisions.pause(self.desk.db, self.desk.actor, e.id, PauseReason(str(reason)), by, note, intended)
        except Exception as exc:
            show_error(self, exc)
            return False
        self.reload(e.id)
        return True

    def resume(self, by: str, note: str = "") -> bool:
        """Records that the paused election goes on."""
        e = self._current
        if e is None or self.desk is None:
            return False
        try:
            decisions.resume(self.desk.db, self.desk.actor, e.id, by, note)
        except Exception as exc:
            show_error(self, exc)
            return False
        self.reload(e.id)
        return True


def _whole_pool(e: Election) -> bool:
    """Elections whose list is the whole pool: a nomination ballot, and an election on the proposed names."""
    pool = e.candidate_pool
    return e.kind is ElectionKind.NOMINATION or (pool is not None and pool.take is PoolTake.PROPOSED)


class WithdrawalsBox(QWidget):
    """The election's requests to withdraw from the list, each with the presidium's proposal, the congress's vote
    and what follows; buttons to record, change and take back a request."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("withdrawals")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Người xin rút"),
                self.tr("Đoàn Chủ tịch"),
                self.tr("Biểu quyết"),
                self.tr("Kết quả"),
                self.tr("Lần bầu"),
            ]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, 5):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.add_button = QPushButton(self.tr("Ghi đơn xin rút…"))
        self.add_button.setObjectName("add_withdrawal")
        self.edit_button = QPushButton(self.tr("Sửa…"))
        self.edit_button.setObjectName("edit_withdrawal")
        self.remove_button = QPushButton(self.tr("Bỏ đơn"))
        self.remove_button.setObjectName("remove_withdrawal")
        buttons = QVBoxLayout()
        for b in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.itemSelectionChanged.connect(self._on_selection_changed)
        self._on_selection_changed()

    def show_rows(self, rows: list[tuple[Withdrawal, str, str]]) -> None:
        """Each request with the person's name and its standing in words."""
        self.table.setRowCount(0)
        for w, who, status in rows:
            row = self.table.rowCount()
            self.table.insertRow(row)
            proposal = self.tr("cho rút") if w.proposal.value == "allow" else self.tr("không cho rút")
            vote = "—" if w.agree is None else f"{w.agree}/{w.disagree}/{w.abstain}"
            for col, value in enumerate((who, proposal, vote, status, str(w.round))):
                self.table.setItem(row, col, QTableWidgetItem(value))
        self._on_selection_changed()

    @Slot()
    def _on_selection_changed(self) -> None:
        chosen = self.table.currentRow() >= 0 and bool(self.table.selectedItems())
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)


class HandVotesRow(QWidget):
    """The congress's show-of-hands votes on the number to elect and on the list (the minutes quote them).

    Signals:
        saved(): the save button was pressed.
    """

    saved = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 4, 0, 0)
        grid.addWidget(QLabel(self.tr("Biểu quyết (giơ tay):")), 0, 0)
        heads = (self.tr("Đồng ý"), self.tr("Không đồng ý"), self.tr("Không biểu quyết"))
        for col, text in enumerate(heads, start=1):
            grid.addWidget(QLabel(text), 0, col)
        self.spins: dict[HandVoteTopic, tuple[QSpinBox, QSpinBox, QSpinBox]] = {}
        labels = {HandVoteTopic.SEATS: self.tr("Số lượng cần bầu"), HandVoteTopic.LIST: self.tr("Danh sách bầu cử")}
        for row, (topic, label) in enumerate(labels.items(), start=1):
            grid.addWidget(QLabel(label), row, 0)
            boxes = tuple(QSpinBox() for _ in range(3))
            for col, box in enumerate(boxes, start=1):
                box.setRange(-1, 99999)
                box.setSpecialValueText("—")
                box.setObjectName(f"hand_{topic.value}_{col}")
                grid.addWidget(box, row, col)
            self.spins[topic] = boxes  # type: ignore[assignment]
        self.save_button = QPushButton(self.tr("Lưu biểu quyết"))
        self.save_button.setObjectName("save_hand_votes")
        self.save_button.clicked.connect(self.saved)
        grid.addWidget(self.save_button, 2, 4)
        grid.setColumnStretch(5, 1)
        grid.setRowStretch(3, 1)  # the rows stay together at the top when the box is taller

    def show_votes(self, votes: tuple[HandVote, ...]) -> None:
        """Shows recorded votes; a topic without a vote shows blanks."""
        by_topic = {v.topic: v for v in votes}
        for topic, boxes in self.spins.items():
            v = by_topic.get(topic)
            for box, value in zip(boxes, (v.agree, v.disagree, v.abstain) if v else (-1, -1, -1), strict=True):
                box.setValue(value)

    def votes(self) -> tuple[HandVote, ...]:
        """The votes typed: a topic whose agree box is blank is not recorded."""
        out = []
        for topic, (agree, disagree, abstain) in self.spins.items():
            if agree.value() >= 0:
                out.append(HandVote(topic, agree.value(), max(0, disagree.value()), max(0, abstain.value())))
        return tuple(out)
