"""One codec per domain value: its canonical document (in log records and the election file), the text a
table column holds, and the strict way back (a `RecordFault` naming the field, never a KeyError).

The documents are those the election file writes (shared/spec/election-file.md); a log record written by any
earlier version holds exactly these shapes, so every record still decodes and re-encodes to the same bytes.
"""

from __future__ import annotations

from typing import Any

from app.record.canonical import dumps
from app.record.codec_values import (
    ADDED_PARAMETERS,
    FILE_PARAMETERS,
    OUTCOMES,
    ROUNDINGS,
    Outcome,
    SealedResult,
    ballot_doc,
    ballot_from,
    ballot_from_text,
    ballot_text,
    file_parameters_doc,
    loads,
    parameters_doc,
    parameters_from,
    parameters_text,
    sealed_result_from,
    subtotal_doc,
    subtotal_from,
    subtotal_from_text,
    subtotal_text,
)
from app.record.fields import Doc, RecordFault, text
from ballot.model import (
    Body,
    Candidate,
    CandidatePool,
    CommitteeMember,
    Congress,
    CongressKind,
    CongressLevel,
    Decision,
    Election,
    ElectionKind,
    Electorate,
    Exclusion,
    HandVote,
    HandVoteTopic,
    HeadChoice,
    Pause,
    PauseReason,
    PoolTake,
    Proposal,
    Purpose,
    Role,
    Round,
    VoteMethod,
    Withdrawal,
)

# ---- the congress -----------------------------------------------------------------------------------------------


def electorate_doc(e: Electorate) -> dict[str, Any]:
    """summoned and each exclusion with its reason."""
    return {"summoned": e.summoned, "exclusions": [{"reason": x.reason, "count": x.count} for x in e.exclusions]}


def electorate_from(d: Doc) -> Electorate:
    """The electorate of `electorate_doc`."""
    e = Electorate(d.integer("summoned"), d.each("exclusions", _exclusion))
    d.done()
    return e


def _exclusion(value: Any, path: str) -> Exclusion:
    d = Doc(value, path)
    x = Exclusion(d.text("reason"), d.integer("count"))
    d.done()
    return x


def _member(value: Any, path: str) -> CommitteeMember:
    d = Doc(value, path)
    m = CommitteeMember(d.text("name"), d.enum("role", Role))
    d.done()
    return m


def committee_doc(members: tuple[CommitteeMember, ...]) -> list[dict[str, Any]]:
    """The counting committee: each member's name and role."""
    return [{"name": m.name, "role": m.role.value} for m in members]


def congress_doc(c: Congress) -> dict[str, Any]:
    """The congress block of the election file (its level only when set)."""
    d: dict[str, Any] = {
        "organization": c.organization,
        "title": c.title,
        "term": c.term,
        "kind": c.kind.value,
        "place": c.place,
        "date": c.date,
        "electorate": electorate_doc(c.electorate),
        "attending": c.attending,
        "counting_committee": committee_doc(c.counting_committee),
    }
    if c.level is not None:
        d["level"] = c.level.value
    return d


def congress_from(d: Doc) -> Congress:
    """The congress of `congress_doc`."""
    c = Congress(
        organization=d.text("organization"),
        title=d.text("title"),
        term=d.text("term"),
        kind=d.enum("kind", CongressKind),
        place=d.text("place"),
        date=d.text("date"),
        electorate=electorate_from(d.obj("electorate")),
        attending=d.integer("attending"),
        counting_committee=d.each("counting_committee", _member),
        level=d.enum("level", CongressLevel) if d.has("level") else None,
    )
    d.done()
    return c


def exclusions_text(e: Electorate) -> str:
    """congress.exclusions: the exclusions as canonical JSON."""
    return dumps(electorate_doc(e)["exclusions"])


def committee_text(c: Congress) -> str:
    """congress.committee: the counting committee as canonical JSON."""
    return dumps(committee_doc(c.counting_committee))


