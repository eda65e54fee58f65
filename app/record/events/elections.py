"""Events about elections and their rounds: added, changed, removed, hand votes, rounds started, counts,
finalized, reopened."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Self

from app.record.codec import (
    SealedResult,
    candidate_doc,
    candidate_from,
    election_doc,
    election_from,
    hand_vote_from,
    hand_votes_doc,
    round_doc,
    round_from,
    sealed_result_from,
)
from app.record.events.base import Event, Titles, event, listed, title, where
from app.record.fields import Doc
from app.texts import Phrase
from ballot.model import Candidate, Election, HandVote, Round


@dataclass(frozen=True, slots=True)
class _ElectionSet(Event):
    election: Election
    position: int
    round: Round

    def to_doc(self) -> dict[str, Any]:
        return {"election": election_doc(self.election), "position": self.position, "round": round_doc(self.round)}

    @classmethod
    def from_doc(cls, d: Doc) -> Self:
        ev = cls(election_from(d.obj("election")), d.integer("position", 1), round_from(d.obj("round")))
        d.done()
        return ev

    def words(self, titles: Titles) -> Phrase:
        e = self.election
        return Phrase(f"event.{self.NAME}.words", {"title": e.title, "seats": e.seats, "candidates": len(e.candidates)})


@event
@dataclass(frozen=True, slots=True)
class ElectionAdded(_ElectionSet):
    """A new election (or opinion ballot) with its list, its place among the elections and its round 1."""

    NAME = "election.add"


@event
@dataclass(frozen=True, slots=True)
class ElectionUpdated(_ElectionSet):
    """An election's title, body, seats, list, pool or surplus changed before any ballot."""

    NAME = "election.update"


@event
@dataclass(frozen=True, slots=True)
class ElectionRemoved(Event):
    """An election taken off (kept, marked, with the reason)."""

    NAME = "election.remove"

    election: str
    reason: str

    def to_doc(self) -> dict[str, Any]:
        return {"election": self.election, "reason": self.reason}

    @classmethod
    def from_doc(cls, d: Doc) -> Self:
        ev = cls(d.text("election"), d.text("reason"))
        d.done()
        return ev

    def words(self, titles: Titles) -> Phrase:
        return Phrase("event.election.remove.words", {"title": title(titles, self.election), "reason": self.reason})


@event
@dataclass(frozen=True, slots=True)
class HandVotesSet(Event):
    """The congress's show-of-hands votes on an election's seats and list (quoted in the minutes)."""

    NAME = "election.hand_votes"

    election: str
    hand_votes: tuple[HandVote, ...]

    def to_doc(self) -> dict[str, Any]:
        return {"election": self.election, "hand_votes": hand_votes_doc(self.hand_votes)}

    @classmethod
    def from_doc(cls, d: Doc) -> Self:
        ev = cls(d.text("election"), d.each("hand_votes", hand_vote_from))
        d.done()
        return ev

    def words(self, titles: Titles) -> Phrase:
        votes = [
            Phrase(f"hand_vote.{v.topic.value}", {"agree": v.agree, "disagree": v.disagree, "abstain": v.abstain})
            for v in self.hand_votes
        ]
        return Phrase(
            "event.election.hand_votes.words",
            {"title": title(titles, self.election), "votes": votes or Phrase("words.none")},
        )


@event
@dataclass(frozen=True, slots=True)
class RoundStarted(Event):
    """Another round as the congress decided (who decided, its list and seats), with the election's whole list
    after the new names it added."""

    NAME = "round.start"

    election: str
    round: Round
    candidates: tuple[Candidate, ...]

    def to_doc(self) -> dict[str, Any]:
        return {
            "election": self.election,
            "round": round_doc(self.round),
            "candidates": [candidate_doc(c) for c in self.candidates],
        }

    @classmethod
    def from_doc(cls, d: Doc) -> Self:
        ev = cls(d.text("election"), round_from(d.obj("round")), d.each("candidates", candidate_from))
        d.done()
        return ev

    def words(self, titles: Titles) -> Phrase:
        r, x = self.round, self.round.decision
        params: dict[str, object] = {
            "where": where(titles, self.election, r.number),
            "seats": r.seats,
            "candidates": len(r.candidates),
            "purpose": Phrase(f"purpose.{r.purpose.value}"),
        }
        if x is None:
            return Phrase("event.round.start.words", params)
        return Phrase("event.round.start.words.decided", {**params, "by": x.by, "note": x.note or "—"})


