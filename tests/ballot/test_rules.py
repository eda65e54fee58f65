"""One test per rule, with its worked example and the article it comes from."""

from __future__ import annotations

from fractions import Fraction

import pytest

from ballot.checks import check_list, reconcile, surplus_cap
from ballot.election import next_round, order, tally_all, threshold_for
from ballot.model import (
    Body,
    Candidate,
    CandidatePool,
    Decision,
    ElectionKind,
    Electorate,
    Exclusion,
    Form,
    InvalidReason,
    Mark,
    MarkedBallot,
    PoolTake,
    Purpose,
    RuledInvalidBallot,
    StruckBallot,
    Subtotal,
)
from ballot.outcome import Admitted, Complete, Shortfall, Tie, decide
from ballot.problems import Code, Level, Problem, has_errors
from ballot.rulesets import QD190, QD244, Parameters, round_share, ruleset
from ballot.tally import Status, tally_round
from ballot.text import hundredths_of_percent, nfc, percent_text
from ballot.threshold import Threshold, majority, opinion
from ballot.validity import BallotFault, ballot_fault, invalid_reason
from tests.factories import make_data, make_election, make_round, struck


def codes(problems: list[Problem] | tuple[Problem, ...]) -> list[str]:
    return [p.code.value for p in problems]


# --- §3 the threshold ---------------------------------------------------------------------------------


def test_base_is_summoned_minus_exclusions_not_valid_ballots() -> None:
    """A cell of 11 official members, 1 excused: base 10, a candidate needs 6; 5 of 10 is not enough.

    Quy chế 190, Art. 30 cl. 2 (244 Art. 32 cl. 2); the Party's Q&A example.
    """
    e = Electorate(11, (Exclusion("Vắng mặt có lý do được chấp thuận", 1),))
    t = majority(e.summoned, e.excluded)
    assert (e.base, t.votes_needed) == (10, 6)
    assert t.passes(6) and not t.passes(5)


def test_majority_uses_integers_only_odd_base() -> None:
    """Base 93: 47 votes pass (2·47 = 94 > 93), 46 do not (190 Art. 30 cl. 2)."""
    t = majority(93, 0)
    assert t.votes_needed == 47
    assert t.passes(47) and not t.passes(46)


def test_opinion_threshold_is_more_than_30_percent_of_attending() -> None:
    """Floor nominees: admitted ⇔ 10·agree > 3·attending; 20 attending → 7 needed, 6 is exactly 30 % (190 Art. 14 cl. 3)."""
    t = opinion(21, 1, 20, Fraction(3, 10))
    assert t.base == 20 and t.votes_needed == 7
    assert t.passes(7) and not t.passes(6)


def test_tie_break_without_majority_passes_any_vote() -> None:
    """A ballot among tied candidates: the most votes win without a new majority test [V default] (RULES §6.4)."""
    t = Threshold(20, 0, 20, majority_test=False)
    assert t.passes(1) and not t.passes(0) and t.votes_needed == 1


def test_percent_is_of_the_base_rounded_half_up() -> None:
    """Percent of the base, two decimals, half up: 1/8 = 12.5 % → '12.50'; 1/3 → '33.33'; 2/3 → '66.67'."""
    assert percent_text(hundredths_of_percent(1, 8)) == "12.50"
    assert percent_text(hundredths_of_percent(1, 3)) == "33.33"
    assert percent_text(hundredths_of_percent(2, 3), ",") == "66,67"
    assert percent_text(hundredths_of_percent(1, 16000)) == "0.01"  # 0.00625 rounds half up
    assert hundredths_of_percent(5, 0) == 0


def test_names_are_nfc_and_spaces_folded() -> None:
    """Vietnamese from Excel or a Mac often arrives decomposed: normalise to NFC on the way in."""
    decomposed = "Nguye\u0302\u0303n  Va\u0306n   An "
    assert nfc(decomposed) == "Nguyễn Văn An"
    assert Candidate(1, decomposed).name == "Nguyễn Văn An"