def exclusions_from_text(content: object, path: str) -> tuple[Exclusion, ...]:
    """The exclusions stored by `exclusions_text`."""
    values = loads(content, path)
    if not isinstance(values, list):
        raise RecordFault("record.type", {"expected": "list", "found": "value"}, path)
    return tuple(_exclusion(v, f"{path}[{i}]") for i, v in enumerate(values))


def committee_from_text(content: object, path: str) -> tuple[CommitteeMember, ...]:
    """The counting committee stored by `committee_text`."""
    values = loads(content, path)
    if not isinstance(values, list):
        raise RecordFault("record.type", {"expected": "list", "found": "value"}, path)
    return tuple(_member(v, f"{path}[{i}]") for i, v in enumerate(values))


def electorate_text(e: Electorate) -> str:
    """election.electorate: an election's own electorate as canonical JSON."""
    return dumps(electorate_doc(e))


# ---- candidates and elections -----------------------------------------------------------------------------------


def candidate_doc(c: Candidate) -> dict[str, Any]:
    """One candidate; the note only when there is one."""
    d: dict[str, Any] = {"no": c.no, "name": c.name}
    if c.note:
        d["note"] = c.note
    return d


def candidate_from(value: Any, path: str) -> Candidate:
    """The candidate of `candidate_doc`."""
    d = Doc(value, path)
    c = Candidate(d.integer("no", 1), d.text("name"), d.opt_text("note") or "")
    d.done()
    return c


def hand_votes_doc(votes: tuple[HandVote, ...]) -> list[dict[str, Any]]:
    """Show-of-hands votes."""
    return [{"topic": v.topic.value, "agree": v.agree, "disagree": v.disagree, "abstain": v.abstain} for v in votes]


def hand_vote_from(value: Any, path: str) -> HandVote:
    """One vote of `hand_votes_doc`."""
    d = Doc(value, path)
    v = HandVote(d.enum("topic", HandVoteTopic), d.integer("agree"), d.integer("disagree"), d.integer("abstain"))
    d.done()
    return v


def hand_votes_text(votes: tuple[HandVote, ...]) -> str | None:
    """election.hand_votes: canonical JSON, or NULL when there are none."""
    return dumps(hand_votes_doc(votes)) if votes else None


def election_doc(e: Election) -> dict[str, Any]:
    """One election with its candidates, without rounds (hand votes only when recorded)."""
    d: dict[str, Any] = {
        "id": e.id,
        "title": e.title,
        "body": e.body.value,
        "kind": e.kind.value,
        "seats": e.seats,
        "electorate": None if e.electorate is None else electorate_doc(e.electorate),
        "candidate_pool": None
        if e.candidate_pool is None
        else {"election": e.candidate_pool.election, "take": e.candidate_pool.take.value},
        "max_surplus": e.max_surplus,
        "candidates": [candidate_doc(c) for c in e.candidates],
    }
    if e.hand_votes:
        d["hand_votes"] = hand_votes_doc(e.hand_votes)
    if e.propose is not None:
        d["propose"] = e.propose
    if e.withdrawals:
        d["withdrawals"] = [withdrawal_doc(w) for w in e.withdrawals]
    if e.pause is not None:
        d["pause"] = pause_doc(e.pause)
    return d


def election_from(d: Doc) -> Election:
    """The election of `election_doc` (no rounds)."""
    electorate = d.opt_obj("electorate")
    pool = d.opt_obj("candidate_pool")
    candidate_pool = None
    if pool is not None:
        candidate_pool = CandidatePool(pool.text("election"), pool.enum("take", PoolTake))
        pool.done()
    e = Election(
        id=d.text("id"),
        title=d.text("title"),
        body=d.enum("body", Body),
        kind=d.enum("kind", ElectionKind),
        seats=d.integer("seats"),
        electorate=None if electorate is None else electorate_from(electorate),
        candidate_pool=candidate_pool,
        max_surplus=d.opt_integer("max_surplus"),
        candidates=d.each("candidates", candidate_from),
        hand_votes=d.each("hand_votes", hand_vote_from) if d.has("hand_votes") else (),
        propose=d.opt_integer("propose", 1),
        withdrawals=d.each("withdrawals", withdrawal_from) if d.has("withdrawals") else (),
        pause=None if not d.has("pause") else pause_from(d.obj("pause")),
    )
    d.done()
    return e


