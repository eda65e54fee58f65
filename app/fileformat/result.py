"""The result format `kiemphieu-result/1` that `kiemphieu tally --json` prints."""

from __future__ import annotations

from typing import Any

from ballot.election import ElectionResult
from ballot.outcome import Admitted, Complete, Shortfall, Tie
from ballot.tally import RoundResult
from ballot.text import percent_text

FORMAT = "kiemphieu-result/1"


def outcome_json(r: RoundResult) -> dict[str, Any]:
    """status, elected, tied, tied_seats, seats_remaining."""
    o = r.outcome
    status = {Complete: "complete", Tie: "tie", Shortfall: "shortfall", Admitted: "admitted"}[type(o)]
    return {
        "status": status,
        "elected": list(o.elected),
        "tied": list(o.tied) if isinstance(o, Tie) else [],
        "tied_seats": o.seats if isinstance(o, Tie) else 0,
        "seats_remaining": o.seats_left if isinstance(o, Shortfall) else 0,
    }


def round_json(r: RoundResult) -> dict[str, Any]:
    """One round's result as the spec fixes it (with a few added fields)."""
    t = r.threshold
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
    return {
        "election": r.election,
        "round": r.round,
        "seats": r.seats,
        "form": r.form.value,
        "purpose": r.purpose.value,
        "base": {"summoned": t.summoned, "excluded": t.excluded, "base": t.base, "votes_needed": t.votes_needed},
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
    """The whole result document, optionally one election or one round."""
    rounds = [
        round_json(r)
        for er in results
        if election is None or er.election == election
        for r in er.rounds
        if round_no is None or r.round == round_no
    ]
    return {"format": FORMAT, "ruleset": ruleset, "results": rounds}