# --- §5 ballot validity --------------------------------------------------------------------------------


def test_strike_out_validity() -> None:
    """Strike-out form keeps at most the seats; keeping none is invalid (190 Art. 15; 244 Art. 17 cl. 2)."""
    rnd = make_round(4, 2)
    assert invalid_reason(struck(3, 4), rnd) is None
    assert invalid_reason(struck(2, 3, 4), rnd) is None  # keeping fewer is valid
    assert invalid_reason(struck(4), rnd) is InvalidReason.OVER_LIMIT
    assert invalid_reason(struck(1, 2, 3, 4), rnd) is InvalidReason.NONE_KEPT


def test_single_candidate_needs_exactly_one_box() -> None:
    """One name: X in exactly one of the two boxes, else invalid (244 Art. 17 cl. 2)."""
    rnd = make_round(1, 1)
    assert invalid_reason(MarkedBallot({1: Mark.AGREE}), rnd) is None
    assert invalid_reason(MarkedBallot({1: Mark.DISAGREE}), rnd) is None
    assert invalid_reason(MarkedBallot({1: Mark.BOTH}), rnd) is InvalidReason.SINGLE_NO_CHOICE
    assert invalid_reason(MarkedBallot({}), rnd) is InvalidReason.SINGLE_NO_CHOICE


def test_several_names_no_surplus_ballot_stays_valid() -> None:
    """Several names, no surplus: a row with both or neither box gives no vote; the ballot stays valid (190 Art. 30 cl. 1)."""
    rnd = make_round(3, 3, (MarkedBallot({1: Mark.AGREE, 2: Mark.BOTH}),))
    assert invalid_reason(rnd.ballots[0], rnd) is None
    result = tally_round(make_election(3, 3, body=Body.DELEGATES), rnd, majority(3, 0))
    assert [c.votes for c in result.candidates] == [1, 0, 0]
    assert result.ballots.valid == 1


def test_committee_ruled_reasons_are_kept() -> None:
    """Not issued, write-in, marked: the committee rules and the program records (190 Art. 8)."""
    rnd = make_round(4, 2)
    for reason in (InvalidReason.NOT_ISSUED, InvalidReason.WRITE_IN, InvalidReason.MARKED):
        assert invalid_reason(RuledInvalidBallot(reason), rnd) is reason


def test_ballot_faults_are_entry_errors() -> None:
    """A ballot that does not fit the paper cannot be recorded: unknown number, wrong form, bad count, wrong reason."""
    strike = make_round(4, 2)
    marks = make_round(2, 2)
    single = make_round(1, 1)
    assert ballot_fault(struck(9), strike, Form.STRIKE_OUT) == (BallotFault.UNKNOWN_CANDIDATE, 9)
    assert ballot_fault(struck(1), marks, Form.AGREE_DISAGREE) == (BallotFault.WRONG_FORM, None)
    assert ballot_fault(MarkedBallot({1: Mark.AGREE}), strike, Form.STRIKE_OUT) == (BallotFault.WRONG_FORM, None)
    assert ballot_fault(MarkedBallot({7: Mark.AGREE}), marks, Form.AGREE_DISAGREE) == (BallotFault.UNKNOWN_CANDIDATE, 7)
    assert ballot_fault(StruckBallot(frozenset(), 0), strike, Form.STRIKE_OUT) == (BallotFault.BAD_COUNT, 0)
    over = RuledInvalidBallot(InvalidReason.OVER_LIMIT)
    assert ballot_fault(over, marks, Form.AGREE_DISAGREE) == (BallotFault.REASON_NOT_FOR_FORM, None)
    assert ballot_fault(over, strike, Form.STRIKE_OUT) is None
    snc = RuledInvalidBallot(InvalidReason.SINGLE_NO_CHOICE)
    assert ballot_fault(snc, marks, Form.AGREE_DISAGREE) == (BallotFault.REASON_NOT_FOR_FORM, None)
    assert ballot_fault(snc, single, Form.AGREE_DISAGREE) is None
    assert ballot_fault(MarkedBallot({1: Mark.AGREE}), marks, Form.AGREE_DISAGREE) is None
    assert ballot_fault(struck(1), strike, Form.STRIKE_OUT) is None


