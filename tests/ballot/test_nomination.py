"""The nomination ballot (phiếu giới thiệu): written names from a pool, a ranking, the proposed, the head's choice."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from ballot.election import next_round, pool_members, tally_all, tally_election, threshold_for
from ballot.model import (
    Ballot,
    Body,
    Candidate,
    CandidatePool,
    Decision,
    ElectionKind,
    Form,
    HeadChoice,
    InvalidReason,
    MarkedBallot,
    NominatedBallot,
    PoolTake,
    RuledInvalidBallot,
    StruckBallot,
)
from ballot.nomination import fits, nominate, ranking
from ballot.outcome import Nominated
from ballot.rulesets import Parameters
from ballot.tally import RunningCount, Status, tally_round
from ballot.threshold import Threshold
from ballot.validity import BallotFault, ballot_fault, invalid_reason
from tests.factories import make_data, make_election, make_round

HEAD = Decision("Trần Thị Bình", "Trưởng ban kiểm phiếu chọn theo ý kiến Đoàn Chủ tịch")


def nom(*names: int, outside: int = 0, count: int = 1) -> NominatedBallot:
    return NominatedBallot(frozenset(names), outside, count)


def nomination(n: int = 5, seats: int = 1, ballots: tuple[Ballot, ...] = (), **kw: object):  # type: ignore[no-untyped-def]
    rnd = make_round(n, seats, ballots, head_choice=kw.pop("head_choice", None))
    return make_election(n, seats, (rnd,), body=Body.SECRETARY, kind=ElectionKind.NOMINATION, **kw)


def codes(result) -> list[str]:  # type: ignore[no-untyped-def]
    return [p.code.value for r in result.rounds for p in r.problems]


def test_a_nomination_ballot_is_the_set_of_names_written() -> None:
    """Voters write up to N names of the pool; each valid ballot gives one to each name written (RULES §5).

    Pool of 5 newly elected members, N = 1: 40 write no. 3, 38 no. 4, 5 leave it blank (valid, no support),
    2 write two names (over the limit: invalid), 1 writes a name outside the pool (invalid [V]).
    No. 3 is proposed; nobody is elected by a nomination ballot.
    """
    ballots = (nom(3, count=40), nom(4, count=38), nom(count=5), nom(1, 2, count=2), nom(outside=1))
    e = nomination(ballots=ballots)
    r = tally_election(make_data(e, summoned=87, excluded=1), e).rounds[0]
    assert r.form is Form.WRITTEN and e.form(e.rounds[0]) is Form.WRITTEN
    assert [c.votes for c in r.candidates] == [0, 0, 40, 38, 0]
    assert r.ballots.valid == 83 and dict(r.ballots.invalid_by_reason) == {
        InvalidReason.OVER_LIMIT: 2,
        InvalidReason.OUTSIDE_POOL: 1,
    }
    assert isinstance(r.outcome, Nominated) and r.outcome.proposed == (3,) and r.elected == ()
    assert r.outcome.ranking == (3, 4, 1, 2, 5)
    assert [c.status for c in r.candidates][2:4] == [Status.PROPOSED, Status.NOT_PROPOSED]
    assert r.threshold.votes_needed == 1 and not r.threshold.majority_test and r.propose == 1
    assert r.problems == ()


def test_the_limits_of_a_nomination_ballot_are_parameters() -> None:
    """More than N names, or a name outside the pool, make the ballot invalid [V]; a congress may decide otherwise.

    With both parameters off, a ballot naming nos. 1 and 2 (N = 1) and one outside name counts for 1 and 2.
    """
    rnd = make_round(3, 1)
    lenient = Parameters(nomination_over_limit_invalid=False, nomination_outside_pool_invalid=False)
    b = nom(1, 2, outside=1)
    assert invalid_reason(b, rnd, ElectionKind.NOMINATION) is InvalidReason.OVER_LIMIT
    assert invalid_reason(nom(1, outside=1), make_round(3, 2), ElectionKind.NOMINATION) is InvalidReason.OUTSIDE_POOL
    assert invalid_reason(b, rnd, ElectionKind.NOMINATION, lenient) is None
    assert invalid_reason(nom(), rnd, ElectionKind.NOMINATION) is None
    counter = RunningCount(rnd, ElectionKind.NOMINATION, lenient)
    counter.add(b)
    assert dict(counter.counts().votes) == {1: 1, 2: 1, 3: 0}
    e = replace(nomination(3, 1, (b,)), seats=1)
    data = replace(make_data(e), parameters=lenient)
    # the sum of support may then exceed valid × N without a fault: a ballot may hold every name
    assert codes(tally_all(data)[0]) == []


def test_entering_a_nomination_ballot_checks_the_paper() -> None:
    """Only pool numbers can be written; the form must be the written one; reasons must fit the form."""
    rnd = make_round(3, 1)
    assert ballot_fault(nom(4), rnd, Form.WRITTEN) == (BallotFault.UNKNOWN_CANDIDATE, 4)
    assert ballot_fault(nom(2), rnd, Form.WRITTEN, frozenset({1, 2, 3})) is None
    assert ballot_fault(nom(2), rnd, Form.STRIKE_OUT) == (BallotFault.WRONG_FORM, None)
    assert ballot_fault(StruckBallot(frozenset()), rnd, Form.WRITTEN) == (BallotFault.WRONG_FORM, None)
    assert ballot_fault(nom(1, outside=-1), rnd, Form.WRITTEN) == (BallotFault.BAD_COUNT, -1)
    assert ballot_fault(RuledInvalidBallot(InvalidReason.OUTSIDE_POOL), rnd, Form.WRITTEN) is None
    assert ballot_fault(RuledInvalidBallot(InvalidReason.OVER_LIMIT), rnd, Form.WRITTEN) is None
    not_for = (BallotFault.REASON_NOT_FOR_FORM, None)
    assert ballot_fault(RuledInvalidBallot(InvalidReason.OUTSIDE_POOL), rnd, Form.STRIKE_OUT) == not_for
    assert ballot_fault(RuledInvalidBallot(InvalidReason.NONE_KEPT), rnd, Form.WRITTEN) == not_for
    assert ballot_fault(RuledInvalidBallot(InvalidReason.SINGLE_NO_CHOICE), rnd, Form.WRITTEN) == not_for
    assert ballot_fault(RuledInvalidBallot(InvalidReason.MARKED), rnd, Form.WRITTEN) is None


def test_equal_counts_at_the_cut_are_for_the_committee_head() -> None:
    """Nos. 3 and 4 have 40 each for one place: reported as a tie for the head, never settled by the program.

    2025 Q&A: ties at the bottom of a nomination are settled by the committee head — a recorded decision.
    """
    e = nomination(ballots=(nom(3, count=40), nom(4, count=40), nom(5, count=4)))
    r = tally_election(make_data(e, summoned=85, excluded=1), e).rounds[0]
    o = r.outcome
    assert isinstance(o, Nominated)
    assert (o.proposed, o.tied, o.places, o.choice) == ((), (3, 4), 1, None)
    assert [c.status for c in r.candidates] == [Status.NOT_PROPOSED] * 2 + [Status.TIED] * 2 + [Status.NOT_PROPOSED]


def test_the_heads_choice_is_input_with_who_decided() -> None:
    """The head chooses no. 4 of the tied 3 and 4: no. 4 is proposed, the choice and who made it recorded.

    A choice that does not fit the tie (a name not tied, or the wrong number of names) leaves the tie
    standing and is reported (E401); a choice where there is no tie is reported too (E402).
    """
    ballots = (nom(3, count=40), nom(4, count=40), nom(5, count=4))
    chosen = nomination(ballots=ballots, head_choice=HeadChoice((4,), HEAD))
    data = make_data(chosen, summoned=85, excluded=1)
    r = tally_election(data, chosen).rounds[0]
    assert isinstance(r.outcome, Nominated)
    assert r.outcome.proposed == (4,) and r.outcome.tied == () and r.outcome.choice == HeadChoice((4,), HEAD)
    assert r.problems == ()
    wrong = nomination(ballots=ballots, head_choice=HeadChoice((5,), HEAD))
    r = tally_election(data, wrong).rounds[0]
    assert isinstance(r.outcome, Nominated) and r.outcome.tied == (3, 4)
    assert [(p.code.value, p.params) for p in r.problems] == [("E401", {"chosen": "5", "places": 1, "tied": "3, 4"})]
    both = nomination(ballots=ballots, head_choice=HeadChoice((3, 4), HEAD))
    assert codes(tally_election(data, both)) == ["E401"]
    needless = nomination(ballots=(nom(3, count=40),), head_choice=HeadChoice((3,), HEAD))
    assert codes(tally_election(make_data(needless, summoned=41, excluded=1), needless)) == ["E402"]
    on_election = replace(make_election(2, 1), rounds=(make_round(2, 1, head_choice=HeadChoice((1,), HEAD)),))
    assert codes(tally_election(make_data(on_election), on_election)) == ["E402"]


def test_fewer_supported_names_than_places() -> None:
    """Two places asked (`propose`), one name written at all: one proposed, one place short; a name nobody wrote is never proposed."""
    e = replace(nomination(5, 2, (nom(2, count=9),)), propose=2)
    r = tally_election(make_data(e), e).rounds[0]
    assert isinstance(r.outcome, Nominated) and (r.outcome.proposed, r.outcome.short) == ((2,), 1)
    assert e.places == 2 and make_election(3, 2).places == 2


def test_ranking_and_nominate_are_plain_functions() -> None:
    """(no, count) in ballot order: the most first, equal counts keep ballot order; the fit of a choice."""
    assert ranking([(1, 2), (2, 5), (3, 2)]) == (2, 1, 3)
    o = nominate([(1, 2), (2, 5), (3, 2)], 2)
    assert (o.proposed, o.tied, o.places) == ((2,), (1, 3), 1)
    assert nominate([(1, 3), (2, 2)], 2).proposed == (1, 2)
    assert fits(HeadChoice((3,), HEAD), (1, 3), 1) and not fits(HeadChoice((3, 3), HEAD), (1, 3), 2)


def test_the_secretary_is_elected_from_the_proposed() -> None:
    """Direct election of the secretary (RULES §7): committee → nomination from its elected → secretary from the proposed.

    The secretary's pool is the nomination's proposed, the head's choice included; any other name is E204.
    """
    committee = make_election(3, 2, (make_round(3, 2, (StruckBallot(frozenset({3}), 20),)),), id="bch")
    gt = replace(
        nomination(2, 1, (nom(1, count=10), nom(2, count=10)), head_choice=HeadChoice((2,), HEAD)),
        id="gt",
        candidates=committee.candidates[:2],
        candidate_pool=CandidatePool("bch", PoolTake.ELECTED),
    )
    bt = make_election(
        1,
        1,
        (make_round(1, 1, (MarkedBallot({1: "agree"}, 15),)),),
        body=Body.SECRETARY,
        id="bt",  # type: ignore[dict-item]
    )
    second = Candidate(1, committee.candidates[1].name)
    bt = replace(bt, candidates=(second,), candidate_pool=CandidatePool("gt", PoolTake.PROPOSED))
    data = make_data(committee, gt, bt)
    results = {r.election: r for r in tally_all(data)}
    assert results["gt"].proposed == (2,) and results["bch"].proposed == ()
    assert pool_members(gt, results["gt"], PoolTake.PROPOSED) == (committee.candidates[1],)
    assert [p.code.value for r in results["bt"].rounds for p in r.problems] == []
    other = replace(bt, candidates=(Candidate(1, committee.candidates[0].name),))
    bad = {r.election: r for r in tally_all(make_data(committee, gt, other))}
    assert [p.code.value for r in bad["bt"].rounds for p in r.problems] == ["E204"]
    assert results["gt"].proposed == (2,) and replace(results["gt"], rounds=()).proposed == ()


def test_a_nomination_has_no_pass_mark_and_no_list_rules() -> None:
    """Any support ranks (votes_needed 1); percentages stay of the base; the surplus rules are for elections."""
    e = nomination(5, 1)
    t = threshold_for(make_data(e), e, e.rounds[0])
    assert t == Threshold(21, 1, 20, majority_test=False)
    assert next_round(e, [], e.rounds[0].purpose) == (1, (1, 2, 3, 4, 5))


# --- properties -----------------------------------------------------------------------------------------------


@st.composite
def nominations(draw: st.DrawFn) -> tuple[int, int, int, list[Ballot]]:
    """A pool of n, N names per ballot, `places` to propose and written ballots (some outside the pool)."""
    n = draw(st.integers(1, 8))
    seats = draw(st.integers(1, n))
    places = draw(st.integers(1, n))
    ballot = st.builds(
        NominatedBallot,
        st.frozensets(st.integers(1, n), max_size=n),
        st.integers(0, 2),
        st.integers(1, 5),
    ) | st.builds(RuledInvalidBallot, st.sampled_from([InvalidReason.NOT_ISSUED, InvalidReason.MARKED]))
    return n, seats, places, draw(st.lists(ballot, min_size=1, max_size=30))


def _count(n: int, seats: int, places: int, ballots: list[Ballot]):  # type: ignore[no-untyped-def]
    e = replace(nomination(n, seats, tuple(ballots)), propose=places)
    return tally_round(e, e.rounds[0], Threshold(40, 0, 40, majority_test=False))


@given(nominations(), st.randoms())
@settings(max_examples=150, deadline=None)
def test_permuting_nomination_ballots_changes_nothing(r: tuple[int, int, int, list[Ballot]], rnd: object) -> None:
    """The order in which nomination ballots are entered never matters."""
    n, seats, places, ballots = r
    shuffled = list(ballots)
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    assert _count(n, seats, places, ballots) == _count(n, seats, places, shuffled)


@given(nominations())
@settings(max_examples=150, deadline=None)
def test_a_name_outside_the_pool_never_counts(r: tuple[int, int, int, list[Ballot]]) -> None:
    """Names outside the pool add to nobody's count, and (by default) void the ballot they are on."""
    n, seats, places, ballots = r
    result = _count(n, seats, places, ballots)
    inside = [b for b in ballots if not (isinstance(b, NominatedBallot) and b.outside_pool)]
    assert result.candidates == _count(n, seats, places, inside).candidates
    lenient = Parameters(nomination_outside_pool_invalid=False)
    e = replace(nomination(n, seats, tuple(ballots)), propose=places)
    counter = RunningCount(e.rounds[0], ElectionKind.NOMINATION, lenient)
    for b in ballots:
        counter.add(b)
    assert set(counter.counts().votes) == set(range(1, n + 1))


