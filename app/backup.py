"""After a round is finalized: an online copy of the database to a second folder, checked after writing."""

from __future__ import annotations

import contextlib
import datetime
import errno
import os
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine

from app.errors import UserError
from app.storage import filecheck
from app.storage.engine import sqlite_path, url_for
from app.storage.errors import BackupError, DiskFullError, ReadOnlyError, classify

if TYPE_CHECKING:
    from app.db import Database


def copy_checked(engine: Engine, dest: Path, expected_hash: str) -> None:
    """An online copy (SQLite backup API) written beside `dest`, checked, then renamed into place.

    A copy that fails its check never takes the name `dest`; the partial file is removed.
    """
    tmp = dest.with_name(dest.name + ".tmp")
    try:
        with contextlib.closing(engine.raw_connection()) as raw:
            dst = sqlite3.connect(tmp)
            try:
                raw.driver_connection.backup(dst)  # type: ignore[union-attr]
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        check(tmp, expected_hash)
        os.replace(tmp, dest)
        sync_folder(dest.parent)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def write_whole(out: Path, content: str) -> None:
    """A text file written beside its place, then renamed into place: never a half-written file under `out`;
    a fault of the disk is the user's `transfer.cannot_write` naming the path."""
    tmp = out.with_name(f".{out.name}.{os.getpid()}.part")
    try:
        tmp.write_text(content, encoding="utf-8")
        os.replace(tmp, out)
    except OSError as e:
        tmp.unlink(missing_ok=True)
        raise UserError("transfer.cannot_write", {"path": str(out), "why": e.strerror or str(e)}, "output") from None


def backup(
    engine: Engine, source: Path, folder: Path, label: str, expected_hash: str, *, after_finalize: bool = True
) -> Path:
    """Copies the database with SQLite's backup API, then checks the copy; the copy's path.

    A failure is a BackupError saying exactly what happened: after a finalize, that the round IS finalized
    and saved on this computer and only the copy is missing (and what to do); otherwise that nothing here changed.
    """
    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    dest = folder / f"{source.stem}-{label}-{stamp}.kiemphieu"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        copy_checked(engine, dest, expected_hash)
    except (OSError, sqlite3.Error) as e:
        reason, detail = _reason(e)
        raise BackupError(
            "storage.backup_failed" if after_finalize else "storage.backup_now_failed",
            {"database": str(source), "folder": str(folder), "reason_code": reason, "detail": detail},
        ) from e
    filecheck.remember(source, dest)
    return dest


def backup_now(db: Database) -> Path | None:
    """A checked copy to the congress's backup folder now (after a failed one, say); None without a folder."""
    from app import reports

    folder = reports.backup_folder(db)
    source = sqlite_path(url_for(db.target))
    if folder is None or source is None:
        return None
    return backup(db.engine, source, folder, "sao-luu", reports.last_hash(db), after_finalize=False)


def _reason(e: BaseException) -> tuple[str, str]:
    """Why a copy failed, as a code of its own (the sentence is the catalogue's) and the system's words."""
    detail = (e.strerror or str(e)) if isinstance(e, OSError) else str(e)
    if isinstance(e, CopyCheckFailed):
        return "storage.reason.check_failed", detail
    fault = classify(e)
    if isinstance(fault, DiskFullError) or (isinstance(e, OSError) and e.errno == errno.ENOSPC):
        return "storage.reason.disk_full", detail
    if isinstance(e, (NotADirectoryError, FileExistsError)) or (isinstance(e, OSError) and e.errno == errno.ENOTDIR):
        return "storage.reason.not_folder", detail
    if isinstance(e, FileNotFoundError):
        return "storage.reason.not_found", detail
    if (
        isinstance(fault, ReadOnlyError)
        or isinstance(e, PermissionError)
        or (isinstance(e, OSError) and e.errno in (errno.EROFS, errno.EACCES, errno.EPERM))
    ):
        return "storage.reason.read_only", detail
    return "storage.reason.other", detail


class CopyCheckFailed(sqlite3.DatabaseError):
    """The copy was written but does not pass its check."""


def check(copy: Path, expected_hash: str) -> None:
    """The copy passes PRAGMA integrity_check and its entry log holds the expected last hash."""
    conn = sqlite3.connect(f"file:{copy}?mode=ro", uri=True)
    try:
        ok = conn.execute("PRAGMA integrity_check").fetchone()
        if ok is None or ok[0] != "ok":
            raise CopyCheckFailed(f"integrity_check: {ok}")
        found = conn.execute("SELECT 1 FROM log WHERE hash = ?", (expected_hash,)).fetchone()
        if found is None:
            raise CopyCheckFailed("the copy's entry log does not reach the expected hash")
    finally:
        conn.close()


def sync_folder(folder: Path) -> None:
    """Makes the rename durable where the system allows it."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
