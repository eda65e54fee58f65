"""Canonical JSON (the one text a value is stored and hashed as), SHA-256, and a log record's chained hash."""

from __future__ import annotations

import hashlib
import json
from json.encoder import c_make_encoder, encode_basestring  # type: ignore[attr-defined]
from typing import Any

#: The previous hash of the first record.
GENESIS = "0" * 64

#: The one encoder (made once: `json.dumps` with these options builds a new one per call), and its C part made
#: once too (`JSONEncoder.encode` makes one per call; without the check for circular documents, which the
#: program's never are).
_ENCODER = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False)
_C_ENCODE = (
    None
    if c_make_encoder is None
    else c_make_encoder(None, _ENCODER.default, encode_basestring, None, ":", ",", True, False, True)
)


def dumps(doc: Any) -> str:
    """Sorted keys, no spaces, non-ASCII kept (UTF-8)."""
    if _C_ENCODE is None:  # pragma: no cover - a Python without json's C part
        return _ENCODER.encode(doc)
    return "".join(_C_ENCODE(doc, 0))


def sha256(text: str) -> str:
    """SHA-256 of the UTF-8 text, in hex."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def record_hash(seq: int, at: str, station: str, operator: str, action: str, data_hash: str, prev_hash: str) -> str:
    """SHA-256 of the canonical array [seq, at, station, operator, action, data_hash, prev_hash] (written out
    here, as `dumps` would write it: a whole number and six JSON strings; one of these is made per record)."""
    if type(seq) is not int:  # a bool or an int subclass: let JSON spell it
        return sha256(dumps([seq, at, station, operator, action, data_hash, prev_hash]))
    e = encode_basestring
    text = f"[{seq},{e(at)},{e(station)},{e(operator)},{e(action)},{e(data_hash)},{e(prev_hash)}]"
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
