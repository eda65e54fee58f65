"""What a projection function writes with: the rows of the transaction's connection, each write by primary
key, and (in verify) which log record last wrote each column of each row."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from app.record.events import BallotRecorded, Event, SubtotalRecorded
from app.record.sql import TABLES, Sql

Row = dict[str, Any]
#: The tables a round's state (`known_rounds`) is read from.
ROUND_STATE = frozenset({"round", "election", "ballot"})
#: Tables whose rows `Projection.get` keeps between writes.
CACHED = frozenset({"congress", "election", "round", "stack", "entry_pass", "team"})
Key = tuple[Any, ...]
#: One item of a stack's entry as stored: the text and the count (`ballot.double_entry` compares these).
Item = tuple[str, int]


class ProjectionFault(Exception):
    """A record the projection cannot apply, or whose stated outcome (a stack's state, a difference, a promoted
    ballot) is not what the projection computes: a code, its parameters. Live it is a bug; in verify, a finding."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(f"{code} {params}")
        self.code = code
        self.params = params


@dataclass(frozen=True, slots=True)
class Envelope:
    """One log record: its place in the chain, who and when, the event's action and canonical payload."""

    seq: int
    at: str
    station: str
    operator: str
    action: str
    payload: str
    data_hash: str
    prev_hash: str
    hash: str
    key: str | None = None
    signature: str | None = None

    def row(self) -> Row:
        """The log table's row."""
        return {
            "key": self.key,
            "signature": self.signature,
            "seq": self.seq,
            "at": self.at,
            "station": self.station,
            "operator": self.operator,
            "action": self.action,
            "payload": self.payload,
            "data_hash": self.data_hash,
            "prev_hash": self.prev_hash,
            "hash": self.hash,
        }


class Projection:
    """The projection tables on one connection, written only through these calls."""

    def __init__(self, sql: Sql, provenance: bool = False) -> None:
        self.sql = sql
        #: (table, key) → column → seq of the record that last wrote it (verify only).
        self.written: dict[tuple[str, Key], dict[str, int]] | None = {} if provenance else None
        #: Stacks made definitive whose ballots (or sheet) the next records must make current, in order.
        self.promoting: dict[int, deque[Item]] = {}
        #: Rows read often (rounds, stacks, passes…), kept until this projection writes them; every write goes
        #: through this object, so the copy is never stale.
        self._rows: dict[tuple[str, Key], Row | None] = {}
        #: A round's state (fingerprint, removed, last entry number) that the writing service has just read on
        #: this same connection, for the next ballot's projection to use once instead of asking again (a ballot
        #: save asks once); forgotten at any write to the tables it comes from.
        self.known_rounds: dict[tuple[str, int], tuple[Any, Any, int]] = {}

    # -- reading ---------------------------------------------------------------------------------------------------

    def get(self, table: str, *key: Any) -> Row | None:
        """The row with this primary key, or None (not to be changed: write through `update`)."""
        cached = table in CACHED
        if cached and (table, key) in self._rows:
            return self._rows[(table, key)]
        t = TABLES[table]
        found = self.sql.one(t.get, dict(zip(t.key, key, strict=True)))
        row = None if found is None else dict(zip(t.columns, found, strict=True))
        if cached:
            self._rows[(table, key)] = row
        return row

    def need(self, table: str, *key: Any) -> Row:
        """The row with this primary key; a fault when there is none."""
        row = self.get(table, *key)
        if row is None:
            raise ProjectionFault("projection.no_row", table=table, key=_key_text(TABLES[table].key, key))
        return row

    # -- writing ---------------------------------------------------------------------------------------------------

    def insert(self, table: str, row: Row, seq: int) -> None:
        """A new row (every column given)."""
        t = TABLES[table]
        if self.known_rounds and table in ROUND_STATE:  # `_forget`, written out: every ballot saved passes here
            self.known_rounds.clear()
        self.sql.run(t.insert, row)
        key = tuple([row[k] for k in t.key])
        self._rows.pop((table, key), None)
        if self.written is not None:
            self.written[(table, key)] = dict.fromkeys(t.columns, seq)

    def update(self, table: str, key: Key, values: Mapping[str, Any], seq: int) -> None:
        """Some columns of the row with this key."""
        t = TABLES[table]
        self._forget(table)
        self.sql.run(t.update(tuple(values)), {**values, **dict(zip(t.key, key, strict=True))})
        self._rows.pop((table, key), None)
        if self.written is not None:
            self.written.setdefault((table, key), {}).update(dict.fromkeys(values, seq))

    def delete(self, table: str, key: Key) -> None:
        """The row with this key."""
        t = TABLES[table]
        self._forget(table)
        self.sql.run(t.delete, dict(zip(t.key, key, strict=True)))
        self._rows.pop((table, key), None)
        if self.written is not None:
            self.written.pop((table, key), None)

    def _forget(self, table: str) -> None:
        if self.known_rounds and table in ROUND_STATE:
            self.known_rounds.clear()

    def writer(self, table: str, key: Key, column: str) -> int | None:
        """The record that last wrote this column of this row (verify only)."""
        if self.written is None:
            return None
        return self.written.get((table, key), {}).get(column)

    # -- stacks made definitive ------------------------------------------------------------------------------------

    def promote(self, stack: int, items: tuple[Item, ...]) -> None:
        """The next records must make these items current, in order."""
        self.promoting[stack] = deque(items)

    def promoted(self, stack: int, item: Item) -> None:
        """Takes the next item of a definitive stack, which must be `item`."""
        queue = self.promoting.get(stack)
        if not queue:
            raise ProjectionFault("projection.not_promoting", stack=stack)
        expected = queue.popleft()
        if expected != item:
            raise ProjectionFault("projection.promoted_item", stack=stack, stored=item[0], expected=expected[0])
        if not queue:
            del self.promoting[stack]

    def check_promotions(self, event: Event | None) -> None:
        """Every stack made definitive has all its items made current before anything else happens."""
        for stack in self.promoting:
            if getattr(event, "stack", None) != stack or not _promotes(event):
                raise ProjectionFault("projection.promotion_incomplete", stack=stack, left=len(self.promoting[stack]))


def _promotes(event: Event | None) -> bool:
    return isinstance(event, BallotRecorded | SubtotalRecorded)


def _key_text(names: tuple[str, ...], key: Key) -> str:
    return ", ".join(f"{n}={v}" for n, v in zip(names, key, strict=True))


F = TypeVar("F", bound=Callable[..., None])
#: Each event class's projection.
PROJECTIONS: dict[type[Event], Callable[[Projection, Envelope, Any], None]] = {}


def projects(*classes: type[Event]) -> Callable[[F], F]:
    """Registers a function as the projection of these event classes."""

    def register(fn: F) -> F:
        for cls in classes:
            if cls in PROJECTIONS:
                raise ValueError(f"two projections of {cls.__name__}")
            PROJECTIONS[cls] = fn
        return fn

    return register


def key_text(table: str, key: Key) -> str:
    """A row's key in words for a finding: 'election_id=bch, number=1'."""
    return _key_text(TABLES[table].key, key)
