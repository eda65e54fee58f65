"""The counting teams page: blind stack entry, the head's differences dialog, progress and the projector view."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from app import congress as congress_svc
from app import elections, reports, rounds, stacks, teams
from app.db import Actor
from ballot.model import (
    Body,
    Candidate,
    CommitteeMember,
    Congress,
    CongressKind,
    Election,
    Electorate,
    InvalidReason,
    Role,
    RuledInvalidBallot,
    StruckBallot,
)
from tests.ui.conftest import last_message, type_text
from ui.desk import Desk
from ui.differences import DifferencesDialog
from ui.projector import ProjectorWindow
from ui.stack_entry import StackEntryDialog
from ui.teams import TeamsPage

PIN = "246813"
NAMES = ["Nguyễn Văn An", "Phạm Thị Hằng", "Lê Văn Cường", "Hoàng Thị Dung", "Vũ Văn Giang", "Đỗ Thị Hoa"]


@pytest.fixture
def ws(tmp_path: Path) -> Iterator[Desk]:
    """Double entry; team "Tổ 1" (Lan, Minh) with a stack of 3 ballots; elect 5 of 6."""
    congress = Congress(
        "Đảng bộ xã Thái Tân",
        "Đại hội đại biểu Đảng bộ xã Thái Tân lần thứ XXV",
        "2025–2030",
        CongressKind.DELEGATES,
        Electorate(3),
        3,
        counting_committee=(CommitteeMember("Trần Thị Bình", Role.HEAD),),
    )
    lan = Actor("máy-1", "Lan")
    d = congress_svc.create(tmp_path / "t.kiemphieu", congress, lan, head_pin=PIN)
    people = tuple(Candidate(i, n) for i, n in enumerate(NAMES, 1))
    elections.add(d, lan, Election("bch", "Bầu Ban Chấp hành", Body.COMMITTEE, 5, people))
    rounds.set_counts(d, lan, "bch", 1, ballots_issued=3, ballots_collected=3, present=3)
    congress_svc.set_entry_mode(d, lan, 2, PIN)
    teams.add_team(d, lan, "Tổ 1", ["Lan", "Minh"])
    stacks.open_stack(d, lan, "bch", 1, "Tổ 1", 3)
    desk = Desk(d, lan)
    yield desk
    desk.close()


def test_the_page_lists_stacks_and_progress(qtbot: QtBot, qtmodeltester: object, ws: Desk) -> None:
    """The stack, its state and the team's progress are shown; the models pass Qt's model tests."""
    page = TeamsPage(ws)
    qtbot.addWidget(page)
    page.refresh()
    assert page.mode.currentData() == 2
    assert page.stacks_model.rowCount() == 1
    assert page.stacks_model.index(0, 4).data() == "Chờ nhập"
    assert "Tổ 1 (Lan, Minh)" in page.teams_label.text()
    assert page.progress.summary.text() == "0/1 tập phiếu đã xác định."
    qtmodeltester.check(page.stacks_model)  # type: ignore[attr-defined]
    qtmodeltester.check(page.progress.teams)  # type: ignore[attr-defined]


def test_blind_entry_then_differences_resolved_by_the_head(qtbot: QtBot, ws: Desk) -> None:
    """Lan types the stack in the dialog; Minh slips on ballot 2; the head keeps Lan's reading with the PIN."""
    [stack] = stacks.stacks(ws.db, "bch", 1)
    page = TeamsPage(ws)
    qtbot.addWidget(page)
    page.refresh()
    dialog = StackEntryDialog(ws, stack, page._spec(stack), page)
    qtbot.addWidget(dialog)
    assert not dialog.finish_button.isEnabled()
    for line in ("6", "5", "/3"):
        type_text(dialog.line, line)
        qtbot.keyClick(dialog.line, Qt.Key.Key_Return)
    assert dialog.count.text() == "Bạn đã nhập 3/3 phiếu của tập."
    dialog.seq.setValue(2)
    assert dialog.echo.text() == "Bạn đã nhập phiếu này: 5"
    with qtbot.waitSignal(dialog.pass_completed) as sig:
        dialog.finish_button.click()
    assert sig.args == ["awaiting"]

    minh = Actor("máy-1", "Minh")
    for seq, b in enumerate((StruckBallot(frozenset({6})), StruckBallot(frozenset({4}))), 1):
        stacks.record_pass_ballot(ws.db, minh, stack.id, seq, b)
    stacks.record_pass_ballot(ws.db, minh, stack.id, 3, RuledInvalidBallot(InvalidReason.MARKED))
    assert stacks.complete_pass(ws.db, minh, stack.id).state == "differ"

    diff = DifferencesDialog(ws, stack.id, page._spec(stack), page)
    qtbot.addWidget(diff)
    assert diff.model.rowCount() == 1
    assert [diff.model.index(0, c).data() for c in range(3)] == ["2", "gạch 5", "gạch 4"]
    diff.pin.setText("000000")
    diff.findChild(QPushButton, "keep_0").click()
    box = last_message(diff)
    assert isinstance(box, QMessageBox) and "trưởng ban" in box.text()
    box.close()
    diff.pin.setText(PIN)
    with qtbot.waitSignal(diff.resolved) as sig:
        diff.findChild(QPushButton, "keep_0").click()
    assert sig.args == ["definitive"] and diff.model.rowCount() == 0
    assert reports.round_status(ws.db, "bch", 1).entered == 3


def test_the_projector_shows_progress_then_the_results(qtbot: QtBot, ws: Desk) -> None:
    """Read-only hall view: progress while counting; the elected with votes once the round is finalized."""
    window = ProjectorWindow(ws, "bch", 1)
    qtbot.addWidget(window)
    assert "0/1 tập phiếu" in window.state.text() and window.body.text() == "Tổ 1: 0/3 phiếu đã xác định"
    [stack] = stacks.stacks(ws.db, "bch", 1)
    for op in ("Lan", "Minh"):
        who = Actor("máy-1", op)
        for seq in (1, 2, 3):
            stacks.record_pass_ballot(ws.db, who, stack.id, seq, StruckBallot(frozenset({6})))
        stacks.complete_pass(ws.db, who, stack.id)
    rounds.finalize(ws.db, ws.actor, "bch", 1, PIN)
    window.refresh()
    assert "đã chốt" in window.state.text()
    assert "Nguyễn Văn An" in window.body.text() and "100,00%" in window.body.text()
    window.show()
    qtbot.keyClick(window, Qt.Key.Key_F11)
    assert window.windowState() & Qt.WindowState.WindowFullScreen
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.windowState() & Qt.WindowState.WindowFullScreen
