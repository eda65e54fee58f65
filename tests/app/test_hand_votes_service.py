"""Show-of-hands votes on an election's seats and list: stored, logged, verified, exported, quoted."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from app import congress as congress_svc
from app import elections, entry, reports, rounds
from app.db import Actor, Database, open_database
from app.errors import Refused
from app.fileformat import loads
from app.fileformat.writer import dumps
from ballot.model import Congress, Election, HandVote, HandVoteTopic, StruckBallot
from tests.app.conftest import PIN

VOTES = (HandVote(HandVoteTopic.SEATS, 9, 0, 1), HandVote(HandVoteTopic.LIST, 10))
ME = Actor("máy-1", "Lê Văn Cường")


@pytest.fixture
def db(target: str, congress: Congress, committee: Election) -> Iterator[Database]:
    d = congress_svc.create(target, congress, ME, head_pin=PIN)
    elections.add(d, ME, committee)
    yield d
    d.close()


def test_hand_votes_are_stored_logged_and_verified(db: Database) -> None:
    """One call, one log record; the data and the export carry them; verify passes."""
    before = len(reports.log(db))
    elections.set_hand_votes(db, ME, "bch", VOTES)
    assert reports.data(db).election("bch").hand_votes == VOTES
    assert [e.action for e in reports.log(db)][before:] == ["election.hand_votes"]
    assert reports.verify(db).ok
    assert loads(dumps(reports.data(db))).data.election("bch").hand_votes == VOTES
    elections.set_hand_votes(db, ME, "bch", ())
    assert reports.data(db).election("bch").hand_votes == () and reports.verify(db).ok


def test_hand_votes_refusals(db: Database, committee: Election) -> None:
    """Negative counts, a topic twice, and any change once a round of the election is finalized are refused."""
    with pytest.raises(Refused, match="cannot be negative"):
        elections.set_hand_votes(db, ME, "bch", (HandVote(HandVoteTopic.SEATS, -1),))
    with pytest.raises(Refused, match="One result per"):
        elections.set_hand_votes(db, ME, "bch", (VOTES[0], VOTES[0]))
    rounds.set_counts(db, ME, "bch", 1, ballots_issued=10, ballots_collected=10, present=10)
    struck = frozenset(c.no for c in committee.candidates[: len(committee.candidates) - committee.seats])
    for _ in range(10):
        entry.record_ballot(db, ME, "bch", 1, StruckBallot(struck))
    rounds.finalize(db, ME, "bch", 1, PIN)
    with pytest.raises(Refused, match="finalized round"):
        elections.set_hand_votes(db, ME, "bch", VOTES)


def test_imported_hand_votes_survive_and_tampering_is_found(
    tmp_path: Path, congress: Congress, committee: Election
) -> None:
    """An election added with hand votes keeps them; changing the column outside the program fails verify."""
    path = tmp_path / "dh.kiemphieu"
    with congress_svc.create(path, congress, ME, head_pin=PIN) as d:
        elections.add(d, ME, replace(committee, hand_votes=VOTES))
        assert reports.data(d).election("bch").hand_votes == VOTES and reports.verify(d).ok
    conn = sqlite3.connect(path)
    conn.execute("""UPDATE election SET hand_votes = replace(hand_votes, '"agree":10', '"agree":11')""")
    conn.commit()
    conn.close()
    with open_database(path, ME) as d:
        f = reports.verify(d).first
    assert f is not None and (f.table, f.column) == ("election", "hand_votes")
