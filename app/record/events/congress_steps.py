"""Events of the whole congress (issue 12): requests to withdraw from a list and the congress's vote, an election
paused to ask the higher standing committee (and resumed), the committee head's choice on a nomination tie."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Self

from app.record.codec import (
    head_choice_doc,
    head_choice_from,
    pause_doc,
    pause_from,
    round_doc,
    round_from,
    withdrawal_doc,
    withdrawal_from,
)
from app.record.events.base import Event, Titles, event, listed, title, where
from app.record.fields import Doc
from app.texts import Phrase
from ballot.model import HeadChoice, Pause, Round, Withdrawal


def _request_words(w: Withdrawal) -> Phrase:
    """One request in words: the number, the presidium's proposal, the vote (or none counted), the decision."""
    vote: Phrase = (
        Phrase("words.withdrawal.no_vote")
        if w.agree is None
        else Phrase(
            f"words.withdrawal.vote.{w.method.value}", {"agree": w.agree, "disagree": w.disagree, "abstain": w.abstain}
        )
    )
    decided = (
        Phrase("words.none") if w.allowed is None else Phrase(f"words.withdrawal.allowed.{str(w.allowed).lower()}")
    )
    return Phrase(
        "words.withdrawal",
        {
            "no": w.no,
            "round": w.round,
            "proposal": Phrase(f"words.withdrawal.proposal.{w.proposal.value}"),
            "vote": vote,
            "decided": decided,
        },
    )


@event
@dataclass(frozen=True, slots=True)
class WithdrawalsSet(Event):
    """An election's requests to withdraw (xin rút), each with the presidium's proposal and the congress's vote on
    it; `round` carries the open round's header when its list changes with them (a name allowed to withdraw leaves
    the ballot)."""

    NAME = "election.withdrawals"

    election: str
    withdrawals: tuple[Withdrawal, ...]
    round: Round | None = None

    def to_doc(self) -> dict[str, Any]:
        d: dict[str, Any] = {"election": self.election, "withdrawals": [withdrawal_doc(w) for w in self.withdrawals]}
        if self.round is not None:
            d["round"] = round_doc(self.round)
        return d

    @classmethod
    def from_doc(cls, d: Doc) -> Self:
        rnd = d.opt_obj("round")
        ev = cls(d.text("election"), d.each("withdrawals", withdrawal_from), None if rnd is None else round_from(rnd))
        d.done()
        return ev

    def words(self, titles: Titles) -> Phrase:
        requests = [_request_words(w) for w in self.withdrawals]
        return Phrase(
            "event.election.withdrawals.words",
            {"title": title(titles, self.election), "requests": requests or Phrase("words.none")},
        )


@event
@dataclass(frozen=True, slots=True)
class ElectionPaused(Event):
    """An election paused to ask the higher standing committee — the intended secretary, deputy or inspection chair
    was not elected to the committee — recorded as a decision with who made it; or resumed on its guidance."""

    NAME = "election.pause"

    election: str
    pause: Pause

    def to_doc(self) -> dict[str, Any]:
        return {"election": self.election, "pause": pause_doc(self.pause)}

    @classmethod
    def from_doc(cls, d: Doc) -> Self:
        ev = cls(d.text("election"), pause_from(d.obj("pause")))
        d.done()
        return ev

    def words(self, titles: Titles) -> Phrase:
        p = self.pause
        if p.resumed is not None:
            return Phrase(
                "event.election.pause.words.resumed",
                {"title": title(titles, self.election), "by": p.resumed.by, "note": p.resumed.note or "—"},
            )
        return Phrase(
            "event.election.pause.words",
            {
                "title": title(titles, self.election),
                "reason": Phrase(f"words.pause.{p.reason.value}"),
                "intended": p.intended or "—",
                "by": p.decision.by,
                "note": p.decision.note or "—",
            },
        )


@event
@dataclass(frozen=True, slots=True)
class HeadChoiceSet(Event):
    """The committee head's choice among the names with equal counts at a nomination ballot's cut (who chose, when,
    the note), or (None) the choice withdrawn."""

    NAME = "round.head_choice"

    election: str
    round: int
    choice: HeadChoice | None

    def to_doc(self) -> dict[str, Any]:
        return {
            "election": self.election,
            "round": self.round,
            "choice": None if self.choice is None else head_choice_doc(self.choice),
        }

    @classmethod
    def from_doc(cls, d: Doc) -> Self:
        choice = d.opt_obj("choice")
        ev = cls(d.text("election"), d.integer("round", 1), None if choice is None else head_choice_from(choice))
        d.done()
        return ev

    def words(self, titles: Titles) -> Phrase:
        at = where(titles, self.election, self.round)
        c = self.choice
        if c is None:
            return Phrase("event.round.head_choice.words.cleared", {"where": at})
        return Phrase(
            "event.round.head_choice.words",
            {"where": at, "by": c.decision.by, "chosen": listed(c.chosen), "note": c.decision.note or "—"},
        )
