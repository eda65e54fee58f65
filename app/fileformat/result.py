"""The result format `kiemphieu-result/1` that `kiemphieu tally --json` prints."""

from __future__ import annotations

from typing import Any

from ballot.election import ElectionResult
from ballot.model import ElectionKind, Pause
from ballot.outcome import Admitted, Complete, Nominated, Shortfall, Tie
from ballot.tally import RoundResult
from ballot.text import percent_text

FORMAT = "kiemphieu-result/1"


def outcome_json(r: RoundResult) -> dict[str, Any]:
    """status, elected, tied, tied_seats, seats_remaining (a nomination ballot adds its ranking and proposed)."""
    o = r.outcome
    if isinstance(o, Nominated):
        return nomination_json(o)
    status = {Complete: "complete", Tie: "tie", Shortfall: "shortfall", Admitted: "admitted"}[type(o)]
    return {
        "status": status,
        "elected": list(o.elected),
        "tied": list(o.tied) if isinstance(o, Tie) else [],
        "tied_seats": o.seats if isinstance(o, Tie) else 0,
        "seats_remaining": o.seats_left if isinstance(o, Shortfall) else 0,
    }


def nomination_json(o: Nominated) -> dict[str, Any]:
    """A ranking, not an election: `elected` is empty; `proposed`; a tie at the cut for the head to choose.

    status `proposed` (as many proposed as asked), `tie` (`tied` compete for `tied_seats` places: the
    committee head chooses), or `shortfall` (fewer names had any support: `seats_remaining` places).
    """
    status = "tie" if o.tied else "shortfall" if o.short else "proposed"
    choice = o.choice
    return {
        "status": status,
        "elected": [],
        "tied": list(o.tied),
        "tied_seats": o.places,
        "seats_remaining": o.short,
        "proposed": list(o.proposed),
        "ranking": list(o.ranking),
        "head_choice": None
        if choice is None
        else {
            "chosen": list(choice.chosen),
            "by": choice.decision.by,
            "note": choice.decision.note,
            "at": choice.decision.at,
        },
    }


def base_json(r: RoundResult) -> dict[str, Any]:
    """The threshold base: summoned − excluded for an election; those attending for an opinion ballot."""
    t = r.threshold
    if r.kind is ElectionKind.OPINION:
        return {"attending": t.base, "votes_needed": t.votes_needed}
    return {"summoned": t.summoned, "excluded": t.excluded, "base": t.base, "votes_needed": t.votes_needed}


def round_json(r: RoundResult) -> dict[str, Any]:
    """One round's result as the spec fixes it (with a few added fields)."""
    b = r.ballots
    candidates = []
    for c in r.candidates:
        item: dict[str, Any] = {
            "no": c.no,
            "name": c.name,
            "votes": c.votes,
            "percent": percent_text(c.hundredths),
            "passed": c.passed,
            "rank": c.rank,
            "status": c.status.value,
        }
        if c.note:
            item["note"] = c.note
        if c.disagree is not None:
            item["disagree"] = c.disagree
        candidates.append(item)
    out: dict[str, Any] = {
        "election": r.election,
        "round": r.round,
        "kind": r.kind.value,
        "seats": r.seats,
    }
    if r.propose is not None:
        out["propose"] = r.propose
    return out | {
        "form": r.form.value,
        "purpose": r.purpose.value,
        "base": base_json(r),
        "ballots": {
            "issued": b.issued,
            "collected": b.collected,
            "counted": b.counted,
            "valid": b.valid,
            "invalid": b.invalid,
            "invalid_by_reason": {k.value: v for k, v in sorted(b.invalid_by_reason.items())},
        },
        "candidates": candidates,
        "outcome": outcome_json(r),
        "problems": [
            {
                "code": p.code.value,
                "level": p.level.value,
                "path": p.path,
                "message": p.message("vi"),
                "message_en": p.message("en"),
            }
            for p in r.problems
        ],
    }


def result_json(
    ruleset: str, results: tuple[ElectionResult, ...], election: str | None = None, round_no: int | None = None
) -> dict[str, Any]:
    """The whole result document, optionally one election or one round; paused elections are listed apart."""
    chosen = [er for er in results if election is None or er.election == election]
    rounds = [round_json(r) for er in chosen for r in er.rounds if round_no is None or r.round == round_no]
    doc: dict[str, Any] = {"format": FORMAT, "ruleset": ruleset, "results": rounds}
    paused = [pause_json(er.election, er.pause) for er in chosen if er.pause is not None]
    if paused:
        doc["paused"] = paused
    return doc


def pause_json(election: str, p: Pause) -> dict[str, Any]:
    """An election paused to ask the higher standing committee: why, who decided, and whether it resumed."""
    resumed = p.resumed
    return {
        "election": election,
        "status": "paused" if resumed is None else "resumed",
        "reason": p.reason.value,
        "intended": p.intended,
        "by": p.decision.by,
        "note": p.decision.note,
        "at": p.decision.at,
        "resumed": None if resumed is None else {"by": resumed.by, "note": resumed.note, "at": resumed.at},
    }
