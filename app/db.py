"""One open congress database: the engine, reading and writing sessions, the SQLite connection kept for
ballot saves. Who acts is a separate value (`Actor`), passed to every service call.

A write is `with db.writing(actor) as tx:` — one transaction that holds the writers' lock from its start
(BEGIN IMMEDIATE on SQLite, an advisory lock on PostgreSQL), in which the service checks, builds its events
and appends them (`tx.append`), each projected at once.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, suppress
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import Engine, text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from app import anchors
from app.errors import UserError
from app.people import WrongPin
from app.record.log import Actor, Tx
from app.record.sql import AlchemySql, SqliteSql
from app.storage import access, migrate, queries
from app.storage.engine import WRITE, is_url, sqlite_path, url_for
from app.storage.errors import CorruptError, ExistsError, NotFoundError, medium_fault, translated

#: Key of the PostgreSQL advisory lock that serialises writers (SQLite uses BEGIN IMMEDIATE).
PG_LOCK_KEY = 0x6B70


class Database:
    """A congress database (SQLite file or PostgreSQL URL), open."""

    def __init__(self, target: str | Path, engine: Engine, held: access.Held | None = None) -> None:
        self.target = str(target)
        self.engine = engine
        self._held = held  # the program's lock and what else was taken to use the file (app/storage/access.py)
        self.read_only = held is not None and held.read_only
        self._read = sessionmaker(engine, expire_on_commit=False)
        self._write = sessionmaker(engine.execution_options(**{WRITE: True}), expire_on_commit=False)
        self._ballot_conn: Any = None
        self._ballot_driver: sqlite3.Connection | None = None  # the kept connection's sqlite3 object
        self._ballot_sql: SqliteSql | None = None  # and the statements' runner on it
        #: what ballot saves read and may use again (`Tx.memo`), while the connection's `data_version` stays the
        #: same (no other connection has written since)
        self._memo: dict[Any, Any] = {}
        self._memo_version: int | None = None
        self._sqlite = engine.dialect.name == "sqlite"
        self._uid: str | None = None  # the congress's id, once read (this station's anchors are kept under it)
        #: each key's role in the congress, kept between transactions on SQLite (this process is its only
        #: writer: the program's lock); on a shared server every transaction asks
        self._roles: dict[str, str] | None = {} if self.is_sqlite else None
        self._anchors: dict[str, anchors.Writer] = {}  # by the signing key (its data folder keeps them)

    @property
    def is_sqlite(self) -> bool:
        """Whether the data is in a SQLite file."""
        return self._sqlite

    @property
    def path(self) -> Path | None:
        """The SQLite file, else None."""
        return sqlite_path(url_for(self.target)) if self.is_sqlite else None

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only session (faults of the medium become storage errors)."""
        with translated(self.target), self._read() as s:
            yield s

    @contextmanager
    def writing(self, actor: Actor) -> Iterator[Tx]:
        """One user action: a write transaction holding the writers' lock, with its log appender. A wrong PIN
        refuses the action (nothing of it is written) and is then logged (`pin.failed`) in a transaction of its
        own."""
        try:
            with translated(self.target), self._write.begin() as s:
                conn = s.connection()
                if conn.dialect.name == "postgresql":
                    conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": PG_LOCK_KEY})
                # on SQLite the records and their rows go straight to the driver connection of the same
                # transaction (a tenth of SQLAlchemy's cost per statement: 1,600 ballots made current at once)
                sql = SqliteSql(conn.connection.driver_connection) if self.is_sqlite else AlchemySql(conn)  # type: ignore[arg-type]
                tx = Tx(sql, actor, s, roles=self._roles)
                yield tx
                tx.finish()
                self._read_uid(tx)
        except WrongPin as wrong:
            if wrong.attempted:
                self._pin_failed(actor, wrong)
            raise
        self._anchor(tx)

    def _pin_failed(self, actor: Actor, wrong: WrongPin) -> None:
        from app.record.events import PinFailed

        with suppress(UserError), self.writing(actor) as tx:
            tx.append(PinFailed(wrong.attempted, wrong.attempt.failures, wrong.attempt.wait))

    def ballot_writing(self, actor: Actor) -> AbstractContextManager[Tx]:
        """SQLite only: a write transaction on the connection kept for ballot saves (BEGIN IMMEDIATE … COMMIT on
        the driver connection, measured at a third of a session's cost); any other database: `writing`."""
        return _BallotWriting(self, actor) if self._sqlite else self.writing(actor)

    @property
    def uid(self) -> str | None:
        """The congress's id (None before it is created)."""
        if self._uid is None:
            with self.reading() as s:
                self._uid = s.scalar(text("SELECT uid FROM congress WHERE id = 1"))
        return self._uid

    def _read_uid(self, tx: Tx) -> None:
        if self._uid is None and tx.appended:
            row = tx.sql.one("SELECT uid FROM congress WHERE id = 1", {})
            self._uid = None if row is None else row[0]

    def _anchor(self, tx: Tx) -> None:
        """After the commit: this station's anchor (the last record it wrote), in the data folder of the key that
        signed it, outside the database. Never fails the action: an anchor behind the database is harmless."""
        if not tx.appended or not self._uid or tx.signer is None:
            return
        try:
            writer = self._anchors.get(tx.fingerprint)
            if writer is None or writer.congress != self._uid:
                folder = anchor_folder(tx)
                if folder is None:
                    return
                writer = self._anchors[tx.fingerprint] = anchors.Writer(self._uid, folder)
            head = tx.head
            writer.note(head.seq, head.hash)
        except (OSError, UserError, ValueError):
            return

    def drop_ballot_connection(self) -> None:
        """Gives the kept ballot connection back."""
        if self._ballot_conn is not None:
            with suppress(Exception):
                self._ballot_conn.close()
            self._ballot_conn = self._ballot_driver = self._ballot_sql = None
        self._memo.clear()
        self._memo_version = None  # a new connection counts its versions afresh

    def close(self) -> None:
        """Releases the database, the program's lock and any private copy."""
        for writer in self._anchors.values():
            with suppress(OSError):
                writer.close()
        self._anchors.clear()
        self.drop_ballot_connection()
        self.engine.dispose()
        if self._held is not None:
            self._held.release()
            self._held = None

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class _BallotWriting:
    """`Database.ballot_writing` on SQLite (a class rather than a generator: it runs at every ballot save). A
    fault of the medium becomes a storage error and drops the kept connection, so the next save starts afresh; any
    failure rolls the transaction back; after the commit, this station's anchor is noted."""

    __slots__ = ("actor", "conn", "db", "tx")
    tx: Tx

    def __init__(self, db: Database, actor: Actor) -> None:
        self.db, self.actor = db, actor
        self.conn: sqlite3.Connection | None = None

    def __enter__(self) -> Tx:
        db = self.db
        try:
            conn, sql = db._ballot_driver, db._ballot_sql
            if conn is None or sql is None:
                db._ballot_conn = db.engine.raw_connection()
                conn = db._ballot_driver = db._ballot_conn.driver_connection
                sql = db._ballot_sql = SqliteSql(conn)
            self.conn = conn
            conn.execute("BEGIN IMMEDIATE")
            version = conn.execute("PRAGMA data_version").fetchone()[0]
            if version != db._memo_version:  # another connection wrote: nothing read before holds
                db._memo.clear()
                db._memo_version = version
            self.tx = Tx(sql, self.actor, roles=db._roles, memo=db._memo)
        except BaseException as exc:
            self._failed(exc)
            raise
        return self.tx

    def __exit__(self, kind: object, exc: BaseException | None, tb: object) -> Literal[False]:
        if exc is not None:
            self._failed(exc)
            return False
        try:
            self.tx.finish()
            if self.db._uid is None:
                self.db._read_uid(self.tx)
            assert self.conn is not None
            self.conn.execute("COMMIT")
        except BaseException as failure:
            self._failed(failure)
            raise
        self.db._anchor(self.tx)
        return False

    def _failed(self, exc: BaseException) -> None:
        """Rolls back, drops the connection after a fault of the medium, and raises the storage error it is."""
        self.db._memo.clear()
        try:
            if self.conn is not None and self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
        except BaseException as also:
            self.db.drop_ballot_connection()
            raise medium_fault(also, self.db.target) or also from exc
        if not isinstance(exc, Exception) or _medium(exc):
            self.db.drop_ballot_connection()  # a fault of the medium: the next save starts afresh
        fault = medium_fault(exc, self.db.target)
        if fault is not None:
            raise fault from exc


