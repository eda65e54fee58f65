"""Reading an election's rounds: their lists, ballots, subtotals and the decisions recorded on them."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from app.fileformat.fields import (
    FileFault,
    Limits,
    arr,
    candidate_no,
    choice,
    distinct_numbers,
    flag,
    integer,
    items,
    key_path,
    name,
    need,
    obj,
    text,
)
from ballot.election import next_round
from ballot.model import (
    Ballot,
    Decision,
    Election,
    Form,
    HeadChoice,
    InvalidReason,
    Mark,
    MarkedBallot,
    NominatedBallot,
    Purpose,
    Round,
    RuledInvalidBallot,
    StruckBallot,
    Subtotal,
)
from ballot.tally import RoundResult
from ballot.validity import BallotFault, ballot_fault

#: What one ballot entry holds: exactly one of these keys.
BALLOT_KEYS = ("struck", "marks", "names", "invalid")
_MARKS = {m.value: m for m in Mark}


class Budget:
    """What the whole file may still hold of ballot entries and numbers written on ballots (`Limits`)."""

    def __init__(self) -> None:
        self.entries = Limits.BALLOT_ENTRIES
        self.numbers = Limits.BALLOT_NUMBERS

    def take(self, entries: int, numbers: int, path: str) -> None:
        """Counts what a round brings, refusing the file once the limits are passed."""
        self.entries -= entries
        self.numbers -= numbers
        if self.entries < 0:
            raise FileFault("file.too_many_ballots", {"limit": Limits.BALLOT_ENTRIES}, path)
        if self.numbers < 0:
            raise FileFault("file.too_many_numbers", {"limit": Limits.BALLOT_NUMBERS}, path)


def decision(value: Any, path: str) -> Decision:
    """Who decided (required), a note and when."""
    d = obj(value, path)
    return Decision(
        name(need(d, "by", path), f"{path}.by"),
        text(d.get("note"), f"{path}.note"),
        name(d.get("at"), f"{path}.at", False),
    )


@dataclass(frozen=True, slots=True)
class _Paper:
    """What every ballot of a round is checked against."""

    rnd: Round
    form: Form
    listed: frozenset[int]


def read_round(
    value: Any,
    path: str,
    number: int,
    election: Election,
    prior: list[RoundResult],
    withdrawn: frozenset[int],
    budget: Budget,
) -> Round:
    """One round: its list (default: what the congress is asked), counts, ballots, subtotals and decisions."""
    d = obj(value, path)
    given = d.get("round", number)
    if integer(given, f"{path}.round", 1) != number:
        raise FileFault("file.round_order", {"given": given, "expected": number}, f"{path}.round")
    purpose = choice(d.get("purpose") or "election", Purpose, f"{path}.purpose")
    default_seats, default_list = next_round(election, prior, purpose, withdrawn)
    seats = default_seats if d.get("seats") is None else integer(d["seats"], f"{path}.seats", 1)
    listed = default_list if d.get("candidates") is None else _listed(d["candidates"], f"{path}.candidates", election)
    present = d.get("present")
    shell = Round(
        number=number,
        seats=seats,
        candidates=listed,
        ballots_issued=integer(need(d, "ballots_issued", path), f"{path}.ballots_issued"),
        ballots_collected=integer(need(d, "ballots_collected", path), f"{path}.ballots_collected"),
        present=None if present is None else integer(present, f"{path}.present"),
        purpose=purpose,
        tie_break_needs_majority=flag(d.get("tie_break_needs_majority", False), f"{path}.tie_break_needs_majority"),
        decision=None if d.get("decision") is None else decision(d["decision"], f"{path}.decision"),
    )
    paper = _Paper(shell, election.form(shell), frozenset(listed))
    head = d.get("head_choice")
    if head is not None:
        shell = replace(shell, head_choice=_head_choice(head, f"{path}.head_choice", paper))
    raw = arr(d.get("ballots", []), f"{path}.ballots")
    budget.take(len(raw), 0, f"{path}.ballots")
    ballots = tuple(_ballot(b, f"{path}.ballots[{i}]", paper, budget) for i, b in enumerate(raw))
    subtotals = items(
        d.get("subtotals", []), f"{path}.subtotals", lambda v, p: _subtotal(v, p, paper), Limits.SUBTOTALS
    )
    return replace(shell, ballots=ballots, subtotals=tuple(subtotals))


def _listed(value: Any, path: str, election: Election) -> tuple[int, ...]:
    """The numbers on this round's ballot, in ballot order: candidates of the election, each once."""
    known = {c.no for c in election.candidates}
    seen: set[int] = set()
    out = []
    for i, v in enumerate(arr(value, path, Limits.CANDIDATES)):
        no = candidate_no(v, f"{path}[{i}]")
        if no not in known:
            raise FileFault("file.not_in_election", {"no": no}, f"{path}[{i}]")
        if no in seen:
            raise FileFault("file.listed_twice", {"no": no}, f"{path}[{i}]")
        seen.add(no)
        out.append(no)
    return tuple(out)


