"""`kiemphieu import` killed at random moments: no database, or a complete one (issue 9.3).

Before: 6 of 10 kills left a half-made database (some passed `verify` as an empty congress), and every one
of them blocked a new import of the same name.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app import reports, transfer
from app.db import Actor, open_database
from app.fileformat import load, result_json
from app.storage.errors import DiskFullError, ExistsError
from app.transfer import import_file, part_path, remove_strays
from ballot.election import tally_all
from bench.data import write_national

ROOT = Path(__file__).resolve().parents[2]
KILLS = 24
WHO = Actor("s", "o")


def _result(data: object) -> dict[str, object]:
    return result_json(data.ruleset, tally_all(data), None, None)  # type: ignore[attr-defined]


@pytest.mark.slow
def test_killed_imports_leave_no_database_or_a_complete_one(tmp_path: Path) -> None:
    source = write_national(tmp_path / "dai-hoi.json", ballots=800, candidates=150, seats=120)
    expected = _result(load(source).data)
    env = dict(os.environ, PYTHONPATH=str(ROOT), KIEMPHIEU_DATA_DIR=str(tmp_path / "data"))
    command = [sys.executable, "-m", "app", "import", str(source), "--db"]
    started = time.monotonic()
    subprocess.run([*command, str(tmp_path / "whole.kiemphieu")], check=True, env=env, capture_output=True)
    whole = time.monotonic() - started
    rng = random.Random(9)
    outcomes = {"none": 0, "complete": 0}
    for i in range(KILLS):
        target = tmp_path / f"k{i}" / "dai-hoi.kiemphieu"
        target.parent.mkdir()
        proc = subprocess.Popen([*command, str(target)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if i % 2:  # every other kill lands while the database is being written
            while not part_path(target).exists() and proc.poll() is None:
                time.sleep(0.002)
            time.sleep(rng.uniform(0, whole / 2))
        else:
            time.sleep(rng.uniform(0, whole))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        if not target.exists():
            outcomes["none"] += 1
            continue
        outcomes["complete"] += 1
        with open_database(target, WHO, read_only=True) as db:
            assert reports.verify(db).ok, i
            assert _result(reports.data(db)) == expected, i
    print(f"{KILLS} kills (a whole import {whole:.1f} s): {outcomes}")
    assert outcomes["none"] and outcomes["complete"]
    # what a killed import left does not block a new one, and is cleaned by it
    stray = next(
        t
        for i in range(KILLS)
        if not (t := tmp_path / f"k{i}" / "dai-hoi.kiemphieu").exists() and part_path(t).exists()
    )
    done = subprocess.run([*command, str(stray)], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in stray.parent.iterdir() if ".part" in p.name) == []


def test_an_import_never_replaces_a_database(tmp_path: Path, examples: Path) -> None:
    target = tmp_path / "co-roi.kiemphieu"
    import_file(examples / "committee-5-of-7.json", target, WHO).close()
    before = target.read_bytes()
    with pytest.raises(ExistsError) as info:
        import_file(examples / "cell-tie.json", target, WHO)
    assert info.value.code == "storage.exists"
    assert target.read_bytes() == before and not part_path(target).exists()


def test_a_failed_import_leaves_nothing(tmp_path: Path, examples: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A fault while writing (here a full disk, simulated): no target, no `.part` files."""
    target = tmp_path / "loi.kiemphieu"

    def boom(*_a: object, **_k: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(transfer, "import_data", boom)
    with pytest.raises(DiskFullError):
        import_file(examples / "committee-5-of-7.json", target, WHO)
    assert sorted(p.name for p in tmp_path.iterdir()) == []
    remove_strays(target)  # nothing left to remove is fine


def test_an_empty_file_at_the_target_is_replaced(tmp_path: Path, examples: Path) -> None:
    target = tmp_path / "rong.kiemphieu"
    target.write_bytes(b"")
    with import_file(examples / "cell-tie.json", target, WHO) as db:
        assert reports.verify(db).ok


@pytest.mark.postgres
def test_on_a_server_a_killed_import_leaves_no_record_or_the_whole_congress(pg_server: str, tmp_path: Path) -> None:
    """On PostgreSQL (no file to rename) the congress and its data are one transaction: a kill leaves no record at
    all — and the next import into the same database proceeds — or the whole congress."""
    import psycopg

    source = write_national(tmp_path / "dai-hoi.json", ballots=400, candidates=80, seats=60)
    expected = _result(load(source).data)
    env = dict(os.environ, PYTHONPATH=str(ROOT), KIEMPHIEU_DATA_DIR=str(tmp_path / "data"))
    command = [sys.executable, "-m", "app", "import", str(source), "--db"]
    plain = pg_server.replace("postgresql+psycopg://", "postgresql://")

    def fresh(name: str) -> str:
        with psycopg.connect(f"{plain}/postgres", autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {name}")
        return f"{pg_server}/{name}"

    started = time.monotonic()
    subprocess.run([*command, fresh("kp_whole")], check=True, env=env, capture_output=True)
    whole = time.monotonic() - started
    rng = random.Random(11)
    outcomes = {"none": 0, "complete": 0}
    for i in range(6):
        url = fresh(f"kp_kill_{i}")
        proc = subprocess.Popen([*command, url], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(whole / 3, whole))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        with psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://")) as conn:
            has_log = conn.execute("SELECT to_regclass('public.log') IS NOT NULL").fetchone()
            records = conn.execute("SELECT count(*) FROM log").fetchone() if has_log and has_log[0] else (0,)
        if not records or records[0] == 0:
            outcomes["none"] += 1
            done = subprocess.run([*command, url], env=env, capture_output=True, text=True)
            assert done.returncode == 0, done.stderr  # nothing was there to keep: the import proceeds
        else:
            outcomes["complete"] += 1
        with open_database(url, WHO, read_only=True) as db:
            assert reports.verify(db).ok, i
            assert _result(reports.data(db)) == expected, i
    print(f"6 kills on the server (a whole import {whole:.1f} s): {outcomes}")
    assert outcomes["none"]
