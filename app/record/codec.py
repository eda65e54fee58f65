"""One codec per domain value: its canonical document (in log records and the election file), the text a
table column holds, and the strict way back (a `RecordFault` naming the field, never a KeyError).

The documents are those the election file writes (shared/spec/election-file.md); a log record written by any
earlier version holds exactly these shapes, so every record still decodes and re-encodes to the same bytes.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from fractions import Fraction
from typing import Any, Literal, cast

from app.record.canonical import dumps
from app.record.fields import Doc, RecordFault, enum_value, integer, number_key, text
from ballot.model import (
    Ballot,
    Body,
    Candidate,
    CandidatePool,
    CommitteeMember,
    Congress,
    CongressKind,
    Decision,
    Election,
    ElectionKind,
    Electorate,
    Exclusion,
    HandVote,
    HandVoteTopic,
    InvalidReason,
    Mark,
    MarkedBallot,
    PoolTake,
    Purpose,
    Role,
    Round,
    RuledInvalidBallot,
    StruckBallot,
    Subtotal,
)
from ballot.rulesets import Parameters, Rounding
from ballot.tally import RoundResult

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
    """The congress block of the election file."""
    return {
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
    )
    d.done()
    return e


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
    return d


def round_from(d: Doc) -> Round:
    """The round header of `round_doc`."""
    decision = d.opt_obj("decision")
    r = Round(
        number=d.integer("round", 1),
        purpose=d.enum("purpose", Purpose),
        seats=d.integer("seats"),
        candidates=d.each("candidates", integer),
        ballots_issued=d.integer("ballots_issued"),
        ballots_collected=d.integer("ballots_collected"),
        present=d.opt_integer("present"),
        tie_break_needs_majority=d.boolean("tie_break_needs_majority") if d.has("tie_break_needs_majority") else False,
        decision=None if decision is None else decision_from(decision),
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


# ---- ballots ------------------------------------------------------------------------------------------------------

_MARK_CODE = {Mark.AGREE: "a", Mark.DISAGREE: "d", Mark.BOTH: "b", Mark.NONE: "n"}
_CODE_MARK = {v: k for k, v in _MARK_CODE.items()}


def ballot_doc(b: Ballot) -> dict[str, Any]:
    """One paper ballot, or a stack of identical ones, as the election file writes it."""
    d: dict[str, Any]
    if isinstance(b, StruckBallot):
        d = {"struck": sorted(b.struck)}
    elif isinstance(b, MarkedBallot):
        d = {"marks": {str(no): m.value for no, m in sorted(b.marks.items())}}
    else:
        d = {"invalid": b.reason.value}
    if b.count != 1:
        d["count"] = b.count
    if b.team:
        d["team"] = b.team
    return d


def ballot_from(value: Any, path: str) -> Ballot:
    """The ballot of `ballot_doc`."""
    d = Doc(value, path)
    count = d.integer("count", 1) if d.has("count") else 1
    team = d.opt_text("team")
    b: Ballot
    if d.has("struck"):
        b = StruckBallot(frozenset(d.each("struck", integer)), count, team)
    elif d.has("marks"):
        marks = {number_key(k, p): enum_value(v, Mark, p) for k, v, p in d.entries("marks")}
        b = MarkedBallot(marks, count, team)
    else:
        b = RuledInvalidBallot(d.enum("invalid", InvalidReason), count, team)
    d.done()
    return b


def ballot_text(b: Ballot) -> str:
    """ballot.content: 's1,5' struck names; 'm1a,2d' marks; 'inot_issued' a ruled-invalid ballot."""
    if isinstance(b, StruckBallot):
        return "s" + ",".join(map(str, sorted(b.struck)))
    if isinstance(b, MarkedBallot):
        return "m" + ",".join(f"{no}{_MARK_CODE[m]}" for no, m in sorted(b.marks.items()))
    return "i" + b.reason.value


def ballot_from_text(content: object, count: object, team: object, path: str = "ballot") -> Ballot:
    """The ballot stored as `ballot_text` with its count and team."""
    content, n = text(content, f"{path}.content"), integer(count, f"{path}.count", 1)
    t = None if team is None else text(team, f"{path}.team")
    kind, rest = content[:1], content[1:]
    try:
        if kind == "s":
            return StruckBallot(frozenset(_number(x) for x in rest.split(",")) if rest else frozenset(), n, t)
        if kind == "m":
            marks = {_number(x[:-1]): _CODE_MARK[x[-1]] for x in rest.split(",")} if rest else {}
            return MarkedBallot(marks, n, t)
        if kind == "i":
            return RuledInvalidBallot(InvalidReason(rest), n, t)
    except (ValueError, KeyError, IndexError):
        pass
    raise RecordFault("record.ballot_text", {"value": content[:40]}, f"{path}.content")


def _number(x: str) -> int:
    if not x.isdigit():
        raise ValueError(x)
    return int(x)


# ---- subtotals ----------------------------------------------------------------------------------------------------


def subtotal_doc(s: Subtotal, every_key: bool = True) -> dict[str, Any]:
    """A team's hand-counted totals; `every_key=False` leaves out an empty `disagree` (the election file)."""
    d: dict[str, Any] = {
        "team": s.team,
        "ballots": s.ballots,
        "invalid": {k.value: v for k, v in sorted(s.invalid.items())},
        "votes": {str(k): v for k, v in sorted(s.votes.items())},
    }
    if every_key or any(s.disagree.values()):
        d["disagree"] = {str(k): v for k, v in sorted(s.disagree.items())}
    return d


