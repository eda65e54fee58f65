"""Counting one round: ballots and subtotals to votes, ranks, status and outcome."""

from __future__ import annotations

import enum
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from ballot.model import (
    Ballot,
    Election,
    ElectionKind,
    Form,
    InvalidReason,
    Mark,
    MarkedBallot,
    NominatedBallot,
    Purpose,
    Round,
    StruckBallot,
    Subtotal,
)
from ballot.nomination import nominate
from ballot.outcome import Admitted, Nominated, Outcome, Tie, decide
from ballot.problems import Problem
from ballot.rulesets import Parameters
from ballot.text import hundredths_of_percent
from ballot.threshold import Threshold
from ballot.validity import invalid_reason


class Status(enum.StrEnum):
    """A candidate's standing after a round (a nomination ballot proposes; it elects nobody)."""

    ELECTED = "elected"
    TIED = "tied"
    NOT_ELECTED = "not_elected"
    PROPOSED = "proposed"
    NOT_PROPOSED = "not_proposed"


@dataclass(frozen=True, slots=True)
class BallotCounts:
    """Ballots issued, collected, counted, valid and invalid (with each reason)."""

    issued: int
    collected: int
    counted: int
    valid: int
    invalid_by_reason: Mapping[InvalidReason, int]

    @property
    def invalid(self) -> int:
        """All invalid ballots."""
        return sum(self.invalid_by_reason.values())


@dataclass(frozen=True, slots=True)
class CandidateResult:
    """One candidate's votes in a round; `hundredths` is the % of the base ×100 (display only)."""

    no: int
    name: str
    note: str
    votes: int
    disagree: int | None
    hundredths: int
    passed: bool
    rank: int
    status: Status


@dataclass(frozen=True, slots=True)
class RoundResult:
    """The tally of one round of one election."""

    election: str
    round: int
    seats: int
    form: Form
    purpose: Purpose
    kind: ElectionKind
    threshold: Threshold
    ballots: BallotCounts
    candidates: tuple[CandidateResult, ...]
    outcome: Outcome
    problems: tuple[Problem, ...] = field(default=())
    #: A nomination ballot: how many names it proposes (None for other kinds).
    propose: int | None = None

    @property
    def elected(self) -> tuple[int, ...]:
        """The elected (or admitted), most votes first."""
        return self.outcome.elected


@dataclass(frozen=True, slots=True)
class Counts:
    """Raw counts of a round before any decision."""

    counted: int
    invalid: Mapping[InvalidReason, int]
    votes: Mapping[int, int]
    disagree: Mapping[int, int]

    @property
    def valid(self) -> int:
        """Counted less invalid."""
        return self.counted - sum(self.invalid.values())


class RunningCount:
    """A round's counts built ballot by ballot, so that entry can show the result live (O(struck) per ballot).

    Strike-out: each valid ballot gives a vote to every name not struck.
    Agree/disagree: each valid ballot gives a vote to each name marked agree.
    Nomination: each valid ballot gives one to each pool name written on it.
    """

    def __init__(
        self, rnd: Round, kind: ElectionKind = ElectionKind.ELECTION, params: Parameters | None = None
    ) -> None:
        self.rnd = rnd
        self.kind = kind
        self.params = params or Parameters()
        self.counted = 0
        self.invalid: Counter[InvalidReason] = Counter()
        self._struck: Counter[int] = Counter()
        self._agree: Counter[int] = Counter()
        self._disagree: Counter[int] = Counter()
        self._valid_strike = 0

    def add(self, b: Ballot) -> None:
        """Counts one paper ballot, or a stack of identical ones."""
        self.counted += b.count
        reason = invalid_reason(b, self.rnd, self.kind, self.params)
        if reason is not None:
            self.invalid[reason] += b.count
        elif isinstance(b, StruckBallot):
            self._valid_strike += b.count
            for no in b.struck:
                self._struck[no] += b.count
        elif isinstance(b, NominatedBallot):
            for no in b.names:
                self._agree[no] += b.count
        else:
            assert isinstance(b, MarkedBallot)  # a ruled-invalid ballot always has a reason
            for no, mark in b.marks.items():
                if mark is Mark.AGREE:
                    self._agree[no] += b.count
                elif mark is Mark.DISAGREE:
                    self._disagree[no] += b.count

    def counts(self, subtotals: tuple[Subtotal, ...] = ()) -> Counts:
        """The counts so far, with team subtotals added."""
        candidates = self.rnd.candidates
        votes = {no: self._agree[no] + self._valid_strike - self._struck[no] for no in candidates}
        disagree = Counter({no: self._disagree[no] for no in candidates})
        invalid = Counter(self.invalid)
        counted = self.counted
        for sub in subtotals:
            counted += sub.ballots
            invalid.update(sub.invalid)
            for no in candidates:
                votes[no] += sub.votes.get(no, 0)
                disagree[no] += sub.disagree.get(no, 0)
        return Counts(
            counted=counted,
            invalid=MappingProxyType({r: n for r, n in invalid.items() if n}),
            votes=MappingProxyType(votes),
            disagree=MappingProxyType({no: disagree[no] for no in candidates}),
        )


