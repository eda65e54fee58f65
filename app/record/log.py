"""The one append path: inside the writers' lock, read the head, take the time (never before the previous
record's), build the record (the one function that does), sign it with this station's key, insert it, project it.

Every record is signed (Ed25519, purpose `log`, over its hash) by the key of the station that writes it — the
actor's key, else this computer's (`<data>/keys/station.key`). A station whose key the congress has not
registered writes nothing but its own request to be (`station.requested`); what needs the head's PIN is
written only by the head's key (docs/signatures.md).

A write transaction (`Tx`) runs on SQLAlchemy's connection (any database) or, for the SQLite ballot fast path,
on a raw sqlite3 connection; both hold the writers' lock from their first statement (BEGIN IMMEDIATE on SQLite,
an advisory lock on PostgreSQL, taken by `app.db` before the `Tx` is made).
"""

from __future__ import annotations

import datetime
import os
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.errors import Refused
from app.keyring import HEAD_ACTIONS, ROOT_ACTIONS
from app.keys import StationKey, grouped, key_path, load_station_key, station_key
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
    """Who acts: this station (computer and user), the operator at its keyboard, and the station's key (None:
    this computer's own, `<data>/keys/station.key`, made on first use)."""

    station: str
    operator: str
    key: StationKey | None = field(default=None, compare=False, repr=False)

    def signer(self) -> StationKey:
        """The key this actor's records are signed with."""
        return self.key if self.key is not None else this_station()

    def as_operator(self, operator: str) -> Actor:
        """The same station (and key) with another operator at the keyboard."""
        return Actor(self.station, operator, self.key)

    def __post_init__(self) -> None:
        object.__setattr__(self, "station", nfc(self.station))
        object.__setattr__(self, "operator", nfc(self.operator))


@dataclass(frozen=True, slots=True)
class Head:
    """The newest record: its number, hash and time (0, the genesis hash and '' for an empty log)."""

    seq: int
    hash: str
    at: str


_KEYS: dict[Path, tuple[tuple[int, int, int], StationKey]] = {}
_PATHS: dict[str | None, Path] = {}
_CHECKED: dict[Path, float] = {}
#: The default key by data folder setting, with when its file was last looked at (forgotten whenever a key is read).
_RECENT: dict[str | None, tuple[StationKey, float]] = {}
#: Seconds a key file found unchanged is trusted without looking at it again (a save signs many per second).
RECHECK = 1.0


def this_station(folder: Path | None = None, *, fresh: bool = False) -> StationKey:
    """This computer's key (made on first use), read once and kept while its file stays the same (looked at again
    at most once a second: a key replaced or damaged on disk is read again, and refused if it cannot be used)."""
    if folder is not None:
        return _looked_up(key_path(folder), fresh)
    env = os.environ.get("KIEMPHIEU_DATA_DIR")
    recent = _RECENT.get(env)
    if recent is not None and not fresh and time.monotonic() - recent[1] < RECHECK:
        return recent[0]  # a save signs many records a second
    path = _PATHS.get(env)
    if path is None:
        path = _PATHS[env] = key_path()
    key = _looked_up(path, fresh)
    _RECENT[env] = (key, _CHECKED[path])
    return key


def _looked_up(path: Path, fresh: bool) -> StationKey:
    known = _KEYS.get(path)
    if known is not None and not fresh and time.monotonic() - _CHECKED.get(path, 0.0) < RECHECK:
        return known[1]
    try:
        st = os.stat(path)
    except OSError:
        return _remember(path, station_key(path.parent.parent))
    stamp = (st.st_ino, st.st_mtime_ns, st.st_size)
    if known is not None and known[0] == stamp and not fresh:
        _CHECKED[path] = time.monotonic()
        return known[1]
    return _remember(path, load_station_key(path.parent.parent))


_FINGERPRINTS: dict[bytes, str] = {}


def _fingerprint(key: StationKey) -> str:
    """A key's fingerprint, computed once per key."""
    fp = _FINGERPRINTS.get(key.public_raw)
    if fp is None:
        fp = _FINGERPRINTS[key.public_raw] = key.fingerprint
    return fp


def _remember(path: Path, key: StationKey) -> StationKey:
    _RECENT.clear()
    st = os.stat(path)
    _KEYS[path] = ((st.st_ino, st.st_mtime_ns, st.st_size), key)
    _CHECKED[path] = time.monotonic()
    return key


#: What a station's registration allows: which actions need no registration (the first record, a head that
#: lost its key, a station asking to be registered).
SELF_SIGNED = ROOT_ACTIONS | {"head.rekeyed", "station.requested"}
ROLE = "SELECT role, retired FROM station WHERE fingerprint = :fp"


def read_head(sql: Sql) -> Head:
    """The log's head."""
    return head_of(sql.one(HEAD, {}))


def head_of(row: Sequence[Any] | None) -> Head:
    """The head from a row (seq, hash, at) of the log's newest record; None or NULLs: an empty log."""
    return Head(0, GENESIS, "") if row is None or row[0] is None else Head(int(row[0]), str(row[1]), str(row[2]))


#: This computer's offset from UTC and when it was found (monotonic seconds), looked at again after
#: `ZONE_RECHECK` seconds: a new time zone or summer time shows within a minute, and the instant a time names is
#: right either way (the offset is written with it). Finding it reads the zone's rules, which costs more than
#: the rest of a ballot's record.
_zone: tuple[datetime.tzinfo | None, float] = (None, 0.0)
ZONE_RECHECK = 60.0


