"""An open congress: its set-up, ballot entry, results and minutes, one tab each (Alt+1…6 switch).

Unsaved changes (the protocol every page may implement, duck-typed):

- ``unsaved_changes() -> bool``: something typed on the page is not saved yet;
- ``save_changes() -> bool``: saves it; False when it could not be saved (the refusal was shown): people stay;
- ``discard_changes() -> None``: puts back what is stored.

On leaving a tab, on closing the congress and on closing the window, a page with unsaved changes is asked about:
Lưu / Không lưu / Ở lại (`ask_unsaved`). A page saved through this view (the congress form, its rules, the
election being edited) is covered by the view's own editors below, built from the forms' public values; a page
that implements the protocol itself is asked directly, and its own answer is used.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol, cast

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QMessageBox, QTabWidget, QWidget

from app import congress as congress_svc
from app import elections, reports
from app.texts import text as catalogue
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


class Unsaved(Protocol):
    """The unsaved-changes protocol."""

    def unsaved_changes(self) -> bool:
        """Something typed is not saved yet."""

    def save_changes(self) -> bool:
        """Saves it; False when it could not be saved."""

    def discard_changes(self) -> None:
        """Puts back what is stored."""


@dataclass(frozen=True)
class Editor:
    """The unsaved-changes protocol for a form this view saves (see the module's docstring)."""

    unsaved_changes: Callable[[], bool]
    save_changes: Callable[[], bool]
    discard_changes: Callable[[], None]


def _implements(page: object) -> bool:
    return all(callable(getattr(page, m, None)) for m in ("unsaved_changes", "save_changes", "discard_changes"))


class CongressView(QTabWidget):
    """The tabs of one open congress; every change goes through the app's services.

    Signals:
        operator_change_requested(): a page needs someone else at the keyboard (a second independent entry).
    """

    operator_change_requested = Signal()

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
        self.teams.operator_change_requested.connect(self.operator_change_requested)
        self.currentChanged.connect(self._on_current_changed)
        self._shown = 0
        self._question: QMessageBox | None = None
        for i in range(self.count()):
            shortcut = QShortcut(QKeySequence(f"Alt+{i + 1}"), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(lambda i=i: self.setCurrentIndex(i))
        self._congress = self.congress_form.congress()
        self._own_parameters: Parameters | None = None
        self.load_setup()

    def load_setup(self, select: str | None = None) -> None:
        """Fills the set-up tabs from the database."""
        data = reports.data(self.desk.db)
        self._congress = data.congress
        self.congress_form.set_congress(data.congress)
        self._congress = self.congress_form.congress()  # as the form gives it back: the baseline of its changes
        rs = RULESETS[data.ruleset]
        self.parameters_box.set_parameters(rs.parameters, data.parameters, catalogue(f"ruleset.{rs.id}"))
        self._own_parameters = self.parameters_box.parameters()
        locked = {e.id for e in data.elections if len(e.rounds) > 1 or any(r.ballots or r.subtotals for r in e.rounds)}
        self.elections.set_data(data, parameters(data), locked, select)

    # ---- unsaved changes ---------------------------------------------------------------------------------------

    def editors(self, page: QWidget | None) -> list[Unsaved]:
        """What on this tab may hold unsaved changes (the page itself when it implements the protocol)."""
        if page is self.congress_form:
            form = Editor(self._congress_unsaved, self._save_congress_form, self._discard_congress_form)
            rules = Editor(self._parameters_unsaved, self._save_parameters_box, self._discard_parameters_box)
            return [
                cast(Unsaved, w) if _implements(w) else adapter
                for w, adapter in ((self.congress_form, form), (self.parameters_box, rules))
            ]
        if page is self.elections and not _implements(page):
            return [Editor(self._election_unsaved, self._save_election_form, self._discard_election_form)]
        return [cast(Unsaved, page)] if _implements(page) else []

    def unsaved_pages(self) -> list[int]:
        """The tabs with unsaved changes."""
        return [i for i in range(self.count()) if any(e.unsaved_changes() for e in self.editors(self.widget(i)))]

    def ask_unsaved(self, then: Callable[[], object], pages: list[int] | None = None) -> QMessageBox | None:
        """Runs `then` when no page (of `pages`, else any) has unsaved changes; otherwise asks Lưu / Không lưu /
        Ở lại first (a page that could not save keeps people on it)."""
        waiting = [i for i in (self.unsaved_pages() if pages is None else pages) if i in self.unsaved_pages()]
        if not waiting:
            then()
            return None
        names = ", ".join(f"“{self.tabText(i).replace('&', '')}”" for i in waiting)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Thay đổi chưa lưu"),
            self.tr("Trang {0} có thay đổi chưa lưu. Lưu lại trước khi rời trang?").format(names),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName("unsaved_box")
        save = box.addButton(self.tr("Lưu"), QMessageBox.ButtonRole.AcceptRole)
        drop = box.addButton(self.tr("Không lưu"), QMessageBox.ButtonRole.DestructiveRole)
        stay = box.addButton(self.tr("Ở lại"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(save)
        box.setEscapeButton(stay)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(button: object) -> None:
            self._question = None
            if button is save:
                for i in waiting:
                    for e in self.editors(self.widget(i)):
                        if e.unsaved_changes() and not e.save_changes():
                            self._show_page(i)
                            return
                self.load_setup()
                then()
            elif button is drop:
                for i in waiting:
                    for e in self.editors(self.widget(i)):
                        e.discard_changes()
                then()
            else:
                self._show_page(waiting[0])

        box.buttonClicked.connect(answered)
        self._question = box
        box.open()
        return box

    def _show_page(self, index: int) -> None:
        self.blockSignals(True)
        self.setCurrentIndex(index)
        self.blockSignals(False)
        self._shown = index

    def _congress_unsaved(self) -> bool:
        return self.congress_form.congress() != self._congress

    def _save_congress_form(self) -> bool:
        return self.save_congress(self.congress_form.congress(), quiet=True)

    def _discard_congress_form(self) -> None:
        self.congress_form.set_congress(self._congress)

    def _parameters_unsaved(self) -> bool:
        return self.parameters_box.parameters() != self._own_parameters

    def _save_parameters_box(self) -> bool:
        return self.save_parameters(self.parameters_box.parameters(), quiet=True)

    def _discard_parameters_box(self) -> None:
        data = reports.data(self.desk.db)
        rs = RULESETS[data.ruleset]
        self.parameters_box.set_parameters(rs.parameters, data.parameters, catalogue(f"ruleset.{rs.id}"))

    def _shown_election(self) -> object:
        current = getattr(self.elections, "_current", None)
        return None if current is None else self._election_key(current)

    @staticmethod
    def _election_key(e: Election) -> tuple[object, ...]:
        names = tuple((c.name, c.note) for c in e.candidates)
        return (e.id, e.title, e.body, e.kind, e.seats, e.max_surplus, e.candidate_pool, names)

    def _election_unsaved(self) -> bool:
        if not self.elections.save_button.isEnabled():
            return False  # a locked list cannot be saved: nothing of it is pending
        typed = self.elections.election()
        shown = self._shown_election()
        if shown is None:
            return bool(typed.title.strip() or typed.candidates)
        return self._election_key(typed) != shown

    def _save_election_form(self) -> bool:
        return self.save_election(
            self.elections.election(), getattr(self.elections, "_current", None) is None, quiet=True
        )

    def _discard_election_form(self) -> None:
        current = getattr(self.elections, "_current", None)
        if current is None:
            self.elections.new_election()
        else:
            self.elections.show_election(current)

    # ---- tabs ---------------------------------------------------------------------------------------------------

    @Slot(int)
    def _on_current_changed(self, index: int) -> None:
        leaving = self._shown
        if leaving != index and leaving in self.unsaved_pages():
            self._show_page(leaving)  # stay until people answer
            self.ask_unsaved(lambda: self.setCurrentIndex(index), [leaving])
            return
        self._shown = index
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
        self.save_congress(congress)

    def save_congress(self, congress: Congress, quiet: bool = False) -> bool:
        """Records the congress's details; False when refused (shown)."""
        try:
            congress_svc.update(self.desk.db, self.desk.actor, congress)
        except Exception as exc:
            show_error(self, exc)
            return False
        if not quiet:
            information(self, self.tr("Đã lưu thông tin đại hội."))
            self.load_setup()
        self._congress = congress
        return True

    @Slot(object)
    def _on_parameters_box_parameters_saved(self, params: Parameters | None) -> None:
        self.save_parameters(params)

    def save_parameters(self, params: Parameters | None, quiet: bool = False) -> bool:
        """Records the congress's own parameters (None: the rule set's); refused once a round is finalized."""
        try:
            congress_svc.set_parameters(self.desk.db, self.desk.actor, params)
        except Exception as exc:
            show_error(self, exc)
            if not quiet:
                self.load_setup()
            return False
        self._own_parameters = params
        if quiet:
            return True
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
        self.save_election(election, is_new)

    def save_election(self, election: Election, is_new: bool, quiet: bool = False) -> bool:
        """Records a new or changed election; False when refused (shown)."""
        try:
            if is_new:
                elections.add(self.desk.db, self.desk.actor, election)
            else:
                elections.update(self.desk.db, self.desk.actor, election)
        except Exception as exc:
            show_error(self, exc)
            return False
        self.load_setup(election.id)
        if not quiet:
            information(self, self.tr("Đã lưu cuộc bầu “{0}”.").format(election.title))
        return True

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
