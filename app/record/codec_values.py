"""The codecs of what is counted: ballots (document and table text), team subtotals, the congress's own
parameters, and a finalized round's result. Re-exported by `app.record.codec`."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from fractions import Fraction
from typing import Any, Literal, cast

from app.record.canonical import dumps
from app.record.fields import Doc, RecordFault, enum_value, integer, number_key, text
from ballot.model import (
    Ballot,
    InvalidReason,
    Mark,
    MarkedBallot,
    NominatedBallot,
    RuledInvalidBallot,
    StruckBallot,
    Subtotal,
)
from ballot.rulesets import MajorityOf, Parameters, Rounding
from ballot.tally import RoundResult

# ---- ballots ------------------------------------------------------------------------------------------------------

_NUMBERS = re.compile(r"[0-9]+(,[0-9]+)*")
_MARK_CODE = {Mark.AGREE: "a", Mark.DISAGREE: "d", Mark.BOTH: "b", Mark.NONE: "n"}
_CODE_MARK = {v: k for k, v in _MARK_CODE.items()}


def ballot_doc(b: Ballot) -> dict[str, Any]:
    """One paper ballot, or a stack of identical ones, as the election file writes it."""
    d: dict[str, Any]
    if isinstance(b, StruckBallot):
        d = {"struck": sorted(b.struck)}
    elif isinstance(b, MarkedBallot):
        d = {"marks": {str(no): m.value for no, m in sorted(b.marks.items())}}
    elif isinstance(b, NominatedBallot):
        d = {"names": sorted(b.names)}
        if b.outside_pool:
            d["outside_pool"] = b.outside_pool
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
        b = StruckBallot(frozenset(d.integers("struck")), count, team)
    elif d.has("marks"):
        marks = {number_key(k, p): enum_value(v, Mark, p) for k, v, p in d.entries("marks")}
        b = MarkedBallot(marks, count, team)
    elif d.has("names"):
        outside = d.integer("outside_pool", 0) if d.has("outside_pool") else 0
        b = NominatedBallot(frozenset(d.integers("names", 1)), outside, count, team)
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
    if isinstance(b, NominatedBallot):
        return "n" + ",".join(map(str, sorted(b.names))) + (f"+{b.outside_pool}" if b.outside_pool else "")
    return "i" + b.reason.value


def ballot_from_text(content: object, count: object, team: object, path: str = "ballot") -> Ballot:
    """The ballot stored as `ballot_text` with its count and team."""
    content, n = text(content, f"{path}.content"), integer(count, f"{path}.count", 1)
    t = None if team is None else text(team, f"{path}.team")
    kind, rest = content[:1], content[1:]
    try:
        if kind == "s":
            if not rest:
                return StruckBallot(frozenset(), n, t)
            if _NUMBERS.fullmatch(rest):
                return StruckBallot(frozenset(map(int, rest.split(","))), n, t)
            raise ValueError(rest)
        if kind == "m":
            marks = {_number(x[:-1]): _CODE_MARK[x[-1]] for x in rest.split(",")} if rest else {}
            return MarkedBallot(marks, n, t)
        if kind == "i":
            return RuledInvalidBallot(InvalidReason(rest), n, t)
        if kind == "n":
            names, _, outside = rest.partition("+")
            if (names and not _NUMBERS.fullmatch(names)) or (outside and not outside.isdigit()):
                raise ValueError(rest)
            nos = frozenset(map(int, names.split(","))) if names else frozenset()
            return NominatedBallot(nos, int(outside or 0), n, t)
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


#: Parameters added later: written only when they differ from the default, so earlier documents stay the same.
ADDED_PARAMETERS = ("nomination_over_limit_invalid", "nomination_outside_pool_invalid", "withdrawal_majority_of")
MAJORITIES = ("attending", "votes_cast")


def parameters_doc(p: Parameters) -> dict[str, Any]:
    """Every parameter (fractions as 'n/d'; those added later only when not their default)."""
    d: dict[str, Any] = {
        "surplus_cap": str(p.surplus_cap),
        "surplus_rounding": p.surplus_rounding,
        "small_body_seats": list(p.small_body_seats),
        "small_body_cap": p.small_body_cap,
        "advised_surplus": [str(x) for x in p.advised_surplus],
        "opinion_threshold": str(p.opinion_threshold),
        "tie_break_needs_majority": p.tie_break_needs_majority,
    }
    default = Parameters()
    for key in ADDED_PARAMETERS:
        if getattr(p, key) != getattr(default, key):
            d[key] = getattr(p, key)
    return d


def file_parameters_doc(p: Parameters) -> dict[str, Any]:
    """The parameters as the election file writes them (and the fingerprint covers)."""
    full = parameters_doc(p)
    return {k: full[k] for k in (*FILE_PARAMETERS, *ADDED_PARAMETERS) if k in full}


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
    default = Parameters()
    over = d.boolean("nomination_over_limit_invalid") if d.has("nomination_over_limit_invalid") else None
    outside = d.boolean("nomination_outside_pool_invalid") if d.has("nomination_outside_pool_invalid") else None
    majority = d.text("withdrawal_majority_of") if d.has("withdrawal_majority_of") else default.withdrawal_majority_of
    if majority not in MAJORITIES:
        raise RecordFault("record.enum", {"value": majority[:40]}, d.at("withdrawal_majority_of"))
    p = replace(
        p,
        nomination_over_limit_invalid=default.nomination_over_limit_invalid if over is None else over,
        nomination_outside_pool_invalid=default.nomination_outside_pool_invalid if outside is None else outside,
        withdrawal_majority_of=cast(MajorityOf, majority),
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

Outcome = Literal["complete", "tie", "shortfall", "admitted", "nominated"]
OUTCOMES = ("complete", "tie", "shortfall", "admitted", "nominated")


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
        elected=d.integers("elected"),
        outcome=cast(Outcome, outcome),
    )
    d.done()
    return r


def loads(content: object, path: str) -> Any:
    """A column's canonical JSON; broken JSON is a `RecordFault`, never a ValueError."""
    try:
        return json.loads(text(content, path))
    except ValueError:
        raise RecordFault("record.json", {}, path) from None
