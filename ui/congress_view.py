"""An open congress: its set-up, ballot entry, results and minutes, one tab each."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QTabWidget, QWidget

from app import congress as congress_svc
from app import elections, reports
from ballot.election import parameters
from ballot.model import Congress, Election, HandVote
from ballot.rulesets import RULESETS, Parameters
from ui.congress_form import CongressForm
from ui.desk import Desk
from ui.dialogs import ask_fields, information
from ui.elections import ElectionsEditor
from ui.entry_page import EntryPage
from ui.errors import show_error
from ui.minutes_page import MinutesPage
from ui.parameters import ParametersBox
from ui.results_page import ResultsPage
from ui.scan_page import ScanPage
from ui.teams import TeamsPage


class CongressView(QTabWidget):
    """The tabs of one open congress; every change goes through the app's services."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("congress_view")
        self.desk = desk
        self.congress_form = CongressForm()
        self.parameters_box = ParametersBox()
        self.congress_form.right.addWidget(self.parameters_box)
        self.elections = ElectionsEditor(desk)
        self.entry = EntryPage(desk)
        self.results = ResultsPage(desk)
        self.minutes = MinutesPage(desk)
        self.teams = TeamsPage(desk)
        self.scan = ScanPage(desk)
        self.addTab(self.congress_form, self.tr("1. Đại hội"))
        self.addTab(self.elections, self.tr("2. Cuộc bầu và danh sách"))
        self.addTab(self.entry, self.tr("3. Nhập phiếu"))
        self.addTab(self.results, self.tr("4. Kết quả"))
        self.addTab(self.minutes, self.tr("5. Biên bản"))
        self.addTab(self.teams, self.tr("6. Tổ kiểm phiếu"))
        self.addTab(self.scan, self.tr("7. Phiếu quét"))
        self.congress_form.congress_edited.connect(self._on_congress_form_congress_edited)
        self.congress_form.pin_change_requested.connect(self._on_congress_form_pin_change_requested)
        self.parameters_box.parameters_saved.connect(self._on_parameters_box_parameters_saved)
        self.elections.election_saved.connect(self._on_elections_election_saved)
        self.elections.election_removed.connect(self._on_elections_election_removed)
        self.elections.hand_votes_saved.connect(self._on_elections_hand_votes_saved)
        self.results.round_started.connect(self._on_results_round_started)
        self.currentChanged.connect(self._on_current_changed)
        self.load_setup()

    def load_setup(self, select: str | None = None) -> None:
        """Fills the set-up tabs from the database."""
        data = reports.data(self.desk.db)
        self.congress_form.set_congress(data.congress)
        rs = RULESETS[data.ruleset]
        self.parameters_box.set_parameters(rs.parameters, data.parameters, rs.decision.split(" ngày")[0])
        locked = {e.id for e in data.elections if len(e.rounds) > 1 or any(r.ballots or r.subtotals for r in e.rounds)}
        self.elections.set_data(data, parameters(data), locked, select)

    @Slot(int)
    def _on_current_changed(self, index: int) -> None:
        page = self.widget(index)
        try:
            if page is self.entry:
                self.entry.refresh()
            elif page is self.results:
                self.results.refresh(self.entry.chooser.current())
            elif page is self.minutes:
                self.minutes.refresh(self.results.chooser.current())
            elif page is self.teams:
                self.teams.refresh()
            elif page is self.scan:
                self.scan.refresh(self.entry.chooser.current())
            else:
                self.load_setup()
        except Exception as exc:
            show_error(self, exc)

    @Slot(object)
    def _on_congress_form_congress_edited(self, congress: Congress) -> None:
        try:
            congress_svc.update(self.desk.db, self.desk.actor, congress)
        except Exception as exc:
            show_error(self, exc)
            return
        information(self, self.tr("Đã lưu thông tin đại hội."))
        self.load_setup()

    @Slot(object)
    def _on_parameters_box_parameters_saved(self, params: Parameters | None) -> None:
        self.save_parameters(params)

    def save_parameters(self, params: Parameters | None) -> bool:
        """Records the congress's own parameters (None: the rule set's); refused once a round is finalized."""
        try:
            congress_svc.set_parameters(self.desk.db, self.desk.actor, params)
        except Exception as exc:
            show_error(self, exc)
            self.load_setup()
            return False
        self.load_setup()
        information(
            self,
            self.tr("Đã lưu quy chế của Đại hội.")
            if params is not None
            else self.tr("Đã trở về các con số mặc định của quy chế."),
        )
        return True

    @Slot()
    def _on_congress_form_pin_change_requested(self) -> None:
        fields = [("new", self.tr("Mã PIN mới"), True), ("again", self.tr("Nhập lại mã PIN mới"), True)]
        if reports.has_pin(self.desk.db):
            fields.insert(0, ("old", self.tr("Mã PIN cũ"), True))
        ask_fields(
            self,
            self.tr("Mã PIN trưởng ban"),
            self.tr("Chỉ trưởng ban kiểm phiếu biết mã này."),
            fields,
            self.change_pin,
        )

    def change_pin(self, values: dict[str, str]) -> None:
        """Sets the head's PIN after checking both copies agree."""
        if values["new"] != values["again"]:
            information(self, self.tr("Hai lần nhập mã PIN mới không giống nhau; chưa đổi."))
            return
        try:
            congress_svc.set_pin(self.desk.db, self.desk.actor, values["new"], values.get("old", ""))
        except Exception as exc:
            show_error(self, exc)
            return
        information(self, self.tr("Đã đặt mã PIN mới."))

    @Slot(object, bool)
    def _on_elections_election_saved(self, election: Election, is_new: bool) -> None:
        try:
            if is_new:
                elections.add(self.desk.db, self.desk.actor, election)
            else:
                elections.update(self.desk.db, self.desk.actor, election)
        except Exception as exc:
            show_error(self, exc)
            return
        self.load_setup(election.id)
        information(self, self.tr("Đã lưu cuộc bầu “{0}”.").format(election.title))

    @Slot(str, object)
    def _on_elections_hand_votes_saved(self, election_id: str, votes: tuple[HandVote, ...]) -> None:
        try:
            elections.set_hand_votes(self.desk.db, self.desk.actor, election_id, votes)
        except Exception as exc:
            show_error(self, exc)
            return
        self.load_setup(election_id)
        information(self, self.tr("Đã lưu kết quả biểu quyết."))

    @Slot(str)
    def _on_elections_election_removed(self, election_id: str) -> None:
        ask_fields(
            self,
            self.tr("Xóa cuộc bầu"),
            self.tr("Cuộc bầu được đánh dấu đã xóa và ghi vào nhật ký. Ghi lý do:"),
            [("reason", self.tr("Lý do"), False)],
            lambda v: self.remove_election(election_id, v["reason"]),
        )

    def remove_election(self, election_id: str, reason: str) -> None:
        """Marks an election removed with the reason given."""
        try:
            elections.remove(self.desk.db, self.desk.actor, election_id, reason)
        except Exception as exc:
            show_error(self, exc)
            return
        self.load_setup()

    @Slot(str, int)
    def _on_results_round_started(self, election_id: str, round_no: int) -> None:
        self.entry.refresh((election_id, round_no))
        self.setCurrentWidget(self.entry)
