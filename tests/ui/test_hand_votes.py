"""The show-of-hands votes on an election's seats and list, typed in the set-up and kept by the Workspace."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.demo import CONGRESS
from app.workspace import Workspace
from ballot.model import Body, Candidate, Election, HandVote, HandVoteTopic
from tests.ui.conftest import last_message
from ui.congress_view import CongressView


def test_hand_votes_are_typed_saved_and_shown_again(qtbot: QtBot, tmp_path: Path) -> None:
    ws = Workspace.create(
        str(tmp_path / "dh.kiemphieu"), CONGRESS, station="máy-1", operator="Lê Văn Cường", head_pin="202530"
    )
    people = tuple(
        Candidate(i, n) for i, n in enumerate(["Nguyễn Văn An", "Lê Thị Bích", "Trần Văn Cường", "Phạm Thị Dung"], 1)
    )
    ws.add_election(Election("bch", "Bầu cấp ủy", Body.COMMITTEE, 3, people))
    view = CongressView(ws)
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
    assert ws.data().election("bch").hand_votes == (
        HandVote(HandVoteTopic.SEATS, 117, 0, 1),
        HandVote(HandVoteTopic.LIST, 118, 0, 0),
    )
    # saving the election again keeps them; reloading the form shows them
    qtbot.mouseClick(view.elections.save_button, Qt.MouseButton.LeftButton)
    last_message(view).close()  # type: ignore[union-attr]
    assert len(ws.data().election("bch").hand_votes) == 2
    assert view.elections.hand_votes.spins[HandVoteTopic.SEATS][0].value() == 117
    assert ws.verify().fault is None
    view.close()
    ws.close()
