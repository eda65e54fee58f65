"""The whole congress: withdrawals, the cell by its size, the usual sequence, the pause, the guidance, the 3–5 cap."""

from __future__ import annotations

from dataclasses import replace

import pytest

from ballot.checks import check_list, surplus_cap
from ballot.election import ElectionResult, attending_for, next_round, tally_all, tally_election, withdrawn
from ballot.model import (
    Body,
    CandidatePool,
    CongressLevel,
    Decision,
    ElectionKind,
    Electorate,
    InvalidReason,
    Mark,
    MarkedBallot,
    Pause,
    PauseReason,
    PoolTake,
    Proposal,
    Purpose,
    RuledInvalidBallot,
    VoteMethod,
    Withdrawal,
)
from ballot.pause import is_paused
from ballot.rulesets import QD190, QD244, Parameters
from ballot.structure import CELL_COMMITTEE_MAX, Step, Voters, check_cell, usual_sequence
from ballot.validity import invalid_reason
from ballot.withdrawal import WithdrawalStatus, decide, problems, resulting_list
from tests.factories import make_data, make_election, make_round, struck

RULES = Parameters()


def codes(result: ElectionResult) -> list[str]:
    return [p.code.value for r in result.rounds for p in r.problems]


# --- withdrawals (RULES §4) -------------------------------------------------------------------------------------


def test_a_withdrawal_allowed_by_the_congress_leaves_the_list() -> None:
    """03-HD/TW 2020's example, cut down: 7 names, 2 ask to withdraw; the presidium proposes to allow no. 2
    and not no. 5; 118 attend. The congress votes 100 for allowing no. 2 (100 > 59: carried) and 90 for
    refusing no. 5: the list becomes 1, 3, 4, 5, 6, 7 (04-HD/TW 2024 item 2).
    """
    e = make_election(
        7,
        5,
        body=Body.DELEGATES,
        withdrawals=(
            Withdrawal(2, Proposal.ALLOW, agree=100, disagree=10, abstain=8, reason="Lý do sức khỏe"),
            Withdrawal(5, Proposal.REFUSE, agree=90, disagree=28, method=VoteMethod.SECRET),
        ),
    )
    allowed, refused = (decide(w, 118, RULES) for w in e.withdrawals)
    assert (allowed.status, allowed.carried, allowed.votes_needed) == (WithdrawalStatus.ALLOWED, True, 60)
    assert (refused.status, refused.carried) == (WithdrawalStatus.NOT_ALLOWED, True)
    assert resulting_list(e, 118, RULES) == (1, 3, 4, 5, 6, 7)
    data = make_data(e, summoned=120, excluded=2, attending=118)
    assert withdrawn(data, e) == frozenset({2}) and attending_for(data, e) == 118
    assert next_round(e, [], Purpose.ELECTION, withdrawn(data, e)) == (5, (1, 3, 4, 5, 6, 7))
    assert problems(e, 118, RULES, "e") == {1: []}


def test_the_list_changes_only_by_a_carried_decision_to_allow() -> None:
    """A proposal to allow that does not carry keeps the name; a proposal to refuse that does not carry
    leaves the decision to people (W203) until it is recorded; a recorded decision stands alone.

    118 attending: 59 is not more than half. Of the votes cast [V parameter], 59 of 100 is.
    """
    kept = decide(Withdrawal(2, Proposal.ALLOW, agree=59, disagree=59), 118, RULES)
    assert (kept.status, kept.carried, kept.by_vote) == (WithdrawalStatus.NOT_ALLOWED, False, False)
    open_ = decide(Withdrawal(2, Proposal.REFUSE, agree=40, disagree=78), 118, RULES)
    assert (open_.status, open_.by_vote) == (WithdrawalStatus.UNDECIDED, None)
    settled = decide(Withdrawal(2, Proposal.REFUSE, agree=40, disagree=78, allowed=True), 118, RULES)
    assert settled.status is WithdrawalStatus.ALLOWED
    recorded = decide(Withdrawal(2, Proposal.ALLOW, allowed=False), 118, RULES)
    assert (recorded.status, recorded.carried, recorded.votes_needed) == (WithdrawalStatus.NOT_ALLOWED, None, None)
    cast = Parameters(withdrawal_majority_of="votes_cast")
    of_cast = decide(Withdrawal(2, Proposal.ALLOW, agree=59, disagree=41), 118, cast)
    assert (of_cast.status, of_cast.votes_needed) == (WithdrawalStatus.ALLOWED, 51)


