"""The canonical documents a log record carries for each kind of row (replayed by verify)."""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

from app.fileformat.writer import ballot_dict, election_dict, round_dict
from app.storage.rows import parameters_text, subtotal_doc
from ballot.model import Ballot, Election, Round, Subtotal
from ballot.rulesets import Parameters
from ballot.tally import RoundResult


def election_doc(e: Election) -> dict[str, Any]:
    """An election with its candidates, without rounds."""
    return election_dict(e)


def round_doc(r: Round) -> dict[str, Any]:
    """A round's header: list, seats, counts, purpose, decision — without ballots."""
    d = round_dict(replace(r, ballots=(), subtotals=()))
    d.pop("ballots", None)
    return d


def parameters_doc(p: Parameters | None) -> Any:
    """The congress's parameters, or None."""
    return None if p is None else json.loads(parameters_text(p))


def result_doc(r: RoundResult) -> dict[str, Any]:
    """What a finalized round's result was: counts, votes per candidate, the elected."""
    return {
        "counted": r.ballots.counted,
        "valid": r.ballots.valid,
        "invalid": r.ballots.invalid,
        "votes": {str(c.no): c.votes for c in r.candidates},
        "elected": list(r.elected),
        "outcome": type(r.outcome).__name__.lower(),
    }


def ballot_doc(b: Ballot) -> dict[str, Any]:
    """A ballot as the file format writes it."""
    return ballot_dict(b)


def subtotal_payload(s: Subtotal) -> dict[str, Any]:
    """A subtotal with every key present."""
    return subtotal_doc(s)
