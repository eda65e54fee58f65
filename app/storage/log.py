"""Appending to the entry log: each record hashes its data and chains to the previous record."""

from __future__ import annotations

import datetime
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from app.storage.canonical import GENESIS, dumps, record_hash, sha256
from app.storage.rows import LogRow

#: Key of the PostgreSQL advisory lock that serialises writers (SQLite uses BEGIN IMMEDIATE).
PG_LOCK_KEY = 0x6B70


def now() -> str:
    """Local time with its offset, to the millisecond."""
    return datetime.datetime.now().astimezone().isoformat(timespec="milliseconds")


def lock_writers(s: Session) -> None:
    """Serialises writers on PostgreSQL; SQLite writers already hold the lock from BEGIN IMMEDIATE."""
    if s.get_bind().dialect.name == "postgresql":
        s.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": PG_LOCK_KEY})


def head(s: Session) -> tuple[int, str]:
    """The last record's seq and hash (0 and the genesis hash for an empty log)."""
    row = s.execute(select(LogRow.seq, LogRow.hash).order_by(LogRow.seq.desc()).limit(1)).first()
    return (0, GENESIS) if row is None else (row[0], row[1])


class Appender:
    """Writes log records within one transaction, each chained to the one before."""

    def __init__(self, s: Session, station: str, operator: str) -> None:
        lock_writers(s)
        self.s, self.station, self.operator = s, station, operator
        self.seq, self.hash = head(s)
        self.at = now()

    def next_seq(self) -> int:
        """The seq the next record will get (ballots and subtotals take it as their id)."""
        return self.seq + 1

    def append(self, action: str, payload: dict[str, Any]) -> LogRow:
        """Adds one record and returns it."""
        body = dumps(payload)
        data_hash = sha256(body)
        seq = self.seq + 1
        h = record_hash(seq, self.at, self.station, self.operator, action, data_hash, self.hash)
        row = LogRow(
            seq=seq,
            at=self.at,
            station=self.station,
            operator=self.operator,
            action=action,
            payload=body,
            data_hash=data_hash,
            prev_hash=self.hash,
            hash=h,
        )
        self.s.add(row)
        self.seq, self.hash = seq, h
        return row
