"""The counting room under pressure, typed character by character in the real window: who is typing, an invalid
ballot that needs a second Enter, an oversized stack refused, an older ballot voided and another retyped from the
list, a blind second pass on the paper with one difference decided by the head — and the result compared with
`kiemphieu tally` on the exported file."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from app import reports
from ballot.model import Body, Candidate, CommitteeMember, Congress, CongressKind, Election, Electorate, Exclusion, Role
from tests.ui.conftest import last_message, type_text
from ui.ballot_list import BallotListDialog, RetypeDialog
from ui.congress_view import CongressView
from ui.dialogs import FieldsDialog
from ui.differences import DifferencesDialog
from ui.main_window import MainWindow
from ui.new_congress import NewCongress
from ui.open_stack import OpenStackDialog
from ui.operator import OperatorDialog
from ui.stack_entry import StackEntryDialog

ROOT = Path(__file__).resolve().parents[2]
PIN = "432198"
CONGRESS = Congress(
    "Chi bộ Thôn Đông",
    "Đại hội Chi bộ Thôn Đông",
    "2025–2030",
    CongressKind.MEMBERS,
    Electorate(7, (Exclusion("Vắng mặt có lý do", 1),)),
    6,
    counting_committee=(CommitteeMember("Đỗ Thị Hương", Role.HEAD), CommitteeMember("Nguyễn Thị Lan")),
)
CELL = ("Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung")
INSPECTION = ("Hoàng Văn Em", "Vũ Thị Giang", "Đặng Văn Hải")


def enter(qtbot: QtBot, widget: object, text: str) -> None:
    """Types a line one character at a time, then Enter."""
    type_text(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)  # type: ignore[arg-type]


def visible(window: MainWindow, kind: type) -> object:
    found = [d for d in window.findChildren(kind) if d.isVisible()]
    assert found, kind
    return found[-1]


@pytest.mark.slow
def test_the_counting_room_at_the_keyboard(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Cell committee, 3 of 4, 6 ballots typed; inspection committee, 2 of 3, a team's stack of 3 entered twice.

    Cell ballots as they end (rows struck): 2 (retyped from 4) | 1 (the over-limit 0 voided, typed again) |
    2*3 | 3 — valid 6: An 5, Bình 2, Cường 5, Dung 6. Inspection, kept by the head: 1 | 2 | 3 — valid 3:
    Em 2, Giang 2, Hải 2.
    """
    monkeypatch.setenv("KIEMPHIEU_DATA_DIR", str(tmp_path / "data"))
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    assert window.create_congress(NewCongress(str(tmp_path / "thon-dong.kiemphieu"), CONGRESS, "qd190-2024", PIN))
    view = window.view
    assert isinstance(view, CongressView) and window.desk is not None

    # who is typing: asked on opening; a name typed in joins the technical staff and shows at the bottom
    chooser = visible(window, OperatorDialog)
    assert isinstance(chooser, OperatorDialog)
    assert [chooser.names.item(i).text() for i in range(chooser.names.count())] == [
        "Đỗ Thị Hương — Trưởng Ban kiểm phiếu",
        "Nguyễn Thị Lan — Ban kiểm phiếu",
    ]
    chooser.other.setFocus()
    enter(qtbot, chooser.other, "Phạm Văn Kỹ")
    assert window.desk.actor.operator == "Phạm Văn Kỹ"
    assert window.operator_label.text() == f"Người nhập phiếu: Phạm Văn Kỹ — máy {window.desk.actor.station}"

    from app import elections

    for eid, title, body, seats, names in (
        ("cu", "Bầu Chi ủy", Body.COMMITTEE, 3, CELL),
        ("ubkt", "Bầu Ủy ban Kiểm tra", Body.INSPECTION_COMMITTEE, 2, INSPECTION),
    ):
        people = tuple(Candidate(i, n) for i, n in enumerate(names, 1))
        elections.add(window.desk.db, window.desk.actor, Election(eid, title, body, seats, people))

    # the counts, typed; Enter in a count saves them and goes back to the paper
    view.setCurrentWidget(view.entry)
    page = view.entry
    page.refresh(("cu", 1))
    for spin in (page.present, page.issued, page.collected):
        spin.lineEdit().selectAll()
        type_text(spin, "6")
    qtbot.keyClick(page.collected, Qt.Key.Key_Return)
    assert reports.data(window.desk.db).election("cu").rounds[0].ballots_collected == 6
    line = page.entry.line

    enter(qtbot, line, "4")
    assert page.entry.counter_label.text() == "Đã nhập 1 / thu vào 6"
    # "0" keeps 4 names for 3 seats: red with its reason while typed; the first Enter does not save it
    type_text(line, "0")
    assert "PHIẾU KHÔNG HỢP LỆ: để lại quá số lượng cần bầu. Giữ 4 tên, được bầu 3." in page.entry.status.text()
    assert "#b00020" in line.styleSheet()
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert line.text() == "0" and "Nhấn Enter lần nữa" in page.entry.status.text()
    assert reports.round_status(window.desk.db, "cu", 1).entered == 1
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert reports.round_status(window.desk.db, "cu", 1).entered == 2
    # a stack past the 6 collected is refused with the numbers, before and at Enter
    type_text(line, "3*9")
    assert "đã nhập 2, thêm 9 thành 11 phiếu, vượt số phiếu thu vào (6)" in page.entry.status.text()
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert reports.round_status(window.desk.db, "cu", 1).entered == 2 and line.text() == "3*9"
    qtbot.keyClick(line, Qt.Key.Key_Escape)
    enter(qtbot, line, "2*3")
    enter(qtbot, line, "3")
    assert page.entry.counter_label.text() == "Đã nhập 6 / thu vào 6"

    # the list: the invalid ballot (no. 2) voided with a reason, typed again; ballot no. 1 retyped
    page.list_button.click()
    listing = visible(window, BallotListDialog)
    assert isinstance(listing, BallotListDialog)
    assert listing.model.rowCount() == 4
    assert listing.model.index(0, 1).data() == "Gạch: 4. Phạm Thị Dung"
    assert listing.model.index(1, 1).data() == "KHÔNG HỢP LỆ (để lại quá số lượng cần bầu) — Không gạch tên nào"
    assert listing.model.index(2, 1).data() == "Gạch: 2. Trần Thị Bình × 3 phiếu"
    assert listing.model.index(1, 3).data() == "Phạm Văn Kỹ"
    listing.invalid_only.click()
    assert listing.proxy.rowCount() == 1
    assert listing.select_seq(2)
    listing.void_button.click()
    reason = visible(window, FieldsDialog)
    assert isinstance(reason, FieldsDialog)
    assert any("KHÔNG HỢP LỆ" in label.text() for label in reason.findChildren(QLabel))  # it names the ballot
    type_text(reason.edits["reason"], "Gõ nhầm, phiếu giấy gạch tên số 1")
    qtbot.keyClick(reason.edits["reason"], Qt.Key.Key_Return)
    assert listing.model.index(1, 5).data() == "Đã hủy: Gõ nhầm, phiếu giấy gạch tên số 1"
    assert page.entry.counter_label.text() == "Đã nhập 5 / thu vào 6"
    listing.invalid_only.click()
    assert listing.select_seq(1)
    listing.retype_button.click()
    retype = visible(window, RetypeDialog)
    assert isinstance(retype, RetypeDialog) and retype.entry.line.text() == "4"
    type_text(retype.reason, "Đối chiếu lại phiếu giấy")
    qtbot.keyClick(retype.reason, Qt.Key.Key_Return)  # Enter in the reason goes on to the paper, nothing else
    assert retype.isVisible()
    retype.entry.line.clear()
    enter(qtbot, retype.entry.line, "2")
    assert not retype.isVisible()
    assert listing.model.index(0, 5).data() == "Đã sửa: Đối chiếu lại phiếu giấy"
    listing.accept()
    enter(qtbot, line, "1")  # the voided paper, typed again as it reads
    assert page.entry.counter_label.text() == "Đã nhập 6 / thu vào 6"
    # Ctrl+Z asks first, naming the ballot it would take back; "No" keeps it
    qtbot.keyClick(line, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    box = [b for b in window.findChildren(QMessageBox, "confirm_box") if b.isVisible()][-1]
    assert "phiếu số 7" not in box.text() and "Gạch: 1. Nguyễn Văn An" in box.text()
    next(b for b in box.buttons() if b.text() == "Không").click()
    assert reports.round_status(window.desk.db, "cu", 1).entered == 6

    # double entry for the inspection committee: the mode with the head's PIN, a team, a stack with choices
    view.setCurrentWidget(view.teams)
    teams_page = view.teams
    teams_page.chooser.choose("ubkt", 1)
    teams_page.mode.setCurrentIndex(1)
    teams_page.mode.activated.emit(1)
    pin = visible(window, FieldsDialog)
    assert isinstance(pin, FieldsDialog)
    type_text(pin.edits["pin"], PIN)
    qtbot.keyClick(pin.edits["pin"], Qt.Key.Key_Return)
    assert reports.entry_mode(window.desk.db) == 2
    teams_page.buttons["team"].click()
    team = visible(window, FieldsDialog)
    assert isinstance(team, FieldsDialog)
    type_text(team.edits["name"], "Tổ 1")
    type_text(team.edits["members"], "Phạm Văn Kỹ, Nguyễn Thị Lan")
    qtbot.keyClick(team.edits["members"], Qt.Key.Key_Return)
    view.setCurrentWidget(view.entry)
    page.chooser.choose("ubkt", 1)
    for spin in (page.present, page.issued, page.collected):
        spin.lineEdit().selectAll()
        type_text(spin, "3")
    qtbot.keyClick(page.collected, Qt.Key.Key_Return)
    view.setCurrentWidget(view.teams)
    teams_page.buttons["stack"].click()
    opening = visible(window, OpenStackDialog)
    assert isinstance(opening, OpenStackDialog)
    assert opening.team.currentText() == "Tổ 1 (Phạm Văn Kỹ, Nguyễn Thị Lan)" and opening.size_box.value() == 3
    assert opening.note.text() == "Thu vào 3 phiếu; các tập đã mở có 0; còn 3."
    opening._on_buttons_accepted()
    assert teams_page.stacks_model.rowCount() == 1

    # the first pass, on the same paper as single entry
    teams_page.stacks_view.selectRow(0)
    teams_page.buttons["enter"].click()
    blind = visible(window, StackEntryDialog)
    assert isinstance(blind, StackEntryDialog)
    assert blind.entry.model().rowCount() == 3
    for typed in ("1", "2", "3"):
        enter(qtbot, blind.line, typed)
    assert blind.finish_button.isEnabled()
    qtbot.keyClick(blind.finish_button, Qt.Key.Key_Return)  # Enter on the focused button presses it
    qtbot.waitUntil(lambda: not blind.isVisible())
    last_message(teams_page).close()  # type: ignore[union-attr]
    # the same operator again: stopped before typing, offered another operator
    teams_page.buttons["enter"].click()
    question = [b for b in window.findChildren(QMessageBox, "confirm_box") if b.isVisible()][-1]
    assert "Phạm Văn Kỹ đã nhập một lần tập phiếu của tổ Tổ 1" in question.text()
    yes = next(b for b in question.buttons() if b.text() == "Đồng ý")
    yes.click()
    chooser = visible(window, OperatorDialog)
    assert isinstance(chooser, OperatorDialog)
    row = next(i for i in range(chooser.names.count()) if chooser.names.item(i).text().startswith("Nguyễn Thị Lan"))
    chooser.names.setCurrentRow(row)
    chooser._on_buttons_accepted()
    assert window.desk.actor.operator == "Nguyễn Thị Lan"
    teams_page.buttons["enter"].click()
    blind = visible(window, StackEntryDialog)
    assert isinstance(blind, StackEntryDialog)
    for typed in ("1", "1", "3"):  # a slip on ballot 2
        enter(qtbot, blind.line, typed)
    blind.complete()
    last_message(teams_page).close()  # type: ignore[union-attr]
    assert teams_page.stack_rows[0].state == "differ"

    # the head: the PIN first, the names side by side, keeps the first reading
    teams_page.buttons["differences"].click()
    diff = visible(window, DifferencesDialog)
    assert isinstance(diff, DifferencesDialog)
    keep = diff.findChild(QPushButton, "keep_0")
    assert keep is not None and not keep.isEnabled()
    struck = [
        [r + 1 for r in range(diff.side.rowCount()) if diff.side.index(r, c).data(Qt.ItemDataRole.FontRole).strikeOut()]
        for c in range(2)
    ]
    assert struck == [[2], [1]]
    type_text(diff.pin, PIN)
    assert keep.isEnabled()
    keep.click()
    assert diff.model.rowCount() == 0 and teams_page.stack_rows[0].state == "definitive"

    # what the window shows is what `kiemphieu tally` finds in the exported file
    shown = {}
    for eid in ("cu", "ubkt"):
        view.setCurrentWidget(view.results)
        view.results.chooser.choose(eid, 1)
        model = view.results.panel.model
        shown[eid] = {model.index(r, 2).data(): model.index(r, 3).data() for r in range(model.rowCount())}
    assert shown == {
        "cu": {"Nguyễn Văn An": 5, "Trần Thị Bình": 2, "Lê Văn Cường": 5, "Phạm Thị Dung": 6},
        "ubkt": {"Hoàng Văn Em": 2, "Vũ Thị Giang": 2, "Đặng Văn Hải": 2},
    }
    out = tmp_path / "thon-dong.json"
    assert window.export_to(str(out))
    done = subprocess.run(
        [sys.executable, "-m", "app", "tally", str(out), "--json"], capture_output=True, text=True, cwd=ROOT, check=True
    )
    tallied = {
        r["election"]: {c["name"]: c["votes"] for c in r["candidates"]} for r in json.loads(done.stdout)["results"]
    }
    assert tallied == shown
    actions = [e.action for e in reports.log(window.desk.db)]
    assert actions.count("ballot.correct") == 2 and actions.count("stack.resolve") == 1
    assert actions.count("operator.chosen") == 2 and "staff" in actions
    assert reports.verify(window.desk.db).ok
    window.close_congress()