def subtotal_from(value: Any, path: str) -> Subtotal:
    """The subtotal of `subtotal_doc` (with every key)."""
    d = Doc(value, path)
    s = Subtotal(
        team=d.text("team"),
        ballots=d.integer("ballots", 0),
        invalid={enum_value(k, InvalidReason, p): integer(v, p, 0) for k, v, p in d.entries("invalid")},
        votes={number_key(k, p): integer(v, p, 0) for k, v, p in d.entries("votes")},
        disagree={number_key(k, p): integer(v, p, 0) for k, v, p in d.entries("disagree")},
    )
    d.done()
    return s


def subtotal_text(s: Subtotal) -> str:
    """subtotal.content and a subtotal stack's item: canonical JSON with every key."""
    return dumps(subtotal_doc(s))


def subtotal_from_text(content: object, path: str) -> Subtotal:
    """The subtotal stored as `subtotal_text`."""
    return subtotal_from(loads(content, path), path)


# ---- the congress's own parameters --------------------------------------------------------------------------------

#: The parameters the election file (and every round's fingerprint) carries.
FILE_PARAMETERS = ("surplus_cap", "surplus_rounding", "small_body_cap", "opinion_threshold", "tie_break_needs_majority")
ROUNDINGS = ("floor", "half_up", "ceil")


def parameters_doc(p: Parameters) -> dict[str, Any]:
    """Every parameter (fractions as 'n/d')."""
    return {
        "surplus_cap": str(p.surplus_cap),
        "surplus_rounding": p.surplus_rounding,
        "small_body_seats": list(p.small_body_seats),
        "small_body_cap": p.small_body_cap,
        "advised_surplus": [str(x) for x in p.advised_surplus],
        "opinion_threshold": str(p.opinion_threshold),
        "tie_break_needs_majority": p.tie_break_needs_majority,
    }


def file_parameters_doc(p: Parameters) -> dict[str, Any]:
    """The parameters as the election file writes them (and the fingerprint covers)."""
    full = parameters_doc(p)
    return {k: full[k] for k in FILE_PARAMETERS}


def parameters_from(d: Doc) -> Parameters:
    """The parameters of `parameters_doc`."""
    rounding = d.text("surplus_rounding")
    if rounding not in ROUNDINGS:
        raise RecordFault("record.enum", {"value": rounding[:40]}, d.at("surplus_rounding"))
    seats = d.each("small_body_seats", integer)
    advised = d.each("advised_surplus", _fraction)
    if len(seats) != 2 or len(advised) != 2:
        raise RecordFault("record.pair", {}, d.at("small_body_seats" if len(seats) != 2 else "advised_surplus"))
    p = Parameters(
        surplus_cap=_fraction(d.value("surplus_cap"), d.at("surplus_cap")),
        surplus_rounding=cast(Rounding, rounding),
        small_body_seats=(seats[0], seats[1]),
        small_body_cap=d.integer("small_body_cap"),
        advised_surplus=(advised[0], advised[1]),
        opinion_threshold=_fraction(d.value("opinion_threshold"), d.at("opinion_threshold")),
        tie_break_needs_majority=d.boolean("tie_break_needs_majority"),
    )
    d.done()
    return p


def _fraction(value: Any, path: str) -> Fraction:
    try:
        return Fraction(text(value, path))
    except (ValueError, ZeroDivisionError):
        raise RecordFault("record.fraction", {"value": str(value)[:40]}, path) from None


def parameters_text(p: Parameters | None) -> str | None:
    """congress.parameters: canonical JSON or NULL."""
    return None if p is None else dumps(parameters_doc(p))


# ---- a finalized round's result -----------------------------------------------------------------------------------

Outcome = Literal["complete", "tie", "shortfall", "admitted"]
OUTCOMES = ("complete", "tie", "shortfall", "admitted")


@dataclass(frozen=True, slots=True)
class SealedResult:
    """What a round's result was when it was finalized: counts, votes per candidate, the elected, the outcome."""

    counted: int
    valid: int
    invalid: int
    votes: tuple[tuple[int, int], ...]
    elected: tuple[int, ...]
    outcome: Outcome

    @classmethod
    def of(cls, r: RoundResult) -> SealedResult:
        """The sealed form of a tally."""
        outcome = cast(Outcome, type(r.outcome).__name__.lower())
        votes = tuple((c.no, c.votes) for c in r.candidates)
        return cls(r.ballots.counted, r.ballots.valid, r.ballots.invalid, votes, tuple(r.elected), outcome)

    def doc(self) -> dict[str, Any]:
        """round.votes and the finalize record's `result`."""
        return {
            "counted": self.counted,
            "valid": self.valid,
            "invalid": self.invalid,
            "votes": {str(no): v for no, v in self.votes},
            "elected": list(self.elected),
            "outcome": self.outcome,
        }


def sealed_result_from(d: Doc) -> SealedResult:
    """The result of `SealedResult.doc`."""
    outcome = d.text("outcome")
    if outcome not in OUTCOMES:
        raise RecordFault("record.enum", {"value": outcome[:40]}, d.at("outcome"))
    r = SealedResult(
        counted=d.integer("counted"),
        valid=d.integer("valid"),
        invalid=d.integer("invalid"),
        votes=tuple((number_key(k, p), integer(v, p)) for k, v, p in d.entries("votes")),
        elected=d.each("elected", integer),
        outcome=cast(Outcome, outcome),
    )
    d.done()
    return r


# ---- table text -------------------------------------------------------------------------------------------------------


def loads(content: object, path: str) -> Any:
    """A column's canonical JSON; broken JSON is a `RecordFault`, never a ValueError."""
    try:
        return json.loads(text(content, path))
    except ValueError:
        raise RecordFault("record.json", {}, path) from None
