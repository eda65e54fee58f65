"""The ballot-entry screen: the round's counts, the paper to type in, and the live result beside it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app import entry as entry_svc
from app import reports, rounds
from app.entry_parse import EntrySpec
from app.live_tally import LiveTally
from ballot.model import Ballot, Subtotal
from ui.desk import Desk
from ui.dialogs import ask_fields, confirm, information
from ui.entry import BallotEntryWidget
from ui.errors import show_error
from ui.models import PaperRow
from ui.results import ResultsPanel
from ui.round_chooser import RoundChooser
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

        self.chooser = RoundChooser()
        self.issued = QSpinBox()
        self.issued.setObjectName("ballots_issued")
        self.collected = QSpinBox()
        self.collected.setObjectName("ballots_collected")
        self.present = QSpinBox()
        self.present.setObjectName("present")
        for spin in (self.issued, self.collected, self.present):
            spin.setRange(0, MAX_BALLOTS)
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
        hand = QHBoxLayout()
        hand.addWidget(self.subtotal_button)
        hand.addWidget(self.subtotals_button)
        hand.addWidget(self.subtotal_note, 1)

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
        layout.addLayout(hand)
        layout.addWidget(splitter, 1)

        self.entry.set_saver(self._save)
        self.chooser.round_chosen.connect(self._on_chooser_round_chosen)
        self.save_counts_button.clicked.connect(self._on_save_counts_clicked)
        self.entry.undo_requested.connect(self._on_entry_undo_requested)
        self.team.textChanged.connect(self.entry.set_team)
        self.subtotal_button.clicked.connect(self._on_subtotal_button_clicked)
        self.subtotals_button.clicked.connect(self._on_subtotals_button_clicked)

    def refresh(self, prefer: tuple[str, int] | None = None) -> None:
        """Reloads the rounds from the database (not per ballot); first time, the first round still open."""
        data = reports.data(self.desk.db)
        if prefer is None and self.chooser.current() is None:
            prefer = next(
                (
                    (e.id, r.number)
                    for e in data.elections
                    for r in e.rounds
                    if not reports.round_status(self.desk.db, e.id, r.number).finalized
                ),
                None,
            )
        self.chooser.set_data(data, prefer)
        if self.chooser.current() is None:
            self.entry.set_paper(None, (), self.tr("Chưa có cuộc bầu nào: thêm ở trang “Cuộc bầu”."))
            self.results.set_result(None)
            self.subtotal_button.setEnabled(False)
            self.subtotals_button.setEnabled(False)

    @Slot(str, int)
    def _on_chooser_round_chosen(self, election_id: str, round_no: int) -> None:
        self._load(election_id, round_no)

    def _load(self, election_id: str, round_no: int) -> None:
        data = reports.data(self.desk.db)
        self._round = (election_id, round_no)
        self.live = LiveTally(data, election_id, round_no)
        election = data.election(election_id)
        rnd = self.live.round
        spec = EntrySpec(election.form(rnd), rnd.candidates, rnd.seats)
        by_no = {c.no: c for c in election.candidates}
        rows = tuple(PaperRow(i + 1, by_no[no].name, by_no[no].note) for i, no in enumerate(rnd.candidates))
        title = self.tr("{0} — lần bầu thứ {1} — bầu {2} trong {3} người").format(
            election.title, rnd.number, rnd.seats, len(rnd.candidates)
        )
        self.entry.set_paper(spec, rows, title)
        for spin, value in ((self.issued, rnd.ballots_issued), (self.collected, rnd.ballots_collected)):
            spin.setValue(value)
        self.present.setValue(rnd.present or 0)
        status = reports.round_status(self.desk.db, election_id, round_no)
        if status.finalized:
            self.entry.set_locked(True, self.tr("Lần bầu này đã khóa (chốt kết quả); không nhập thêm phiếu được."))
        elif reports.entry_mode(self.desk.db) != 1:
            self.entry.set_locked(
                True, self.tr("Đại hội nhập độc lập nhiều lần: nhập phiếu theo tập của tổ ở trang “6. Tổ kiểm phiếu”.")
            )
        self.save_counts_button.setEnabled(not status.finalized)
        self._show_subtotals(status.finalized)
        self._show()
        self.entry.line.setFocus()

    def _show(self) -> None:
        assert self.live is not None
        result = self.live.result
        self.results.set_result(result)
        self.entry.set_counts(result.ballots.counted, result.ballots.collected)

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
        if self._round is None:
            return
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
            return
        self._load(*self._round)
        self.data_changed.emit()

    @Slot()
    def _on_entry_undo_requested(self) -> None:
        if self._round is None:
            return
        confirm(
            self,
            self.tr("Lấy lại (hủy) phiếu vừa lưu? Phiếu vẫn được giữ trong nhật ký, đánh dấu đã hủy."),
            self.undo_last,
        )

    def undo_last(self) -> None:
        """Voids this operator's last ballot of the round (recorded as a correction)."""
        if self._round is None:
            return
        try:
            voided = entry_svc.undo_last_ballot(
                self.desk.db, self.desk.actor, *self._round, self.tr("Hủy phiếu vừa nhập (nhập nhầm)")
            )
        except Exception as exc:
            show_error(self, exc)
            return
        self._load(*self._round)
        if voided is None:
            self.entry.status.setText(self.tr("Không còn phiếu nào của người nhập này để lấy lại."))
        else:
            self.entry.status.setText(self.tr("Đã hủy phiếu vừa nhập; gõ lại phiếu đó."))
        self.data_changed.emit()