def _head_choice(value: Any, path: str, paper: _Paper) -> HeadChoice:
    """The committee head's choice on a nomination tie: names of this round, and who decided."""
    if paper.form is not Form.WRITTEN:
        raise FileFault("file.choice_not_nomination", {}, path)
    d = obj(value, path)
    chosen = tuple(items(need(d, "chosen", path), f"{path}.chosen", candidate_no, Limits.CANDIDATES))
    for i, no in enumerate(chosen):
        if no not in paper.listed:
            raise FileFault("file.not_candidate", {"no": no}, f"{path}.chosen[{i}]")
    return HeadChoice(chosen, decision(d, path))


def _ballot(value: Any, path: str, paper: _Paper, budget: Budget) -> Ballot:
    d = obj(value, path)
    count = integer(d.get("count", 1), f"{path}.count", 1)
    team = name(d.get("team"), f"{path}.team", False) or None
    present = [k for k in BALLOT_KEYS if k in d]
    if len(present) != 1:
        raise FileFault("file.ballot_keys", {"keys": ", ".join(BALLOT_KEYS)}, path)
    key = present[0]
    limit = len(paper.rnd.candidates)
    ballot: Ballot
    if key == "struck":
        struck = distinct_numbers(d["struck"], f"{path}.struck", limit)
        budget.take(0, len(struck), path)
        ballot = StruckBallot(struck, count, team)
    elif key == "names":
        names = distinct_numbers(d["names"], f"{path}.names", limit)
        budget.take(0, len(names), path)
        outside = integer(d.get("outside_pool", 0), f"{path}.outside_pool")
        ballot = NominatedBallot(names, outside, count, team)
    elif key == "marks":
        md = obj(d["marks"], f"{path}.marks")
        if len(md) > limit:
            raise FileFault("file.too_many", {"count": len(md), "limit": limit}, f"{path}.marks")
        budget.take(0, len(md), path)
        marks = {}
        for k, v in md.items():
            mark = _MARKS.get(v) if isinstance(v, str) else None
            marks[candidate_no(k, f"{path}.marks")] = mark or choice(v, Mark, key_path(f"{path}.marks", k))
        if len(marks) != len(md):
            raise FileFault("file.number_twice", {}, f"{path}.marks")
        ballot = MarkedBallot(marks, count, team)
    else:
        ballot = RuledInvalidBallot(choice(d["invalid"], InvalidReason, f"{path}.invalid"), count, team)
    fault = ballot_fault(ballot, paper.rnd, paper.form, paper.listed)
    if fault is not None:
        raise _ballot_fault(fault, path, key, paper.form)
    return ballot


def _ballot_fault(fault: tuple[BallotFault, int | None], path: str, key: str, form: Form) -> FileFault:
    kind, no = fault
    if kind is BallotFault.UNKNOWN_CANDIDATE:
        return FileFault("file.not_candidate", {"no": no}, f"{path}.{key}")
    if kind is BallotFault.WRONG_FORM:
        return FileFault(f"file.use_{_KEY_OF[form]}", {}, f"{path}.{key}")
    # BAD_COUNT cannot happen here: `count` and `outside_pool` were read with their minimum
    return FileFault("file.reason_not_for_form", {}, f"{path}.invalid")


#: The ballot key each paper form uses.
_KEY_OF = {Form.STRIKE_OUT: "struck", Form.AGREE_DISAGREE: "marks", Form.WRITTEN: "names"}


def _subtotal(value: Any, path: str, paper: _Paper) -> Subtotal:
    d = obj(value, path)

    def per_candidate(key: str) -> dict[int, int]:
        out: dict[int, int] = {}
        raw = obj(d.get(key, {}), f"{path}.{key}")
        if len(raw) > len(paper.listed):
            raise FileFault("file.too_many", {"count": len(raw), "limit": len(paper.listed)}, f"{path}.{key}")
        for k, v in raw.items():
            here = key_path(f"{path}.{key}", k)
            no = candidate_no(k, here)
            if no not in paper.listed:
                raise FileFault("file.not_candidate", {"no": no}, here)
            out[no] = integer(v, here)
        return out

    raw_invalid = obj(d.get("invalid", {}), f"{path}.invalid")
    invalid = {
        choice(k, InvalidReason, key_path(f"{path}.invalid", k)): integer(v, key_path(f"{path}.invalid", k))
        for k, v in raw_invalid.items()
    }
    return Subtotal(
        team=name(d.get("team"), f"{path}.team", False),
        ballots=integer(need(d, "ballots", path), f"{path}.ballots"),
        invalid=invalid,
        votes=per_candidate("votes"),
        disagree=per_candidate("disagree"),
    )