def count(rnd: Round, kind: ElectionKind = ElectionKind.ELECTION, params: Parameters | None = None) -> Counts:
    """Adds up a round's entered ballots and team subtotals."""
    running = RunningCount(rnd, kind, params)
    for b in rnd.ballots:
        running.add(b)
    return running.counts(rnd.subtotals)


def tally_counts(election: Election, rnd: Round, threshold: Threshold, counts: Counts) -> RoundResult:
    """The result of a round from its counts: what the rules decide; ties and shortfalls reported, not settled."""
    form = election.form(rnd)
    order = rnd.candidates
    votes = counts.votes
    passed = [(no, votes[no]) for no in order if threshold.passes(votes[no])]
    outcome: Outcome
    if election.kind is ElectionKind.OPINION:
        outcome = Admitted(tuple(no for no, _ in sorted(passed, key=lambda nv: -nv[1])))
    elif election.kind is ElectionKind.NOMINATION:
        outcome = nominate([(no, votes[no]) for no in order], election.places, rnd.head_choice)
    else:
        outcome = decide(passed, rnd.seats)
    ranks = _ranks(votes)
    passed_set = {no for no, _ in passed}
    by_no = {c.no: c for c in election.candidates}
    status_of = _statuses(outcome)
    results = []
    for no in order:
        cand = by_no[no]
        v = votes[no]
        status = status_of(no)
        results.append(
            CandidateResult(
                no=no,
                name=cand.name,
                note=cand.note,
                votes=v,
                disagree=counts.disagree[no] if form is Form.AGREE_DISAGREE else None,
                hundredths=hundredths_of_percent(v, threshold.base),
                passed=no in passed_set,
                rank=ranks[v],
                status=status,
            )
        )
    ballots = BallotCounts(
        issued=rnd.ballots_issued,
        collected=rnd.ballots_collected,
        counted=counts.counted,
        valid=counts.valid,
        invalid_by_reason=counts.invalid,
    )
    return RoundResult(
        election=election.id,
        round=rnd.number,
        seats=rnd.seats,
        form=form,
        purpose=rnd.purpose,
        kind=election.kind,
        threshold=threshold,
        ballots=ballots,
        candidates=tuple(results),
        outcome=outcome,
        propose=election.places if election.kind is ElectionKind.NOMINATION else None,
    )


def _statuses(outcome: Outcome) -> Callable[[int], Status]:
    """Each candidate's status: elected or proposed, tied, or neither."""
    tied = set(outcome.tied) if isinstance(outcome, Tie | Nominated) else set()
    chosen = set(outcome.proposed if isinstance(outcome, Nominated) else outcome.elected)
    yes, no = (
        (Status.PROPOSED, Status.NOT_PROPOSED)
        if isinstance(outcome, Nominated)
        else (Status.ELECTED, Status.NOT_ELECTED)
    )
    return lambda n: yes if n in chosen else Status.TIED if n in tied else no


def _ranks(votes: Mapping[int, int]) -> dict[int, int]:
    """Rank by vote count: 1 + the number of candidates with more votes."""
    ranks: dict[int, int] = {}
    for i, v in enumerate(sorted(votes.values(), reverse=True)):
        ranks.setdefault(v, i + 1)
    return ranks


def tally_round(election: Election, rnd: Round, threshold: Threshold, params: Parameters | None = None) -> RoundResult:
    """Counts the round and decides what the rules decide; ties and shortfalls are reported, not settled."""
    return tally_counts(election, rnd, threshold, count(rnd, election.kind, params))
