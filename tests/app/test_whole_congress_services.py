"""The whole congress through the services (issue 12 B): the sequence by the congress's kind, pools, nomination
ballots entered and finalized, the head's choice on a tie, withdrawals with the congress's vote, the pause — each
one logged action, refused with a code and nothing written when it does not fit, and `verify` replays it all."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest

from app import congress as congress_svc
from app import decisions, elections, entry, reports, rounds, sequence, withdrawals
from app.db import Actor, Database
from app.pools import offered, pool_from_key, pool_key, pool_view
from app.record.events import ElectionPaused, HeadChoiceSet, WithdrawalsSet
from ballot.model import (
    Body,
    Candidate,
    CandidatePool,
    Congress,
    CongressLevel,
    Election,
    ElectionKind,
    InvalidReason,
    Mark,
    MarkedBallot,
    NominatedBallot,
    PauseReason,
    PoolTake,
    Proposal,
    StruckBallot,
    VoteMethod,
    Withdrawal,
)
from ballot.outcome import Nominated
from ballot.rulesets import Parameters
from tests.app.conftest import PIN
from tests.app.test_services import refused

ME = Actor("máy-1", "Lê Văn Cường")
NAMES = [f"Ủy viên {chr(65 + i)} Nguyễn" for i in range(18)]


@pytest.fixture
def db(target: str, congress: Congress) -> Iterator[Database]:
    """A grassroots congress electing its secretary directly, 120 summoned (1 excluded), 118 attending."""
    d = congress_svc.create(target, dataclasses.replace(congress, level=CongressLevel.GRASSROOTS), ME, head_pin=PIN)
    yield d
    d.close()


def _sequence(db: Database) -> None:
    """Committee 15 of 18 → nomination ballot from its elected → the secretary from the proposed."""
    data = reports.data(db)
    proposals = sequence.propose(data.congress, direct_secretary=True, delegates=False)
    chosen = {p.election.id for p in proposals if p.chosen}
    elections.add_all(db, ME, sequence.chosen_elections(proposals, chosen, {"bch": 15}))


def _committee(db: Database) -> None:
    """18 names; 100 ballots keep the first 15 (strike 16 17 18), 18 keep 2–16: 1–15 elected, finalized."""
    bch = reports.data(db).election("bch")
    elections.update(
        db, ME, dataclasses.replace(bch, candidates=tuple(Candidate(i, n) for i, n in enumerate(NAMES, 1)))
    )
    rounds.set_counts(db, ME, "bch", 1, ballots_issued=118, ballots_collected=118, present=118)
    entry.record_ballot(db, ME, "bch", 1, StruckBallot(frozenset({16, 17, 18}), count=100))
    entry.record_ballot(db, ME, "bch", 1, StruckBallot(frozenset({1, 17, 18}), count=18))
    rounds.finalize(db, ME, "bch", 1, PIN)


def _pick(db: Database, election_id: str) -> Election:
    """The election's list picked from its pool, as the window does (never retyped)."""
    data = reports.data(db)
    e = data.election(election_id)
    assert e.candidate_pool is not None
    view = pool_view(data, reports.results(db), set(reports.seals(db)), e.candidate_pool)
    picked = tuple(Candidate(i, c.name, c.note) for i, c in enumerate(view.members, 1))
    elections.update(db, ME, dataclasses.replace(e, candidates=picked))
    return reports.data(db).election(election_id)


def test_the_sequence_by_kind_is_proposed_and_created_in_one_action(db: Database) -> None:
    c = reports.data(db).congress
    proposals = sequence.propose(c, direct_secretary=True)
    ids = [p.election.id for p in proposals]
    assert ids[:3] == ["bch", "gtbt", "bt"]
    by = {p.election.id: p for p in proposals}
    assert by["gtbt"].election.kind is ElectionKind.NOMINATION and by["gtbt"].seats_fixed
    assert by["gtbt"].election.candidate_pool == CandidatePool("bch", PoolTake.ELECTED)
    assert by["bt"].election.candidate_pool == CandidatePool("gtbt", PoolTake.PROPOSED)
    assert by["bch"].election.title == "Bầu Ban Chấp hành Đảng bộ xã Thái Tân nhiệm kỳ 2025–2030"
    assert not by["btv"].chosen and not by["dbct"].chosen and by["bch"].chosen  # the first meeting, optional ones
    with refused("sequence.seats_missing"):
        sequence.chosen_elections(proposals, {"bch"}, {})
    with refused("sequence.source_skipped"):
        sequence.chosen_elections(proposals, {"bch", "bt"}, {"bch": 15})
    made = sequence.chosen_elections(proposals, {"bch", "gtbt", "bt", "ubkt"}, {"bch": 15, "ubkt": 5})
    assert [e.seats for e in made] == [15, 1, 1, 5]
    ubkt = next(e for e in made if e.id == "ubkt")
    assert ubkt.electorate is not None and ubkt.electorate.summoned == 15  # voted by the new committee
    n = len(reports.log(db))
    elections.add_all(db, ME, made)
    assert [r.action for r in reports.log(db)[n:]] == ["election.add"] * 4
    again = sequence.propose(reports.data(db).congress, {"bch", "gtbt", "bt", "ubkt"}, direct_secretary=True)
    assert [p.election.id for p in again][:3] == ["bch2", "gtbt2", "bt2"]
    assert again[2].election.candidate_pool == CandidatePool("gtbt2", PoolTake.PROPOSED)
    with refused("election.exists"):
        elections.add_all(db, ME, made[:1])
    assert len(reports.log(db)) == n + 4 and reports.verify(db).ok


