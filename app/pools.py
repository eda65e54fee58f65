"""An election's candidate pool as the window offers it: the source's elected, not-elected or proposed names (with
their notes), whether the source is settled, and how the list stands against the pool (RULES.md §7)."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

from ballot.election import ElectionResult, pool_members, same_person
from ballot.model import Candidate, CandidatePool, Election, ElectionData, ElectionKind, PoolTake
from ballot.problems import Code, Problem


@dataclass(frozen=True, slots=True)
class PoolView:
    """The pool's names now; `settled` when the source's last round is finalized (the pool can still change while
    it is not, e.g. after the head reopens it); `counted` when the source has any ballot counted."""

    pool: CandidatePool
    source: Election | None
    members: tuple[Candidate, ...]
    settled: bool
    counted: bool

    def missing(self, names: Sequence[Candidate]) -> tuple[Candidate, ...]:
        """People of the pool not on the list."""
        return tuple(m for m in self.members if not any(same_person(c, m) for c in names))

    def outside(self, names: Sequence[Candidate]) -> tuple[Candidate, ...]:
        """People on the list who are not in the pool (E204)."""
        return tuple(c for c in names if not any(same_person(c, m) for m in self.members))

    def problems(self, names: Sequence[Candidate], path: str = "list") -> list[Problem]:
        """E204 for each name on the list outside the pool, as the tally will report it."""
        p = self.pool
        return [
            Problem(Code.E204, f"{path}.candidates[{i}]", {"no": c.no, "take": p.take.value, "election": p.election})
            for i, c in enumerate(names)
            if not any(same_person(c, m) for m in self.members)
        ]


def pool_view(
    data: ElectionData,
    results: Sequence[ElectionResult],
    sealed: Collection[tuple[str, int]],
    pool: CandidatePool,
) -> PoolView:
    """The pool's names from the source's current result (its last round's standing)."""
    source = next((e for e in data.elections if e.id == pool.election), None)
    result = next((r for r in results if r.election == pool.election), None)
    if source is None or result is None or not source.rounds:
        return PoolView(pool, source, (), False, False)
    last = source.rounds[-1].number
    counted = any(r.ballots.counted for r in result.rounds)
    return PoolView(pool, source, pool_members(source, result, pool.take), (pool.election, last) in sealed, counted)


def offered(data: ElectionData, own: str) -> tuple[CandidatePool, ...]:
    """Every pool an election may draw on: each other election's elected and not-elected, and each nomination
    ballot's proposed (its elected and not-elected mean nothing: it elects nobody)."""
    out: list[CandidatePool] = []
    for e in data.elections:
        if e.id == own:
            continue
        if e.kind is ElectionKind.NOMINATION:
            out.append(CandidatePool(e.id, PoolTake.PROPOSED))
        else:
            out += [CandidatePool(e.id, PoolTake.ELECTED), CandidatePool(e.id, PoolTake.NOT_ELECTED)]
    return tuple(out)


def pool_key(pool: CandidatePool | None) -> str:
    """The pool as a short text ('bch:elected'; '' for an election's own list), for the window's choices."""
    return "" if pool is None else f"{pool.election}:{pool.take.value}"


def pool_from_key(key: str) -> CandidatePool | None:
    """The pool of `pool_key`."""
    if not key:
        return None
    election, _, take = key.rpartition(":")
    return CandidatePool(election, PoolTake(take))
