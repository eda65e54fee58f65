"""Making the engine: a SQLite file (WAL, synchronous=FULL, foreign keys) or a PostgreSQL URL."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.pool import ConnectionPoolEntry, QueuePool

#: How long a write waits for another program's lock before giving up (milliseconds).
BUSY_TIMEOUT_MS = 5000
#: Execution option that makes a SQLite transaction take the write lock at BEGIN.
WRITE = "kiemphieu_write"


def default_folder() -> Path:
    """Where congress databases go unless the committee picks a folder."""
    from platformdirs import user_data_dir

    return Path(os.environ.get("KIEMPHIEU_DATA_DIR") or user_data_dir("kiemphieu", appauthor=False))


def is_url(target: str | Path) -> bool:
    """Whether the target is a SQLAlchemy URL rather than a file path."""
    return isinstance(target, str) and "://" in target


def default_path(name: str) -> Path:
    """Where a congress's database goes when the committee picks no folder: one file per congress."""
    safe = "".join(ch if ch.isalnum() or ch in "-_ " else "_" for ch in name).strip() or "dai-hoi"
    return default_folder() / f"{safe}.kiemphieu"


def url_for(target: str | Path) -> str:
    """The SQLAlchemy URL of a file path (taken as given) or of a URL."""
    if is_url(target):
        return str(target)
    return f"sqlite:///{Path(target).absolute()}"


def sqlite_path(url: str) -> Path | None:
    """The database file of a SQLite URL, else None."""
    u = make_url(url)
    return Path(u.database) if u.get_backend_name() == "sqlite" and u.database else None


def make_engine(url: str) -> Engine:
    """An engine with the durability settings; SQLite writers lock at BEGIN (BEGIN IMMEDIATE)."""
    if make_url(url).get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True)
    engine = create_engine(url)
    _listen(engine, read_only=False)
    return engine


def read_uri(path: Path, *, immutable: bool = False) -> str:
    """The SQLite URI that opens a file read-only (`immutable`: on media nothing can change, no locking at all).

    A read-only connection never checkpoints on close, so it never deletes or truncates the `-wal`/`-shm` of a
    database another program has open (SQLite: a checkpoint refuses on a read-only connection).
    """
    return Path(path).absolute().as_uri() + ("?mode=ro&immutable=1" if immutable else "?mode=ro")


def make_read_engine(path: Path, *, immutable: bool = False) -> Engine:
    """An engine that only reads the file: opened read-only, `query_only`, the journal mode left alone."""
    uri = read_uri(path, immutable=immutable)

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(uri, uri=True, check_same_thread=False)

    engine = create_engine(url_for(path), creator=connect, poolclass=QueuePool)
    _listen(engine, read_only=True)
    return engine


def _listen(engine: Engine, *, read_only: bool) -> None:
    """The pragmas of every new connection, and BEGIN IMMEDIATE for writers."""

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn: Any, _record: ConnectionPoolEntry) -> None:
        dbapi_conn.isolation_level = None  # we issue BEGIN ourselves
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_MS)}")
        if read_only:
            cur.execute("PRAGMA query_only=ON")
        else:
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(WRITE) else "BEGIN")
