"""Checking a congress database file when it is opened, and finding its latest backup when it is damaged.

A damaged page (a bad sector, a USB stick pulled out mid-write, a file edited by hand) must stop the program
before it writes one more ballot into it. SQLite's `PRAGMA integrity_check` reads every page and every index;
`quick_check` skips the index contents. Measured on the 1,600 ballots × 220 candidates national file (1.3 MB):
quick_check ~1.5 ms, integrity_check ~2 ms (warm cache) — so every real congress gets the full check, and
only a file above `FULL_CHECK_BYTES` the quick one.
"""

from __future__ import annotations

import datetime
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.storage.errors import CorruptError

#: Files up to this size get `integrity_check`, larger ones `quick_check`.
FULL_CHECK_BYTES = 256 * 1024 * 1024
#: How many problems SQLite reports at most (the message names the first).
MAX_PROBLEMS = 10
#: The list of backups made on this computer (one JSON object a line), in the default data folder.
INDEX_NAME = "sao-luu.jsonl"


class DamagedError(CorruptError):
    """The database file is damaged; the message names the problem and the latest backup."""

    def __init__(self, path: Path, problem: str, folders: tuple[Path, ...] = ()) -> None:
        self.db = path
        found = latest_backup(path, folders)
        params: dict[str, object] = {"path": str(path), "problem": _short(problem)}
        if found is None:
            super().__init__("storage.damaged_no_backup", params)
        else:
            params |= {"backup": str(found.path), "backup_at": found.at}
            super().__init__("storage.damaged", params)
        self.backup = None if found is None else found.path


def pragma(size: int) -> str:
    """The check to run on a file of this size."""
    return "integrity_check" if size <= FULL_CHECK_BYTES else "quick_check"


def check(conn: Any, path: Path) -> None:
    """Runs the check on an open DB-API connection to `path`; DamagedError when it reports anything."""
    import sqlite3

    try:
        size = path.stat().st_size
    except OSError:
        size = 0
    try:
        rows = conn.execute(f"PRAGMA {pragma(size)}({MAX_PROBLEMS})").fetchall()
    except sqlite3.OperationalError:  # locked, cannot open, I/O: not a verdict on the file's pages
        raise
    except sqlite3.DatabaseError as e:  # "database disk image is malformed", "file is not a database"
        raise DamagedError(path, str(e), backup_folders(conn, path)) from e
    if [tuple(r) for r in rows] != [("ok",)]:
        raise DamagedError(path, str(rows[0][0]) if rows else "?", backup_folders(conn, path))


def backup_folders(conn: Any, path: Path) -> tuple[Path, ...]:
    """Where backups of this database may be: the folder it names (if that can still be read) and its own."""
    import sqlite3

    folders = [path.parent]
    try:
        row = conn.execute("SELECT backup_folder FROM congress LIMIT 1").fetchone()
        if row and row[0]:
            folders.insert(0, Path(row[0]))
    except sqlite3.Error:
        pass
    return tuple(folders)


def _short(problem: str) -> str:
    lines = [ln.strip() for ln in problem.splitlines() if ln.strip() and not ln.startswith("***")]
    first = lines[0] if lines else problem.strip()
    return first[:160]


# ---- finding the latest backup ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Found:
    """A backup copy of a congress and when it was made (local time, for the message)."""

    path: Path
    at: str
    mtime: float


def index_path() -> Path:
    """The list of backups made on this computer."""
    from app.storage.engine import default_folder

    return default_folder() / INDEX_NAME


def remember(source: Path, copy: Path) -> None:
    """Adds a checked backup copy to the list (best effort: a failure here never fails the backup)."""
    line = json.dumps(
        {
            "database": os.path.realpath(source),
            "copy": os.path.realpath(copy),
            "at": datetime.datetime.now().astimezone().isoformat(timespec="seconds"),
        },
        ensure_ascii=False,
    )
    try:
        index = index_path()
        index.parent.mkdir(parents=True, exist_ok=True)
        with index.open("a", encoding="utf-8") as f:
            f.write(line + "\n")
    except OSError:
        pass


def latest_backup(db: Path, folders: tuple[Path, ...] = ()) -> Found | None:
    """The newest existing backup of this database: from the list of backups made here, and by name in the
    given folders (a backup is named `<database name>-<round>-<time>.kiemphieu`)."""
    real = os.path.realpath(db)
    candidates: set[Path] = set()
    try:
        with index_path().open(encoding="utf-8") as f:
            for line in f:
                try:
                    doc = json.loads(line)
                except ValueError:
                    continue
                if isinstance(doc, dict) and doc.get("database") == real and isinstance(doc.get("copy"), str):
                    candidates.add(Path(doc["copy"]))
    except OSError:
        pass
    named = re.compile(re.escape(db.stem) + r"-.+-\d{8}-\d{6}-\d{6}\.kiemphieu")
    for folder in folders:
        try:
            candidates.update(p for p in folder.iterdir() if named.fullmatch(p.name) and p.is_file())
        except OSError:
            continue
    best: Found | None = None
    for p in candidates:
        try:
            mtime = p.stat().st_mtime
        except OSError:
            continue
        if os.path.realpath(p) == real:
            continue
        if best is None or mtime > best.mtime:
            at = datetime.datetime.fromtimestamp(mtime).strftime("%d/%m/%Y %H:%M")
            best = Found(p, at, mtime)
    return best
