"""Requests to withdraw from the list (xin rút): the presidium proposes, the congress decides (RULES.md §4).

A name leaves the list only by a decision of the congress to allow it (04-HD/TW 2024 item 2;
03-HD/TW 2020). The congress's vote is on the presidium's proposal; it carries with the votes of
more than half of those attending [V: parameter `withdrawal_majority_of`, or of the votes cast].
A proposal to allow that carries allows the withdrawal; one that does not carry leaves the name on
the list; a proposal to refuse that carries refuses it, and one that does not carry leaves the
decision to be recorded by people (`allowed`), as the program never guesses it.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from ballot.model import Election, Proposal, Withdrawal
from ballot.problems import Code, Problem
from ballot.rulesets import Parameters


class WithdrawalStatus(enum.StrEnum):
    """Where a request stands."""

    ALLOWED = "allowed"
    NOT_ALLOWED = "not_allowed"
    UNDECIDED = "undecided"


@dataclass(frozen=True, slots=True)
class WithdrawalDecision:
    """A request with what the vote says: whether it carried the proposal, and the status that follows."""

    request: Withdrawal
    status: WithdrawalStatus
    #: Whether the vote carried the presidium's proposal; None when no vote was counted.
    carried: bool | None
    #: The fewest agree votes that carry; None when no vote was counted.
    votes_needed: int | None
    #: What the vote alone decides (None: the vote leaves it to people).
    by_vote: bool | None


def decide(w: Withdrawal, attending: int, params: Parameters) -> WithdrawalDecision:
    """The status of one request: carried ⇔ 2·agree > base, base = those attending (or the votes cast) [V]."""
    carried: bool | None = None
    needed: int | None = None
    by_vote: bool | None = None
    if w.agree is not None:
        base = attending if params.withdrawal_majority_of == "attending" else w.agree + w.disagree + w.abstain
        needed = base // 2 + 1
        carried = 2 * w.agree > base
        if w.proposal is Proposal.ALLOW:
            by_vote = carried
        elif carried:
            by_vote = False
    allowed = w.allowed if w.allowed is not None else by_vote
    status = (
        WithdrawalStatus.UNDECIDED
        if allowed is None
        else WithdrawalStatus.ALLOWED
        if allowed
        else WithdrawalStatus.NOT_ALLOWED
    )
    return WithdrawalDecision(w, status, carried, needed, by_vote)


def decisions(election: Election, attending: int, params: Parameters) -> tuple[WithdrawalDecision, ...]:
    """Every request of the election, decided."""
    return tuple(decide(w, attending, params) for w in election.withdrawals)


def withdrawn(election: Election, attending: int, params: Parameters, round_no: int = 1) -> frozenset[int]:
    """The numbers allowed to withdraw from the list of this round or an earlier one."""
    return frozenset(
        d.request.no
        for d in decisions(election, attending, params)
        if d.status is WithdrawalStatus.ALLOWED and d.request.round <= round_no
    )


def resulting_list(election: Election, attending: int, params: Parameters, round_no: int = 1) -> tuple[int, ...]:
    """The list after the withdrawals the congress allowed, in the candidates' order."""
    out = withdrawn(election, attending, params, round_no)
    return tuple(c.no for c in election.candidates if c.no not in out)


def problems(election: Election, attending: int, params: Parameters, path: str) -> dict[int, list[Problem]]:
    """Problems of the requests, by the round whose list they change.

    W203 no decision recorded; E206 more votes than those attending; E207 a recorded decision that
    contradicts the vote; E205 a name allowed to withdraw that is still on a ballot.
    """
    out: dict[int, list[Problem]] = {}
    for i, d in enumerate(decisions(election, attending, params)):
        w, here = d.request, f"{path}.withdrawals[{i}]"
        found = out.setdefault(w.round, [])
        votes = (w.agree or 0) + w.disagree + w.abstain
        if votes > attending:
            found.append(Problem(Code.E206, here, {"no": w.no, "votes": votes, "attending": attending}))
        if w.allowed is not None and d.by_vote is not None and w.allowed != d.by_vote:
            found.append(Problem(Code.E207, f"{here}.allowed", {"no": w.no}))
        if d.status is WithdrawalStatus.UNDECIDED:
            found.append(Problem(Code.W203, here, {"no": w.no}))
    for j, rnd in enumerate(election.rounds):
        gone = withdrawn(election, attending, params, rnd.number)
        for no in rnd.candidates:
            if no in gone:
                rpath = f"{path}.rounds[{j}].candidates"
                out.setdefault(rnd.number, []).append(Problem(Code.E205, rpath, {"no": no, "round": rnd.number}))
    return out
