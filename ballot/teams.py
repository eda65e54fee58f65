"""Reconciling each counting team's stack on its own, and the teams against the round (RULES.md §9).

A team (tổ kiểm phiếu) counts its own box or stack: the number of ballots in
it is the team's "collected". For each team: counted = collected (so valid +
invalid = collected, as counted = valid + invalid); every candidate's votes ≤
the team's valid ballots; Σ votes ≤ valid × the names a ballot can carry. The
teams' stacks together must make up the round's ballots collected; and every
stack must be definitive (independent entries identical or resolved) before
its ballots count.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from ballot.model import Form, Round
from ballot.problems import Code, Problem
from ballot.tally import count


def reconcile_team(rnd: Round, form: Form, team: str, collected: int, path: str) -> list[Problem]:
    """One team's ballots and subtotals against its own stack: counted = collected, votes ≤ valid, Σ ≤ valid × k."""
    mine = replace(
        rnd,
        ballots=tuple(b for b in rnd.ballots if b.team == team),
        subtotals=tuple(t for t in rnd.subtotals if t.team == team),
    )
    c = count(mine)
    here = f"{path}.teams[{team}]"
    problems: list[Problem] = []
    if c.counted != collected:
        problems.append(Problem(Code.E108, here, {"team": team, "counted": c.counted, "collected": collected}))
    for no in rnd.candidates:
        if c.votes[no] > c.valid:
            problems.append(
                Problem(
                    Code.E109, f"{here}.votes[{no}]", {"team": team, "no": no, "votes": c.votes[no], "valid": c.valid}
                )
            )
    per_ballot = len(rnd.candidates) if form is Form.AGREE_DISAGREE else min(rnd.seats, len(rnd.candidates))
    total, limit = sum(c.votes.values()), max(c.valid, 0) * per_ballot
    if total > limit:
        problems.append(Problem(Code.E110, f"{here}.votes", {"team": team, "total": total, "limit": limit}))
    return problems


def reconcile_teams(rnd: Round, form: Form, collected: Mapping[str, int], pending: int, path: str) -> list[Problem]:
    """Every team with a stack, the stacks against the round's ballots collected, and stacks not yet definitive."""
    if not collected:
        return []
    problems = [p for team in sorted(collected) for p in reconcile_team(rnd, form, team, collected[team], path)]
    total = sum(collected.values())
    if total != rnd.ballots_collected:
        problems.append(Problem(Code.E111, f"{path}.teams", {"total": total, "collected": rnd.ballots_collected}))
    if pending:
        problems.append(Problem(Code.E112, f"{path}.teams", {"pending": pending}))
    return problems