def withdrawal_doc(w: Withdrawal) -> dict[str, Any]:
    """A request to withdraw, the presidium's proposal and the congress's vote (counts only when counted)."""
    d: dict[str, Any] = {"no": w.no, "proposal": w.proposal.value, "method": w.method.value}
    if w.agree is not None or w.disagree or w.abstain:
        d.update(agree=w.agree, disagree=w.disagree, abstain=w.abstain)
    if w.allowed is not None:
        d["allowed"] = w.allowed
    if w.round != 1:
        d["round"] = w.round
    if w.reason:
        d["reason"] = w.reason
    return d


def withdrawal_from(value: Any, path: str) -> Withdrawal:
    """The withdrawal of `withdrawal_doc`."""
    d = Doc(value, path)
    w = Withdrawal(
        no=d.integer("no", 1),
        proposal=d.enum("proposal", Proposal),
        method=d.enum("method", VoteMethod),
        agree=d.opt_integer("agree", 0),
        disagree=d.integer("disagree", 0) if d.has("disagree") else 0,
        abstain=d.integer("abstain", 0) if d.has("abstain") else 0,
        allowed=d.boolean("allowed") if d.has("allowed") else None,
        round=d.integer("round", 1) if d.has("round") else 1,
        reason=d.opt_text("reason") or "",
    )
    d.done()
    return w


def pause_doc(p: Pause) -> dict[str, Any]:
    """The pause: why, whom the convening committee intended, who decided, and the resumption."""
    d: dict[str, Any] = {"reason": p.reason.value, "intended": p.intended, **decision_doc(p.decision)}
    d["resumed"] = None if p.resumed is None else decision_doc(p.resumed)
    return d


def pause_from(d: Doc) -> Pause:
    """The pause of `pause_doc`."""
    resumed = d.opt_obj("resumed")
    p = Pause(
        reason=d.enum("reason", PauseReason),
        intended=d.text("intended"),
        decision=Decision(d.text("by"), d.text("note"), d.text("at")),
        resumed=None if resumed is None else decision_from(resumed),
    )
    d.done()
    return p


# ---- rounds -------------------------------------------------------------------------------------------------------


def decision_doc(x: Decision) -> dict[str, Any]:
    """Who decided, the note, and when."""
    return {"by": x.by, "note": x.note, "at": x.at}


def decision_from(d: Doc) -> Decision:
    """The decision of `decision_doc`."""
    x = Decision(d.text("by"), d.text("note"), d.text("at"))
    d.done()
    return x


def round_doc(r: Round) -> dict[str, Any]:
    """A round's header: list, seats, counts, purpose, decision — without ballots."""
    d: dict[str, Any] = {
        "round": r.number,
        "purpose": r.purpose.value,
        "seats": r.seats,
        "candidates": list(r.candidates),
        "ballots_issued": r.ballots_issued,
        "ballots_collected": r.ballots_collected,
    }
    if r.present is not None:
        d["present"] = r.present
    if r.tie_break_needs_majority:
        d["tie_break_needs_majority"] = True
    if r.decision is not None:
        d["decision"] = decision_doc(r.decision)
    if r.head_choice is not None:
        d["head_choice"] = head_choice_doc(r.head_choice)
    return d


def round_from(d: Doc) -> Round:
    """The round header of `round_doc`."""
    decision = d.opt_obj("decision")
    choice = d.opt_obj("head_choice")
    head_choice = None if choice is None else head_choice_from(choice)
    r = Round(
        number=d.integer("round", 1),
        purpose=d.enum("purpose", Purpose),
        seats=d.integer("seats"),
        candidates=d.integers("candidates"),
        ballots_issued=d.integer("ballots_issued"),
        ballots_collected=d.integer("ballots_collected"),
        present=d.opt_integer("present"),
        tie_break_needs_majority=d.boolean("tie_break_needs_majority") if d.has("tie_break_needs_majority") else False,
        decision=None if decision is None else decision_from(decision),
        head_choice=head_choice,
    )
    d.done()
    return r