@given(nominations())
@settings(max_examples=150, deadline=None)
def test_one_more_nomination_ballot_never_lowers_a_count(r: tuple[int, int, int, list[Ballot]]) -> None:
    """Adding a ballot (valid or not) never lowers anyone's count."""
    n, seats, places, ballots = r
    *earlier, extra = ballots
    before, after = _count(n, seats, places, earlier), _count(n, seats, places, [*earlier, extra])
    assert all(a.votes >= b.votes for a, b in zip(after.candidates, before.candidates, strict=True))


@given(nominations())
@settings(max_examples=200, deadline=None)
def test_the_proposed_never_exceed_the_number_asked(r: tuple[int, int, int, list[Ballot]]) -> None:
    """Proposed + tied places = places asked, less the places short; the proposed all had support; nobody elected."""
    n, seats, places, ballots = r
    o = _count(n, seats, places, ballots).outcome
    assert isinstance(o, Nominated) and o.elected == ()
    assert len(o.proposed) <= places and len(o.proposed) + o.places + o.short == places
    assert not set(o.proposed) & set(o.tied)
    votes = {c.no: c.votes for c in _count(n, seats, places, ballots).candidates}
    assert all(votes[no] >= 1 for no in o.proposed)
    assert all(votes[p] >= votes[t] for p in o.proposed for t in o.tied)
