"""An election paused to ask the higher standing committee (RULES.md §2): a recorded decision, not a failure.

If the person the convening committee intended as secretary, deputy secretary or chair of the
inspection committee is not elected to the committee (or standing committee), the new committee
pauses that election and asks the higher standing committee for guidance (2025 Q&A).
"""

from __future__ import annotations

from ballot.model import Candidate, Election, PauseReason
from ballot.problems import Code, Problem


def is_paused(election: Election) -> bool:
    """Paused and not yet resumed on the higher standing committee's guidance."""
    return election.pause is not None and election.pause.resumed is None


def problems(election: Election, pool: tuple[Candidate, ...] | None, path: str) -> list[Problem]:
    """E601 a paused election that has ballots; W601 the intended person is in the pool after all."""
    p = election.pause
    if p is None:
        return []
    found: list[Problem] = []
    if p.resumed is None and any(r.ballots or r.subtotals for r in election.rounds):
        found.append(Problem(Code.E601, f"{path}.pause", {"reason": p.reason.value}))
    if (
        p.reason is PauseReason.INTENDED_NOT_ELECTED
        and p.intended
        and pool is not None
        and any(c.name.casefold() == p.intended.casefold() for c in pool)
        and election.candidate_pool is not None
    ):
        found.append(
            Problem(
                Code.W601, f"{path}.pause.intended", {"name": p.intended, "election": election.candidate_pool.election}
            )
        )
    return found
