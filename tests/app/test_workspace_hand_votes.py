"""Show-of-hands votes on an election's seats and list: stored, logged, verified, exported, quoted."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.fileformat import loads
from app.fileformat.writer import dumps
from app.workspace import Refused, Workspace
from ballot.model import Congress, Election, HandVote, HandVoteTopic, StruckBallot
from tests.app.conftest import PIN

VOTES = (HandVote(HandVoteTopic.SEATS, 9, 0, 1), HandVote(HandVoteTopic.LIST, 10))


@pytest.fixture
def ws(target: str, congress: Congress, committee: Election) -> Workspace:
    w = Workspace.create(target, congress, station="máy-1", operator="Lê Văn Cường", head_pin=PIN)
    w.add_election(committee)
    yield w
    w.close()


def test_hand_votes_are_stored_logged_and_verified(ws: Workspace) -> None:
    """One call, one log record; the data and the export carry them; verify passes."""
    before = len(ws.log())
    ws.set_hand_votes("bch", VOTES)
    assert ws.data().election("bch").hand_votes == VOTES
    assert [e.action for e in ws.log()][before:] == ["election.hand_votes"]
    assert ws.verify().fault is None
    assert loads(dumps(ws.data())).data.election("bch").hand_votes == VOTES
    ws.set_hand_votes("bch", ())
    assert ws.data().election("bch").hand_votes == () and ws.verify().fault is None


def test_hand_votes_refusals(ws: Workspace, committee: Election) -> None:
    """Negative counts, a topic twice, and any change once a round of the election is finalized are refused."""
    with pytest.raises(Refused, match="hand-vote"):
        ws.set_hand_votes("bch", (HandVote(HandVoteTopic.SEATS, -1),))
    with pytest.raises(Refused, match="topic twice"):
        ws.set_hand_votes("bch", (VOTES[0], VOTES[0]))
    ws.set_round_counts("bch", 1, ballots_issued=10, ballots_collected=10, present=10)
    for _ in range(10):
        ws.record_ballot(
            "bch",
            1,
            StruckBallot(frozenset(c.no for c in committee.candidates[: len(committee.candidates) - committee.seats])),
        )
    ws.finalize_round("bch", 1, PIN)
    with pytest.raises(Refused, match="finalized"):
        ws.set_hand_votes("bch", VOTES)


def test_imported_hand_votes_survive_and_tampering_is_found(
    tmp_path: Path, congress: Congress, committee: Election
) -> None:
    """An election added with hand votes keeps them; changing the column outside the program fails verify."""
    db = tmp_path / "dh.kiemphieu"
    from dataclasses import replace

    w = Workspace.create(str(db), congress, station="máy-1", operator="Lê Văn Cường", head_pin=PIN)
    w.add_election(replace(committee, hand_votes=VOTES))
    assert w.data().election("bch").hand_votes == VOTES and w.verify().fault is None
    w.close()
    conn = sqlite3.connect(db)
    conn.execute("""UPDATE election SET hand_votes = replace(hand_votes, '"agree":10', '"agree":11')""")
    conn.commit()
    conn.close()
    w = Workspace.open(str(db), station="máy-1", operator="Lê Văn Cường")
    assert w.verify().fault is not None
    w.close()