# --- §6 who is elected ---------------------------------------------------------------------------------


def test_more_pass_than_seats_most_votes_win_ballot_order_on_equal() -> None:
    """More pass than seats: the most votes are elected; equal votes keep ballot order (RULES §6.3)."""
    assert decide([(1, 10), (2, 12), (3, 12), (4, 11)], 3) == Complete((2, 3, 4))
    assert decide([(1, 10), (2, 12), (3, 11)], 3) == Complete((2, 3, 1))


def test_tie_at_the_cut_off_is_reported_not_broken() -> None:
    """16, 12, 12 for 2 seats: 1 elected, 2 and 3 tied for 1 seat — never by age or lot (RULES §6.4)."""
    assert decide([(1, 16), (2, 12), (3, 12)], 2) == Tie((1,), (2, 3), 1)
    assert decide([(1, 12), (2, 12), (3, 12)], 2) == Tie((), (1, 2, 3), 2)


def test_shortfall_keeps_the_elected_and_reports_seats_left() -> None:
    """Fewer pass than seats: all who passed are elected; the congress decides about the rest (244 Art. 20 cl. 2)."""
    assert decide([(2, 11)], 3) == Shortfall((2,), 2)
    assert decide([], 1) == Shortfall((), 1)
    assert decide([(1, 5)], 0) == Complete(())


def test_round_statuses_and_ranks() -> None:
    """rank = 1 + those with more votes; statuses elected / tied / not elected (spec: result format)."""
    ballots = (struck(3, 4, count=8), struck(2, 4, count=8), struck(1, 4, count=4))
    rnd = make_round(4, 2, ballots)
    r = tally_round(make_election(4, 2), rnd, majority(21, 1))
    assert [(c.votes, c.rank, c.status) for c in r.candidates] == [
        (16, 1, Status.ELECTED),
        (12, 2, Status.TIED),
        (12, 2, Status.TIED),
        (0, 4, Status.NOT_ELECTED),
    ]
    assert r.outcome == Tie((1,), (2, 3), 1)
    assert r.elected == (1,)


def test_subtotals_add_to_entered_ballots() -> None:
    """A team that counted by hand reports totals; the tally adds them to entered ballots (RULES §9)."""
    sub = Subtotal("T2", 10, {InvalidReason.OVER_LIMIT: 1}, {1: 8, 2: 7, 3: 3})
    rnd = make_round(3, 2, (struck(3, count=5),), subtotals=(sub,))
    r = tally_round(make_election(3, 2), rnd, majority(15, 0))
    assert r.ballots.counted == 15 and r.ballots.valid == 14 and r.ballots.invalid == 1
    assert [c.votes for c in r.candidates] == [13, 12, 3]
    assert sub.invalid_total == 1


def test_agree_disagree_counts_disagree() -> None:
    """Agree/disagree form: agree is the vote; disagree is reported beside it (RULES §5)."""
    ballots = (MarkedBallot({1: Mark.AGREE}, 85), MarkedBallot({1: Mark.DISAGREE}, 5), MarkedBallot({1: Mark.BOTH}, 2))
    rnd = make_round(1, 1, ballots)
    r = tally_round(make_election(1, 1, body=Body.SECRETARY), rnd, majority(93, 1))
    c = r.candidates[0]
    assert (c.votes, c.disagree, c.hundredths) == (85, 5, 9239)
    assert r.ballots.invalid_by_reason == {InvalidReason.SINGLE_NO_CHOICE: 2}
    assert r.form is Form.AGREE_DISAGREE


