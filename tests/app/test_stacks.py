"""Teams and independent double/triple entry through the services: every transition and refusal, on SQLite and PostgreSQL."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from app import congress as congress_svc
from app import elections, entry, reports, rounds, stacks, teams
from app.db import Actor, Database
from app.errors import UserError
from app.record.kinds import StackKind
from ballot.double_entry import AwaitingEntry, Definitive, EntriesDiffer
from ballot.model import Congress, Election, InvalidReason, RuledInvalidBallot, StruckBallot, Subtotal
from ballot.problems import Code
from tests.app.conftest import PIN

FIRST = (StruckBallot(frozenset({6})), StruckBallot(frozenset({5})), RuledInvalidBallot(InvalidReason.MARKED))
SLIP = (StruckBallot(frozenset({6})), StruckBallot(frozenset({4})), RuledInvalidBallot(InvalidReason.MARKED))
LAN, MINH, HOA = Actor("máy-1", "Lan"), Actor("máy-1", "Minh"), Actor("máy-1", "Hoa")


@pytest.fixture
def db(target: str, congress: Congress, committee: Election) -> Iterator[Database]:
    """Double entry; team "Tổ 1" (Lan, Minh) with a stack of 3 ballots of 3 collected."""
    d = congress_svc.create(target, congress, LAN, head_pin=PIN)
    elections.add(d, LAN, committee)
    rounds.set_counts(d, LAN, "bch", 1, ballots_issued=3, ballots_collected=3, present=3)
    congress_svc.set_entry_mode(d, LAN, 2, PIN)
    teams.add_team(d, LAN, "Tổ 1", ["Lan", "Minh"])
    yield d
    d.close()


@contextmanager
def refused(pattern: str) -> Iterator[None]:
    """The block is refused with a Vietnamese message matching `pattern` (and a code, and English words)."""
    with pytest.raises(UserError) as info:
        yield
    assert re.search(pattern, info.value.vi), info.value.vi
    assert info.value.code != "legacy" and info.value.en != info.value.vi


def enter_pass(db: Database, stack: int, who: Actor, ballots: tuple[StruckBallot | RuledInvalidBallot, ...]) -> str:
    for seq, b in enumerate(ballots, 1):
        stacks.record_pass_ballot(db, who, stack, seq, b)
    return stacks.complete_pass(db, who, stack).state


def test_identical_passes_make_the_stack_definitive_and_its_ballots_count(db: Database) -> None:
    """First pass: nothing counts yet (E112 blocks the final minutes); the second, identical: 3 ballots counted."""
    sid = stacks.open_stack(db, LAN, "bch", 1, "Tổ 1", 3)
    assert enter_pass(db, sid, LAN, FIRST) == "awaiting"
    assert isinstance(stacks.stack_machine(db, sid), AwaitingEntry)
    assert reports.round_status(db, "bch", 1).entered == 0
    assert [p.code for p in reports.team_problems(db, "bch", 1)] == [Code.E108, Code.E112]
    with refused("chưa thể chốt|Chưa thể chốt"):
        rounds.finalize(db, LAN, "bch", 1, PIN)
    assert enter_pass(db, sid, MINH, FIRST) == "definitive"
    assert reports.round_status(db, "bch", 1).entered == 3 and reports.pending_stacks(db, "bch", 1) == 0
    assert [e.ballot.team for e in reports.entries(db, "bch", 1)] == ["Tổ 1"] * 3
    assert reports.team_problems(db, "bch", 1) == [] and reports.verify(db).ok
    actions = [e.action for e in reports.log(db)]
    assert actions.count("pass.item") == 6 and actions.count("pass.complete") == 2 and actions.count("ballot") == 3
    rounds.finalize(db, LAN, "bch", 1, PIN)


def test_the_second_pass_must_come_from_another_operator(db: Database) -> None:
    """Lan cannot enter the stack twice: refused at her first ballot, and nothing is written."""
    sid = stacks.open_stack(db, LAN, "bch", 1, "Tổ 1", 3)
    enter_pass(db, sid, LAN, FIRST)
    before = len(reports.log(db))
    with refused("người khác"):
        stacks.record_pass_ballot(db, LAN, sid, 1, FIRST[0])
    assert len(reports.log(db)) == before


def test_blind_each_operator_sees_only_their_own_pass(db: Database) -> None:
    """Minh's screen shows only what Minh typed, never Lan's entry; re-typing a ballot supersedes it."""
    sid = stacks.open_stack(db, LAN, "bch", 1, "Tổ 1", 3)
    enter_pass(db, sid, LAN, FIRST)
    assert stacks.my_pass(db, MINH, sid) == {}
    stacks.record_pass_ballot(db, MINH, sid, 1, StruckBallot(frozenset({1})))
    stacks.record_pass_ballot(db, MINH, sid, 1, FIRST[0])
    assert stacks.my_pass(db, MINH, sid) == {1: StruckBallot(frozenset({6}), 1, "Tổ 1")}
    with refused("thiếu phiếu số 2, 3"):
        stacks.complete_pass(db, MINH, sid)
    assert reports.verify(db).ok


def test_differences_side_by_side_and_the_head_keeps_one(db: Database) -> None:
    """Ballot 2 differs: listed with both readings; wrong PIN refused; the head keeps the first reading."""
    sid = stacks.open_stack(db, LAN, "bch", 1, "Tổ 1", 3)
    enter_pass(db, sid, LAN, FIRST)
    assert enter_pass(db, sid, MINH, SLIP) == "differ"
    [d] = stacks.differences_of(db, sid)
    assert d.seq == 2 and d.operators == ("Lan", "Minh")
    assert [r.struck for r in d.readings] == [frozenset({5}), frozenset({4})]  # type: ignore[union-attr]
    assert stacks.stack_state(db, sid).open_differences == 1 and reports.round_status(db, "bch", 1).entered == 0
    with refused("trưởng ban"):
        stacks.resolve_difference(db, LAN, sid, 2, 0, "0000")
    with refused("không nằm"):
        stacks.resolve_difference(db, LAN, sid, 1, 0, PIN)
    with refused("một trong các lần nhập"):
        stacks.resolve_difference(db, LAN, sid, 2, 7, PIN)
    assert stacks.resolve_difference(db, LAN, sid, 2, 0, PIN).state == "definitive"
    assert isinstance(stacks.stack_machine(db, sid), Definitive)
    assert [e.ballot for e in reports.entries(db, "bch", 1)][1] == StruckBallot(frozenset({5}), 1, "Tổ 1")
    assert stacks.differences_of(db, sid) == [] and reports.verify(db).ok
    with refused("đã xác định"):
        stacks.resolve_difference(db, LAN, sid, 2, 0, PIN)
    with refused("đã xác định"):
        stacks.record_pass_ballot(db, HOA, sid, 1, FIRST[0])


def test_the_head_types_their_own_reading(db: Database) -> None:
    """Neither entry is right: the head reads the paper ballot and types it; it is checked like any entry."""
    sid = stacks.open_stack(db, LAN, "bch", 1, "Tổ 1", 3)
    enter_pass(db, sid, LAN, FIRST)
    enter_pass(db, sid, MINH, SLIP)
    with refused("không có trên phiếu"):
        stacks.resolve_difference(db, LAN, sid, 2, StruckBallot(frozenset({9})), PIN)
    with refused("một phiếu"):
        stacks.resolve_difference(db, LAN, sid, 2, Subtotal("Tổ 1", 1), PIN)
    assert stacks.resolve_difference(db, LAN, sid, 2, StruckBallot(frozenset({3})), PIN).state == "definitive"
    assert reports.entries(db, "bch", 1)[1].ballot == StruckBallot(frozenset({3}), 1, "Tổ 1")
    assert reports.verify(db).ok


def test_a_third_operator_settles_what_they_agree_on(db: Database) -> None:
    """Where two passes differ, a third pass by another operator settles each difference it agrees with."""
    sid = stacks.open_stack(db, LAN, "bch", 1, "Tổ 1", 3)
    enter_pass(db, sid, LAN, FIRST)
    enter_pass(db, sid, MINH, SLIP)
    assert isinstance(stacks.stack_machine(db, sid), EntriesDiffer)
    assert enter_pass(db, sid, HOA, FIRST) == "definitive"
    progress = reports.progress(db, "bch", 1)
    assert progress.complete and [(o.operator, o.team, o.passes) for o in progress.operators] == [
        ("Hoa", "", 1),
        ("Lan", "Tổ 1", 1),
        ("Minh", "Tổ 1", 1),
    ]
    assert reports.verify(db).ok


def test_triple_entry_and_progress_per_team_and_operator(db: Database) -> None:
    """Mode 3: two identical passes still await a third; progress counts entered, needed, verified, differences."""
    congress_svc.set_entry_mode(db, LAN, 3, PIN)
    sid = stacks.open_stack(db, LAN, "bch", 1, "Tổ 1", 3)
    enter_pass(db, sid, LAN, FIRST)
    assert enter_pass(db, sid, MINH, FIRST) == "awaiting"
    [team] = reports.progress(db, "bch", 1).teams
    assert (team.team, team.stacks, team.collected, team.entered, team.needed, team.verified) == ("Tổ 1", 1, 3, 6, 9, 0)
    assert enter_pass(db, sid, HOA, FIRST) == "definitive"
    assert reports.progress(db, "bch", 1).teams[0].verified == 3


def test_hand_counted_subtotals_are_entered_twice_and_compared(db: Database) -> None:
    """A team's tally sheet: two readings that differ on one vote; the head keeps the second; it then counts."""
    teams.add_team(db, LAN, "Tổ 2", ["Hoa"])
    sid = stacks.open_stack(db, LAN, "bch", 1, "Tổ 2", 3, kind=StackKind.SUBTOTAL)
    sheet = Subtotal("x", 3, {InvalidReason.MARKED: 1}, {1: 2, 2: 2, 3: 2, 4: 1, 5: 1, 6: 0})
    slip = Subtotal("x", 3, {InvalidReason.MARKED: 1}, {1: 2, 2: 2, 3: 2, 4: 1, 5: 2, 6: 0})
    with refused("bảng tổng hợp"):
        stacks.record_pass_ballot(db, HOA, sid, 1, FIRST[0])
    stacks.record_pass_subtotal(db, HOA, sid, sheet)
    assert stacks.complete_pass(db, HOA, sid).state == "awaiting"
    stacks.record_pass_subtotal(db, LAN, sid, slip)
    assert stacks.complete_pass(db, LAN, sid).state == "differ"
    [d] = stacks.differences_of(db, sid)
    assert [r.votes[5] for r in d.readings] == [1, 2]  # type: ignore[union-attr]
    with refused("bảng tổng hợp"):
        stacks.resolve_difference(db, LAN, sid, 1, FIRST[0], PIN)
    assert stacks.resolve_difference(db, LAN, sid, 1, sheet, PIN).state == "definitive"
    [st] = reports.subtotals(db, "bch", 1)
    assert st.subtotal.team == "Tổ 2" and st.subtotal.votes[5] == 1
    assert reports.results(db)[0].rounds[0].ballots.counted == 3 and reports.verify(db).ok
    ballots_stack = stacks.open_stack(db, LAN, "bch", 1, "Tổ 1", 1)
    with refused("từng phiếu"):
        stacks.record_pass_subtotal(db, LAN, ballots_stack, sheet)


