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
    """Lan types the stack on the paper; Minh slips on ballot 2; the head sees the names side by side and, with
    the PIN typed first, keeps Lan's reading."""
    [stack] = stacks.stacks(ws.db, "bch", 1)
    page = TeamsPage(ws)
    qtbot.addWidget(page)
    page.refresh()
    dialog = StackEntryDialog(ws, stack, *page._paper(stack), page)  # a child of the page: closed with it
    assert not dialog.finish_button.isEnabled()
    assert dialog.entry.model().rowCount() == 6  # the same paper as single entry
    type_text(dialog.line, "6")
    assert dialog.entry.model().index(5, 0).data(Qt.ItemDataRole.FontRole).strikeOut()  # struck as typed
    qtbot.keyClick(dialog.line, Qt.Key.Key_Return)
    for line in ("5", "/3"):
        type_text(dialog.line, line)
        qtbot.keyClick(dialog.line, Qt.Key.Key_Return)
    assert dialog.count.text() == "Bạn đã nhập 3/3 phiếu của tập."
    dialog.seq.setValue(2)
    assert dialog.echo.text() == "Bạn đã nhập phiếu này: Gạch: 5. Vũ Văn Giang — gõ lại để sửa."
    with qtbot.waitSignal(dialog.pass_completed) as sig:
        dialog.finish_button.click()
    assert sig.args == ["awaiting"]

    minh = Actor("máy-1", "Minh")
    for seq, b in enumerate((StruckBallot(frozenset({6})), StruckBallot(frozenset({4}))), 1):
        stacks.record_pass_ballot(ws.db, minh, stack.id, seq, b)
    stacks.record_pass_ballot(ws.db, minh, stack.id, 3, RuledInvalidBallot(InvalidReason.MARKED))
    assert stacks.complete_pass(ws.db, minh, stack.id).state == "differ"

    spec, rows, _ = page._paper(stack)
    diff = DifferencesDialog(ws, stack.id, spec, page, rows)
    assert diff.model.rowCount() == 1 and diff.model.index(0, 0).data() == "2"
    side = diff.side
    assert [side.headerData(c, Qt.Orientation.Horizontal) for c in range(2)] == ["Lần 1 — Lan", "Lần 2 — Minh"]
    struck = [
        [r + 1 for r in range(side.rowCount()) if side.index(r, c).data(Qt.ItemDataRole.FontRole).strikeOut()]
        for c in range(2)
    ]
    assert struck == [[5], [4]]
    differing = [r + 1 for r in range(side.rowCount()) if side.index(r, 0).data(Qt.ItemDataRole.BackgroundRole)]
    assert differing == [4, 5]
    assert "Lần 1 (Lan): Gạch: 5. Vũ Văn Giang" in diff.summary.text()
    keep = diff.findChild(QPushButton, "keep_0")
    assert not keep.isEnabled()  # the PIN first
    type_text(diff.pin, "000000")
    keep.click()
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
