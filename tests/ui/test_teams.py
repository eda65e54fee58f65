"""The counting teams page: blind stack entry, the head's differences dialog, progress and the projector view."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from app.workspace import Workspace
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
from ui.differences import DifferencesDialog
from ui.projector import ProjectorWindow
from ui.stack_entry import StackEntryDialog
from ui.teams import TeamsPage

PIN = "2468"
NAMES = ["Nguyễn Văn An", "Phạm Thị Hằng", "Lê Văn Cường", "Hoàng Thị Dung", "Vũ Văn Giang", "Đỗ Thị Hoa"]


@pytest.fixture
def ws(tmp_path: Path) -> Iterator[Workspace]:
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
    w = Workspace.create(tmp_path / "t.kiemphieu", congress, station="máy-1", operator="Lan", head_pin=PIN)
    w.add_election(
        Election("bch", "Bầu Ban Chấp hành", Body.COMMITTEE, 5, tuple(Candidate(i, n) for i, n in enumerate(NAMES, 1)))
    )
    w.set_round_counts("bch", 1, ballots_issued=3, ballots_collected=3, present=3)
    w.set_entry_mode(2, PIN)
    w.add_team("Tổ 1", ["Lan", "Minh"])
    w.open_stack("bch", 1, "Tổ 1", 3)
    yield w
    w.close()


def test_the_page_lists_stacks_and_progress(qtbot: QtBot, qtmodeltester: object, ws: Workspace) -> None:
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


def test_blind_entry_then_differences_resolved_by_the_head(qtbot: QtBot, ws: Workspace) -> None:
    """Lan types the stack in the dialog; Minh slips on ballot 2; the head keeps Lan's reading with the PIN."""
    [stack] = ws.stacks("bch", 1)
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

    ws.set_operator("Minh")
    for seq, b in enumerate((StruckBallot(frozenset({6})), StruckBallot(frozenset({4}))), 1):
        ws.record_pass_ballot(stack.id, seq, b)
    ws.record_pass_ballot(stack.id, 3, RuledInvalidBallot(InvalidReason.MARKED))
    assert ws.complete_pass(stack.id).state == "differ"

    diff = DifferencesDialog(ws, stack.id, page._spec(stack), page)
    qtbot.addWidget(diff)
    assert diff.model.rowCount() == 1
    assert [diff.model.index(0, c).data() for c in range(3)] == ["2", "gạch 5", "gạch 4"]
    diff.pin.setText("0000")
    diff.findChild(QPushButton, "keep_0").click()
    box = last_message(diff)
    assert isinstance(box, QMessageBox) and "trưởng ban" in box.text()
    box.close()
    diff.pin.setText(PIN)
    with qtbot.waitSignal(diff.resolved) as sig:
        diff.findChild(QPushButton, "keep_0").click()
    assert sig.args == ["definitive"] and diff.model.rowCount() == 0
    assert ws.round_status("bch", 1).entered == 3


def test_the_projector_shows_progress_then_the_results(qtbot: QtBot, ws: Workspace) -> None:
    """Read-only hall view: progress while counting; the elected with votes once the round is finalized."""
    window = ProjectorWindow(ws, "bch", 1)
    qtbot.addWidget(window)
    assert "0/1 tập phiếu" in window.state.text() and window.body.text() == "Tổ 1: 0/3 phiếu đã xác định"
    [stack] = ws.stacks("bch", 1)
    for op in ("Lan", "Minh"):
        ws.set_operator(op)
        for seq in (1, 2, 3):
            ws.record_pass_ballot(stack.id, seq, StruckBallot(frozenset({6})))
        ws.complete_pass(stack.id)
    ws.finalize_round("bch", 1, PIN)
    window.refresh()
    assert "đã chốt" in window.state.text()
    assert "Nguyễn Văn An" in window.body.text() and "100,00%" in window.body.text()
    window.show()
    qtbot.keyClick(window, Qt.Key.Key_F11)
    assert window.windowState() & Qt.WindowState.WindowFullScreen
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.windowState() & Qt.WindowState.WindowFullScreen