@event
@dataclass(frozen=True, slots=True)
class RoundCountsSet(Event):
    """Ballots issued and collected, and those present at the vote (the round's whole header is carried)."""

    NAME = "round.counts"

    election: str
    round: Round

    def to_doc(self) -> dict[str, Any]:
        return {"election": self.election, "round": round_doc(self.round)}

    @classmethod
    def from_doc(cls, d: Doc) -> Self:
        ev = cls(d.text("election"), round_from(d.obj("round")))
        d.done()
        return ev

    def words(self, titles: Titles) -> Phrase:
        r = self.round
        return Phrase(
            "event.round.counts.words",
            {
                "where": where(titles, self.election, r.number),
                "issued": r.ballots_issued,
                "collected": r.ballots_collected,
                "present": "—" if r.present is None else r.present,
            },
        )


@event
@dataclass(frozen=True, slots=True)
class RoundFinalized(Event):
    """The round locked by the head, as versions before signatures logged it (now `round.finalize@2`): its data's
    fingerprint, who finalized it and (from an imported file) when, and the result it had."""

    NAME = "round.finalize"

    election: str
    round: int
    fingerprint: str
    by: str
    result: SealedResult
    at: str | None = None

    def to_doc(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "election": self.election,
            "round": self.round,
            "fingerprint": self.fingerprint,
            "by": self.by,
            "result": self.result.doc(),
        }
        if self.at is not None:
            d["at"] = self.at
        return d

    @classmethod
    def from_doc(cls, d: Doc) -> Self:
        ev = cls(
            d.text("election"),
            d.integer("round", 1),
            d.text("fingerprint"),
            d.text("by"),
            sealed_result_from(d.obj("result")),
            d.opt_text("at"),
        )
        d.done()
        return ev

    def words(self, titles: Titles) -> Phrase:
        return _sealed_words(self, titles)


@event
@dataclass(frozen=True, slots=True)
class RoundSealed(Event):
    """The round locked by the head: its data's fingerprint, who finalized it and when, the result it had, and
    the head's signature of the seal (`key`, `signature`: purpose seal over congress, election, round,
    fingerprint, at and by). From an imported file: `trusted`, the fingerprint of the key whose seal in the file
    the head accepted (the seal is signed again here, for this congress)."""

    NAME = "round.finalize"
    VERSION = 2

    election: str
    round: int
    fingerprint: str
    by: str
    result: SealedResult
    at: str
    key: str
    signature: str
    trusted: str | None = None

    def to_doc(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "election": self.election,
            "round": self.round,
            "fingerprint": self.fingerprint,
            "by": self.by,
            "result": self.result.doc(),
            "at": self.at,
            "key": self.key,
            "signature": self.signature,
        }
        if self.trusted is not None:
            d["trusted"] = self.trusted
        return d

    @classmethod
    def from_doc(cls, d: Doc) -> Self:
        ev = cls(
            d.text("election"),
            d.integer("round", 1),
            d.text("fingerprint"),
            d.text("by"),
            sealed_result_from(d.obj("result")),
            d.text("at"),
            d.text("key"),
            d.text("signature"),
            d.opt_text("trusted"),
        )
        d.done()
        return ev

    def words(self, titles: Titles) -> Phrase:
        return _sealed_words(self, titles)


def _sealed_words(ev: RoundFinalized | RoundSealed, titles: Titles) -> Phrase:
    r = ev.result
    return Phrase(
        "event.round.finalize.words",
        {
            "where": where(titles, ev.election, ev.round),
            "by": ev.by,
            "counted": r.counted,
            "valid": r.valid,
            "invalid": r.invalid,
            "elected": listed(r.elected) or "—",
            "outcome": Phrase(f"outcome.short.{r.outcome}"),
            "fingerprint": ev.fingerprint,
        },
    )


@event
@dataclass(frozen=True, slots=True)
class RoundReopened(Event):
    """A finalized round unlocked by the head, with the reason."""

    NAME = "round.reopen"

    election: str
    round: int
    reason: str

    def to_doc(self) -> dict[str, Any]:
        return {"election": self.election, "round": self.round, "reason": self.reason}

    @classmethod
    def from_doc(cls, d: Doc) -> Self:
        ev = cls(d.text("election"), d.integer("round", 1), d.text("reason"))
        d.done()
        return ev

    def words(self, titles: Titles) -> Phrase:
        return Phrase(
            "event.round.reopen.words", {"where": where(titles, self.election, self.round), "reason": self.reason}
        )