def test_opinion_ballot_admits_above_30_percent() -> None:
    """Opinion ballot on floor nominees: admitted with agree > 30 % of those attending (190 Art. 14 cl. 3)."""
    ballots = (MarkedBallot({1: Mark.AGREE, 2: Mark.AGREE, 3: Mark.DISAGREE}, 7), MarkedBallot({1: Mark.AGREE}, 13))
    e = make_election(3, 1, kind=ElectionKind.OPINION, body=Body.OTHER)
    rnd = make_round(3, 1, ballots)
    data = make_data(e.__class__(**{**_fields(e), "rounds": (rnd,)}))
    (er,) = tally_all(data)
    r = er.rounds[0]
    assert r.form is Form.AGREE_DISAGREE
    assert isinstance(r.outcome, Admitted) and r.outcome.elected == (1, 2)
    assert r.threshold.base == 20 and r.threshold.votes_needed == 7
    assert [c.status for c in r.candidates] == [Status.ELECTED, Status.ELECTED, Status.NOT_ELECTED]


def _fields(e: object) -> dict[str, object]:
    return {f: getattr(e, f) for f in e.__slots__}  # type: ignore[attr-defined]


# --- §4 lists and surplus --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("seats", "n", "expected"),
    [
        (9, 9, ["E201"]),  # committee must have a surplus (190 Art. 14 cl. 1)
        (9, 10, []),  # 11 % surplus: within the 10–15 % advice
        (9, 11, ["W201"]),  # 2 of 9 = 22 %: allowed (cap 2), outside the advice
        (9, 12, ["E202", "W201"]),  # 3 > floor(30 % × 9) = 2
        (5, 6, []),  # bodies of 3–5: surplus at most 1 (2025 Q&A)
        (5, 7, ["E202"]),
        (2, 3, []),  # below 3 seats a surplus of 1 is still allowed
        (20, 19, ["E203"]),  # fewer names than seats
    ],
)
def test_surplus_rules_for_committees(seats: int, n: int, expected: list[str]) -> None:
    """Committee lists: seats < n ≤ seats + cap; the 10–15 % preparation advice is a warning (190 Art. 14 cl. 1)."""
    e = make_election(n, seats)
    rnd = make_round(n, seats)
    assert codes(check_list(e, rnd, QD190.parameters, "r")) == expected


def test_other_bodies_may_have_no_surplus_and_congress_may_set_its_cap() -> None:
    """Secretary, delegates: list may equal the seats; cap 30 % when it exceeds; the congress may set max_surplus [V]."""
    params = QD190.parameters
    assert check_list(make_election(1, 1, body=Body.SECRETARY), make_round(1, 1), params, "r") == []
    assert check_list(make_election(2, 1, body=Body.SECRETARY), make_round(2, 1), params, "r") == []
    assert codes(check_list(make_election(3, 1, body=Body.SECRETARY), make_round(3, 1), params, "r")) == ["E202"]
    e = make_election(12, 9, max_surplus=3)
    assert surplus_cap(e, 9, params) == 3
    assert codes(check_list(e, make_round(12, 9), params, "r")) == ["W201"]


def test_list_checks_skip_opinion_and_later_rounds_but_flag_shared_names() -> None:
    """Two candidates may share a full name — told apart by a note (RULES §4); later rounds' lists are the congress's."""
    e = make_election(3, 2, kind=ElectionKind.OPINION)
    assert check_list(e, make_round(3, 2), QD190.parameters, "r") == []
    twins = make_election(2, 1, body=Body.SECRETARY)
    twins = twins.__class__(**{**_fields(twins), "candidates": (Candidate(1, "Lê Văn A"), Candidate(2, "Lê Văn A"))})
    assert codes(check_list(twins, make_round(2, 1, number=2), QD190.parameters, "r")) == ["W202"]
    noted = twins.__class__(
        **{**_fields(twins), "candidates": (Candidate(1, "Lê Văn A", "1970"), Candidate(2, "Lê Văn A", "1980"))}
    )
    assert check_list(noted, make_round(2, 1), QD190.parameters, "r") == []


