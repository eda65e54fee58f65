"""The ballot entry widget driven by a round's paper and a save callback."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from pytestqt.qtbot import QtBot

from app.entry_parse import EntrySpec
from app.errors import UserError
from ballot.model import Ballot, Form, InvalidReason, Mark, MarkedBallot, RuledInvalidBallot, StruckBallot
from ui.entry import BallotEntryWidget
from ui.models import PaperRow

NAMES = ("Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung", "Hoàng Văn Em")
ROWS = tuple(PaperRow(i + 1, n) for i, n in enumerate(NAMES))


@pytest.fixture
def saved() -> list[Ballot]:
    return []


@pytest.fixture
def entry(qtbot: QtBot, saved: list[Ballot]) -> BallotEntryWidget:
    w = BallotEntryWidget()
    qtbot.addWidget(w)
    w.set_saver(saved.append)
    # round 2: rows 1..5 are candidates 11..15
    w.set_paper(EntrySpec(Form.STRIKE_OUT, (11, 12, 13, 14, 15), 3), ROWS, "Bầu Ban Chấp hành — lần 2")
    w.resize(1000, 600)
    w.show()
    return w


def struck_rows(w: BallotEntryWidget) -> list[int]:
    m = w.model()
    return [r + 1 for r in range(m.rowCount()) if m.index(r, 0).data(Qt.ItemDataRole.FontRole).strikeOut()]


def test_typed_numbers_strike_names_live_and_enter_saves(qtbot: QtBot, entry: BallotEntryWidget, saved: list) -> None:
    qtbot.keyClicks(entry.line, "2 4")
    assert struck_rows(entry) == [2, 4]
    assert "Gạch 2 tên, giữ 3 tên" in entry.status.text()
    with qtbot.waitSignal(entry.ballot_saved) as signal:
        qtbot.keyClick(entry.line, Qt.Key.Key_Return)
    assert saved == [StruckBallot(frozenset({12, 14}))]
    assert signal.args == [saved[0]]
    assert entry.line.text() == ""
    assert struck_rows(entry) == []
    assert "Đã lưu" in entry.status.text()


def test_f2_switches_to_kept_names(qtbot: QtBot, entry: BallotEntryWidget, saved: list) -> None:
    assert "BỊ GẠCH" in entry.mode_label.text()
    qtbot.keyClick(entry.line, Qt.Key.Key_F2)
    assert entry.kept_mode and "ĐƯỢC GIỮ" in entry.mode_label.text()
    qtbot.keyClicks(entry.line, "1 5")
    assert struck_rows(entry) == [2, 3, 4]
    qtbot.keyClick(entry.line, Qt.Key.Key_Return)
    assert saved == [StruckBallot(frozenset({12, 13, 14}))]


def test_bad_line_is_explained_and_not_saved(qtbot: QtBot, entry: BallotEntryWidget, saved: list) -> None:
    qtbot.keyClicks(entry.line, "2 9")
    assert "Không có tên số 9" in entry.status.text()
    assert "#b00020" in entry.status.styleSheet()
    qtbot.keyClick(entry.line, Qt.Key.Key_Return)
    assert saved == []
    assert entry.line.text() == "2 9"
    assert entry.line.cursorPosition() == 2


def test_invalid_ballot_and_stack(qtbot: QtBot, entry: BallotEntryWidget, saved: list) -> None:
    """A ruled-invalid ballot is meant so: saved at once; '0' keeps 5 names for 3 seats: red, a second Enter."""
    qtbot.keyClicks(entry.line, "/3*4")
    qtbot.keyClick(entry.line, Qt.Key.Key_Return)
    qtbot.keyClicks(entry.line, "0*2")
    assert "PHIẾU KHÔNG HỢP LỆ: để lại quá số lượng cần bầu. Giữ 5 tên, được bầu 3." in entry.status.text()
    qtbot.keyClick(entry.line, Qt.Key.Key_Return)
    assert saved == [RuledInvalidBallot(InvalidReason.MARKED, 4)]
    qtbot.keyClick(entry.line, Qt.Key.Key_Return)
    assert saved == [RuledInvalidBallot(InvalidReason.MARKED, 4), StruckBallot(frozenset(), 2)]
    assert "Đã lưu phiếu không hợp lệ: để lại quá số lượng cần bầu (2 phiếu)" in entry.status.text()


def test_refused_save_keeps_the_line(qtbot: QtBot, entry: BallotEntryWidget) -> None:
    def refuse(ballot: Ballot) -> None:
        raise UserError("round.finalized", {"election": "bch", "round": 2}, "round")

    entry.set_saver(refuse)
    entry.line.setText("1 2")
    assert not entry.submit()
    assert entry.line.text() == "1 2"
    assert "CHƯA được lưu" in entry.status.text()
    box = entry.findChild(object, "message_box")
    assert box is not None and "đã chốt" in box.text()
    box.close()


def test_undo_key_asks_for_undo(qtbot: QtBot, entry: BallotEntryWidget) -> None:
    with qtbot.waitSignal(entry.undo_requested):
        qtbot.keyClick(entry.line, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def test_agree_disagree_form_one_key_per_row(qtbot: QtBot, entry: BallotEntryWidget, saved: list) -> None:
    entry.set_paper(EntrySpec(Form.AGREE_DISAGREE, (1, 2, 3), 3), ROWS[:3], "Bầu Ban Thường vụ")
    assert entry.paper.currentWidget() is entry.table_view
    qtbot.keyClicks(entry.line, "2")
    m = entry.model()
    assert m.index(0, 2).data() == "X" and m.index(0, 1).data() == ""
    # the next row to mark is highlighted
    assert m.index(1, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "Còn 2 dòng chưa nhập" in entry.status.text()
    qtbot.keyClicks(entry.line, "+")
    qtbot.keyClick(entry.line, Qt.Key.Key_Return)
    assert saved == [MarkedBallot({1: Mark.DISAGREE, 2: Mark.AGREE, 3: Mark.AGREE})]


def test_counter_and_names_are_large(entry: BallotEntryWidget) -> None:
    entry.set_counts(3, 120)
    assert entry.counter_label.text() == "Đã nhập 3 / thu vào 120"
    font = entry.model().index(0, 0).data(Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.pointSize() >= 14
    assert entry.model().index(0, 0).data() == "1. Nguyễn Văn An"
