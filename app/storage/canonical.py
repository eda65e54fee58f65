"""Compact canonical text for ballots and JSON for everything else, and the hashes taken of them."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from ballot.model import Ballot, InvalidReason, Mark, MarkedBallot, RuledInvalidBallot, StruckBallot

GENESIS = "0" * 64

_MARK_CODE = {Mark.AGREE: "a", Mark.DISAGREE: "d", Mark.BOTH: "b", Mark.NONE: "n"}
_CODE_MARK = {v: k for k, v in _MARK_CODE.items()}


def dumps(doc: Any) -> str:
    """Sorted keys, no spaces, non-ASCII kept: the one text a value is stored and hashed as."""
    return json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def sha256(text: str) -> str:
    """SHA-256 of the UTF-8 text, in hex."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def record_hash(seq: int, at: str, station: str, operator: str, action: str, data_hash: str, prev_hash: str) -> str:
    """The hash of one log record: its fields, its data's hash and the previous record's hash."""
    return sha256(dumps([seq, at, station, operator, action, data_hash, prev_hash]))


def ballot_text(b: Ballot) -> str:
    """'s1,5' struck names; 'm1a,2d' marks; 'inot_issued' a ruled-invalid ballot."""
    if isinstance(b, StruckBallot):
        return "s" + ",".join(map(str, sorted(b.struck)))
    if isinstance(b, MarkedBallot):
        return "m" + ",".join(f"{no}{_MARK_CODE[m]}" for no, m in sorted(b.marks.items()))
    return "i" + b.reason.value


def ballot_from_text(text: str, count: int, team: str | None) -> Ballot:
    """The ballot stored as `ballot_text`."""
    kind, rest = text[:1], text[1:]
    if kind == "s":
        return StruckBallot(frozenset(int(x) for x in rest.split(",")) if rest else frozenset(), count, team)
    if kind == "m":
        marks = {int(x[:-1]): _CODE_MARK[x[-1]] for x in rest.split(",")} if rest else {}
        return MarkedBallot(marks, count, team)
    if kind == "i":
        return RuledInvalidBallot(InvalidReason(rest), count, team)
    raise ValueError(f"unknown ballot text {text[:20]!r}")
