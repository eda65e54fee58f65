"""Reconciling each counting team's stack and the teams against the round (RULES.md §9)."""

from __future__ import annotations

from ballot.model import Form, InvalidReason, Round, RuledInvalidBallot, StruckBallot, Subtotal
from ballot.problems import Code
from ballot.teams import reconcile_team, reconcile_teams


def _round(
    *ballots: StruckBallot | RuledInvalidBallot, subtotals: tuple[Subtotal, ...] = (), collected: int = 5
) -> Round:
    return Round(1, 2, (1, 2, 3), collected, collected, ballots=ballots, subtotals=subtotals)


def _b(team: str, *struck: int) -> StruckBallot:
    return StruckBallot(frozenset(struck), 1, team)


def test_a_team_whose_stack_is_fully_and_soundly_counted_has_no_problem() -> None:
    """Team 1: 3 ballots collected, 2 valid (each strikes one of three for two seats) and 1 invalid."""
    rnd = _round(_b("1", 3), _b("1", 2), RuledInvalidBallot(InvalidReason.MARKED, 1, "1"), _b("2", 1), _b("2", 1))
    assert reconcile_team(rnd, Form.STRIKE_OUT, "1", 3, "r") == []
    assert reconcile_teams(rnd, Form.STRIKE_OUT, {"1": 3, "2": 2}, 0, "r") == []


def test_a_team_counted_short_of_its_stack_is_named() -> None:
    """Team 2 says 3 ballots in its box, only 2 are counted: E108 with the team's name and its own figures."""
    rnd = _round(_b("1", 3), _b("1", 2), _b("1", 1), _b("2", 1), _b("2", 1))
    [p] = reconcile_team(rnd, Form.STRIKE_OUT, "2", 3, "r")
    assert p.code is Code.E108 and p.params == {"team": "2", "counted": 2, "collected": 3}
    assert p.path == "r.teams[2]" and "Tổ 2" in p.message("vi")


def test_a_team_subtotal_with_impossible_votes_is_refused_per_candidate_and_in_sum() -> None:
    """A hand-counted sheet: 4 ballots, 1 invalid, so 3 valid; 4 votes for no. 1 and 7 votes in all (> 3 × 2)."""
    sub = Subtotal("3", 4, {InvalidReason.MARKED: 1}, {1: 4, 2: 3, 3: 0})
    rnd = _round(subtotals=(sub,), collected=4)
    codes = [(p.code, p.params.get("no")) for p in reconcile_team(rnd, Form.STRIKE_OUT, "3", 4, "r")]
    assert codes == [(Code.E109, 1), (Code.E110, None)]


def test_agree_disagree_ballots_carry_every_name() -> None:
    """On an agree/disagree ballot each valid ballot may vote for every name: 3 votes on 1 ballot is fine."""
    sub = Subtotal("1", 1, {}, {1: 1, 2: 1, 3: 1})
    rnd = _round(subtotals=(sub,), collected=1)
    assert reconcile_team(rnd, Form.AGREE_DISAGREE, "1", 1, "r") == []
    assert [p.code for p in reconcile_team(rnd, Form.STRIKE_OUT, "1", 1, "r")] == [Code.E110]


def test_stacks_must_make_up_the_round_and_be_definitive() -> None:
    """Two stacks of 2 for 5 collected (E111); one stack still awaiting its second entry (E112); no teams, nothing."""
    rnd = _round(_b("1", 3), _b("1", 2), _b("2", 1), _b("2", 1))
    problems = reconcile_teams(rnd, Form.STRIKE_OUT, {"1": 2, "2": 2}, 1, "r")
    assert [p.code for p in problems] == [Code.E111, Code.E112]
    assert problems[0].params == {"total": 4, "collected": 5} and problems[1].params == {"pending": 1}
    assert reconcile_teams(rnd, Form.STRIKE_OUT, {}, 0, "r") == []
