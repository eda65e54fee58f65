"""Canonical JSON (the one text a value is stored and hashed as), SHA-256, and a log record's chained hash."""

from __future__ import annotations

import hashlib
import json
from typing import Any

#: The previous hash of the first record.
GENESIS = "0" * 64


def dumps(doc: Any) -> str:
    """Sorted keys, no spaces, non-ASCII kept (UTF-8)."""
    return json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def sha256(text: str) -> str:
    """SHA-256 of the UTF-8 text, in hex."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def record_hash(seq: int, at: str, station: str, operator: str, action: str, data_hash: str, prev_hash: str) -> str:
    """SHA-256 of the canonical array [seq, at, station, operator, action, data_hash, prev_hash]."""
    return sha256(dumps([seq, at, station, operator, action, data_hash, prev_hash]))