def anchor_folder(tx: Tx) -> Path | None:
    """`<data>` of the signing key (`<data>/keys/station.key`), where its anchors are kept; None for a key that
    has no file (a test's)."""
    path = None if tx.signer is None else tx.signer.path
    return None if path is None else path.parent.parent


def _medium(exc: BaseException) -> bool:
    return isinstance(exc, sqlite3.Error | OSError)


def open_database(
    target: str | Path, actor: Actor | None = None, *, check: bool = True, read_only: bool = False
) -> Database:
    """An existing congress database, brought to the current schema and record format (an older database's
    conversion is logged as `actor`'s); with `check`, refused when it holds no congress.

    To write, the program's lock is taken and the file checked (a second program, read-only media and a damaged
    file are refused by name); `read_only` (commands that only read) takes no lock and opens the file read-only,
    an older one converted in a private copy (`app.storage.access`)."""
    url = url_for(target)
    path = sqlite_path(url)
    if path is not None and not path.is_file():
        raise NotFoundError("storage.not_found", {"path": str(path)})
    with translated(str(target)):
        held = access.hold(url, write=not read_only)
        try:
            if migrate.current(held.engine) is None:
                raise CorruptError("storage.not_kiemphieu", {"path": str(target)})
            migrate.upgrade(held.engine, actor=actor, keep=not held.read_only)
            db = Database(target, held.engine, held)
            if check:
                with db.reading() as s:
                    queries.congress_row(s)
        except BaseException:
            held.release()
            raise
    return db


def new_database(target: str | Path) -> tuple[Database, bool]:
    """An empty database with the current schema (never over one that holds data), under the program's lock
    from the start; whether a file was made."""
    url = url_for(target)
    path = sqlite_path(url)
    made = False
    with translated(str(target)):
        if path is not None:
            if path.exists() and path.stat().st_size > 0:
                raise ExistsError("storage.exists", {"path": str(path)})
            path.parent.mkdir(parents=True, exist_ok=True)
            made = True
        held = access.hold_new(url)
        try:
            if migrate.current(held.engine) is not None and not _no_record(held.engine):
                raise ExistsError("storage.not_empty", {"path": str(target)})
            migrate.upgrade(held.engine)
        except BaseException:
            held.release()
            if made and path is not None:
                discard_files(path)
            raise
    return Database(target, held.engine, held), made


def _no_record(engine: Engine) -> bool:
    """The program's schema with no record in its log: a creation stopped before its first transaction committed
    (a server database cannot be removed like a file), so nothing is there to keep."""
    try:
        with engine.connect() as conn:
            return int(conn.execute(text("SELECT count(*) FROM log")).scalar_one()) == 0
    except SQLAlchemyError:
        return False


def discard_files(path: Path) -> None:
    """Removes a SQLite file this program just made, with its journal files."""
    for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        with suppress(OSError):
            p.unlink()


__all__ = ["Actor", "Database", "discard_files", "is_url", "new_database", "open_database"]
