"""Checks of a round's list and of its counts (RULES.md §4, §9), as coded problems."""

from __future__ import annotations

from collections import Counter

from ballot.model import Election, ElectionKind, Form, Round
from ballot.problems import Code, Problem
from ballot.rulesets import SURPLUS_REQUIRED, Parameters, round_share
from ballot.tally import RoundResult


def surplus_cap(election: Election, seats: int, params: Parameters) -> int:
    """The most names beyond the seats the list may have.

    The congress's own figure for the election when it set one; otherwise 1 for a
    committee or standing committee of 3–5 seats (2025 Q&A — other bodies keep their
    own cap), else 30 % of the seats rounded as set (190 Art. 14 cl. 1), and never
    less than 1, so that a list may exceed the seats at all.
    """
    if election.max_surplus is not None:
        return election.max_surplus
    low, high = params.small_body_seats
    if election.body.value in SURPLUS_REQUIRED and low <= seats <= high:
        return params.small_body_cap
    return max(1, round_share(seats, params.surplus_cap, params.surplus_rounding))


def check_list(election: Election, rnd: Round, params: Parameters, path: str) -> list[Problem]:
    """The election list of a first round against the surplus rules for its body (opinion and nomination ballots have none)."""
    if election.kind is not ElectionKind.ELECTION:
        return []
    problems = _duplicate_names(election, path)
    if rnd.number != 1:
        return problems
    n, seats = len(rnd.candidates), rnd.seats
    surplus = n - seats
    here = {"candidates": n, "seats": seats}
    if n < seats:
        problems.append(Problem(Code.E203, f"{path}.candidates", here))
    elif surplus == 0 and election.body.value in SURPLUS_REQUIRED:
        problems.append(Problem(Code.E201, f"{path}.candidates", here))
    cap = surplus_cap(election, seats, params)
    if surplus > cap:
        problems.append(Problem(Code.E202, f"{path}.candidates", {"surplus": surplus, "cap": cap}))
    if surplus > 0 and election.body.value in SURPLUS_REQUIRED:
        problems.extend(_advice(surplus, seats, params, path))
    return problems


def _advice(surplus: int, seats: int, params: Parameters, path: str) -> list[Problem]:
    """The convening committee prepares a list with 10–15 % surplus: a warning only."""
    lo_share, hi_share = params.advised_surplus
    low = round_share(seats, lo_share, "ceil")
    high = round_share(seats, hi_share, "floor")
    if low <= high and not low <= surplus <= high:
        return [Problem(Code.W201, f"{path}.candidates", {"surplus": surplus, "low": low, "high": high})]
    return []


def _duplicate_names(election: Election, path: str) -> list[Problem]:
    """Two candidates may share a full name; they must then differ by a note."""
    seen = Counter((c.name.casefold(), c.note.casefold()) for c in election.candidates)
    return [
        Problem(Code.W202, f"{path}.candidates", {"name": c.name})
        for c in election.candidates
        if seen[(c.name.casefold(), c.note.casefold())] > 1
    ][:1]


def reconcile(result: RoundResult, rnd: Round, path: str, params: Parameters | None = None) -> list[Problem]:
    """Collected ≤ issued; counted = collected; votes ≤ valid; Σ votes ≤ valid × seats (RULES.md §9)."""
    params = params or Parameters()
    b = result.ballots
    problems: list[Problem] = []
    nums = {"issued": b.issued, "collected": b.collected, "counted": b.counted}
    if b.collected > b.issued:
        problems.append(Problem(Code.E101, f"{path}.ballots_collected", nums))
    elif b.collected < b.issued:
        problems.append(Problem(Code.W101, f"{path}.ballots_collected", nums))
    if b.counted != b.collected:
        problems.append(Problem(Code.E102, f"{path}.ballots", nums))
    if rnd.present is not None and b.issued > rnd.present:
        problems.append(Problem(Code.E107, f"{path}.ballots_issued", {"issued": b.issued, "present": rnd.present}))
    base = result.threshold.base
    if result.kind is not ElectionKind.OPINION and b.issued > base:
        problems.append(Problem(Code.W102, f"{path}.ballots_issued", {"issued": b.issued, "base": base}))
    for i, sub in enumerate(rnd.subtotals):
        if sub.invalid_total > sub.ballots:
            problems.append(
                Problem(Code.E105, f"{path}.subtotals[{i}]", {"invalid": sub.invalid_total, "ballots": sub.ballots})
            )
    for c in result.candidates:
        if c.votes > b.valid:
            problems.append(
                Problem(Code.E103, f"{path}.votes[{c.no}]", {"no": c.no, "votes": c.votes, "valid": b.valid})
            )
        elif c.disagree is not None and c.votes + c.disagree > b.valid:
            problems.append(
                Problem(
                    Code.E106, f"{path}.votes[{c.no}]", {"no": c.no, "marks": c.votes + c.disagree, "valid": b.valid}
                )
            )
    per_ballot = len(rnd.candidates) if result.form is Form.AGREE_DISAGREE else rnd.seats
    if result.form is Form.WRITTEN and not params.nomination_over_limit_invalid:
        per_ballot = len(rnd.candidates)
    total = sum(c.votes for c in result.candidates)
    limit = max(b.valid, 0) * min(per_ballot, len(rnd.candidates))
    if total > limit:
        problems.append(Problem(Code.E104, f"{path}.votes", {"total": total, "limit": limit}))
    return problems