def test_withdrawal_problems() -> None:
    """W203 no decision yet; E206 more votes than those attending; E207 a recorded decision against the vote;
    E205 a name the congress let withdraw is still on the ballot (a later round's request changes that round)."""
    e = make_election(
        5,
        3,
        withdrawals=(
            Withdrawal(1, Proposal.ALLOW),
            Withdrawal(2, Proposal.ALLOW, agree=15, disagree=10),
            Withdrawal(3, Proposal.ALLOW, agree=15, allowed=False),
            Withdrawal(4, Proposal.ALLOW, agree=15, round=2),
        ),
    )
    got = problems(e, 20, RULES, "e")
    assert [(p.code.value, p.path) for p in got[1]] == [
        ("W203", "e.withdrawals[0]"),
        ("E206", "e.withdrawals[1]"),
        ("E207", "e.withdrawals[2].allowed"),
    ]
    rnd1, rnd2 = make_round(5, 3), make_round(5, 3, number=2)
    e = replace(e, rounds=(rnd1, rnd2))
    got = problems(e, 20, RULES, "e")
    assert [p.code.value for p in got[1]] == ["W203", "E206", "E207", "E205"]
    assert [(p.code.value, p.params) for p in got[2]] == [
        ("E205", {"no": 2, "round": 2}),
        ("E205", {"no": 4, "round": 2}),
    ]
    data = make_data(e, attending=20)
    assert codes(tally_election(data, e))[:4] == ["W203", "E206", "E207", "E205"]


def test_an_election_with_its_own_electorate_votes_on_its_own_withdrawals() -> None:
    """A standing-committee election by the new committee (15 members): its withdrawals are decided by the 15."""
    e = make_election(5, 3, electorate=Electorate(15), withdrawals=(Withdrawal(1, Proposal.ALLOW, agree=8),))
    data = make_data(e, attending=118)
    assert attending_for(data, e) == 15 and withdrawn(data, e) == frozenset({1})
    assert withdrawn(data, make_election(3, 2)) == frozenset()


def test_a_write_in_of_a_withdrawn_name_is_ruled_invalid() -> None:
    """A name the congress let withdraw is not on the ballot; writing it in makes the ballot invalid (write_in, RULES §5)."""
    rnd = make_round(3, 2)
    assert invalid_reason(RuledInvalidBallot(InvalidReason.WRITE_IN), rnd) is InvalidReason.WRITE_IN


# --- the cell by its size and the usual sequence (RULES §2, §7) ------------------------------------------------


def test_a_cell_under_9_members_elects_its_secretary_directly() -> None:
    """A cell of 7 official members: no committee; the secretary and at most one deputy, each on its own ballot
    (Party Charter Art. 24.4); delegates to the higher congress follow when it sends any."""
    steps = usual_sequence(CongressLevel.CELL, 7)
    assert [(s.id, s.body, s.seats) for s in steps] == [
        ("bt", Body.SECRETARY, 1),
        ("pbt", Body.DEPUTY_SECRETARY, 1),
        ("dbct", Body.DELEGATES, None),
        ("dbdk", Body.ALTERNATE_DELEGATES, None),
    ]
    assert steps[1].optional and steps[3].pool == CandidatePool("dbct", PoolTake.NOT_ELECTED)
    assert [s.id for s in usual_sequence(CongressLevel.CELL, 7, delegates=False)] == ["bt", "pbt"]


