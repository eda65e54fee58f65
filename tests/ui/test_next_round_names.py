"""A later round with new names the congress decided (RULES.md §6.5)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from app import reports
from ballot.model import Candidate, Purpose
from tests.ui.conftest import type_text
from ui.desk import Desk
from ui.results import NextRoundDialog
from ui.results_page import ResultsPage


def test_new_names_are_typed_numbered_and_put_on_the_list(qtbot: QtBot, demo_desk: Desk) -> None:
    election = reports.data(demo_desk.db).election("bt")
    results = {r.election: r for r in reports.results(demo_desk.db)}
    dialog = NextRoundDialog(None, election, results["bt"].rounds)
    qtbot.addWidget(dialog)
    last = max(c.no for c in election.candidates)
    dialog.new_people.add_button.click()  # an empty row, opened for typing
    editor = dialog.new_people.table
    assert editor.rowCount() == 1 and editor.currentRow() == 0
    dialog.new_people.add_row("  ", "bỏ qua: không có tên")
    row = dialog.new_people.add_row()
    editor.setCurrentCell(row, 0)
    dialog.new_people.remove_button.click()  # the third row goes again
    assert editor.rowCount() == 2
    typed = QLineEdit()
    qtbot.addWidget(typed)
    type_text(typed, "Phạm Thị Dung")
    editor.item(0, 0).setText(typed.text())
    editor.item(0, 1).setText("Đại hội giới thiệu thêm")
    assert dialog.new_people.candidates() == (Candidate(last + 1, "Phạm Thị Dung", "Đại hội giới thiệu thêm"),)
    for i in range(dialog.names.count()):
        dialog.names.item(i).setCheckState(Qt.CheckState.Unchecked)
    dialog._on_buttons_accepted()  # only the new name on the list: allowed
    assert dialog.result() == dialog.DialogCode.Accepted
    _seats, names, purpose, _decision, new = dialog.values()
    assert names == (last + 1,) and new[0].name == "Phạm Thị Dung" and purpose is Purpose.ELECTION


def test_starting_a_round_with_new_names(qtbot: QtBot, demo_desk: Desk) -> None:
    from ballot.model import Decision

    page = ResultsPage(demo_desk)
    qtbot.addWidget(page)
    election = reports.data(demo_desk.db).election("bt")
    new = Candidate(max(c.no for c in election.candidates) + 1, "Phạm Thị Dung", "Đại hội giới thiệu thêm")
    with qtbot.waitSignal(page.round_started):
        page.start_round("bt", 1, (1, new.no), Purpose.ELECTION, Decision("Đoàn Chủ tịch", "118/118"), (new,))
    data = reports.data(demo_desk.db).election("bt")
    assert data.rounds[-1].candidates == (1, new.no)
    assert data.candidate(new.no) == new
