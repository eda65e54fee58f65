"""The running result equals a full tally after every ballot."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from app.live_tally import LiveTally
from ballot.election import tally_all
from ballot.model import (
    Body,
    Candidate,
    CandidatePool,
    Congress,
    CongressKind,
    Election,
    ElectionData,
    Electorate,
    InvalidReason,
    Mark,
    MarkedBallot,
    PoolTake,
    Round,
    RuledInvalidBallot,
    StruckBallot,
    Subtotal,
)

CONGRESS = Congress("Chi bộ Thử", "Đại hội", "2025–2030", CongressKind.MEMBERS, Electorate(12, ()), attending=12)
PEOPLE = tuple(Candidate(i, f"Người {i}") for i in range(1, 7))

struck = st.builds(StruckBallot, st.frozensets(st.integers(1, 6)), st.integers(1, 3), st.sampled_from([None, "T1"]))
ruled = st.builds(RuledInvalidBallot, st.sampled_from([InvalidReason.MARKED, InvalidReason.NOT_ISSUED]))
marked = st.builds(MarkedBallot, st.dictionaries(st.integers(1, 2), st.sampled_from(list(Mark))), st.integers(1, 2))


def data_with(strike_ballots: list, marked_ballots: list) -> ElectionData:
    committee = Election(
        "bch",
        "Bầu cấp ủy",
        Body.COMMITTEE,
        4,
        PEOPLE,
        rounds=(Round(1, 4, (1, 2, 3, 4, 5, 6), 12, 12, tuple(strike_ballots), (Subtotal("T9", 2, {}, {1: 2}),)),),
    )
    secretary = Election(
        "bt",
        "Bầu bí thư",
        Body.SECRETARY,
        1,
        (PEOPLE[0], PEOPLE[1]),
        rounds=(Round(1, 2, (1, 2), 12, 12, tuple(marked_ballots)),),
        candidate_pool=CandidatePool("bch", PoolTake.ELECTED),
    )
    return ElectionData("qd190-2024", CONGRESS, (committee, secretary))


@settings(max_examples=40, deadline=None)
@given(st.lists(st.one_of(struck, ruled), max_size=12))
def test_strike_round_matches_full_tally_after_each_ballot(ballots: list) -> None:
    """Adding ballots one by one to the live tally gives what tally_all gives on all of them."""
    live = LiveTally(data_with([], []), "bch", 1)
    for i, b in enumerate(ballots):
        got = live.add(b)
        expect = tally_all(data_with(ballots[: i + 1], []))[0].rounds[0]
        assert replace(got, problems=()) == replace(expect, problems=())
        assert [p.code for p in got.problems] == [p.code for p in expect.problems]
    assert live.entered == sum(b.count for b in ballots) + 2


@settings(max_examples=30, deadline=None)
@given(st.lists(st.one_of(struck, ruled), max_size=6), st.lists(st.one_of(marked, ruled), max_size=8))
def test_marked_round_with_pool_matches(strike_ballots: list, marked_ballots: list) -> None:
    live = LiveTally(data_with(strike_ballots, marked_ballots[:2]), "bt", 1)
    for b in marked_ballots[2:]:
        live.add(b)
    expect = tally_all(data_with(strike_ballots, marked_ballots))[1]
    got = live.election_result
    assert [replace(r, problems=()) for r in got.rounds] == [replace(r, problems=()) for r in expect.rounds]
    assert [p.code for p in live.result.problems] == [p.code for p in expect.rounds[0].problems]
    assert live.round.number == 1
