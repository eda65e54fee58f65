"""Environment faults: corrupt, locked, full, read-only, not ours — a Vietnamese message, nothing lost."""

from __future__ import annotations

import contextlib
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import congress as congress_svc
from app import elections, entry, reports
from app.cli import main
from app.db import Actor, open_database
from app.storage import engine as engine_mod
from app.storage.errors import CorruptError, DiskFullError, LockedError, ReadOnlyError
from ballot.model import Congress, Election, StruckBallot


def _mount(*args: str) -> bool:
    return subprocess.run(["mount", *args], capture_output=True).returncode == 0


@contextlib.contextmanager
def tmpfs(path: Path, size: str) -> Iterator[Path]:
    """A tiny tmpfs at `path` (skips when mounting is not allowed here)."""
    path.mkdir()
    if sys.platform != "linux" or not _mount("-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)):
        pytest.skip("cannot mount a tmpfs here (needs root)")
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], capture_output=True)


WHO = Actor("s", "o")


def _made(path: Path, congress: Congress, committee: Election) -> int:
    with congress_svc.create(path, congress, WHO) as w:
        elections.add(w, WHO, committee)
        entry.record_ballot(w, WHO, "bch", 1, StruckBallot(frozenset({6})))
        return len(reports.log(w))


def test_a_corrupt_file_is_named_without_traceback(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Garbage where a database should be: CorruptError, and exit 2 from the command line."""
    bad = tmp_path / "hong.kiemphieu"
    bad.write_bytes(b"this is not a database at all" * 200)
    with pytest.raises(CorruptError) as info:
        open_database(bad, WHO)
    assert "bị hỏng" in info.value.vi
    assert main(["tally", "--db", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "bị hỏng" in err and "Traceback" not in err


def test_a_sqlite_file_of_another_program_is_not_touched(tmp_path: Path) -> None:
    """A database without our schema is refused, not migrated."""
    other = tmp_path / "khac.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(CorruptError):
        open_database(other, WHO)
    assert [r[0] for r in sqlite3.connect(other).execute("SELECT name FROM sqlite_master")] == ["t"]


def test_a_database_locked_by_another_program(
    tmp_path: Path, congress: Congress, committee: Election, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another program holds the write lock: LockedError; after it lets go the next save works."""
    monkeypatch.setattr(engine_mod, "BUSY_TIMEOUT_MS", 200)
    path = tmp_path / "khoa.kiemphieu"
    n = _made(path, congress, committee)
    w = open_database(path, WHO)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    with pytest.raises(LockedError) as info:
        entry.record_ballot(w, WHO, "bch", 1, StruckBallot(frozenset({5})))
    assert "chương trình khác" in info.value.vi
    other.execute("ROLLBACK")
    other.close()
    entry.record_ballot(w, WHO, "bch", 1, StruckBallot(frozenset({5})))
    assert len(reports.log(w)) == n + 1 and reports.verify(w).ok
    w.close()


def test_a_full_disk(tmp_path: Path, congress: Congress, committee: Election) -> None:
    """A tiny tmpfs fills up: DiskFullError, every ballot saved before is still there and verify passes."""
    with tmpfs(tmp_path / "full", "600k") as mnt:
        path = mnt / "day.kiemphieu"
        _made(path, congress, committee)
        w = open_database(path, WHO)
        saved = 0
        with pytest.raises(DiskFullError) as info:
            for _ in range(10_000):
                entry.record_ballot(w, WHO, "bch", 1, StruckBallot(frozenset({6}), team="Tổ " + "x" * 500))
                saved += 1
        assert "Ổ đĩa đã đầy" in info.value.vi
        w.close()
        (mnt / "filler").unlink(missing_ok=True)
        w = open_database(path, WHO)
        assert reports.round_status(w, "bch", 1).entered == saved + 1
        assert reports.verify(w).ok
        w.close()


def test_read_only_media(tmp_path: Path, congress: Congress, committee: Election) -> None:
    """A database on media mounted read-only: reading works, a save is ReadOnlyError."""
    with tmpfs(tmp_path / "ro", "4m") as mnt:
        path = mnt / "chidoc.kiemphieu"
        n = _made(path, congress, committee)
        if not _mount("-o", "remount,ro", str(mnt)):
            pytest.skip("cannot remount read-only here")
        with pytest.raises(ReadOnlyError) as info:
            w = open_database(path, WHO)
            assert len(reports.log(w)) == n
            entry.record_ballot(w, WHO, "bch", 1, StruckBallot(frozenset({5})))
        assert "chỉ cho phép đọc" in info.value.vi or "không ghi được" in info.value.vi


def test_full_disk_message_when_the_driver_reports_it(
    tmp_path: Path, congress: Congress, committee: Election, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The driver's 'database or disk is full' becomes DiskFullError and nothing is half-saved."""
    path = tmp_path / "a.kiemphieu"
    n = _made(path, congress, committee)
    w = open_database(path, WHO)
    from app.record import log as log_mod

    def full(*_a: object, **_k: object) -> str:
        raise sqlite3.OperationalError("database or disk is full")

    with monkeypatch.context() as m, pytest.raises(DiskFullError):  # (undo() would also undo the data folder)
        m.setattr(log_mod, "build", full)
        entry.record_ballot(w, WHO, "bch", 1, StruckBallot(frozenset({5})))
    assert len(reports.log(w)) == n and reports.round_status(w, "bch", 1).entered == 1
    entry.record_ballot(w, WHO, "bch", 1, StruckBallot(frozenset({5})))
    assert reports.verify(w).ok
    w.close()
