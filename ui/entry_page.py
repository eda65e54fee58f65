"""The ballot-entry screen: the round's counts, the problems where the eye is, the paper to type in, the live
result beside it, and the list of every ballot entered (any one voided or retyped with a reason)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app import entry as entry_svc
from app import reports, rounds
from app.entry import Room
from app.entry_parse import EntrySpec
from app.live_tally import LiveTally
from ballot.election import parameters
from ballot.model import Ballot, Form, Subtotal
from ui import settings
from ui.ballot_list import BallotListDialog, RetypeDialog
from ui.ballot_words import ballot_words, local_time, paper_rows
from ui.banners import ProblemsBanner, standing
from ui.desk import Desk
from ui.dialogs import ask_fields, confirm, information
from ui.entry import BallotEntryWidget
from ui.errors import show_error
from ui.keys import on_enter
from ui.models import PaperRow
from ui.results import ResultsPanel
from ui.round_chooser import RoundChooser, first_open
from ui.subtotals import SubtotalDialog, SubtotalsDialog, open_subtotal_dialog

MAX_BALLOTS = 100_000


class EntryPage(QWidget):
    """Entry of one round's ballots with the running tally; every ballot is saved before the next is typed.

    Signals:
        data_changed(): something other than a ballot changed (counts, an undo): other screens refresh.
    """

    data_changed = Signal()

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.live: LiveTally | None = None
        self._round: tuple[str, int] | None = None
        self._spec: EntrySpec | None = None
        self._rows: tuple[PaperRow, ...] = ()
        self._title = ""
        self._room: Room | None = None
        self._stored_counts: tuple[int, int, int] = (0, 0, 0)
        self._list: BallotListDialog | None = None

        self.chooser = RoundChooser()
        self.issued = QSpinBox()
        self.issued.setObjectName("ballots_issued")
        self.collected = QSpinBox()
        self.collected.setObjectName("ballots_collected")
        self.present = QSpinBox()
        self.present.setObjectName("present")
        for spin in (self.issued, self.collected, self.present):
            spin.setRange(0, MAX_BALLOTS)
            on_enter(spin, self._on_count_entered)
        self.save_counts_button = QPushButton(self.tr("Lưu số phiếu"))
        self.save_counts_button.setObjectName("save_counts")
        self.team = QLineEdit()
        self.team.setObjectName("team")
        self.team.setPlaceholderText(self.tr("Tổ 1"))
        self.team.setMaximumWidth(110)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Lần bầu")))
        bar.addWidget(self.chooser, 1)
        bar.addWidget(QLabel(self.tr("Có mặt")))
        bar.addWidget(self.present)
        bar.addWidget(QLabel(self.tr("Phát ra")))
        bar.addWidget(self.issued)
        bar.addWidget(QLabel(self.tr("Thu vào")))
        bar.addWidget(self.collected)
        bar.addWidget(self.save_counts_button)
        bar.addWidget(QLabel(self.tr("Tổ")))
        bar.addWidget(self.team)

        self.subtotal_button = QPushButton(self.tr("Nhập phiếu kiểm đếm tay của tổ…"))
        self.subtotal_button.setObjectName("add_subtotal")
        self.subtotals_button = QPushButton(self.tr("Kết quả các tổ đã nhập…"))
        self.subtotals_button.setObjectName("list_subtotals")
        self.subtotal_note = QLabel()
        self.subtotal_note.setObjectName("subtotal_note")
        self.subtotal_note.setWordWrap(True)
        self.subtotal_button.setEnabled(False)
        self.subtotals_button.setEnabled(False)
        self.list_button = QPushButton(self.tr("Danh sách phiếu đã nhập… (Ctrl+L)"))
        self.list_button.setObjectName("list_ballots")
        self.list_button.setShortcut(QKeySequence("Ctrl+L"))
        self.list_button.setEnabled(False)
        hand = QHBoxLayout()
        hand.addWidget(self.list_button)
        hand.addWidget(self.subtotal_button)
        hand.addWidget(self.subtotals_button)
        hand.addWidget(self.subtotal_note, 1)
        self.problems = ProblemsBanner()
        self.problems.setObjectName("entry_problems")

        self.entry = BallotEntryWidget()
        self.results = ResultsPanel(compact=True)
        splitter = QSplitter()
        splitter.addWidget(self.entry)
        splitter.addWidget(self.results)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([800, 520])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.problems)
        layout.addLayout(hand)
        layout.addWidget(splitter, 1)

        self.entry.set_saver(self._save)
        self.chooser.round_chosen.connect(self._on_chooser_round_chosen)
        self.save_counts_button.clicked.connect(self._on_save_counts_clicked)
        self.entry.undo_requested.connect(self._on_entry_undo_requested)
        self.team.textChanged.connect(self.entry.set_team)
        self.subtotal_button.clicked.connect(self._on_subtotal_button_clicked)
        self.subtotals_button.clicked.connect(self._on_subtotals_button_clicked)
        self.list_button.clicked.connect(self._on_list_button_clicked)

    def refresh(self, prefer: tuple[str, int] | None = None) -> None:
        """Reloads the rounds from the database (not per ballot); first time, the first round still open."""
        data = reports.data(self.desk.db)
        if prefer is None and self.chooser.current() is None:
            prefer = first_open(self.desk.db, data)
        self.chooser.set_data(data, prefer)
        if self.chooser.current() is None:
            self.entry.set_paper(None, (), self.tr("Chưa có cuộc bầu nào: thêm ở trang “Cuộc bầu”."))
            self.results.set_result(None)
            self.subtotal_button.setEnabled(False)
            self.subtotals_button.setEnabled(False)
            self.list_button.setEnabled(False)
            self.problems.set_problems(())

    @Slot(str, int)
    def _on_chooser_round_chosen(self, election_id: str, round_no: int) -> None:
        self._load(election_id, round_no)

    def _load(self, election_id: str, round_no: int) -> None:
        data = reports.data(self.desk.db)
        self._round = (election_id, round_no)
        self.live = LiveTally(data, election_id, round_no)
        election = data.election(election_id)
        rnd = self.live.round
        self._spec = EntrySpec(election.form(rnd), rnd.candidates, rnd.seats, election.kind, parameters(data))
        by_no = {c.no: c for c in election.candidates}
        self._rows = tuple(PaperRow(i + 1, by_no[no].name, by_no[no].note) for i, no in enumerate(rnd.candidates))
        self._title = self.tr("{0} — lần bầu thứ {1} — bầu {2} trong {3} người").format(
            election.title, rnd.number, rnd.seats, len(rnd.candidates)
        )
        if self._spec.form is Form.WRITTEN:  # a nomination ballot: up to N names of the pool written
            self._title = self.tr("{0} — lần thứ {1} — ghi tối đa {2} tên trong {3} người").format(
                election.title, rnd.number, rnd.seats, len(rnd.candidates)
            )
        self.entry.set_stack_threshold(settings.stack_threshold())
        self.entry.set_paper(self._spec, self._rows, self._title)
        for spin, value in ((self.issued, rnd.ballots_issued), (self.collected, rnd.ballots_collected)):
            spin.setValue(value)
        # "Có mặt" carried from the congress (or the election's own electorate) until the round's own is saved
        carried = data.congress.attending if election.electorate is None else election.electorate.base
        self.present.setValue(carried if rnd.present is None else rnd.present)
        self._stored_counts = self._counts()
        self._room = entry_svc.room(rnd.ballots_collected, rnd.present, carried)
        status = reports.round_status(self.desk.db, election_id, round_no)
        if status.finalized:
            self.entry.set_locked(True, self.tr("Lần bầu này đã khóa (chốt kết quả); không nhập thêm phiếu được."))
        elif reports.entry_mode(self.desk.db) != 1:
            self.entry.set_locked(
                True, self.tr("Đại hội nhập độc lập nhiều lần: nhập phiếu theo tập của tổ ở trang “6. Tổ kiểm phiếu”.")
            )
        self.save_counts_button.setEnabled(not status.finalized)
        self.list_button.setEnabled(True)
        self._show_subtotals(status.finalized)
        self._show()
        self.entry.line.setFocus()

    def _show(self) -> None:
        assert self.live is not None
        result = self.live.result
        self.results.set_result(result)
        self.problems.set_problems(standing(result.problems, result.ballots))
        self.entry.set_counts(result.ballots.counted, result.ballots.collected)
        self.entry.set_room(result.ballots.counted, self._room)

    @Slot()
    def _on_count_entered(self) -> None:
        """Enter in a count saves the counts typed and goes back to the paper."""
        if self.save_counts_button.isEnabled() and self.save_counts():
            self.entry.line.setFocus()

    def _counts(self) -> tuple[int, int, int]:
        return self.present.value(), self.issued.value(), self.collected.value()

    # -- the unsaved-changes protocol (ui/congress_view.py) -------------------------------------------------------

    def unsaved_changes(self) -> bool:
        """The round's counts typed but not saved."""
        return self._round is not None and self.save_counts_button.isEnabled() and self._counts() != self._stored_counts

    def save_changes(self) -> bool:
        """Saves the counts typed; False when they were refused (the page stays)."""
        return self.save_counts()

    def discard_changes(self) -> None:
        """Puts back the counts as stored."""
        present, issued, collected = self._stored_counts
        self.present.setValue(present)
        self.issued.setValue(issued)
        self.collected.setValue(collected)

    def _show_subtotals(self, finalized: bool) -> None:
        """The hand-counted teams' buttons: only in single entry, only while the round is open."""
        assert self._round is not None
        stored = reports.subtotals(self.desk.db, *self._round)
        current = sum(1 for t in stored if t.status == "current")
        self.subtotals_button.setText(self.tr("Kết quả các tổ đã nhập ({0})…").format(current))
        self.subtotals_button.setEnabled(bool(stored))
        if reports.entry_mode(self.desk.db) != 1:
            note = self.tr(
                "Đại hội nhập độc lập nhiều lần: kết quả kiểm đếm tay của tổ nhập thành tập phiếu "
                "ở trang “6. Tổ kiểm phiếu”."
            )
        elif finalized:
            note = self.tr("Lần bầu đã chốt: không nhập thêm kết quả tổ.")
        else:
            note = ""
        self.subtotal_button.setEnabled(not note)
        self.subtotal_button.setToolTip(note)
        self.subtotal_note.setText(note)

    @Slot()
    def _on_subtotal_button_clicked(self) -> None:
        self.open_subtotal()

    def open_subtotal(self) -> SubtotalDialog | None:
        """The tally-sheet dialog for the round on screen."""
        if self._round is None or self.live is None:
            return None
        election = reports.data(self.desk.db).election(self._round[0])
        rnd = self.live.round
        by_no = {c.no: c for c in election.candidates}
        rows = [(no, PaperRow(i + 1, by_no[no].name, by_no[no].note)) for i, no in enumerate(rnd.candidates)]
        title = self.tr("{0} — lần bầu thứ {1}").format(election.title, rnd.number)
        return open_subtotal_dialog(self, title, election.form(rnd), rows, self.record_subtotal)

    def record_subtotal(self, subtotal: Subtotal) -> bool:
        """Saves a team's hand-counted totals; the live result is reloaded with them."""
        if self._round is None:
            return False
        try:
            entry_svc.record_subtotal(self.desk.db, self.desk.actor, *self._round, subtotal)
        except Exception as exc:
            show_error(self, exc)
            return False
        self._load(*self._round)
        self.entry.status.setText(self.tr("Đã lưu kết quả của {0}: {1} phiếu.").format(subtotal.team, subtotal.ballots))
        self.data_changed.emit()
        return True

    @Slot()
    def _on_subtotals_button_clicked(self) -> None:
        self.open_subtotals()

    def open_subtotals(self) -> SubtotalsDialog | None:
        """The list of the round's subtotals, with voiding."""
        if self._round is None:
            return None
        election_id, round_no = self._round
        title = self.tr("{0} — lần bầu thứ {1}").format(
            reports.data(self.desk.db).election(election_id).title, round_no
        )
        dialog = SubtotalsDialog(self, title)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        finalized = reports.round_status(self.desk.db, election_id, round_no).finalized
        dialog.set_rows(reports.subtotals(self.desk.db, election_id, round_no), finalized)
        dialog.void_requested.connect(lambda sid: self._ask_void(dialog, sid))
        dialog.open()
        return dialog

    def _ask_void(self, dialog: SubtotalsDialog, subtotal_id: int) -> None:
        ask_fields(
            dialog,
            self.tr("Hủy kết quả của tổ"),
            self.tr("Kết quả vẫn được giữ trong nhật ký, đánh dấu đã hủy. Ghi lý do:"),
            [("reason", self.tr("Lý do"), False)],
            lambda v: self.void_subtotal(subtotal_id, v["reason"], dialog),
        )

    def void_subtotal(self, subtotal_id: int, reason: str, dialog: SubtotalsDialog | None = None) -> bool:
        """Voids a team's subtotal with a reason; the live result drops it."""
        if self._round is None:
            return False
        try:
            entry_svc.void_subtotal(self.desk.db, self.desk.actor, subtotal_id, reason)
        except Exception as exc:
            show_error(dialog or self, exc)
            return False
        self._load(*self._round)
        if dialog is not None:
            dialog.set_rows(reports.subtotals(self.desk.db, *self._round), False)
        information(dialog or self, self.tr("Đã hủy kết quả của tổ (mã {0}).").format(subtotal_id))
        self.data_changed.emit()
        return True

    def _save(self, ballot: Ballot) -> None:
        """Durably saves the ballot, then counts it in the running tally."""
        assert self._round is not None and self.live is not None
        entry_svc.record_ballot(self.desk.db, self.desk.actor, self._round[0], self._round[1], ballot)
        self.live.add(ballot)
        self._show()

    @Slot()
    def _on_save_counts_clicked(self) -> None:
        self.save_counts()

    def save_counts(self) -> bool:
        """Records present, issued and collected as typed; False when refused."""
        if self._round is None:
            return False
        try:
            rounds.set_counts(
                self.desk.db,
                self.desk.actor,
                *self._round,
                ballots_issued=self.issued.value(),
                ballots_collected=self.collected.value(),
                present=self.present.value() or None,
            )
        except Exception as exc:
            show_error(self, exc)
            return False
        self._load(*self._round)
        self.data_changed.emit()
        return True

    # -- taking a ballot back, the list of ballots -------------------------------------------------------------

    def _words(self, ballot: Ballot) -> str:
        assert self._spec is not None
        return ballot_words(ballot, self._spec, paper_rows(self._spec, self._rows))

    @Slot()
    def _on_entry_undo_requested(self) -> None:
        self.ask_undo()

    def ask_undo(self) -> QMessageBox | None:
        """Asks to take back this operator's last ballot, saying which ballot it is."""
        if self._round is None:
            return None
        last = entry_svc.last_ballot(self.desk.db, self.desk.actor, *self._round)
        if last is None:
            self.entry.status.setText(self.tr("Không còn phiếu nào của người nhập này để lấy lại."))
            return None
        question = self.tr(
            "Lấy lại (hủy) phiếu số {0}, nhập lúc {1}:\n{2}\n\nPhiếu vẫn được giữ trong nhật ký, đánh dấu đã hủy; "
            "gõ lại phiếu đó sau."
        ).format(last.seq, local_time(last.at), self._words(last.ballot))
        reason = self.tr("Hủy phiếu vừa nhập (nhập nhầm)")
        return confirm(self, question, lambda: self.void(last.id, reason))

    def undo_last(self) -> None:
        """Voids this operator's last ballot of the round (recorded as a correction), without asking."""
        if self._round is None:
            return
        last = entry_svc.last_ballot(self.desk.db, self.desk.actor, *self._round)
        if last is None:
            self.entry.status.setText(self.tr("Không còn phiếu nào của người nhập này để lấy lại."))
            return
        self.void(last.id, self.tr("Hủy phiếu vừa nhập (nhập nhầm)"))

    def void(self, ballot_id: int, reason: str) -> bool:
        """Voids one entered ballot with a reason (kept in the log, marked voided)."""
        if self._round is None:
            return False
        try:
            entry_svc.correct_ballot(self.desk.db, self.desk.actor, ballot_id, None, reason)
        except Exception as exc:
            show_error(self, exc)
            return False
        self._load(*self._round)
        self.entry.status.setText(self.tr("Đã hủy phiếu; gõ lại phiếu đó nếu cần."))
        self._refresh_list()
        self.data_changed.emit()
        return True

    def retype(self, ballot_id: int, ballot: Ballot, reason: str) -> None:
        """Replaces one entered ballot by a new reading, with a reason (the old one kept in the log)."""
        assert self._round is not None
        entry_svc.correct_ballot(self.desk.db, self.desk.actor, ballot_id, ballot, reason)
        self._load(*self._round)
        self.entry.status.setText(self.tr("Đã sửa phiếu."))
        self._refresh_list()
        self.data_changed.emit()

    @Slot()
    def _on_list_button_clicked(self) -> None:
        self.open_list()

    def open_list(self) -> BallotListDialog | None:
        """The list of the round's entered ballots, with voiding and retyping."""
        if self._round is None or self._spec is None:
            return None
        dialog = BallotListDialog(self, self._title, self._spec, self._rows)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.void_requested.connect(lambda bid: self._ask_void_ballot(dialog, bid))
        dialog.retype_requested.connect(lambda bid: self.open_retype(dialog, bid))
        self._list = dialog
        dialog.finished.connect(self._on_list_finished)  # not `destroyed`: it may come while this page is deleted
        self._refresh_list()
        dialog.open()
        return dialog

    @Slot(int)
    def _on_list_finished(self, _result: int) -> None:
        self._list = None

    def _refresh_list(self) -> None:
        dialog = self._list
        if dialog is None or self._round is None:
            return
        finalized = reports.round_status(self.desk.db, *self._round).finalized
        dialog.set_ballots(reports.entries(self.desk.db, *self._round), finalized)

    def _stored(self, ballot_id: int) -> reports.StoredBallot | None:
        assert self._round is not None
        return next((b for b in reports.entries(self.desk.db, *self._round) if b.id == ballot_id), None)

    def _ask_void_ballot(self, parent: QWidget, ballot_id: int) -> None:
        stored = self._stored(ballot_id)
        if stored is None:
            return
        ask_fields(
            parent,
            self.tr("Hủy phiếu số {0}").format(stored.seq),
            self.tr("{0}\n\nPhiếu vẫn được giữ trong nhật ký, đánh dấu đã hủy. Ghi lý do:").format(
                self._words(stored.ballot)
            ),
            [("reason", self.tr("Lý do"), False)],
            lambda v: self.void(ballot_id, v["reason"]),
        )

    def open_retype(self, parent: QWidget, ballot_id: int) -> RetypeDialog | None:
        """The paper again, to type the ballot as it reads, with the reason."""
        stored = self._stored(ballot_id)
        if stored is None or self._spec is None or self.live is None:
            return None
        dialog = RetypeDialog(
            parent,
            stored,
            self._spec,
            self._rows,
            self._title,
            lambda ballot, reason: self.retype(ballot_id, ballot, reason),
        )
        dialog.entry.set_stack_threshold(settings.stack_threshold())
        dialog.set_room(self.live.result.ballots.counted - stored.ballot.count, self._room)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