def now() -> str:
    """Local time with its offset, to the millisecond."""
    global _zone
    zone, found = _zone
    tick = time.monotonic()
    if zone is None or tick - found > ZONE_RECHECK:
        zone = datetime.datetime.now().astimezone().tzinfo
        _zone = (zone, tick)
    return datetime.datetime.now(zone).isoformat(timespec="milliseconds")


def clamp(at: str, previous: str) -> str:
    """`at`, or the previous record's time when this clock is behind it (times never go backwards)."""
    if len(at) == len(previous) and at[-6:] == previous[-6:] and at[10::9] == previous[10::9] and at >= previous:
        return at  # the same layout and offset (`now`'s): their order is their text's
    try:
        prev = datetime.datetime.fromisoformat(previous)
        if datetime.datetime.fromisoformat(at) < prev:
            return prev.astimezone().isoformat(timespec="milliseconds")
    except (ValueError, TypeError):
        pass
    return at


def build(
    head: Head, at: str, actor: Actor, event: Event, signer: StationKey | None = None, fingerprint: str = ""
) -> Envelope:
    """The record that follows `head`: its payload, data hash, hash chained to the head's, and (with a signer)
    the signer's fingerprint and signature of the hash."""
    payload = dumps(event.to_doc())
    data_hash = sha256(payload)
    seq, action = head.seq + 1, event.action()
    h = record_hash(seq, at, actor.station, actor.operator, action, data_hash, head.hash)
    if signer is None:
        return Envelope(seq, at, actor.station, actor.operator, action, payload, data_hash, head.hash, h)
    fp, sig = fingerprint or signer.fingerprint, signer.sign_log(h)
    return Envelope(seq, at, actor.station, actor.operator, action, payload, data_hash, head.hash, h, fp, sig)


class Tx:
    """One user action's write transaction: every record it appends shares its time, chains in order and is
    signed by the actor's key."""

    def __init__(
        self,
        sql: Sql,
        actor: Actor,
        session: Session | None = None,
        *,
        roles: dict[str, str] | None = None,
        memo: dict[Any, Any] | None = None,
    ) -> None:
        self.sql, self.actor, self.session = sql, actor, session
        self.signer: StationKey | None = actor.signer()
        self.fingerprint = _FINGERPRINTS.get(self.signer.public_raw) or _fingerprint(self.signer)
        self.projection = Projection(sql)
        self._head: Head | None = None  # read at first use (a service may have read it with its own query)
        self._at = ""
        self.appended = 0
        #: fingerprint → role, kept by the database between transactions where it is the only writer (SQLite)
        self._roles = roles if roles is not None else {}
        #: What a service read in an earlier transaction on this connection and may use again, kept by the database
        #: while no other connection has written (SQLite's ballot connection; None elsewhere); emptied at every
        #: record added, so a service puts back only what it knows after its own record.
        self.memo = memo

    @property
    def head(self) -> Head:
        """The log's newest record as this transaction sees it (read once, then followed as records are added)."""
        if self._head is None:
            self.knows_head(read_head(self.sql))
        assert self._head is not None
        return self._head

    @property
    def at(self) -> str:
        """The time of every record of this transaction (never before the newest record's)."""
        if self._head is None:
            self.knows_head(read_head(self.sql))
        return self._at

    def knows_head(self, head: Head) -> None:
        """The head, as read inside this transaction by the caller's own query (before any record is added)."""
        if self._head is None:
            self._head = head
            self._at = clamp(now(), head.at)

    def append(self, event: Event) -> Envelope:
        """Adds the event's record, signed, and writes its projection; the record."""
        if self.memo:
            self.memo.clear()
        self._admit(event)
        head = self._head if self._head is not None else self.head
        env = build(head, self._at, self.actor, event, self.signer, self.fingerprint)
        self.sql.run(LOG_INSERT, env.row())
        project(self.projection, env, event)
        self._head = Head(env.seq, env.hash, env.at)
        self.appended += 1
        if event.NAME in SELF_SIGNED or event.NAME.startswith(("station.", "head.")):
            self._roles.clear()  # a registration changed what a key may do
        if self.session is not None:
            self.session.expire_all()  # the session reads the rows the projection just wrote
        return env

    def role(self) -> str:
        """This station's role in the congress as its log stands: head, station, or '' (not registered, a
        request only, or retired)."""
        role = self._roles.get(self.fingerprint)
        if role is None:
            row = self.sql.one(ROLE, {"fp": self.fingerprint})
            ok = row is not None and row[1] is None and row[0] in ("head", "station")
            role = str(row[0]) if ok and row is not None else ""
            if role:  # kept only once registered: a registration made through another handle is seen at once
                self._roles[self.fingerprint] = role
        return role

    def _admit(self, event: Event) -> None:
        """Refuses what this station's key may not sign: anything while unregistered (but its first record, a
        request, or a head's new key), and what needs the head's PIN unless it is the head's key."""
        if event.NAME in SELF_SIGNED:
            return
        role = self._roles.get(self.fingerprint) or self.role()
        if not role:
            raise Refused("station.not_registered", {"fingerprint": grouped(self.fingerprint)}, "station")
        if role != "head" and event.NAME in HEAD_ACTIONS:
            params = {"fingerprint": grouped(self.fingerprint), "action": event.label()}
            raise Refused("station.not_head", params, "station")

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
        if self.projection.promoting:
            self.projection.check_promotions(None)


__all__ = ["Actor", "Envelope", "Head", "Tx", "build", "clamp", "head_of", "now", "read_head"]