def test_rounding_of_the_surplus_share_is_configurable() -> None:
    """30 % of 7 seats = 2.1: floor 2 by default; half up 2; ceil 3 [V]."""
    share = Fraction(3, 10)
    assert [round_share(7, share, r) for r in ("floor", "half_up", "ceil")] == [2, 2, 3]
    assert round_share(5, Fraction(1, 2), "half_up") == 3


def test_rule_sets_are_data_and_congress_may_override() -> None:
    """Two regulations, one code path; the National Congress may set its own parameters (190 Art. 1)."""
    assert QD190.article("result") == "Điều 30" and QD244.article("result") == "Điều 32"
    assert QD190.floor_nominees_need_opinion and not QD244.floor_nominees_need_opinion
    assert ruleset("qd190-2024") is QD190
    assert ruleset("qd190-2024", QD190.parameters) is QD190
    own = ruleset("qd244-2014", Parameters(surplus_cap=Fraction(1, 5)))
    assert own.congress_rules and own.parameters.surplus_cap == Fraction(1, 5) and own.id == "qd244-2014"


# --- §9 reconciliation --------------------------------------------------------------------------------


def test_reconciliation_codes() -> None:
    """collected ≤ issued; counted = collected; issued ≤ present; votes ≤ valid; Σ votes ≤ valid × seats (RULES §9)."""
    e = make_election(3, 2)
    rnd = make_round(3, 2, (struck(3, count=4),), ballots_issued=3, ballots_collected=5, present=2)
    r = tally_round(e, rnd, majority(2, 0))
    got = codes(reconcile(r, rnd, "r"))
    assert got == ["E101", "E102", "E107", "W102"]
    short = make_round(3, 2, (struck(3, count=4),), ballots_issued=6, ballots_collected=4)
    assert codes(reconcile(tally_round(e, short, majority(20, 0)), short, "r")) == ["W101"]


def test_subtotal_faults_are_caught() -> None:
    """A subtotal with more invalid than ballots, or more votes than valid ballots, is an error."""
    sub = Subtotal("T1", 2, {InvalidReason.MARKED: 3}, {1: 5, 2: 5, 3: 5})
    e = make_election(3, 2)
    rnd = make_round(3, 2, subtotals=(sub,))
    got = codes(reconcile(tally_round(e, rnd, majority(20, 0)), rnd, "r"))
    assert got == ["E105", "E103", "E103", "E103", "E104"]


def test_agree_plus_disagree_cannot_exceed_valid() -> None:
    """Agree/disagree subtotals: agree + disagree ≤ valid ballots for each person."""
    sub = Subtotal("T1", 4, {}, {1: 3}, {1: 3})
    e = make_election(1, 1, body=Body.SECRETARY)
    rnd = make_round(1, 1, subtotals=(sub,))
    assert codes(reconcile(tally_round(e, rnd, majority(20, 0)), rnd, "r")) == ["E106"]


def test_problem_levels_and_messages() -> None:
    """Codes are stable; E… are errors, W… warnings; texts in Vietnamese and English."""
    p = Problem(Code.E101, "x", {"collected": 5, "issued": 3, "counted": 5})
    assert p.level is Level.ERROR and "5" in p.message("vi") and "issued" in p.message("en")
    w = Problem(Code.W301, "x", {"round": 2})
    assert w.level is Level.WARNING and not has_errors([w]) and has_errors([w, p])


# --- §6 rounds, §7 pools ---------------------------------------------------------------------------------


