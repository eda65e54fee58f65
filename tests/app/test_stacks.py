"""Teams and independent double/triple entry through the Workspace: every transition and refusal, on SQLite and PostgreSQL."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from app.workspace import Refused, Workspace
from ballot.double_entry import AwaitingEntry, Definitive, EntriesDiffer
from ballot.model import Congress, Election, InvalidReason, RuledInvalidBallot, StruckBallot, Subtotal
from ballot.problems import Code
from tests.app.conftest import PIN

FIRST = (StruckBallot(frozenset({6})), StruckBallot(frozenset({5})), RuledInvalidBallot(InvalidReason.MARKED))
SLIP = (StruckBallot(frozenset({6})), StruckBallot(frozenset({4})), RuledInvalidBallot(InvalidReason.MARKED))


@pytest.fixture
def ws(target: str, congress: Congress, committee: Election) -> Iterator[Workspace]:
    """Double entry; team "Tổ 1" (Lan, Minh) with a stack of 3 ballots of 3 collected."""
    w = Workspace.create(target, congress, station="máy-1", operator="Lan", head_pin=PIN)
    w.add_election(committee)
    w.set_round_counts("bch", 1, ballots_issued=3, ballots_collected=3, present=3)
    w.set_entry_mode(2, PIN)
    w.add_team("Tổ 1", ["Lan", "Minh"])
    yield w
    w.close()


@contextmanager
def refused(pattern: str) -> Iterator[None]:
    """The block is refused with a Vietnamese message matching `pattern`."""
    with pytest.raises(Refused) as info:
        yield
    assert re.search(pattern, info.value.vi), info.value.vi


def enter_pass(w: Workspace, stack: int, operator: str, ballots: tuple[StruckBallot | RuledInvalidBallot, ...]) -> str:
    w.set_operator(operator)
    for seq, b in enumerate(ballots, 1):
        w.record_pass_ballot(stack, seq, b)
    return w.complete_pass(stack).state


def test_identical_passes_make_the_stack_definitive_and_its_ballots_count(ws: Workspace) -> None:
    """First pass: nothing counts yet (E112 blocks the final minutes); the second, identical: 3 ballots counted."""
    sid = ws.open_stack("bch", 1, "Tổ 1", 3)
    assert enter_pass(ws, sid, "Lan", FIRST) == "awaiting"
    assert isinstance(ws.stack_machine(sid), AwaitingEntry)
    assert ws.round_status("bch", 1).entered == 0
    assert [p.code for p in ws.team_problems("bch", 1)] == [Code.E108, Code.E112]
    with refused("chưa thể chốt|Chưa thể chốt"):
        ws.finalize_round("bch", 1, PIN)
    assert enter_pass(ws, sid, "Minh", FIRST) == "definitive"
    assert ws.round_status("bch", 1).entered == 3 and ws.pending_stacks("bch", 1) == 0
    assert [e.ballot.team for e in ws.entries("bch", 1)] == ["Tổ 1"] * 3
    assert ws.team_problems("bch", 1) == [] and ws.verify().fault is None
    actions = [e.action for e in ws.log()]
    assert actions.count("pass.item") == 6 and actions.count("pass.complete") == 2 and actions.count("ballot") == 3
    ws.finalize_round("bch", 1, PIN)


def test_the_second_pass_must_come_from_another_operator(ws: Workspace) -> None:
    """Lan cannot enter the stack twice: refused at her first ballot, and nothing is written."""
    sid = ws.open_stack("bch", 1, "Tổ 1", 3)
    enter_pass(ws, sid, "Lan", FIRST)
    before = len(ws.log())
    with refused("người khác"):
        ws.record_pass_ballot(sid, 1, FIRST[0])
    assert len(ws.log()) == before


def test_blind_each_operator_sees_only_their_own_pass(ws: Workspace) -> None:
    """Minh's screen shows only what Minh typed, never Lan's entry; re-typing a ballot supersedes it."""
    sid = ws.open_stack("bch", 1, "Tổ 1", 3)
    enter_pass(ws, sid, "Lan", FIRST)
    ws.set_operator("Minh")
    assert ws.my_pass(sid) == {}
    ws.record_pass_ballot(sid, 1, StruckBallot(frozenset({1})))
    ws.record_pass_ballot(sid, 1, FIRST[0])
    assert ws.my_pass(sid) == {1: StruckBallot(frozenset({6}), 1, "Tổ 1")}
    with refused("thiếu phiếu số 2, 3"):
        ws.complete_pass(sid)
    assert ws.verify().fault is None


def test_differences_side_by_side_and_the_head_keeps_one(ws: Workspace) -> None:
    """Ballot 2 differs: listed with both readings; wrong PIN refused; the head keeps the first reading."""
    sid = ws.open_stack("bch", 1, "Tổ 1", 3)
    enter_pass(ws, sid, "Lan", FIRST)
    assert enter_pass(ws, sid, "Minh", SLIP) == "differ"
    [d] = ws.differences(sid)
    assert d.seq == 2 and d.operators == ("Lan", "Minh")
    assert [r.struck for r in d.readings] == [frozenset({5}), frozenset({4})]  # type: ignore[union-attr]
    assert ws.stack_state(sid).open_differences == 1 and ws.round_status("bch", 1).entered == 0
    with refused("trưởng ban"):
        ws.resolve(sid, 2, 0, "0000")
    with refused("không nằm"):
        ws.resolve(sid, 1, 0, PIN)
    with refused("một trong các lần nhập"):
        ws.resolve(sid, 2, 7, PIN)
    assert ws.resolve(sid, 2, 0, PIN).state == "definitive"
    assert isinstance(ws.stack_machine(sid), Definitive)
    assert [e.ballot for e in ws.entries("bch", 1)][1] == StruckBallot(frozenset({5}), 1, "Tổ 1")
    assert ws.differences(sid) == [] and ws.verify().fault is None
    with refused("đã xác định"):
        ws.resolve(sid, 2, 0, PIN)
    with refused("đã xác định"):
        ws.record_pass_ballot(sid, 1, FIRST[0])


def test_the_head_types_their_own_reading(ws: Workspace) -> None:
    """Neither entry is right: the head reads the paper ballot and types it; it is checked like any entry."""
    sid = ws.open_stack("bch", 1, "Tổ 1", 3)
    enter_pass(ws, sid, "Lan", FIRST)
    enter_pass(ws, sid, "Minh", SLIP)
    with refused("không có trên phiếu"):
        ws.resolve(sid, 2, StruckBallot(frozenset({9})), PIN)
    with refused("một phiếu"):
        ws.resolve(sid, 2, Subtotal("Tổ 1", 1), PIN)
    assert ws.resolve(sid, 2, StruckBallot(frozenset({3})), PIN).state == "definitive"
    assert ws.entries("bch", 1)[1].ballot == StruckBallot(frozenset({3}), 1, "Tổ 1")
    assert ws.verify().fault is None


def test_a_third_operator_settles_what_they_agree_on(ws: Workspace) -> None:
    """Where two passes differ, a third pass by another operator settles each difference it agrees with."""
    sid = ws.open_stack("bch", 1, "Tổ 1", 3)
    enter_pass(ws, sid, "Lan", FIRST)
    enter_pass(ws, sid, "Minh", SLIP)
    assert isinstance(ws.stack_machine(sid), EntriesDiffer)
    assert enter_pass(ws, sid, "Hoa", FIRST) == "definitive"
    progress = ws.progress("bch", 1)
    assert progress.complete and [(o.operator, o.team, o.passes) for o in progress.operators] == [
        ("Hoa", "", 1),
        ("Lan", "Tổ 1", 1),
        ("Minh", "Tổ 1", 1),
    ]
    assert ws.verify().fault is None


def test_triple_entry_and_progress_per_team_and_operator(ws: Workspace) -> None:
    """Mode 3: two identical passes still await a third; progress counts entered, needed, verified, differences."""
    ws.set_entry_mode(3, PIN)
    sid = ws.open_stack("bch", 1, "Tổ 1", 3)
    enter_pass(ws, sid, "Lan", FIRST)
    assert enter_pass(ws, sid, "Minh", FIRST) == "awaiting"
    [team] = ws.progress("bch", 1).teams
    assert (team.team, team.stacks, team.collected, team.entered, team.needed, team.verified) == ("Tổ 1", 1, 3, 6, 9, 0)
    assert enter_pass(ws, sid, "Hoa", FIRST) == "definitive"
    assert ws.progress("bch", 1).teams[0].verified == 3


def test_hand_counted_subtotals_are_entered_twice_and_compared(ws: Workspace) -> None:
    """A team's tally sheet: two readings that differ on one vote; the head keeps the second; it then counts."""
    ws.add_team("Tổ 2", ["Hoa"])
    sid = ws.open_stack("bch", 1, "Tổ 2", 3, kind="subtotal")
    sheet = Subtotal("x", 3, {InvalidReason.MARKED: 1}, {1: 2, 2: 2, 3: 2, 4: 1, 5: 1, 6: 0})
    slip = Subtotal("x", 3, {InvalidReason.MARKED: 1}, {1: 2, 2: 2, 3: 2, 4: 1, 5: 2, 6: 0})
    with refused("bảng tổng hợp"):
        ws.record_pass_ballot(sid, 1, FIRST[0])
    ws.set_operator("Hoa")
    ws.record_pass_subtotal(sid, sheet)
    assert ws.complete_pass(sid).state == "awaiting"
    ws.set_operator("Lan")
    ws.record_pass_subtotal(sid, slip)
    assert ws.complete_pass(sid).state == "differ"
    [d] = ws.differences(sid)
    assert [r.votes[5] for r in d.readings] == [1, 2]  # type: ignore[union-attr]
    with refused("bảng tổng hợp"):
        ws.resolve(sid, 1, FIRST[0], PIN)
    assert ws.resolve(sid, 1, sheet, PIN).state == "definitive"
    [st] = ws.subtotals("bch", 1)
    assert st.subtotal.team == "Tổ 2" and st.subtotal.votes[5] == 1
    assert ws.results()[0].rounds[0].ballots.counted == 3 and ws.verify().fault is None
    ballots_stack = ws.open_stack("bch", 1, "Tổ 1", 1)
    with refused("từng phiếu"):
        ws.record_pass_subtotal(ballots_stack, sheet)


