"""Invariants of the count, checked on generated rounds (hypothesis)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from ballot.election import tally_all
from ballot.model import Ballot, InvalidReason, Mark, MarkedBallot, RuledInvalidBallot, StruckBallot
from ballot.outcome import Tie
from ballot.tally import tally_round
from ballot.threshold import majority
from tests.factories import make_data, make_election, make_round


@st.composite
def rounds(draw: st.DrawFn) -> tuple[int, int, list[Ballot]]:
    """A list of n names for `seats` seats and ballots of the matching form (the last one is the "extra" ballot)."""
    n = draw(st.integers(1, 8))
    seats = draw(st.integers(1, n))
    nos = list(range(1, n + 1))
    if n > seats:
        ballot = st.builds(StruckBallot, st.frozensets(st.sampled_from(nos)), st.integers(1, 5)) | st.builds(
            RuledInvalidBallot, st.sampled_from([InvalidReason.NOT_ISSUED, InvalidReason.MARKED])
        )
    else:
        ballot = st.builds(
            MarkedBallot, st.dictionaries(st.sampled_from(nos), st.sampled_from(list(Mark))), st.integers(1, 5)
        )
    return n, seats, draw(st.lists(ballot, min_size=1, max_size=30))


def _tally(n: int, seats: int, ballots: list[Ballot], base: int = 40):  # type: ignore[no-untyped-def]
    return tally_round(make_election(n, seats), make_round(n, seats, tuple(ballots)), majority(base, 0))


@given(rounds(), st.randoms())
@settings(max_examples=150, deadline=None)
def test_permuting_ballots_changes_nothing(r: tuple[int, int, list[Ballot]], rnd: object) -> None:
    """The order in which ballots are entered never matters."""
    n, seats, ballots = r
    shuffled = list(ballots)
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    assert _tally(n, seats, ballots) == _tally(n, seats, shuffled)


@given(rounds())
@settings(max_examples=150, deadline=None)
def test_one_more_ballot_never_lowers_votes(r: tuple[int, int, list[Ballot]]) -> None:
    """Adding a ballot (valid or not) never lowers anyone's votes."""
    n, seats, ballots = r
    *earlier, extra = ballots
    before = _tally(n, seats, earlier)
    after = _tally(n, seats, [*earlier, extra])
    assert all(a.votes >= b.votes for a, b in zip(after.candidates, before.candidates, strict=True))
    assert after.ballots.counted == before.ballots.counted + extra.count


@given(rounds(), st.integers(1, 60))
@settings(max_examples=200, deadline=None)
def test_elected_never_exceed_seats_and_all_elected_passed(r: tuple[int, int, list[Ballot]], base: int) -> None:
    """The elected never exceed the seats; every elected or tied candidate passed the threshold."""
    n, seats, ballots = r
    result = _tally(n, seats, ballots, base)
    assert len(result.elected) <= seats
    passed = {c.no for c in result.candidates if c.passed}
    assert set(result.elected) <= passed
    if isinstance(result.outcome, Tie):
        assert set(result.outcome.tied) <= passed
        assert len(result.outcome.elected) + result.outcome.seats == seats
        assert len(result.outcome.tied) > result.outcome.seats


@given(rounds())
@settings(max_examples=100, deadline=None)
def test_same_input_same_output(r: tuple[int, int, list[Ballot]]) -> None:
    """Tallying twice gives the same result, and counts always reconcile: valid + invalid = counted."""
    n, seats, ballots = r
    data = make_data(make_election(n, seats, rounds=(make_round(n, seats, tuple(ballots)),)))
    first, second = tally_all(data), tally_all(data)
    assert first == second
    b = first[0].rounds[0].ballots
    assert b.valid + b.invalid == b.counted == sum(x.count for x in ballots)
