"""How a process takes hold of a congress database: the hooks `Workspace.open` and `Workspace.create` call.

- To write (the window, `kiemphieu pin`): refuse read-only media with a clear message, take the program's
  lock (`lockfile`: a second program is refused, naming who has the congress open), check the file
  (`filecheck`: a damaged file is refused, naming the latest backup), then the normal engine.
- To read (`verify`, `tally`, `export`, `minutes` with `--db`): no lock needed and none taken; the file is
  opened read-only, so closing never checkpoints, truncates or deletes the journal of a congress the window
  has open. On read-only media without a `-shm`, SQLite cannot open a WAL database read-only: the file is
  then opened `immutable`, or, when an unfinished `-wal` lies beside it, a private copy is read instead (so no
  saved ballot is missed). A database of an older schema is upgraded in a private copy, never in place.
- PostgreSQL: the server keeps its own locks; only the engine.

`Held.release()` gives everything back (engine, lock, private copy).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy import exc as sa_exc

from app.storage import filecheck, lockfile, migrate
from app.storage.engine import make_engine, make_read_engine, sqlite_path, url_for
from app.storage.errors import ExistsError, ReadOnlyError


class ReadOnlyMediaError(ReadOnlyError):
    """The database is on read-only media (or in a read-only folder): it can only be read."""

    def __init__(self, path: Path) -> None:
        super().__init__("storage.read_only_media", {"path": str(path)})
        self.db = path


@dataclass
class Held:
    """An engine on a congress database, and what else this process took to use it."""

    engine: Engine
    read_only: bool = False
    lock: lockfile.CongressLock | None = None
    scratch: Path | None = None  # a private folder holding a copy that is read instead of the file

    def release(self) -> None:
        """Closes the engine, frees the lock, removes the private copy (safe to call twice)."""
        self.engine.dispose()
        if self.lock is not None:
            self.lock.release()
            self.lock = None
        if self.scratch is not None:
            shutil.rmtree(self.scratch, ignore_errors=True)
            self.scratch = None


def hold(url: str, *, write: bool) -> Held:
    """An existing database, to write (locked and checked) or only to read (read-only, checked)."""
    path = sqlite_path(url)
    if path is None:
        return Held(make_engine(url), read_only=not write)
    return _for_writing(path, url) if write else _for_reading(path)


def hold_new(url: str) -> Held:
    """A database about to be made: its lock first, so no other program opens it half-made."""
    path = sqlite_path(url)
    if path is None:
        return Held(make_engine(url))
    lock = lockfile.acquire(path)
    try:
        return Held(make_engine(url), lock=lock)
    except BaseException:
        lock.release()
        raise


def writable(path: Path) -> bool:
    """Whether the file and its folder can be written (read-only media answer no, also to root)."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _for_writing(path: Path, url: str) -> Held:
    if not writable(path):
        raise ReadOnlyMediaError(path)
    lock = lockfile.acquire(path)
    held = Held(make_engine(url), lock=lock)
    try:
        _check(held.engine, path)
    except BaseException:
        held.release()
        raise
    return held


def _for_reading(path: Path) -> Held:
    held = Held(make_read_engine(path), read_only=True)
    try:
        _check(held.engine, path)
    except (sa_exc.OperationalError, sqlite3.OperationalError) as e:
        held.release()
        if "unable to open" not in str(e):
            raise
        held = _unopenable_read_only(path)
    except BaseException:
        held.release()
        raise
    try:
        rev = migrate.current(held.engine)
        if rev is not None and rev != migrate.head() and migrate.known(rev):
            held = _private_copy(held, path)
    except BaseException:
        held.release()
        raise
    return held


def _unopenable_read_only(path: Path) -> Held:
    """Read-only media without a `-shm`: immutable when no journal is pending, else a private copy of both."""
    wal = path.with_name(path.name + "-wal")
    if not (wal.is_file() and wal.stat().st_size > 0):
        held = Held(make_read_engine(path, immutable=True), read_only=True)
    else:
        scratch = Path(tempfile.mkdtemp(prefix="kiemphieu-doc-"))
        copy = scratch / path.name
        shutil.copyfile(path, copy)  # nobody can be writing a file on read-only media
        shutil.copyfile(wal, copy.with_name(copy.name + "-wal"))
        held = Held(make_engine(url_for(copy)), read_only=True, scratch=scratch)
    try:
        _check(held.engine, path)
    except BaseException:
        held.release()
        raise
    return held


def _private_copy(held: Held, path: Path) -> Held:
    """A copy (SQLite's backup API, from the read-only connection) that can be upgraded without touching the file."""
    scratch = Path(tempfile.mkdtemp(prefix="kiemphieu-doc-"))
    copy = scratch / path.name
    try:
        with contextlib.closing(held.engine.raw_connection()) as raw:
            dst = sqlite3.connect(copy)
            try:
                raw.driver_connection.backup(dst)  # type: ignore[union-attr]
            finally:
                dst.close()
    except BaseException:
        shutil.rmtree(scratch, ignore_errors=True)
        raise
    finally:
        held.release()
    return Held(make_engine(url_for(copy)), read_only=True, scratch=scratch)


def _check(engine: Engine, path: Path) -> None:
    """The file check on one of the engine's own connections (never another descriptor of the file)."""
    try:
        with contextlib.closing(engine.raw_connection()) as raw:
            filecheck.check(raw.driver_connection, path)
    except (sa_exc.DatabaseError, sqlite3.DatabaseError) as e:
        # a fault in the connection's own pragmas reaches us unwrapped, a fault in a query wrapped
        orig = getattr(e, "orig", None) or e
        text = str(orig).lower()
        damaged = "not a database" in text or "malformed" in text or "corrupt" in text
        if damaged and not isinstance(orig, sqlite3.OperationalError):
            raise filecheck.DamagedError(path, str(orig), (path.parent,)) from e
        raise


def copy_out(source: Path, dest: Path) -> None:
    """A checked copy of a database that is only read (on read-only media, or a backup), to work on elsewhere."""
    from app.backup import copy_checked

    if dest.exists():
        raise ExistsError("storage.exists", {"path": str(dest)})
    held = hold(url_for(source), write=False)
    try:
        with held.engine.connect() as conn:
            last = conn.exec_driver_sql("SELECT hash FROM log ORDER BY seq DESC LIMIT 1").scalar()
        copy_checked(held.engine, dest, str(last))
    finally:
        held.release()
