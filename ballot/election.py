"""An election across its rounds, candidate pools, and the tally of a whole congress."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from ballot import pause, withdrawal
from ballot.checks import check_list, reconcile
from ballot.model import Candidate, Election, ElectionData, ElectionKind, Pause, PoolTake, Purpose, Round
from ballot.outcome import Nominated, Tie
from ballot.problems import Code, Problem
from ballot.rulesets import Parameters, ruleset
from ballot.structure import check_cell
from ballot.tally import RoundResult, tally_round
from ballot.threshold import Threshold, majority, opinion


@dataclass(frozen=True, slots=True)
class ElectionResult:
    """Every round of one election, tallied in order."""

    election: str
    rounds: tuple[RoundResult, ...]
    #: The election was paused to ask the higher standing committee (RULES.md §2), with who decided.
    pause: Pause | None = None

    @property
    def elected(self) -> tuple[int, ...]:
        """Elected in any round, round by round, most votes first within a round."""
        return tuple(no for r in self.rounds for no in r.elected)

    @property
    def proposed(self) -> tuple[int, ...]:
        """A nomination ballot: the proposed of its last round (with the head's choice); else none."""
        last = self.rounds[-1].outcome if self.rounds else None
        return last.proposed if isinstance(last, Nominated) else ()

    @property
    def paused(self) -> bool:
        """Paused and not resumed."""
        return self.pause is not None and self.pause.resumed is None


class PoolCycle(ValueError):
    """Elections whose candidate pools refer to each other in a circle."""


def parameters(data: ElectionData) -> Parameters:
    """The rule set's parameters, or the congress's own."""
    return ruleset(data.ruleset, data.parameters).parameters


def threshold_for(data: ElectionData, election: Election, rnd: Round) -> Threshold:
    """The base: the election's own electorate or the congress's; opinion ballots use those attending.

    A nomination ballot has no pass mark: any support ranks (percentages are still of the base).
    """
    electorate = election.electorate or data.congress.electorate
    params = parameters(data)
    if election.kind is ElectionKind.OPINION:
        return opinion(electorate.summoned, electorate.excluded, data.congress.attending, params.opinion_threshold)
    t = majority(electorate.summoned, electorate.excluded)
    no_new_majority = not (rnd.tie_break_needs_majority or params.tie_break_needs_majority)
    if election.kind is ElectionKind.NOMINATION or (rnd.purpose is Purpose.TIE_BREAK and no_new_majority):
        return Threshold(t.summoned, t.excluded, t.base, majority_test=False)
    return t


def attending_for(data: ElectionData, election: Election) -> int:
    """Who votes on the election's list (e.g. withdrawals): those attending the congress, or its own electorate."""
    return data.congress.attending if election.electorate is None else election.electorate.base


def withdrawn(data: ElectionData, election: Election, round_no: int = 1) -> frozenset[int]:
    """The numbers the congress allowed to withdraw from this round's list or an earlier one (RULES.md §4)."""
    if not election.withdrawals:
        return frozenset()
    return withdrawal.withdrawn(election, attending_for(data, election), parameters(data), round_no)


def next_round(
    election: Election, prior: Sequence[RoundResult], purpose: Purpose, withdrawn: frozenset[int] = frozenset()
) -> tuple[int, tuple[int, ...]]:
    """Default seats and list of the next round: what the congress is asked to decide.

    First round: all seats, all candidates but those allowed to withdraw. A tie-break: the tied for
    their seats. Another round: the seats left, with the candidates not yet elected nor withdrawn.
    """
    if not prior:
        return election.seats, tuple(c.no for c in election.candidates if c.no not in withdrawn)
    last = prior[-1].outcome
    if purpose is Purpose.TIE_BREAK and isinstance(last, Tie):
        return last.seats, last.tied
    elected = {no for r in prior for no in r.elected}
    return election.seats - len(elected), tuple(
        c.no for c in election.candidates if c.no not in elected and c.no not in withdrawn
    )


def pool_members(source: Election, result: ElectionResult, take: PoolTake) -> tuple[Candidate, ...]:
    """The candidates a pool offers: the elected of the source election, its not-elected, or its proposed.

    The proposed of a nomination ballot come in ranking order (the head's choice included).
    """
    if take is PoolTake.PROPOSED:
        by_no = {c.no: c for c in source.candidates}
        return tuple(by_no[no] for no in result.proposed)
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
    data: ElectionData,
    election: Election,
    pool: tuple[Candidate, ...] | None = None,
    path: str = "",
    structure: Sequence[Problem] = (),
) -> ElectionResult:
    """Every round of the election with its problems; candidates outside `pool` are reported (E204).

    Each round also carries the election's own problems: its pool, its withdrawals (on the round
    whose list they change), the pause, and `structure` (what the congress may not set up).
    """
    params = parameters(data)
    results: list[RoundResult] = []
    shared = _pool_problems(election, pool, path) + list(structure) + pause.problems(election, pool, path)
    by_round = (
        withdrawal.problems(election, attending_for(data, election), params, path) if election.withdrawals else {}
    )
    for i, rnd in enumerate(election.rounds):
        rpath = f"{path}.rounds[{i}]"
        result = tally_round(election, rnd, threshold_for(data, election, rnd), params)
        problems = shared + by_round.get(rnd.number, []) + check_list(election, rnd, params, rpath)
        problems += _round_problems(rnd, results, rpath) + _choice_problems(result, rnd, rpath)
        problems += reconcile(result, rnd, rpath, params)
        results.append(_with(result, problems))
    return ElectionResult(election.id, tuple(results), election.pause)


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


def _choice_problems(result: RoundResult, rnd: Round, path: str) -> list[Problem]:
    """The head's recorded choice on a nomination tie must fit the tie: E401 it does not, E402 there is none."""
    o = result.outcome
    choice = rnd.head_choice
    if choice is None or (isinstance(o, Nominated) and o.choice is not None):
        return []
    chosen = ", ".join(map(str, choice.chosen))
    if isinstance(o, Nominated) and o.tied:
        params = {"chosen": chosen, "places": o.places, "tied": ", ".join(map(str, o.tied))}
        return [Problem(Code.E401, f"{path}.head_choice", params)]
    return [Problem(Code.E402, f"{path}.head_choice", {"chosen": chosen})]


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
    structure = check_cell(data)
    results: dict[str, ElectionResult] = {}
    for e in order(data):
        pool = None
        cp = e.candidate_pool
        if cp is not None and cp.election in results:
            pool = pool_members(data.election(cp.election), results[cp.election], cp.take)
        results[e.id] = tally_election(data, e, pool, f"elections[{index[e.id]}]", structure.get(e.id, ()))
    return tuple(results[e.id] for e in data.elections)