def test_a_cell_of_9_or_more_elects_a_committee_then_its_leaders() -> None:
    """A cell of 12: a committee of at most 7, then the secretary and the deputy from its members, on separate
    ballots (244 Art. 19 cl. 9); with direct election, a nomination ballot from the committee comes first."""
    steps = usual_sequence(CongressLevel.CELL, 12, delegates=False)
    assert [(s.id, s.max_seats, s.pool) for s in steps] == [
        ("chiuy", CELL_COMMITTEE_MAX, None),
        ("bt", None, CandidatePool("chiuy", PoolTake.ELECTED)),
        ("pbt", None, CandidatePool("chiuy", PoolTake.ELECTED)),
    ]
    direct = usual_sequence(CongressLevel.CELL, 12, direct_secretary=True, delegates=False)
    assert [(s.id, s.kind) for s in direct][:3] == [
        ("chiuy", ElectionKind.ELECTION),
        ("gtbt", ElectionKind.NOMINATION),
        ("bt", ElectionKind.ELECTION),
    ]


def test_a_grassroots_or_higher_congress_and_its_committees_first_meeting() -> None:
    """The congress elects the committee and its delegates; the new committee's first meeting elects the
    standing committee, secretary, deputies, inspection committee and its chair. Electing the secretary
    directly: committee → nomination ballot from the elected → secretary by the whole congress from the
    proposed (Chỉ thị 45-CT/TW, 04-HD/TW 2024 item 8)."""
    steps = usual_sequence(CongressLevel.HIGHER)
    assert [(s.id, s.voters) for s in steps] == [
        ("bch", Voters.CONGRESS),
        ("dbct", Voters.CONGRESS),
        ("dbdk", Voters.CONGRESS),
        ("btv", Voters.NEW_COMMITTEE),
        ("bt", Voters.NEW_COMMITTEE),
        ("pbt", Voters.NEW_COMMITTEE),
        ("ubkt", Voters.NEW_COMMITTEE),
        ("cnubkt", Voters.NEW_COMMITTEE),
    ]
    assert steps[4].pool == CandidatePool("btv", PoolTake.ELECTED)
    direct = usual_sequence(CongressLevel.GRASSROOTS, direct_secretary=True, standing_committee=False)
    assert [s.id for s in direct] == ["bch", "gtbt", "bt", "dbct", "dbdk", "pbt", "ubkt", "cnubkt"]
    assert direct[1] == Step(
        "gtbt", Body.SECRETARY, ElectionKind.NOMINATION, pool=CandidatePool("bch", PoolTake.ELECTED), seats=1
    )
    assert direct[2].pool == CandidatePool("gtbt", PoolTake.PROPOSED) and direct[5].pool == CandidatePool(
        "bch", PoolTake.ELECTED
    )


def _cell(summoned: int, *elections):  # type: ignore[no-untyped-def]
    data = make_data(*elections, summoned=summoned, excluded=0)
    return replace(data, congress=replace(data.congress, level=CongressLevel.CELL))


def test_what_a_cell_congress_may_not_set_up() -> None:
    """E501 a committee in a cell of 8; E502 a committee of 8 in a cell of 20; E503 the secretary on a ballot
    for 3 (secretary and committee together); E504 two deputies below 9; E505 from 9, a secretary not taken
    from the committee's elected."""
    committee = make_election(4, 3, id="chiuy")
    secretary = make_election(3, 3, body=Body.SECRETARY, id="bt")
    deputies = make_election(3, 2, body=Body.DEPUTY_SECRETARY, id="pbt")
    small = check_cell(_cell(8, committee, secretary, deputies))
    assert {k: [p.code.value for p in v] for k, v in small.items()} == {
        "chiuy": ["E501"],
        "bt": ["E503"],
        "pbt": ["E504"],
    }
    big = make_election(10, 8, id="chiuy")
    large = check_cell(_cell(20, big, secretary, deputies))
    assert {k: [p.code.value for p in v] for k, v in large.items()} == {
        "chiuy": ["E502"],
        "bt": ["E503", "E505"],
        "pbt": ["E505"],
    }
    assert [p.path for p in large["bt"]] == ["elections[1].seats", "elections[1].candidate_pool"]
    stray = make_election(3, 1, body=Body.SECRETARY, kind=ElectionKind.NOMINATION, id="gt")
    bt = make_election(1, 1, body=Body.SECRETARY, id="bt", candidate_pool=CandidatePool("gt", PoolTake.PROPOSED))
    through = check_cell(_cell(20, make_election(8, 7, id="chiuy"), stray, bt))
    assert {k: [p.code.value for p in v] for k, v in through.items()} == {"bt": ["E505"]}


