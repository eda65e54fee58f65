"""Events about entered ballots and team subtotals: recorded (typed, or made current by a definitive stack),
corrected, voided."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Self

from app.record.codec import ballot_doc, ballot_from, subtotal_doc, subtotal_from
from app.record.events.base import Event, Titles, event, listed, where
from app.record.fields import Doc
from app.texts import Phrase
from ballot.model import Ballot, MarkedBallot, NominatedBallot, StruckBallot, Subtotal


def ballot_words(b: Ballot) -> Phrase:
    """A ballot in words: 'gạch số 2, 5', the marks, or why it is invalid; the stack and team."""
    if isinstance(b, StruckBallot):
        text = Phrase("ballot.struck", {"nos": listed(sorted(b.struck))}) if b.struck else Phrase("ballot.struck_none")
    elif isinstance(b, MarkedBallot):
        marks = [Phrase(f"mark.{m.value}", {"no": no}) for no, m in sorted(b.marks.items())]
        text = Phrase("ballot.marks", {"marks": marks}) if marks else Phrase("ballot.marks_none")
    elif isinstance(b, NominatedBallot):
        text = Phrase("ballot.names", {"nos": listed(sorted(b.names)) or "—", "outside": b.outside_pool})
    else:
        text = Phrase("ballot.invalid", {"reason": Phrase(f"invalid.{b.reason.value}")})
    if b.count != 1:
        text = Phrase("ballot.count", {"ballot": text, "count": b.count})
    if b.team:
        text = Phrase("ballot.team", {"ballot": text, "team": b.team})
    return text


def subtotal_words(s: Subtotal) -> Phrase:
    """A team's sheet in words: ballots, invalid, votes per candidate number."""
    votes = listed(sorted(s.votes.items()), lambda nv: f"{nv[0]}: {nv[1]}") or "—"
    return Phrase("subtotal.words", {"team": s.team, "ballots": s.ballots, "invalid": s.invalid_total, "votes": votes})


@event
@dataclass(frozen=True, slots=True)
class BallotRecorded(Event):
    """One paper ballot (or a stack of identical ones) counted in a round, as entry number `seq`; `stack` when a
    definitive stack made it current; `scan` when it is scanned page `scan` (read, or its doubts decided). The
    record's number is the ballot's id."""

    NAME = "ballot"

    election: str
    round: int
    seq: int
    ballot: Ballot
    stack: int | None = None
    scan: int | None = None

    def to_doc(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "election": self.election,
            "round": self.round,
            "seq": self.seq,
            "ballot": ballot_doc(self.ballot),
        }
        if self.stack is not None:
            d["stack"] = self.stack
        if self.scan is not None:
            d["scan"] = self.scan
        return d

    @classmethod
    def from_doc(cls, d: Doc) -> Self:
        ev = cls(
            d.text("election"),
            d.integer("round", 1),
            d.integer("seq", 1),
            ballot_from(d.value("ballot"), d.at("ballot")),
            d.opt_integer("stack", 1),
            d.opt_integer("scan", 1),
        )
        d.done()
        return ev

    def words(self, titles: Titles) -> Phrase:
        params = {
            "where": where(titles, self.election, self.round),
            "seq": self.seq,
            "ballot": ballot_words(self.ballot),
        }
        if self.scan is not None:
            return Phrase("event.ballot.words.scan", {**params, "page": self.scan})
        if self.stack is None:
            return Phrase("event.ballot.words", params)
        return Phrase("event.ballot.words.stack", {**params, "stack": self.stack})


@event
@dataclass(frozen=True, slots=True)
class BallotCorrected(Event):
    """A ballot superseded by a new reading (its id is this record's number), or voided (no replacement);
    the old one is kept with who, when and why."""

    NAME = "ballot.correct"

    ballot: int
    reason: str
    replacement: Ballot | None

    def to_doc(self) -> dict[str, Any]:
        return {
            "ballot": self.ballot,
            "reason": self.reason,
            "replacement": None if self.replacement is None else ballot_doc(self.replacement),
        }

    @classmethod
    def from_doc(cls, d: Doc) -> Self:
        rep = d.value("replacement")
        ev = cls(
            d.integer("ballot", 1), d.text("reason"), None if rep is None else ballot_from(rep, d.at("replacement"))
        )
        d.done()
        return ev

    def label(self) -> Phrase:
        return Phrase("event.ballot.void" if self.replacement is None else "event.ballot.correct")

    def words(self, titles: Titles) -> Phrase:
        if self.replacement is None:
            return Phrase("event.ballot.void.words", {"ballot": self.ballot, "reason": self.reason})
        return Phrase(
            "event.ballot.correct.words",
            {"ballot": self.ballot, "replacement": ballot_words(self.replacement), "reason": self.reason},
        )


@event
@dataclass(frozen=True, slots=True)
class SubtotalRecorded(Event):
    """A counting team's hand-counted totals for a round; `stack` when a definitive tally-sheet stack made it
    current. The record's number is the subtotal's id."""

    NAME = "subtotal"

    election: str
    round: int
    subtotal: Subtotal
    stack: int | None = None

    def to_doc(self) -> dict[str, Any]:
        d: dict[str, Any] = {"election": self.election, "round": self.round, "subtotal": subtotal_doc(self.subtotal)}
        if self.stack is not None:
            d["stack"] = self.stack
        return d

    @classmethod
    def from_doc(cls, d: Doc) -> Self:
        ev = cls(
            d.text("election"),
            d.integer("round", 1),
            subtotal_from(d.value("subtotal"), d.at("subtotal")),
            d.opt_integer("stack", 1),
        )
        d.done()
        return ev

    def words(self, titles: Titles) -> Phrase:
        return Phrase(
            "event.subtotal.words",
            {"where": where(titles, self.election, self.round), "subtotal": subtotal_words(self.subtotal)},
        )


@event
@dataclass(frozen=True, slots=True)
class SubtotalVoided(Event):
    """A team's subtotal voided (kept, marked, with the reason)."""

    NAME = "subtotal.void"

    subtotal: int
    reason: str

    def to_doc(self) -> dict[str, Any]:
        return {"subtotal": self.subtotal, "reason": self.reason}

    @classmethod
    def from_doc(cls, d: Doc) -> Self:
        ev = cls(d.integer("subtotal", 1), d.text("reason"))
        d.done()
        return ev

    def words(self, titles: Titles) -> Phrase:
        return Phrase("event.subtotal.void.words", {"subtotal": self.subtotal, "reason": self.reason})