def candidates_text(nos: tuple[int, ...]) -> str:
    """round.candidates: '1,2,3' in ballot order."""
    return ",".join(map(str, nos))


def candidates_from_text(content: object, path: str) -> tuple[int, ...]:
    """The list stored by `candidates_text`."""
    value = text(content, path)
    try:
        return tuple(int(x) for x in value.split(",")) if value else ()
    except ValueError:
        raise RecordFault("record.type", {"expected": "number", "found": "text"}, path) from None


def decision_text(x: Decision | None) -> str | None:
    """round.decision: canonical JSON or NULL."""
    return None if x is None else dumps(decision_doc(x))


def head_choice_doc(c: HeadChoice) -> dict[str, Any]:
    """The committee head's choice on a nomination tie: the names chosen, who decided, the note, when."""
    return {"chosen": list(c.chosen), **decision_doc(c.decision)}


def head_choice_from(d: Doc) -> HeadChoice:
    """The choice of `head_choice_doc`."""
    c = HeadChoice(d.integers("chosen", 1), Decision(d.text("by"), d.text("note"), d.text("at")))
    d.done()
    return c


def head_choice_text(c: HeadChoice | None) -> str | None:
    """round.head_choice: canonical JSON or NULL."""
    return None if c is None else dumps(head_choice_doc(c))


def head_choice_from_text(content: object, path: str) -> HeadChoice | None:
    """The choice stored by `head_choice_text`."""
    return None if content is None else head_choice_from(Doc(loads(content, path), path))


def withdrawals_text(ws: tuple[Withdrawal, ...]) -> str | None:
    """election.withdrawals: canonical JSON, or NULL when there are none."""
    return dumps([withdrawal_doc(w) for w in ws]) if ws else None


def withdrawals_from_text(content: object, path: str) -> tuple[Withdrawal, ...]:
    """The requests stored by `withdrawals_text`."""
    if content is None:
        return ()
    values = loads(content, path)
    if not isinstance(values, list):
        raise RecordFault("record.type", {"expected": "list", "found": "value"}, path)
    return tuple(withdrawal_from(v, f"{path}[{i}]") for i, v in enumerate(values))


def pause_text(p: Pause | None) -> str | None:
    """election.pause: canonical JSON or NULL."""
    return None if p is None else dumps(pause_doc(p))


def pause_from_text(content: object, path: str) -> Pause | None:
    """The pause stored by `pause_text`."""
    return None if content is None else pause_from(Doc(loads(content, path), path))


__all__ = [
    "ADDED_PARAMETERS",
    "FILE_PARAMETERS",
    "OUTCOMES",
    "ROUNDINGS",
    "Outcome",
    "SealedResult",
    "ballot_doc",
    "ballot_from",
    "ballot_from_text",
    "ballot_text",
    "candidate_doc",
    "candidate_from",
    "candidates_from_text",
    "candidates_text",
    "committee_doc",
    "committee_from_text",
    "committee_text",
    "congress_doc",
    "congress_from",
    "decision_doc",
    "decision_from",
    "decision_text",
    "election_doc",
    "election_from",
    "electorate_doc",
    "electorate_from",
    "electorate_text",
    "exclusions_from_text",
    "exclusions_text",
    "file_parameters_doc",
    "hand_vote_from",
    "hand_votes_doc",
    "hand_votes_text",
    "head_choice_doc",
    "head_choice_from",
    "head_choice_from_text",
    "head_choice_text",
    "loads",
    "parameters_doc",
    "parameters_from",
    "parameters_text",
    "pause_doc",
    "pause_from",
    "pause_from_text",
    "pause_text",
    "round_doc",
    "round_from",
    "sealed_result_from",
    "subtotal_doc",
    "subtotal_from",
    "subtotal_from_text",
    "subtotal_text",
    "withdrawal_doc",
    "withdrawal_from",
    "withdrawals_from_text",
    "withdrawals_text",
]