def test_a_cell_set_up_as_the_rules_say_has_no_problem() -> None:
    """A cell of 12: committee of 7, secretary from its elected or from a nomination's proposed, an opinion
    ballot beside; a grassroots congress is not checked as a cell."""
    committee = make_election(8, 7, id="chiuy")
    pool = CandidatePool("chiuy", PoolTake.ELECTED)
    gt = make_election(7, 1, body=Body.SECRETARY, kind=ElectionKind.NOMINATION, id="gt", candidate_pool=pool)
    bt = make_election(1, 1, body=Body.SECRETARY, id="bt", candidate_pool=CandidatePool("gt", PoolTake.PROPOSED))
    pbt = make_election(2, 1, body=Body.DEPUTY_SECRETARY, id="pbt", candidate_pool=pool)
    other = make_election(3, 1, body=Body.OTHER, id="x")
    assert check_cell(_cell(12, committee, gt, bt, pbt, other)) == {}
    assert check_cell(make_data(make_election(4, 3, id="chiuy"), summoned=5, excluded=0)) == {}


def test_cell_problems_appear_on_every_round_of_the_election() -> None:
    """The tally carries a cell's structure problems beside the counts."""
    committee = make_election(4, 3, (make_round(4, 3, (struck(4, count=8),)),), id="chiuy")
    result = tally_all(_cell(8, committee))[0]
    assert codes(result) == ["E501"]


# --- the pause (RULES §2) ---------------------------------------------------------------------------------------


def test_the_intended_secretary_not_elected_pauses_the_election() -> None:
    """The convening committee intended Nguyễn Văn An as secretary; he was not elected to the committee: the new
    committee pauses the secretary election and asks the higher standing committee (2025 Q&A). A decision with
    who made it, not a failure; the result says "paused"."""
    decided = Decision("Ban Chấp hành khóa mới", "Xin ý kiến Ban Thường vụ Tỉnh ủy", "2025-06-12 15:00")
    committee = make_election(3, 2, (make_round(3, 2, (struck(1, count=20),)),), id="bch")
    pause = Pause(PauseReason.INTENDED_NOT_ELECTED, decided, intended="Nguyễn Văn An")
    secretary = make_election(
        1, 1, body=Body.SECRETARY, id="bt", candidate_pool=CandidatePool("bch", PoolTake.ELECTED), pause=pause
    )
    result = {r.election: r for r in tally_all(make_data(committee, secretary))}["bt"]
    assert result.paused and result.pause == pause and result.rounds == () and is_paused(secretary)
    resumed = replace(secretary, pause=replace(pause, resumed=Decision("Ban Thường vụ Tỉnh ủy")))
    assert not is_paused(resumed) and not tally_election(make_data(resumed), resumed).paused