def test_direct_entry_is_refused_in_double_entry_and_mode_changes_need_the_pin(db: Database) -> None:
    """In mode 2 a ballot cannot bypass the stacks; the mode is 1–3 and changed only with the head's PIN."""
    with refused("theo tập phiếu"):
        entry.record_ballot(db, LAN, "bch", 1, FIRST[0])
    with refused("theo tập phiếu"):
        entry.record_subtotal(db, LAN, "bch", 1, Subtotal("Tổ 1", 1))
    with refused("PIN"):
        congress_svc.set_entry_mode(db, LAN, 1, "0000")
    with refused("một, hai hoặc ba"):
        congress_svc.set_entry_mode(db, LAN, 4, PIN)
    congress_svc.set_entry_mode(db, LAN, 1, PIN)
    assert reports.entry_mode(db) == 1
    sid = stacks.open_stack(db, LAN, "bch", 1, "Tổ 1", 3)
    assert enter_pass(db, sid, LAN, FIRST) == "definitive"  # single entry: at once


def test_stack_and_team_refusals(db: Database) -> None:
    """Unknown team, duplicate team or stack, empty stack, out-of-range ballot number, stacks of ballots one by one."""
    with refused("Không có tổ"):
        stacks.open_stack(db, LAN, "bch", 1, "Tổ 9", 3)
    with refused("Đã có tổ"):
        teams.add_team(db, LAN, "Tổ 1")
    with refused("tên tổ"):
        teams.add_team(db, LAN, "  ")
    with refused("Không có tổ"):
        teams.set_team_members(db, LAN, "Tổ 9", ["A"])
    teams.set_team_members(db, LAN, "Tổ 1", ["Lan", "Minh", "Hoa", "Lan"])
    assert [t.members for t in teams.teams(db)] == [("Lan", "Minh", "Hoa")]
    with refused("ít nhất 1"):
        stacks.open_stack(db, LAN, "bch", 1, "Tổ 1", 0)
    with refused("không có lần bầu"):
        stacks.open_stack(db, LAN, "bch", 2, "Tổ 1", 3)
    sid = stacks.open_stack(db, LAN, "bch", 1, "Tổ 1", 3)
    with refused("đã có tập"):
        stacks.open_stack(db, LAN, "bch", 1, "Tổ 1", 3)
    with refused("không có phiếu số 4"):
        stacks.record_pass_ballot(db, LAN, sid, 4, FIRST[0])
    with refused("nhập riêng"):
        stacks.record_pass_ballot(db, LAN, sid, 1, StruckBallot(frozenset({6}), 2))
    with refused("chưa nhập"):
        stacks.complete_pass(db, LAN, sid)
    with refused("Không có tập"):
        stacks.stack_state(db, 999)
    with refused("Không nhận ra|không có trên phiếu"):
        stacks.record_pass_ballot(db, LAN, sid, 1, StruckBallot(frozenset({42})))
    assert reports.verify(db).ok


def test_the_minutes_stay_a_draft_until_every_stack_is_definitive(db: Database) -> None:
    """One stack awaiting its second entry: the minutes say so (E112) under the draft watermark."""
    from app.minutes import minutes_for

    sid = stacks.open_stack(db, LAN, "bch", 1, "Tổ 1", 3)
    enter_pass(db, sid, LAN, FIRST)
    m = minutes_for(reports.data(db), "bch", 1, finalized=False, pending_stacks=reports.pending_stacks(db, "bch", 1))
    assert m.draft and "E112" in m.codes and any(r.startswith("Còn 1 tập phiếu") for r in m.problems)
    enter_pass(db, sid, MINH, FIRST)
    m = minutes_for(reports.data(db), "bch", 1, finalized=False, pending_stacks=reports.pending_stacks(db, "bch", 1))
    assert "E112" not in m.codes
