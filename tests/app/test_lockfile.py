"""The program's own lock beside a congress database: one holder, named; a dead holder's lock taken over."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from app import congress as congress_svc
from app import elections, entry
from app.cli import main
from app.db import Actor, open_database
from app.storage import lockfile
from app.storage.lockfile import HeldError
from ballot.model import Congress, Election, StruckBallot

WHO = Actor("s", "o")

ROOT = Path(__file__).resolve().parents[2]
HOLD = (
    "import sys; from pathlib import Path; from app.storage import lockfile;"
    "lockfile.set_program('kiemphieu-gui'); lockfile.acquire(Path(sys.argv[1])); print('held', flush=True);"
    "sys.stdin.readline()"
)


def holding(db: Path) -> subprocess.Popen[str]:
    """Another process that takes the lock and keeps it until killed."""
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(db)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
    return proc


def stop(proc: subprocess.Popen[str]) -> None:
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    for stream in (proc.stdin, proc.stdout):
        if stream is not None:
            stream.close()


def test_a_second_program_is_refused_naming_the_first(tmp_path: Path) -> None:
    db = tmp_path / "dh.kiemphieu"
    proc = holding(db)
    try:
        with pytest.raises(HeldError) as info:
            lockfile.acquire(db)
        holder = info.value.holder
        assert holder.program == "kiemphieu-gui" and holder.pid == proc.pid and holder.host and holder.since
        assert info.value.code == "storage.held" and f"tiến trình {proc.pid}" in info.value.vi
        assert lockfile.holder(db) == holder
    finally:
        stop(proc)
    # killed: the kernel freed its lock; the file it left is taken over
    assert lockfile.lock_path(db).exists() and lockfile.holder(db) is None
    with lockfile.acquire(db) as lock:
        assert lock.held and lockfile.holder(db) is not None and lockfile.holder(db).pid == os.getpid()  # type: ignore[union-attr]
    assert not lockfile.lock_path(db).exists()


def test_within_one_process_the_lock_is_shared_and_counted(tmp_path: Path) -> None:
    db = tmp_path / "dh.kiemphieu"
    first = lockfile.acquire(db)
    second = lockfile.acquire(tmp_path / "." / "dh.kiemphieu")
    assert second is first
    first.release()
    assert first.held and lockfile.held_here(db) and lockfile.held_here(f"{db}-wal")
    second.release()
    assert not first.held and not lockfile.held_here(db)
    first.release()  # a third release is harmless


def test_writing_commands_honour_it_and_reading_ones_do_not_need_it(
    tmp_path: Path,
    congress: Congress,
    committee: Election,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    db = tmp_path / "dh.kiemphieu"
    with congress_svc.create(db, congress, WHO) as d:
        elections.add(d, WHO, committee)
        entry.record_ballot(d, WHO, "bch", 1, StruckBallot(frozenset({6})))
    proc = holding(db)
    try:
        monkeypatch.setenv("KIEMPHIEU_PIN", "135791")
        assert main(["pin", "--db", str(db)]) == 2
        err = capsys.readouterr().err
        assert "đang được mở ở kiemphieu-gui" in err and "[storage.held" in err
        with pytest.raises(HeldError):
            open_database(db, WHO)
        assert main(["verify", "--db", str(db)]) == 0
        assert main(["tally", "--db", str(db)]) == 0
        out = tmp_path / "x.json"
        assert main(["export", "--db", str(db), "-o", str(out)]) == 0 and out.exists()
    finally:
        stop(proc)
    assert main(["pin", "--db", str(db)]) == 0


def test_creating_takes_the_lock_and_a_failed_open_gives_it_back(
    tmp_path: Path, congress: Congress, committee: Election
) -> None:
    db = tmp_path / "dh.kiemphieu"
    d = congress_svc.create(db, congress, WHO)
    assert lockfile.held_here(db) and lockfile.holder(db) is not None
    d.close()
    assert not lockfile.held_here(db) and not lockfile.lock_path(db).exists()
    other = tmp_path / "khac.db"
    other.write_bytes(b"")  # an empty file: not a congress
    with pytest.raises(Exception):  # noqa: B017 — which refusal is tested elsewhere; here: the lock is returned
        open_database(other, WHO)
    assert not lockfile.held_here(other)
