"""The program's own lock on a congress database: `<database>.lock` beside it, one holder at a time.

SQLite's own locks are POSIX record locks, which a process loses on *every* descriptor of the file as soon as
it closes *any* descriptor of it (a file dialog sniffing the file's type is enough). This lock is a separate
file locked with `flock` (on Windows `msvcrt.locking`): no other descriptor can release it, the kernel frees
it when the holder dies (a stale file is simply taken over), and it names its holder (program, user, computer,
process, since when) for the refusal the next program shows.

The window holds it while a congress is open; every command that writes takes it; read-only commands do not
need it (they open the database read-only, which never deletes the journal). Inside one process the lock is
shared (counted): opening the same congress twice in the window is not a conflict with itself.
"""

from __future__ import annotations

import contextlib
import datetime
import getpass
import json
import os
import socket
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.storage.errors import LockedError, ReadOnlyError

SUFFIX = ".lock"
#: Files SQLite keeps beside a database (and our lock): no code but SQLite may open them in the window's process.
SIDE_SUFFIXES = ("-wal", "-shm", "-journal", SUFFIX)

_program = "kiemphieu"
_held: dict[Path, CongressLock] = {}


def set_program(name: str) -> None:
    """How this process is named to others in a refusal (the window, or `kiemphieu pin`)."""
    global _program
    _program = name


def lock_path(db: Path) -> Path:
    """The lock file of a database."""
    return db.with_name(db.name + SUFFIX)


def _key(db: Path) -> Path:
    return Path(os.path.realpath(db))


@dataclass(frozen=True, slots=True)
class Holder:
    """Who holds a congress database open."""

    program: str = ""
    user: str = ""
    host: str = ""
    pid: int = 0
    since: str = ""


class HeldError(LockedError):
    """Another program holds the congress database; the refusal names it."""

    def __init__(self, db: Path, holder: Holder) -> None:
        super().__init__(
            "storage.held",
            {
                "path": str(db),
                "program": holder.program or "?",
                "user": holder.user or "?",
                "host": holder.host or "?",
                "pid": holder.pid or "?",
                "since": _local(holder.since),
            },
        )
        self.holder = holder


class CongressLock:
    """A held lock; `release()` frees it (the last release in this process unlocks and removes the file)."""

    def __init__(self, db: Path, fd: int) -> None:
        self.db = db
        self.path = lock_path(db)
        self._fd: int | None = fd
        self._count = 1

    @property
    def held(self) -> bool:
        """Whether this process still holds the lock."""
        return self._fd is not None

    def release(self) -> None:
        """One holder fewer; the last one removes the file, then unlocks (in that order: see `acquire`)."""
        if self._fd is None:
            return
        self._count -= 1
        if self._count > 0:
            return
        fd, self._fd = self._fd, None
        _held.pop(_key(self.db), None)
        with contextlib.suppress(OSError):
            self.path.unlink()
        with contextlib.suppress(OSError):
            _unlock(fd)
        os.close(fd)

    def __enter__(self) -> CongressLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def acquire(db: Path) -> CongressLock:
    """Takes the lock of a database, or raises HeldError naming who has it (ReadOnlyError on read-only media)."""
    key = _key(db)
    mine = _held.get(key)
    if mine is not None and mine.held:
        mine._count += 1
        return mine
    path = lock_path(db)
    while True:
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o644)
        except OSError as e:
            raise ReadOnlyError("storage.cannot_lock", {"path": str(db), "reason": e.strerror or str(e)}) from e
        if not _try_lock(fd):
            holder = _read(fd)
            os.close(fd)
            raise HeldError(db, holder)
        # The previous holder removes the file before unlocking it; if it did so after our open, we locked a
        # file nobody else will see: start again on the file that is there now.
        try:
            same = os.fstat(fd).st_ino == os.stat(path).st_ino
        except OSError:
            same = False
        if same:
            break
        with contextlib.suppress(OSError):
            _unlock(fd)
        os.close(fd)
    _write(fd, _me())
    lock = CongressLock(db, fd)
    _held[key] = lock
    return lock


def holder(db: Path) -> Holder | None:
    """Who holds the database now (None when nobody does); never takes the lock for long."""
    path = lock_path(db)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
    except OSError:
        return None
    try:
        if _key(db) in _held:
            return _read(fd)
        if _try_lock(fd, shared=True):
            _unlock(fd)
            return None
        return _read(fd)
    finally:
        os.close(fd)


def held_here(path: str | Path) -> bool:
    """Whether the path is a database this process holds, or one of its side files (-wal, -shm, .lock)."""
    p = _key(Path(path))
    return any(p == db or any(p == db.with_name(db.name + s) for s in SIDE_SUFFIXES) for db in _held)


def _local(since: str) -> str:
    """The holder's start as people read it (dd/mm/yyyy HH:MM), or as stored when it is not a time."""
    try:
        return datetime.datetime.fromisoformat(since).strftime("%d/%m/%Y %H:%M")
    except ValueError:
        return since or "?"


def _me() -> Holder:
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = ""
    since = datetime.datetime.now().astimezone().isoformat(timespec="seconds")
    return Holder(_program, user, socket.gethostname(), os.getpid(), since)


def _write(fd: int, h: Holder) -> None:
    data = json.dumps(
        {"program": h.program, "user": h.user, "host": h.host, "pid": h.pid, "since": h.since}, ensure_ascii=False
    ).encode("utf-8")
    with contextlib.suppress(OSError):
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, data)


def _read(fd: int) -> Holder:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        doc: Any = json.loads(os.read(fd, 4096).decode("utf-8"))
        return Holder(
            str(doc.get("program", "")),
            str(doc.get("user", "")),
            str(doc.get("host", "")),
            int(doc.get("pid", 0)),
            str(doc.get("since", "")),
        )
    except (OSError, ValueError, AttributeError, TypeError):
        return Holder()


if sys.platform == "win32":  # pragma: no cover — exercised on Windows only
    import msvcrt

    #: Windows locks are mandatory: lock one byte far past the holder's text, so the text stays readable.
    _FAR = 1 << 30

    def _try_lock(fd: int, shared: bool = False) -> bool:
        os.lseek(fd, _FAR, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, _FAR, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int, shared: bool = False) -> bool:
        try:
            fcntl.flock(fd, (fcntl.LOCK_SH if shared else fcntl.LOCK_EX) | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
