"""The one append path: inside the writers' lock, read the head, take the time (never before the previous
record's), build the record (the one function that does), insert it, project it.

A write transaction (`Tx`) runs on SQLAlchemy's connection (any database) or, for the SQLite ballot fast path,
on a raw sqlite3 connection; both hold the writers' lock from their first statement (BEGIN IMMEDIATE on SQLite,
an advisory lock on PostgreSQL, taken by `app.db` before the `Tx` is made).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.record.canonical import GENESIS, dumps, record_hash, sha256
from app.record.events import Event
from app.record.projection import Envelope, Projection
from app.record.projector import project
from app.record.sql import LOG_INSERT, Sql
from ballot.text import nfc

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

HEAD = "SELECT seq, hash, at FROM log ORDER BY seq DESC LIMIT 1"


@dataclass(frozen=True, slots=True)
class Actor:
    """Who acts: this station (computer and user) and the operator at its keyboard."""

    station: str
    operator: str

    def __post_init__(self) -> None:
        object.__setattr__(self, "station", nfc(self.station))
        object.__setattr__(self, "operator", nfc(self.operator))


@dataclass(frozen=True, slots=True)
class Head:
    """The newest record: its number, hash and time (0, the genesis hash and '' for an empty log)."""

    seq: int
    hash: str
    at: str


def read_head(sql: Sql) -> Head:
    """The log's head."""
    row = sql.one(HEAD, {})
    return Head(0, GENESIS, "") if row is None else Head(int(row[0]), str(row[1]), str(row[2]))


def now() -> str:
    """Local time with its offset, to the millisecond."""
    return datetime.datetime.now().astimezone().isoformat(timespec="milliseconds")


def clamp(at: str, previous: str) -> str:
    """`at`, or the previous record's time when this clock is behind it (times never go backwards)."""
    try:
        prev = datetime.datetime.fromisoformat(previous)
        if datetime.datetime.fromisoformat(at) < prev:
            return prev.astimezone().isoformat(timespec="milliseconds")
    except (ValueError, TypeError):
        pass
    return at


def build(head: Head, at: str, actor: Actor, event: Event) -> Envelope:
    """The record that follows `head`: its payload, data hash, and hash chained to the head's."""
    payload = dumps(event.to_doc())
    data_hash = sha256(payload)
    seq, action = head.seq + 1, event.action()
    h = record_hash(seq, at, actor.station, actor.operator, action, data_hash, head.hash)
    return Envelope(seq, at, actor.station, actor.operator, action, payload, data_hash, head.hash, h)


class Tx:
    """One user action's write transaction: every record it appends shares its time and chains in order."""

    def __init__(self, sql: Sql, actor: Actor, session: Session | None = None) -> None:
        self.sql, self.actor, self.session = sql, actor, session
        self.projection = Projection(sql)
        self.head = read_head(sql)
        self.at = clamp(now(), self.head.at)

    def append(self, event: Event) -> Envelope:
        """Adds the event's record and writes its projection; the record."""
        env = build(self.head, self.at, self.actor, event)
        self.sql.run(LOG_INSERT, env.row())
        project(self.projection, env, event)
        self.head = Head(env.seq, env.hash, env.at)
        if self.session is not None:
            self.session.expire_all()  # the session reads the rows the projection just wrote
        return env

    @property
    def orm(self) -> Session:
        """The transaction's ORM session, for the service's checks (general path only)."""
        assert self.session is not None, "a ballot fast-path transaction has no ORM session"
        return self.session

    @property
    def next_seq(self) -> int:
        """The number the next record will get (a row it makes takes it as its id)."""
        return self.head.seq + 1

    def finish(self) -> None:
        """Before commit: every stack made definitive has had its items made current."""
        self.projection.check_promotions(None)


__all__ = ["Actor", "Envelope", "Head", "Tx", "build", "clamp", "now", "read_head"]
