"""An election across its rounds, candidate pools, and the tally of a whole congress."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from ballot.checks import check_list, reconcile
from ballot.model import Candidate, Election, ElectionData, ElectionKind, PoolTake, Purpose, Round
from ballot.outcome import Tie
from ballot.problems import Code, Problem
from ballot.rulesets import Parameters, ruleset
from ballot.tally import RoundResult, tally_round
from ballot.threshold import Threshold, majority, opinion


@dataclass(frozen=True, slots=True)
class ElectionResult:
    """Every round of one election, tallied in order."""

    election: str
    rounds: tuple[RoundResult, ...]

    @property
    def elected(self) -> tuple[int, ...]:
        """Elected in any round, round by round, most votes first within a round."""
        return tuple(no for r in self.rounds for no in r.elected)


class PoolCycle(ValueError):
    """Elections whose candidate pools refer to each other in a circle."""


def parameters(data: ElectionData) -> Parameters:
    """The rule set's parameters, or the congress's own."""
    return ruleset(data.ruleset, data.parameters).parameters


def threshold_for(data: ElectionData, election: Election, rnd: Round) -> Threshold:
    """The base: the election's own electorate or the congress's; opinion ballots use those attending."""
    electorate = election.electorate or data.congress.electorate
    params = parameters(data)
    if election.kind is ElectionKind.OPINION:
        return opinion(electorate.summoned, electorate.excluded, data.congress.attending, params.opinion_threshold)
    t = majority(electorate.summoned, electorate.excluded)
    if rnd.purpose is Purpose.TIE_BREAK and not (rnd.tie_break_needs_majority or params.tie_break_needs_majority):
        return Threshold(t.summoned, t.excluded, t.base, majority_test=False)
    return t


def next_round(election: Election, prior: Sequence[RoundResult], purpose: Purpose) -> tuple[int, tuple[int, ...]]:
    """Default seats and list of the next round: what the congress is asked to decide.

    First round: all seats, all candidates. A tie-break: the tied for their seats.
    Another round: the seats left, with the candidates not yet elected.
    """
    if not prior:
        return election.seats, tuple(c.no for c in election.candidates)
    last = prior[-1].outcome
    if purpose is Purpose.TIE_BREAK and isinstance(last, Tie):
        return last.seats, last.tied
    done = {no for r in prior for no in r.elected}
    return election.seats - len(done), tuple(c.no for c in election.candidates if c.no not in done)


def pool_members(source: Election, result: ElectionResult, take: PoolTake) -> tuple[Candidate, ...]:
    """The candidates a pool offers: the elected of the source election, or its not-elected."""
    elected = set(result.elected)
    return tuple(c for c in source.candidates if (c.no in elected) == (take is PoolTake.ELECTED))


def same_person(a: Candidate, b: Candidate) -> bool:
    """The same full name, and the same note where both have one."""
    return a.name.casefold() == b.name.casefold() and (not a.note or not b.note or a.note == b.note)


def order(data: ElectionData) -> list[Election]:
    """The elections with every pool's source before the election drawing on it."""
    by_id = {e.id: e for e in data.elections}
    done: list[Election] = []
    state: dict[str, int] = {}

    def visit(e: Election) -> None:
        if state.get(e.id) == 2:
            return
        if state.get(e.id) == 1:
            raise PoolCycle(e.id)
        state[e.id] = 1
        if e.candidate_pool is not None and e.candidate_pool.election in by_id:
            visit(by_id[e.candidate_pool.election])
        state[e.id] = 2
        done.append(e)

    for e in data.elections:
        visit(e)
    return done


def tally_election(
    data: ElectionData, election: Election, pool: tuple[Candidate, ...] | None = None, path: str = ""
) -> ElectionResult:
    """Every round of the election with its problems; candidates outside `pool` are reported (E204)."""
    params = parameters(data)
    results: list[RoundResult] = []
    pool_problems = _pool_problems(election, pool, path)
    for i, rnd in enumerate(election.rounds):
        rpath = f"{path}.rounds[{i}]"
        result = tally_round(election, rnd, threshold_for(data, election, rnd))
        problems = pool_problems + check_list(election, rnd, params, rpath) + _round_problems(rnd, results, rpath)
        problems += reconcile(result, rnd, rpath)
        results.append(_with(result, problems))
    return ElectionResult(election.id, tuple(results))


def _with(result: RoundResult, problems: list[Problem]) -> RoundResult:
    return replace(result, problems=tuple(problems))


def _pool_problems(election: Election, pool: tuple[Candidate, ...] | None, path: str) -> list[Problem]:
    cp = election.candidate_pool
    if cp is None or pool is None:
        return []
    return [
        Problem(Code.E204, f"{path}.candidates[{i}]", {"no": c.no, "take": cp.take.value, "election": cp.election})
        for i, c in enumerate(election.candidates)
        if not any(same_person(c, m) for m in pool)
    ]


def _round_problems(rnd: Round, prior: list[RoundResult], path: str) -> list[Problem]:
    """A later round: seats left, nobody elected twice, the congress's decision recorded."""
    problems: list[Problem] = []
    if rnd.seats <= 0:
        problems.append(Problem(Code.E301, f"{path}.seats", {"seats": rnd.seats}))
    for r in prior:
        for no in rnd.candidates:
            if no in r.elected:
                problems.append(Problem(Code.E302, f"{path}.candidates", {"no": no, "round": r.round}))
    if prior and rnd.decision is None:
        problems.append(Problem(Code.W301, f"{path}.decision", {"round": rnd.number}))
    return problems


def tally_all(data: ElectionData) -> tuple[ElectionResult, ...]:
    """Every election of the congress, pools resolved first, in the file's order."""
    index = {e.id: i for i, e in enumerate(data.elections)}
    results: dict[str, ElectionResult] = {}
    for e in order(data):
        pool = None
        cp = e.candidate_pool
        if cp is not None and cp.election in results:
            pool = pool_members(data.election(cp.election), results[cp.election], cp.take)
        results[e.id] = tally_election(data, e, pool, f"elections[{index[e.id]}]")
    return tuple(results[e.id] for e in data.elections)
