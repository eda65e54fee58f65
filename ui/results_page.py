"""The results screen: any round's result, finalizing with the head's PIN, reopening, the next round."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from app import decisions, reports, rounds
from ballot.model import Candidate, Decision, ElectionKind, Purpose
from ballot.outcome import Nominated
from ui.backup import backup_outcome
from ui.ballot_words import local_time
from ui.congress_steps import HeadChoiceDialog
from ui.desk import Desk
from ui.dialogs import ask_fields, information, message
from ui.errors import show_error
from ui.results import ResultsPanel, open_next_round
from ui.round_chooser import RoundChooser


class ResultsPage(QWidget):
    """A round's ranked result; the head finalizes or reopens it; a tie or shortfall leads to the next round.

    Signals:
        data_changed(): a round was finalized, reopened or started.
        round_started(str, int): the election and number of a new round.
    """

    data_changed = Signal()
    round_started = Signal(str, int)

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.chooser = RoundChooser()
        self.seal = QLabel()
        self.seal.setObjectName("seal_label")
        self.seal.setWordWrap(True)
        self.backup_note = QLabel()
        self.backup_note.setObjectName("backup_note")
        self.backup_note.setWordWrap(True)
        self.panel = ResultsPanel()
        self.choice_button = QPushButton(self.tr("Trưởng ban chọn…"))
        self.choice_button.setObjectName("head_choice")
        self.choice_button.setVisible(False)
        self.choice_button.clicked.connect(self._on_choice_button_clicked)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Lần bầu")))
        bar.addWidget(self.chooser, 1)
        bar.addWidget(self.choice_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.seal)
        layout.addWidget(self.backup_note)
        layout.addWidget(self.panel, 1)
        self.chooser.round_chosen.connect(self._on_chooser_round_chosen)
        self.panel.finalize_requested.connect(self._on_panel_finalize_requested)
        self.panel.reopen_requested.connect(self._on_panel_reopen_requested)
        self.panel.next_round_requested.connect(self._on_panel_next_round_requested)

    def refresh(self, prefer: tuple[str, int] | None = None) -> None:
        """Reloads the list of rounds and the chosen round's result."""
        self.chooser.set_data(reports.data(self.desk.db), prefer)
        if self.chooser.current() is None:
            self.panel.set_result(None)

    @Slot(str, int)
    def _on_chooser_round_chosen(self, election_id: str, round_no: int) -> None:
        self.show_round(election_id, round_no)

    def show_round(self, election_id: str, round_no: int) -> None:
        """Shows one round's result and seal."""
        self.backup_note.clear()
        results = {r.election: r for r in reports.results(self.desk.db)}
        rounds = results[election_id].rounds
        result = next(r for r in rounds if r.round == round_no)
        status = reports.round_status(self.desk.db, election_id, round_no)
        latest = rounds[-1].round == round_no
        self.panel.set_result(result, finalized=status.finalized, latest=latest)
        if status.finalized:
            self.seal.setText(
                self.tr("Đã chốt lúc {0} bởi {1}. Dấu kiểm tra (SHA-256): {2}").format(
                    local_time(status.finalized_at, seconds=False), status.finalized_by, status.fingerprint
                )
            )
        else:
            self.seal.setText(self.tr("Chưa chốt: kết quả còn thay đổi khi nhập thêm phiếu."))
        self._show_choice(election_id, round_no, result.outcome, status.finalized)
        self.panel.next_round_button.setEnabled(self.panel.next_round_button.isEnabled() and status.finalized)
        if not status.finalized and self.panel.next_round_button.isEnabled() is False and latest:
            self.panel.next_round_button.setToolTip(self.tr("Chốt lần bầu này trước khi tổ chức bầu tiếp."))

    def _show_choice(self, election_id: str, round_no: int, outcome: object, finalized: bool) -> None:
        """A nomination ballot with equal counts at the cut: the head chooses (or withdraws the choice made)."""
        election = reports.data(self.desk.db).election(election_id)
        rnd = next(r for r in election.rounds if r.number == round_no)
        nomination = election.kind is ElectionKind.NOMINATION and isinstance(outcome, Nominated)
        chosen = rnd.head_choice is not None
        self.choice_button.setVisible(nomination and (chosen or bool(getattr(outcome, "tied", ()))))
        self.choice_button.setEnabled(not finalized)
        self.choice_button.setText(self.tr("Bỏ lựa chọn của trưởng ban…") if chosen else self.tr("Trưởng ban chọn…"))

    @Slot()
    def _on_choice_button_clicked(self) -> None:
        self.open_choice()

    def open_choice(self) -> object:
        """The head's choice among the tied (PIN), or withdrawing a choice already recorded."""
        chosen = self.chooser.current()
        if chosen is None:
            return None
        election = reports.data(self.desk.db).election(chosen[0])
        rnd = next(r for r in election.rounds if r.number == chosen[1])
        if rnd.head_choice is not None:
            return ask_fields(
                self,
                self.tr("Bỏ lựa chọn của trưởng ban"),
                self.tr("Lựa chọn vẫn được giữ trong nhật ký. Trưởng ban nhập mã PIN."),
                [("pin", self.tr("Mã PIN trưởng ban"), True)],
                lambda v: self.clear_choice(chosen, v["pin"]),
            )
        result = next(
            r
            for er in reports.results(self.desk.db)
            if er.election == chosen[0]
            for r in er.rounds
            if r.round == chosen[1]
        )
        o = result.outcome
        if not isinstance(o, Nominated) or not o.tied:
            return None
        names = {c.no: c.name for c in result.candidates}
        dialog = HeadChoiceDialog(self, [(no, names[no]) for no in o.tied], o.places)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.choose(chosen, dialog.chosen(), dialog.pin.text(), dialog.note.text()))
        dialog.open()
        return dialog

    def choose(self, chosen: tuple[str, int], names: tuple[int, ...], pin: str, note: str = "") -> bool:
        """Records the head's choice; the result shows the proposed at once."""
        try:
            decisions.choose(self.desk.db, self.desk.actor, *chosen, names, pin, note)
        except Exception as exc:
            show_error(self, exc)
            return False
        self.show_round(*chosen)
        self.data_changed.emit()
        return True

    def clear_choice(self, chosen: tuple[str, int], pin: str) -> bool:
        """Withdraws the head's choice (PIN)."""
        try:
            decisions.clear_choice(self.desk.db, self.desk.actor, *chosen, pin)
        except Exception as exc:
            show_error(self, exc)
            return False
        self.show_round(*chosen)
        self.data_changed.emit()
        return True

    @Slot()
    def _on_panel_finalize_requested(self) -> None:
        chosen = self.chooser.current()
        if chosen is None:
            return
        ask_fields(
            self,
            self.tr("Chốt kết quả"),
            self.tr("Trưởng ban kiểm phiếu nhập mã PIN để chốt (khóa) kết quả lần bầu này."),
            [("pin", self.tr("Mã PIN trưởng ban"), True)],
            lambda v: self.finalize(chosen, v["pin"]),
        )

    def finalize(self, chosen: tuple[str, int], pin: str) -> None:
        """Locks the round with the head's PIN."""
        try:
            done = rounds.finalize(self.desk.db, self.desk.actor, *chosen, pin)
        except Exception as exc:
            show_error(self, exc)
            return
        self.show_round(*chosen)
        self.backup_note.setText(backup_outcome(self.desk, done, None))
        if done.backup_error is not None:  # the round IS finalized; only the copy failed
            self.backup_note.setStyleSheet("color: #b00020; font-weight: bold;")
            message(
                self,
                QMessageBox.Icon.Warning,
                self.tr("Đã chốt — chưa sao lưu được"),
                self.tr("Đã chốt kết quả. Nhưng bản sao lưu chưa chép được."),
                self.backup_note.text(),
            )
            self.data_changed.emit()
            return
        self.backup_note.setStyleSheet("")
        information(
            self,
            self.tr("Đã chốt kết quả."),
            self.tr("Dấu kiểm tra: {0}").format(done.fingerprint) + "\n" + self.backup_note.text(),
        )
        self.data_changed.emit()

    @Slot()
    def _on_panel_reopen_requested(self) -> None:
        chosen = self.chooser.current()
        if chosen is None:
            return
        ask_fields(
            self,
            self.tr("Mở khóa lần bầu"),
            self.tr("Mở khóa được ghi vào nhật ký cùng lý do. Trưởng ban nhập mã PIN."),
            [("pin", self.tr("Mã PIN trưởng ban"), True), ("reason", self.tr("Lý do mở khóa"), False)],
            lambda v: self.reopen(chosen, v["pin"], v["reason"]),
        )

    def reopen(self, chosen: tuple[str, int], pin: str, reason: str) -> None:
        """Unlocks the round with the head's PIN and a reason."""
        try:
            rounds.reopen(self.desk.db, self.desk.actor, *chosen, pin, reason)
        except Exception as exc:
            show_error(self, exc)
            return
        self.show_round(*chosen)
        self.data_changed.emit()

    @Slot()
    def _on_panel_next_round_requested(self) -> None:
        chosen = self.chooser.current()
        if chosen is None:
            return
        election = reports.data(self.desk.db).election(chosen[0])
        results = {r.election: r for r in reports.results(self.desk.db)}
        open_next_round(
            self,
            election,
            results[chosen[0]].rounds,
            lambda seats, names, purpose, decision, new: self.start_round(
                chosen[0], seats, names, purpose, decision, new
            ),
        )

    def start_round(
        self,
        election_id: str,
        seats: int,
        names: tuple[int, ...],
        purpose: Purpose,
        decision: Decision,
        new_candidates: tuple[Candidate, ...] = (),
    ) -> None:
        """Records the people's decision (with any new names it added) and opens the next round."""
        try:
            number = rounds.start_round(
                self.desk.db,
                self.desk.actor,
                election_id,
                seats=seats,
                candidates=names,
                purpose=purpose,
                decision=decision,
                new_candidates=new_candidates,
            )
        except Exception as exc:
            show_error(self, exc)
            return
        self.refresh((election_id, number))
        self.data_changed.emit()
        self.round_started.emit(election_id, number)
