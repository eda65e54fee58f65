"""The show-of-hands votes on an election's seats and list, typed in the set-up and kept in the record."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app import congress, elections, reports
from app.db import Actor
from app.demo import CONGRESS
from ballot.model import Body, Candidate, Election, HandVote, HandVoteTopic
from tests.ui.conftest import last_message
from ui.congress_view import CongressView
from ui.desk import Desk


def test_hand_votes_are_typed_saved_and_shown_again(qtbot: QtBot, tmp_path: Path) -> None:
    who = Actor("máy-1", "Lê Văn Cường")
    ws = congress.create(tmp_path / "dh.kiemphieu", CONGRESS, who, head_pin="202530")
    people = tuple(
        Candidate(i, n) for i, n in enumerate(["Nguyễn Văn An", "Lê Thị Bích", "Trần Văn Cường", "Phạm Thị Dung"], 1)
    )
    elections.add(ws, who, Election("bch", "Bầu cấp ủy", Body.COMMITTEE, 3, people))
    view = CongressView(Desk(ws, who))
    qtbot.addWidget(view)
    view.show()
    row = view.elections.hand_votes
    assert row.votes() == ()  # blanks: nothing recorded yet
    agree, _disagree, abstain = row.spins[HandVoteTopic.SEATS]
    agree.setValue(117)
    abstain.setValue(1)
    row.spins[HandVoteTopic.LIST][0].setValue(118)
    qtbot.mouseClick(row.save_button, Qt.MouseButton.LeftButton)
    box = last_message(view)
    assert box is not None and "biểu quyết" in box.text()  # type: ignore[attr-defined]
    box.close()  # type: ignore[attr-defined]
    assert reports.data(ws).election("bch").hand_votes == (
        HandVote(HandVoteTopic.SEATS, 117, 0, 1),
        HandVote(HandVoteTopic.LIST, 118, 0, 0),
    )
    # saving the election again keeps them; reloading the form shows them
    qtbot.mouseClick(view.elections.save_button, Qt.MouseButton.LeftButton)
    last_message(view).close()  # type: ignore[union-attr]
    assert len(reports.data(ws).election("bch").hand_votes) == 2
    assert view.elections.hand_votes.spins[HandVoteTopic.SEATS][0].value() == 117
    assert reports.verify(ws).ok
    view.close()
    ws.close()