def test_next_round_defaults() -> None:
    """Another round: the seats left with those not yet elected; a tie-break: the tied for their seats (RULES §6.4–6.5)."""
    e = make_election(4, 2)
    tie_round = make_round(4, 2, (struck(3, 4, count=8), struck(2, 4, count=8), struck(1, 4, count=4)))
    r1 = tally_round(e, tie_round, majority(21, 1))
    assert next_round(e, [], Purpose.ELECTION) == (2, (1, 2, 3, 4))
    assert next_round(e, [r1], Purpose.TIE_BREAK) == (1, (2, 3))
    assert next_round(e, [r1], Purpose.ELECTION) == (1, (2, 3, 4))


def test_tie_break_round_and_second_round_problems() -> None:
    """A tie-break elects the most votes; a later round without the congress's decision is flagged; nobody twice."""
    r1 = make_round(4, 2, (struck(3, 4, count=8), struck(2, 4, count=8), struck(1, 4, count=4)))
    tb = make_round(0, 1, number=2, purpose=Purpose.TIE_BREAK, decision=Decision("Đoàn Chủ tịch"))
    tb = tb.__class__(
        **{**_fields(tb), "candidates": (2, 3), "ballots": (MarkedBallot({2: Mark.AGREE, 3: Mark.DISAGREE}, 3),)}
    )
    tb = tb.__class__(
        **{
            **_fields(tb),
            "ballots": (struck(3, count=3), struck(2, count=1)),
            "ballots_issued": 4,
            "ballots_collected": 4,
        }
    )
    again = make_round(0, 0, number=3)
    again = again.__class__(**{**_fields(again), "candidates": (1,)})
    e = make_election(4, 2, rounds=(r1, tb, again))
    (er,) = tally_all(make_data(e))
    assert er.rounds[1].outcome == Complete((2,))
    assert er.rounds[1].threshold.votes_needed == 1
    assert er.elected == (1, 2)
    assert codes(er.rounds[2].problems)[:3] == ["E301", "E302", "W301"]


def test_tie_break_may_need_a_majority() -> None:
    """When the congress says so, the tie ballot needs more than half again (RULES §6.4 parameter)."""
    tb = make_round(2, 1, purpose=Purpose.TIE_BREAK, tie_break_needs_majority=True)
    e = make_election(2, 1, rounds=(tb,))
    assert threshold_for(make_data(e), e, tb).majority_test


def test_candidate_pool_from_another_election() -> None:
    """Direct election of the secretary: candidates from the newly elected committee (Chỉ thị 45; RULES §7)."""
    committee = make_election(4, 2, id="bch", rounds=(make_round(4, 2, (struck(3, 4, count=15),)),))
    ok = make_election(1, 1, id="bt", body=Body.SECRETARY, candidate_pool=CandidatePool("bch", PoolTake.ELECTED))
    ok = ok.__class__(**{**_fields(ok), "rounds": (make_round(1, 1, (MarkedBallot({1: Mark.AGREE}, 15),)),)})
    outsider = ok.__class__(
        **{
            **_fields(ok),
            "id": "bt2",
            "candidates": (Candidate(1, "Lê Hoàng Cường"),),
            "candidate_pool": CandidatePool("bch", PoolTake.ELECTED),
        }
    )
    rest = ok.__class__(
        **{
            **_fields(ok),
            "id": "dk",
            "candidates": (Candidate(1, "Lê Hoàng Cường"),),
            "candidate_pool": CandidatePool("bch", PoolTake.NOT_ELECTED),
        }
    )
    data = make_data(ok, committee, outsider, rest)
    assert [e.id for e in order(data)] == ["bch", "bt", "bt2", "dk"]
    results = {er.election: er for er in tally_all(data)}
    assert results["bch"].elected == (1, 2)
    assert "E204" not in codes(results["bt"].rounds[0].problems)
    assert "E204" in codes(results["bt2"].rounds[0].problems)
    assert "E204" not in codes(results["dk"].rounds[0].problems)
