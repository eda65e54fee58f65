"""The results screen: any round's result, finalizing with the head's PIN, reopening, the next round."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QVBoxLayout, QWidget

from app import reports, rounds
from ballot.model import Candidate, Decision, Purpose
from ui.backup import backup_outcome
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
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Lần bầu")))
        bar.addWidget(self.chooser, 1)
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
                    status.finalized_at, status.finalized_by, status.fingerprint
                )
            )
        else:
            self.seal.setText(self.tr("Chưa chốt: kết quả còn thay đổi khi nhập thêm phiếu."))
        self.panel.next_round_button.setEnabled(self.panel.next_round_button.isEnabled() and status.finalized)
        if not status.finalized and self.panel.next_round_button.isEnabled() is False and latest:
            self.panel.next_round_button.setToolTip(self.tr("Chốt lần bầu này trước khi tổ chức bầu tiếp."))

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