def test_a_cell_under_nine_and_from_nine(db: Database) -> None:
    small = dataclasses.replace(reports.data(db).congress, level=CongressLevel.CELL)
    small = dataclasses.replace(small, electorate=dataclasses.replace(small.electorate, summoned=8))
    assert [p.election.body for p in sequence.propose(small, delegates=False)] == [
        Body.SECRETARY,
        Body.DEPUTY_SECRETARY,
    ]
    big = dataclasses.replace(small, electorate=dataclasses.replace(small.electorate, summoned=12))
    first = sequence.propose(big, delegates=False)[0]
    assert first.election.id == "chiuy" and first.election.seats == 7 and first.election.title.startswith("Bầu Chi ủy")
    with refused("sequence.no_level"):
        sequence.propose(dataclasses.replace(big, level=None))


def test_committee_then_nomination_then_secretary(db: Database) -> None:
    """The must-reach path through the services: pools picked, the nomination counted, the secretary elected."""
    _sequence(db)
    gtbt = reports.data(db).election("gtbt")
    assert gtbt.candidates == () and gtbt.rounds[0].candidates == ()
    with refused("ballot.list_empty"):  # its list waits for the committee's result
        entry.record_ballot(db, ME, "gtbt", 1, NominatedBallot(frozenset({1})))
    _committee(db)
    gtbt = _pick(db, "gtbt")
    assert [c.name for c in gtbt.candidates] == NAMES[:15]
    rounds.set_counts(db, ME, "gtbt", 1, ballots_issued=118, ballots_collected=118, present=118)
    entry.record_ballot(db, ME, "gtbt", 1, NominatedBallot(frozenset({3}), count=70))
    entry.record_ballot(db, ME, "gtbt", 1, NominatedBallot(frozenset({5}), count=40))
    entry.record_ballot(db, ME, "gtbt", 1, NominatedBallot(frozenset({3, 5}), count=5))  # 2 names of 1: invalid
    entry.record_ballot(db, ME, "gtbt", 1, NominatedBallot(frozenset(), 1, count=2))  # a name outside the pool
    entry.record_ballot(db, ME, "gtbt", 1, NominatedBallot(frozenset()))  # blank: valid, no support
    with refused("ballot.form.written"):
        entry.record_ballot(db, ME, "gtbt", 1, StruckBallot(frozenset({1})))
    result = next(r for r in reports.results(db) if r.election == "gtbt").rounds[0]
    assert result.ballots.invalid_by_reason == {InvalidReason.OVER_LIMIT: 5, InvalidReason.OUTSIDE_POOL: 2}
    assert isinstance(result.outcome, Nominated) and result.outcome.proposed == (3,)
    # the secretary cannot be finalized, nor its list trusted, before the nomination ballot is
    bt = _pick(db, "bt")
    assert [c.name for c in bt.candidates] == [NAMES[2]]
    rounds.set_counts(db, ME, "bt", 1, ballots_issued=118, ballots_collected=118, present=118)
    entry.record_ballot(db, ME, "bt", 1, MarkedBallot({1: Mark.AGREE}, count=110))
    entry.record_ballot(db, ME, "bt", 1, MarkedBallot({1: Mark.DISAGREE}, count=8))
    with refused("round.pool_source_open"):
        rounds.finalize(db, ME, "bt", 1, PIN)
    rounds.finalize(db, ME, "gtbt", 1, PIN)
    sealed = reports.log(db)[-1]
    assert sealed.action == "round.finalize@2" and '"outcome":"nominated"' in sealed.payload
    rounds.finalize(db, ME, "bt", 1, PIN)
    assert next(r for r in reports.results(db) if r.election == "bt").elected == (1,)
    assert reports.verify(db).ok