def test_pause_problems() -> None:
    """E601 a paused election that already has ballots; W601 the intended person is in the pool after all."""
    decided = Decision("Ban Chấp hành khóa mới")
    committee = make_election(3, 2, (make_round(3, 2, (struck(3, count=20),)),), id="bch")
    pool = CandidatePool("bch", PoolTake.ELECTED)
    ballots = (MarkedBallot({1: Mark.AGREE}, 15),)
    held = make_election(1, 1, (make_round(1, 1, ballots),), body=Body.SECRETARY, id="bt", candidate_pool=pool)
    held = replace(held, pause=Pause(PauseReason.INTENDED_NOT_ELECTED, decided, intended="Nguyễn Văn An"))
    result = {r.election: r for r in tally_all(make_data(committee, held))}["bt"]
    assert codes(result) == ["E601", "W601"]
    resumed = replace(held, pause=replace(held.pause, resumed=decided, intended="Lê Văn X"))  # type: ignore[arg-type]
    assert codes({r.election: r for r in tally_all(make_data(committee, resumed))}["bt"]) == []
    other = replace(held, pause=Pause(PauseReason.OTHER, decided, intended="Nguyễn Văn An", resumed=decided))
    assert codes({r.election: r for r in tally_all(make_data(committee, other))}["bt"]) == []
    unpooled = replace(other, candidate_pool=None, pause=replace(other.pause, reason=PauseReason.INTENDED_NOT_ELECTED))  # type: ignore[arg-type]
    assert codes(tally_election(make_data(unpooled), unpooled, committee.candidates)) == []


# --- guidance issuers, the 3–5 cap, the opinion ballot ------------------------------------------------------------


def test_the_guidance_is_cited_with_its_issuer() -> None:
    """03-HD/TW (2020) is the Secretariat's, 04-HD/TW (2024) the Central Committee's — not the Organisation
    Commission's (RULES §1)."""
    assert QD244.guidance == "Hướng dẫn số 03-HD/TW ngày 20/3/2020 của Ban Bí thư"
    assert QD190.guidance == "Hướng dẫn số 04-HD/TW ngày 31/12/2024 của Ban Chấp hành Trung ương"
    assert "Ban Tổ chức" not in QD190.guidance + QD244.guidance


@pytest.mark.parametrize(
    ("body", "cap"),
    [
        (Body.COMMITTEE, 1),
        (Body.STANDING_COMMITTEE, 1),
        (Body.INSPECTION_COMMITTEE, 1),  # its own cap: 30 % of 5 = 1 (never less than 1)
        (Body.DELEGATES, 1),
    ],
)
def test_the_cap_of_1_for_3_to_5_seats_is_for_committees(body: Body, cap: int) -> None:
    """5 seats: the committee and the standing committee may have 1 name more (2025 Q&A); other bodies keep
    their own cap: 30 % of the seats by default, or the election's `max_surplus`."""
    assert surplus_cap(make_election(7, 5, body=body), 5, RULES) == cap


def test_an_inspection_committee_of_5_may_have_a_surplus_of_2_when_its_cap_allows() -> None:
    """An inspection committee of 5 from 7 with the congress's cap of 2: no E202; a committee of 5 from 7 is E202."""
    inspection = make_election(7, 5, body=Body.INSPECTION_COMMITTEE, max_surplus=2)
    assert [p.code.value for p in check_list(inspection, make_round(7, 5), RULES, "r")] == []
    seven = make_election(10, 7, body=Body.INSPECTION_COMMITTEE)
    assert surplus_cap(seven, 7, RULES) == 2
    committee = make_election(7, 5, body=Body.COMMITTEE, max_surplus=None)
    assert "E202" in [p.code.value for p in check_list(committee, make_round(7, 5), RULES, "r")]


def test_a_blank_row_on_an_opinion_ballot_is_no_support() -> None:
    """One floor nominee; a ballot with the row left blank stays valid and gives no support (RULES §5): the
    single-candidate rule (X in exactly one box) is for election ballots only."""
    rnd = make_round(1, 1)
    blank = MarkedBallot({})
    assert invalid_reason(blank, rnd, ElectionKind.OPINION) is None
    assert invalid_reason(MarkedBallot({1: Mark.BOTH}), rnd, ElectionKind.OPINION) is None
    assert invalid_reason(blank, rnd) is InvalidReason.SINGLE_NO_CHOICE
    e = make_election(1, 1, (make_round(1, 1, (blank, MarkedBallot({1: Mark.AGREE}, 7))),), kind=ElectionKind.OPINION)
    r = tally_all(make_data(e, attending=20))[0].rounds[0]
    assert (r.ballots.valid, r.candidates[0].votes, r.threshold.votes_needed) == (8, 7, 7)
