"""The counting room's services: who may type, who types, the network a station is on, stacks refused past the
ballots the round can hold, and the check before a second pass."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app import congress as congress_svc
from app import elections, entry, reports, room, rounds, stacks, teams
from app.db import Actor, Database
from app.entry import Limit, Room
from app.record.events import NetworkState
from app.record.kinds import StackKind
from ballot.model import Congress, Election, StruckBallot, Subtotal
from tests.app.conftest import PIN
from tests.app.test_services import refused

ME = Actor("máy-1", "Lê Văn Cường")


@pytest.fixture
def db(target: str, congress: Congress, committee: Election) -> Iterator[Database]:
    """A congress with the committee election; no counts entered yet."""
    d = congress_svc.create(target, congress, ME, head_pin=PIN)
    elections.add(d, ME, committee)
    yield d
    d.close()


def actions(db: Database) -> list[str]:
    return [e.action for e in reports.log(db)]


def test_operators_come_from_the_committee_the_teams_and_the_staff(db: Database) -> None:
    """Each name once, the head first; the staff list is recorded only when it changes."""
    assert [(o.name, o.source) for o in room.operators(db)] == [
        ("Trần Thị Bình", room.Source.HEAD),
        ("Lê Văn Cường", room.Source.COMMITTEE),
    ]
    teams.add_team(db, ME, "Tổ 1", ["Nguyễn Thị Lan", "lê văn cường"])
    kept = room.set_staff(db, ME, ["  Phạm  Văn Kỹ ", "", "Nguyễn Thị Lan", "phạm văn kỹ"])
    assert kept == ("Phạm Văn Kỹ", "Nguyễn Thị Lan")
    before = len(actions(db))
    room.set_staff(db, ME, ["Phạm Văn Kỹ", "Nguyễn Thị Lan"])
    assert len(actions(db)) == before  # unchanged: nothing recorded
    assert room.staff(db) == kept
    assert [(o.name, o.source, o.team) for o in room.operators(db)] == [
        ("Trần Thị Bình", room.Source.HEAD, ""),
        ("Lê Văn Cường", room.Source.COMMITTEE, ""),
        ("Nguyễn Thị Lan", room.Source.TEAM, "Tổ 1"),
        ("Phạm Văn Kỹ", room.Source.STAFF, ""),
    ]
    with refused("operator.too_long"):
        room.set_staff(db, ME, ["A" * 121])
    chosen = room.choose(db, ME, " Phạm   Văn Kỹ ")
    assert chosen == Actor("máy-1", "Phạm Văn Kỹ")
    last = reports.log(db)[-1]
    assert (last.action, last.operator) == ("operator.chosen", "Phạm Văn Kỹ")
    assert reports.verify(db).ok


def test_the_network_is_recorded_once_per_change_per_station(db: Database) -> None:
    """An offline computer records nothing; going online, staying online, going offline: two records."""
    assert room.network(db, ME.station) is None
    assert not room.network_seen(db, ME, NetworkState.DISCONNECTED)
    assert room.network_seen(db, ME, NetworkState.ONLINE)
    assert not room.network_seen(db, ME, NetworkState.ONLINE)
    other = Actor("máy-2", "Người khác")
    assert room.network_seen(db, other, NetworkState.SITE)  # another station's own history
    assert room.network_seen(db, ME, NetworkState.DISCONNECTED)
    assert room.network(db, ME.station) is NetworkState.DISCONNECTED
    assert room.network(db, other.station) is NetworkState.SITE
    assert actions(db).count("network") == 3
    words = [e.event.words({}).text("vi") for e in reports.log(db) if e.action == "network"]
    assert words == ["nối Internet", "nối mạng nội bộ (LAN), không ra Internet", "không nối mạng"]
    assert reports.verify(db).ok


def test_the_bound_of_a_round() -> None:
    """Collected first; before it is entered, those present at the vote; else those attending."""
    assert entry.room(120, 118, 118) == Room(120, Limit.COLLECTED)
    assert entry.room(0, 117, 118) == Room(117, Limit.PRESENT)
    assert entry.room(0, None, 118) == Room(118, Limit.ATTENDING)
    assert entry.room(0, None, 0) is None
    assert entry.stack_refusal(400, 0, None) is None
    assert entry.stack_refusal(1, 120, Room(120, Limit.COLLECTED)) is None  # one ballot: E102 tells, no refusal
    refusal = entry.stack_refusal(50, 71, Room(118, Limit.COLLECTED))
    assert refusal is not None and refusal.code == "entry.stack_over"
    assert refusal.vi == (
        "Không lưu 50 phiếu giống nhau: đã nhập 71, thêm 50 thành 121 phiếu, vượt số phiếu thu vào (118). "
        "Kiểm tra lại số sau dấu *."
    )
    assert "more than the ballots collected (118)" in refusal.en


def test_a_stack_past_the_ballots_collected_is_refused_with_the_numbers(db: Database) -> None:
    """Before the counts: bounded by those attending (118); then by those present; then by those collected —
    team sheets count too; nothing is written by a refusal."""
    entry.record_ballot(db, ME, "bch", 1, StruckBallot(frozenset({6}), count=100))
    with refused("entry.stack_over"):
        entry.record_ballot(db, ME, "bch", 1, StruckBallot(frozenset({6}), count=19))
    rounds.set_counts(db, ME, "bch", 1, ballots_issued=0, ballots_collected=0, present=110)
    with refused("entry.stack_over"):
        entry.record_ballot(db, ME, "bch", 1, StruckBallot(frozenset({6}), count=11))
    entry.record_ballot(db, ME, "bch", 1, StruckBallot(frozenset({6}), count=10))
    rounds.set_counts(db, ME, "bch", 1, ballots_issued=115, ballots_collected=115, present=115)
    entry.record_subtotal(db, ME, "bch", 1, Subtotal("T2", 3, {}, {1: 3}))
    before = len(actions(db))
    with pytest.raises(Exception) as info:
        entry.record_ballot(db, ME, "bch", 1, StruckBallot(frozenset({6}), count=3))
    assert "113" in info.value.vi and "116" in info.value.vi and "115" in info.value.vi  # type: ignore[attr-defined]
    assert len(actions(db)) == before
    entry.record_ballot(db, ME, "bch", 1, StruckBallot(frozenset({6}), count=2))
    entry.record_ballot(db, ME, "bch", 1, StruckBallot(frozenset({6})))  # a single ballot past it: E102 says so
    assert reports.results(db)[0].rounds[0].ballots.counted == 116
    assert reports.verify(db).ok


def test_the_last_ballot_is_what_undo_would_take_back(db: Database) -> None:
    assert entry.last_ballot(db, ME, "bch", 1) is None
    entry.record_ballot(db, ME, "bch", 1, StruckBallot(frozenset({2})))
    entry.record_ballot(db, Actor("máy-1", "Người khác"), "bch", 1, StruckBallot(frozenset({3})))
    last = entry.last_ballot(db, ME, "bch", 1)
    assert last is not None and last.seq == 1 and last.ballot == StruckBallot(frozenset({2}))


def test_a_second_pass_by_the_same_operator_is_refused_before_typing(db: Database) -> None:
    congress_svc.set_entry_mode(db, ME, 2, PIN)
    teams.add_team(db, ME, "Tổ 1", ["Lê Văn Cường", "Nguyễn Thị Lan"])
    stack = stacks.open_stack(db, ME, "bch", 1, "Tổ 1", 2, kind=StackKind.BALLOTS)
    assert stacks.entry_refusal(db, ME, stack) is None
    for seq in (1, 2):
        stacks.record_pass_ballot(db, ME, stack, seq, StruckBallot(frozenset({6})))
    stacks.complete_pass(db, ME, stack)
    refusal = stacks.entry_refusal(db, ME, stack)
    assert refusal is not None and refusal.code == "stack.refusal.same_operator"
    lan = Actor("máy-1", "Nguyễn Thị Lan")
    assert stacks.entry_refusal(db, lan, stack) is None
    for seq in (1, 2):
        stacks.record_pass_ballot(db, lan, stack, seq, StruckBallot(frozenset({6})))
    stacks.complete_pass(db, lan, stack)
    done = stacks.entry_refusal(db, Actor("máy-1", "Ba"), stack)
    assert done is not None and done.code == "stack.refusal.already_definitive"
    rounds.set_counts(db, ME, "bch", 1, ballots_issued=2, ballots_collected=2, present=2)
    rounds.finalize(db, ME, "bch", 1, PIN)
    locked = stacks.entry_refusal(db, Actor("máy-1", "Ba"), stack)
    assert locked is not None and locked.code == "round.finalized"