def test_the_head_chooses_on_a_nomination_tie(db: Database) -> None:
    _sequence(db)
    _committee(db)
    _pick(db, "gtbt")
    rounds.set_counts(db, ME, "gtbt", 1, ballots_issued=118, ballots_collected=118, present=118)
    with refused("choice.no_tie"):
        decisions.choose(db, ME, "gtbt", 1, (3,), PIN)
    entry.record_ballot(db, ME, "gtbt", 1, NominatedBallot(frozenset({3}), count=59))
    entry.record_ballot(db, ME, "gtbt", 1, NominatedBallot(frozenset({5}), count=59))
    tied = next(r for r in reports.results(db) if r.election == "gtbt").rounds[0].outcome
    assert isinstance(tied, Nominated) and tied.tied == (3, 5) and tied.proposed == ()
    n = len(reports.log(db))
    with refused("pin.wrong"):
        decisions.choose(db, ME, "gtbt", 1, (5,), "000000")
    with refused("choice.not_fit"):
        decisions.choose(db, ME, "gtbt", 1, (3, 5), PIN)
    with refused("choice.not_fit"):
        decisions.choose(db, ME, "gtbt", 1, (1,), PIN)
    with refused("choice.not_nomination"):
        decisions.choose(db, ME, "bt", 1, (1,), PIN)
    # refusals write nothing, except the wrong PIN: logged (issue 11), with nothing else
    assert [r.action for r in reports.log(db)[n:]] == ["pin.failed"]
    choice = decisions.choose(db, ME, "gtbt", 1, (5,), PIN, "Trưởng ban chọn theo ý kiến Đoàn Chủ tịch")
    assert choice.decision.by == "Trần Thị Bình" and choice.decision.at  # the head, recorded with the time
    rec = reports.log(db)[-1]
    assert isinstance(rec.event, HeadChoiceSet) and rec.event.choice == choice
    result = next(r for r in reports.results(db) if r.election == "gtbt").rounds[0]
    assert isinstance(result.outcome, Nominated) and result.outcome.proposed == (5,)
    assert reports.data(db).election("gtbt").rounds[0].head_choice == choice
    decisions.clear_choice(db, ME, "gtbt", 1, PIN)
    assert reports.data(db).election("gtbt").rounds[0].head_choice is None
    with refused("choice.none"):
        decisions.clear_choice(db, ME, "gtbt", 1, PIN)
    decisions.choose(db, ME, "gtbt", 1, (3,), PIN)
    rounds.finalize(db, ME, "gtbt", 1, PIN)
    with refused("round.finalized"):
        decisions.clear_choice(db, ME, "gtbt", 1, PIN)
    bt = _pick(db, "bt")
    assert [c.name for c in bt.candidates] == [NAMES[2]]
    assert reports.verify(db).ok


