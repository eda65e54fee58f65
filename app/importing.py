"""A new congress database from an open election file: all of it, or nothing at the target's name.

On SQLite the database is built in `<target>.part` beside the target (same folder, so the rename is atomic),
made self-contained (journal checkpointed, rollback-journal mode), checked (`integrity_check`, the entry log
reaching its last hash), synced, and only then given the target's name. A killed import therefore leaves
either no database or a complete one; its `.part` files are removed by the next import of the same name
(whoever imports holds the target's lock, so a `.part` without a live importer is a stray).

On PostgreSQL the schema, the congress and the data are written in three transactions (see the report of
issue 9): a killed import can leave a congress with no data, which a new import refuses.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

from app import backup as backup_mod
from app.errors import UserError
from app.fileformat import load
from app.fileformat.reader import LoadedFile, not_yet_stored
from app.storage import lockfile
from app.storage.engine import sqlite_path, url_for
from app.storage.errors import ExistsError, StorageError, translated
from app.workspace import Workspace

PART = ".part"
#: What a killed import may leave beside the target.
STRAY_SUFFIXES = ("", "-wal", "-shm", "-journal", lockfile.SUFFIX)


def part_path(target: Path) -> Path:
    """Where the database is built before it takes the target's name."""
    return target.with_name(target.name + PART)


def import_election_file(
    source: str | Path, target: str | Path, *, station: str, operator: str, head_pin: str | None = None
) -> Workspace:
    """Loads and checks the file, creates the database (never over an existing one) and writes the data."""
    lf = load(source)
    missing = not_yet_stored(lf.data)
    if missing is not None:  # the database would lose it silently (issue 12: storage of the added fields)
        raise UserError("file.not_yet_storable", {"field": missing[1], "path": missing[0]}, missing[0])
    seals = {k: (s.fingerprint, s.at, s.by) for k, s in lf.seals.items()}
    path = sqlite_path(url_for(target))
    if path is None:
        ws = _create(target, lf, station, operator, head_pin)
        try:
            ws.import_data(lf.data, seals)
        except BaseException:
            ws.close()
            raise
        return ws
    with translated(str(path)):
        path.parent.mkdir(parents=True, exist_ok=True)
        with lockfile.acquire(path):
            remove_strays(path)
            if path.exists():
                if path.stat().st_size > 0:
                    raise ExistsError("storage.exists", {"path": str(path)})
                path.unlink()  # an empty file (made by a save dialog, say): nothing to keep
            part = part_path(path)
            try:
                ws = _create(part, lf, station, operator, head_pin)
                try:
                    ws.import_data(lf.data, seals)
                    last = ws.last_hash()
                finally:
                    ws.close()
                seal(part, last)
                _rename(part, path)
            except BaseException:
                remove_strays(path)
                raise
            return Workspace.open(path, station=station, operator=operator)


def _create(target: str | Path, lf: LoadedFile, station: str, operator: str, head_pin: str | None) -> Workspace:
    data = lf.data
    return Workspace.create(
        target,
        data.congress,
        ruleset=data.ruleset,
        station=station,
        operator=operator,
        head_pin=head_pin,
        parameters=data.parameters,
    )


def remove_strays(target: Path) -> None:
    """The `.part` files of an import that did not finish (the caller holds the target's lock)."""
    part = part_path(target)
    for suffix in STRAY_SUFFIXES:
        with contextlib.suppress(FileNotFoundError):
            Path(f"{part}{suffix}").unlink()


def seal(part: Path, last_hash: str) -> None:
    """Makes the built file self-contained and durable, then checks it (as a backup copy is checked)."""
    conn = sqlite3.connect(part, isolation_level=None)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode=DELETE")
    finally:
        conn.close()
    wal = Path(f"{part}-wal")
    if wal.exists() and wal.stat().st_size > 0:
        raise StorageError("storage.import_check_failed", {"problem": "-wal left", "path": str(part)})
    try:
        backup_mod.check(part, last_hash)
    except sqlite3.DatabaseError as e:
        raise StorageError("storage.import_check_failed", {"problem": str(e), "path": str(part)}) from e
    fd = os.open(part, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _rename(part: Path, target: Path) -> None:
    """Gives the built file the target's name without replacing a file someone made meanwhile."""
    try:
        os.link(part, target)  # fails if the name is taken
    except FileExistsError:
        raise ExistsError("storage.exists", {"path": str(target)}) from None
    except OSError:  # no hard links here (FAT, some network shares): the lock keeps other importers out
        if target.exists() and target.stat().st_size > 0:
            raise ExistsError("storage.exists", {"path": str(target)}) from None
        os.replace(part, target)
    else:
        part.unlink()
    backup_mod.sync_folder(target.parent)