def test_direct_entry_is_refused_in_double_entry_and_mode_changes_need_the_pin(ws: Workspace) -> None:
    """In mode 2 a ballot cannot bypass the stacks; the mode is 1–3 and changed only with the head's PIN."""
    with refused("theo tập phiếu"):
        ws.record_ballot("bch", 1, FIRST[0])
    with refused("theo tập phiếu"):
        ws.record_subtotal("bch", 1, Subtotal("Tổ 1", 1))
    with refused("PIN"):
        ws.set_entry_mode(1, "0000")
    with refused("một, hai hoặc ba"):
        ws.set_entry_mode(4, PIN)
    ws.set_entry_mode(1, PIN)
    assert ws.entry_mode() == 1
    sid = ws.open_stack("bch", 1, "Tổ 1", 3)
    assert enter_pass(ws, sid, "Lan", FIRST) == "definitive"  # single entry: at once


def test_stack_and_team_refusals(ws: Workspace) -> None:
    """Unknown team, duplicate team or stack, empty stack, out-of-range ballot number, stacks of ballots one by one."""
    with refused("Không có tổ"):
        ws.open_stack("bch", 1, "Tổ 9", 3)
    with refused("Đã có tổ"):
        ws.add_team("Tổ 1")
    with refused("tên tổ"):
        ws.add_team("  ")
    with refused("Không có tổ"):
        ws.set_team_members("Tổ 9", ["A"])
    ws.set_team_members("Tổ 1", ["Lan", "Minh", "Hoa", "Lan"])
    assert [t.members for t in ws.teams()] == [("Lan", "Minh", "Hoa")]
    with refused("ít nhất 1"):
        ws.open_stack("bch", 1, "Tổ 1", 0)
    with refused("Không có lần bầu"):
        ws.open_stack("bch", 2, "Tổ 1", 3)
    sid = ws.open_stack("bch", 1, "Tổ 1", 3)
    with refused("đã có tập"):
        ws.open_stack("bch", 1, "Tổ 1", 3)
    with refused("không có phiếu số 4"):
        ws.record_pass_ballot(sid, 4, FIRST[0])
    with refused("nhập riêng"):
        ws.record_pass_ballot(sid, 1, StruckBallot(frozenset({6}), 2))
    with refused("chưa nhập"):
        ws.complete_pass(sid)
    with refused("Không có tập"):
        ws.stack_state(999)
    with refused("Không nhận ra|không có trên phiếu"):
        ws.record_pass_ballot(sid, 1, StruckBallot(frozenset({42})))
    assert ws.verify().fault is None


def test_the_minutes_stay_a_draft_until_every_stack_is_definitive(ws: Workspace) -> None:
    """One stack awaiting its second entry: the minutes say so (E112) under the draft watermark."""
    from app.minutes import minutes_for

    sid = ws.open_stack("bch", 1, "Tổ 1", 3)
    enter_pass(ws, sid, "Lan", FIRST)
    m = minutes_for(ws.data(), "bch", 1, finalized=False, pending_stacks=ws.pending_stacks("bch", 1))
    assert m.draft and "E112" in m.codes and any(r.startswith("Còn 1 tập phiếu") for r in m.problems)
    enter_pass(ws, sid, "Minh", FIRST)
    m = minutes_for(ws.data(), "bch", 1, finalized=False, pending_stacks=ws.pending_stacks("bch", 1))
    assert "E112" not in m.codes