def test_withdrawals_follow_the_congress_vote_and_change_the_list(db: Database, committee: Election) -> None:
    elections.add(db, ME, dataclasses.replace(committee, seats=4))
    six = (1, 2, 3, 4, 5, 6)
    allow = Withdrawal(6, Proposal.ALLOW, 100, 10, 8, reason="Sức khỏe")
    n = len(reports.log(db))
    withdrawals.set_withdrawals(db, ME, "bch", (allow,))
    rec = reports.log(db)[-1]
    assert isinstance(rec.event, WithdrawalsSet) and rec.event.round is not None
    assert reports.data(db).election("bch").rounds[0].candidates == (1, 2, 3, 4, 5)  # left the ballot
    refuse = Withdrawal(2, Proposal.REFUSE, 20, 90, 8, method=VoteMethod.SECRET)  # the refusal does not carry
    withdrawals.set_withdrawals(db, ME, "bch", (allow, refuse))
    assert reports.log(db)[-1].event.round is None  # type: ignore[union-attr]
    results = next(r for r in reports.results(db) if r.election == "bch").rounds[0]
    assert "W203" in {p.code.value for p in results.problems}  # undecided: people record the decision
    withdrawals.set_withdrawals(db, ME, "bch", (allow, dataclasses.replace(refuse, allowed=True)))
    assert reports.data(db).election("bch").rounds[0].candidates == (1, 3, 4, 5)
    for bad, code in (
        ((Withdrawal(9, Proposal.ALLOW),), "withdrawal.not_on_list"),
        ((allow, allow), "withdrawal.twice"),
        ((Withdrawal(1, Proposal.ALLOW, 100, 20, 0),), "withdrawal.votes_over"),
        ((Withdrawal(1, Proposal.ALLOW, round=2),), "withdrawal.round_closed"),
    ):
        with refused(code):
            withdrawals.set_withdrawals(db, ME, "bch", bad)
    # taking the requests back puts the names on the ballot again
    withdrawals.set_withdrawals(db, ME, "bch", ())
    assert reports.data(db).election("bch").rounds[0].candidates == six
    withdrawals.set_withdrawals(db, ME, "bch", (allow,))
    # a reordered list keeps each request with its person; a person with a request cannot leave the list
    bch = reports.data(db).election("bch")
    flipped = tuple(Candidate(i, c.name) for i, c in enumerate(reversed(bch.candidates), 1))
    elections.update(db, ME, dataclasses.replace(bch, candidates=flipped))
    again = reports.data(db).election("bch")
    assert again.withdrawals[0].no == 1 and again.candidate(1).name == bch.candidate(6).name
    assert again.rounds[0].candidates == (2, 3, 4, 5, 6)
    with refused("withdrawal.person_removed"):
        elections.update(db, ME, dataclasses.replace(again, candidates=again.candidates[1:]))
    rounds.set_counts(db, ME, "bch", 1, ballots_issued=10, ballots_collected=10, present=10)
    entry.record_ballot(db, ME, "bch", 1, StruckBallot(frozenset({2}), count=10))
    with refused("withdrawal.round_closed"):  # round 1 has ballots: its requests stand
        withdrawals.set_withdrawals(db, ME, "bch", ())
    later = Withdrawal(2, Proposal.ALLOW, 100, 0, 0, round=2)
    withdrawals.set_withdrawals(db, ME, "bch", (*again.withdrawals, later))  # for the next round's list
    rounds.finalize(db, ME, "bch", 1, PIN)
    with refused("election.finalized"):
        withdrawals.set_withdrawals(db, ME, "bch", again.withdrawals)
    assert len(reports.log(db)) > n and reports.verify(db).ok


def test_withdrawals_by_the_votes_cast_parameter(db: Database, committee: Election) -> None:
    congress_svc.set_parameters(db, ME, Parameters(withdrawal_majority_of="votes_cast"))
    elections.add(db, ME, committee)
    withdrawals.set_withdrawals(db, ME, "bch", (Withdrawal(6, Proposal.ALLOW, 30, 10, 0),))  # 30 of 40 cast
    assert reports.data(db).election("bch").rounds[0].candidates == (1, 2, 3, 4, 5)
    assert reports.data(db).parameters == Parameters(withdrawal_majority_of="votes_cast")
    assert reports.verify(db).ok


def test_the_pause_is_a_decision_recorded_and_resumed(db: Database) -> None:
    _sequence(db)
    with refused("decision.by_empty"):
        decisions.pause(db, ME, "bt", PauseReason.INTENDED_NOT_ELECTED, "  ")
    with refused("pause.not_paused"):
        decisions.resume(db, ME, "bt", "Ban Thường vụ Huyện ủy")
    decisions.pause(
        db, ME, "bt", PauseReason.INTENDED_NOT_ELECTED, "Ban Chấp hành khóa mới", "Xin ý kiến", intended="Lê Văn A"
    )
    rec = reports.log(db)[-1]
    assert isinstance(rec.event, ElectionPaused) and rec.event.pause.decision.at
    with refused("pause.already"):
        decisions.pause(db, ME, "bt", PauseReason.OTHER, "Đoàn Chủ tịch")
    er = next(r for r in reports.results(db) if r.election == "bt")
    assert er.paused and er.pause is not None and er.pause.intended == "Lê Văn A"
    decisions.resume(db, ME, "bt", "Ban Thường vụ Huyện ủy", "Đồng ý tiếp tục")
    p = reports.data(db).election("bt").pause
    assert p is not None and p.resumed is not None and p.resumed.by == "Ban Thường vụ Huyện ủy"
    _committee(db)
    with refused("election.has_ballots"):
        decisions.pause(db, ME, "bch", PauseReason.OTHER, "Đoàn Chủ tịch")
    assert reports.verify(db).ok


def test_an_election_needs_a_title_and_the_pool_keys(db: Database, committee: Election) -> None:
    with refused("input.election_title"):
        elections.add(db, ME, dataclasses.replace(committee, title="  "))
    elections.add(db, ME, committee)
    data = reports.data(db)
    assert offered(data, "x") == (CandidatePool("bch", PoolTake.ELECTED), CandidatePool("bch", PoolTake.NOT_ELECTED))
    for pool in (None, CandidatePool("bch", PoolTake.PROPOSED), CandidatePool("a:b", PoolTake.ELECTED)):
        assert pool_from_key(pool_key(pool)) == pool
