"""After a round is finalized: an online copy of the database to a second folder, checked after writing."""

from __future__ import annotations

import contextlib
import datetime
import os
import sqlite3
from pathlib import Path

from sqlalchemy import Engine

from app.storage.errors import BackupError, classify


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


def backup(engine: Engine, source: Path, folder: Path, label: str, expected_hash: str) -> Path:
    """Copies the database with SQLite's backup API, then checks the copy; the copy's path."""
    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    dest = folder / f"{source.stem}-{label}-{stamp}.kiemphieu"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        copy_checked(engine, dest, expected_hash)
    except (OSError, sqlite3.Error) as e:
        fault = classify(e, str(folder))
        detail = fault.vi if fault is not None else str(e)
        raise BackupError(
            f"Lần bầu đã được chốt và lưu an toàn trên máy này, nhưng CHƯA sao lưu được sang {folder}: {detail} "
            "Hãy kiểm tra ổ sao lưu rồi sao lưu lại.",
            f"backup to {folder} failed: {e}",
        ) from e
    return dest


def check(copy: Path, expected_hash: str) -> None:
    """The copy passes PRAGMA integrity_check and its entry log holds the expected last hash."""
    conn = sqlite3.connect(f"file:{copy}?mode=ro", uri=True)
    try:
        ok = conn.execute("PRAGMA integrity_check").fetchone()
        if ok is None or ok[0] != "ok":
            raise sqlite3.DatabaseError(f"integrity_check: {ok}")
        found = conn.execute("SELECT 1 FROM log WHERE hash = ?", (expected_hash,)).fetchone()
        if found is None:
            raise sqlite3.DatabaseError("the copy's entry log does not reach the expected hash")
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
