"""The ballot-entry screen: the round's counts, the paper to type in, and the live result beside it."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
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

from app.entry_parse import EntrySpec
from app.live_tally import LiveTally
from app.workspace import Workspace
from ballot.model import Ballot
from ui.dialogs import confirm
from ui.entry import BallotEntryWidget
from ui.errors import show_error
from ui.models import PaperRow
from ui.results import ResultsPanel
from ui.round_chooser import RoundChooser

MAX_BALLOTS = 100_000


class EntryPage(QWidget):
    """Entry of one round's ballots with the running tally; every ballot is saved before the next is typed.

    Signals:
        data_changed(): something other than a ballot changed (counts, an undo): other screens refresh.
    """

    data_changed = Signal()

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
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
        layout.addWidget(splitter, 1)

        self.entry.set_saver(self._save)
        self.chooser.round_chosen.connect(self._on_chooser_round_chosen)
        self.save_counts_button.clicked.connect(self._on_save_counts_clicked)
        self.entry.undo_requested.connect(self._on_entry_undo_requested)
        self.team.textChanged.connect(self.entry.set_team)

    def refresh(self, prefer: tuple[str, int] | None = None) -> None:
        """Reloads the rounds from the database (not per ballot); first time, the first round still open."""
        data = self.ws.data()
        if prefer is None and self.chooser.current() is None:
            prefer = next(
                (
                    (e.id, r.number)
                    for e in data.elections
                    for r in e.rounds
                    if not self.ws.round_status(e.id, r.number).finalized
                ),
                None,
            )
        self.chooser.set_data(data, prefer)
        if self.chooser.current() is None:
            self.entry.set_paper(None, (), self.tr("Chưa có cuộc bầu nào: thêm ở trang “Cuộc bầu”."))
            self.results.set_result(None)

    @Slot(str, int)
    def _on_chooser_round_chosen(self, election_id: str, round_no: int) -> None:
        self._load(election_id, round_no)

    def _load(self, election_id: str, round_no: int) -> None:
        data = self.ws.data()
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
        status = self.ws.round_status(election_id, round_no)
        if status.finalized:
            self.entry.set_locked(True, self.tr("Lần bầu này đã khóa (chốt kết quả); không nhập thêm phiếu được."))
        elif self.ws.entry_mode() != 1:
            self.entry.set_locked(
                True, self.tr("Đại hội nhập độc lập nhiều lần: nhập phiếu theo tập của tổ ở trang “6. Tổ kiểm phiếu”.")
            )
        self.save_counts_button.setEnabled(not status.finalized)
        self._show()
        self.entry.line.setFocus()

    def _show(self) -> None:
        assert self.live is not None
        result = self.live.result
        self.results.set_result(result)
        self.entry.set_counts(result.ballots.counted, result.ballots.collected)

    def _save(self, ballot: Ballot) -> None:
        """Durably saves the ballot, then counts it in the running tally."""
        assert self._round is not None and self.live is not None
        self.ws.record_ballot(self._round[0], self._round[1], ballot)
        self.live.add(ballot)
        self._show()

    @Slot()
    def _on_save_counts_clicked(self) -> None:
        if self._round is None:
            return
        try:
            self.ws.set_round_counts(
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
            voided = self.ws.undo_last_ballot(*self._round, self.tr("Hủy phiếu vừa nhập (nhập nhầm)"))
        except Exception as exc:
            show_error(self, exc)
            return
        self._load(*self._round)
        if voided is None:
            self.entry.status.setText(self.tr("Không còn phiếu nào của người nhập này để lấy lại."))
        else:
            self.entry.status.setText(self.tr("Đã hủy phiếu vừa nhập; gõ lại phiếu đó."))
        self.data_changed.emit()
