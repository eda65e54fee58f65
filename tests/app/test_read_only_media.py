"""A congress database on read-only media: verified, tallied, exported and printed; writing refused (issue 9.4).

The media are a read-only bind mount made with `unshare -rm` (a user namespace: no root needed), so the
commands meet what they would on a CD or a write-protected stick — also when run as root, where `chmod`
would change nothing. Before: `verify --db` on such a file failed.
"""

from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app import congress as congress_svc
from app import elections, entry, reports
from app.db import Actor, open_database
from ballot.model import Congress, Election, StruckBallot

WHO = Actor("s", "o")

ROOT = Path(__file__).resolve().parents[2]


def _can_unshare() -> bool:
    if sys.platform != "linux" or shutil.which("unshare") is None:
        return False
    probe = subprocess.run(["unshare", "-rm", "true"], capture_output=True)
    return probe.returncode == 0


pytestmark = pytest.mark.skipif(not _can_unshare(), reason="needs `unshare -rm` (Linux user namespaces)")


def on_read_only(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Runs `kiemphieu ARGS` with `folder` mounted read-only (only for that process)."""
    cmd = " ".join(shlex.quote(a) for a in (sys.executable, "-m", "app", *args))
    f = shlex.quote(str(folder))
    script = f"mount --bind {f} {f} && mount -o remount,bind,ro {f} && touch {f}/probe 2>/dev/null; exec {cmd}"
    env = dict(os.environ, PYTHONPATH=str(ROOT), KIEMPHIEU_PIN="135791")
    return subprocess.run(["unshare", "-rm", "sh", "-c", script], capture_output=True, text=True, env=env, cwd=ROOT)


def make(folder: Path, congress: Congress, committee: Election, leave: tuple[str, ...]) -> int:
    """A database in `folder`; `leave` = side files left as after a power cut (ballots only in the -wal)."""
    folder.mkdir()
    db = folder / "dai-hoi.kiemphieu"
    work = folder.parent / f"{folder.name}-work"
    work.mkdir()
    with congress_svc.create(work / db.name, congress, WHO) as d:
        elections.add(d, WHO, committee)
        for i in range(20):
            entry.record_ballot(d, WHO, "bch", 1, StruckBallot(frozenset({1 + i % 6})))
        if leave:  # copy the files while the window has them open: the ballots are only in the journal
            assert Path(f"{work / db.name}-wal").stat().st_size > 0
            for side in ("", *leave):
                shutil.copyfile(f"{work / db.name}{side}", f"{db}{side}")
            return 20
    shutil.copyfile(work / db.name, db)
    return 20


@pytest.mark.parametrize("leave", [(), ("-wal",), ("-wal", "-shm")], ids=["closed", "wal-only", "wal-and-shm"])
def test_read_only_media_can_be_checked_and_printed(
    tmp_path: Path, congress: Congress, committee: Election, leave: tuple[str, ...]
) -> None:
    folder = tmp_path / "cd"
    ballots = make(folder, congress, committee, leave)
    db = folder / "dai-hoi.kiemphieu"
    before = {p.name: p.read_bytes() for p in folder.iterdir()}

    verify = on_read_only(folder, "verify", "--db", str(db))
    assert verify.returncode == 0, verify.stderr
    tally = on_read_only(folder, "tally", "--db", str(db), "--json")
    assert tally.returncode == 0, tally.stderr
    assert json.loads(tally.stdout)["results"][0]["ballots"]["counted"] == ballots  # the journal's ballots too
    export = on_read_only(folder, "export", "--db", str(db), "-o", str(tmp_path / "ra.json"))
    assert export.returncode == 0, export.stderr
    assert len(json.loads((tmp_path / "ra.json").read_text("utf-8"))["elections"][0]["rounds"][0]["ballots"]) > 0
    minutes = on_read_only(folder, "minutes", "--db", str(db), "--election", "bch", "-o", str(tmp_path / "bb.pdf"))
    assert minutes.returncode == 0, minutes.stderr
    assert (tmp_path / "bb.pdf").read_bytes().startswith(b"%PDF")

    pin = on_read_only(folder, "pin", "--db", str(db))
    assert pin.returncode == 2 and pin.stdout == ""
    assert "chỉ cho phép đọc" in pin.stderr and "[storage.read_only_media" in pin.stderr
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before  # nothing written, nothing deleted


def test_an_older_schema_is_read_in_a_private_copy(tmp_path: Path, congress: Congress, committee: Election) -> None:
    """A database of the previous schema on read-only media: upgraded in a copy, never in place."""
    from app.storage import migrate
    from app.storage.engine import make_engine, url_for

    folder = tmp_path / "cu"
    make(folder, congress, committee, ())
    db = folder / "dai-hoi.kiemphieu"
    engine = make_engine(url_for(db))
    migrate.downgrade(engine, "0004")
    engine.dispose()
    from tests.app.older import as_older_version

    as_older_version(db)
    with open_database(db, WHO, read_only=True) as d:
        assert reports.round_status(d, "bch", 1).entered == 20
    check = make_engine(url_for(db))
    assert migrate.current(check) == "0004"  # the file itself was not upgraded
    check.dispose()
    verify = on_read_only(folder, "verify", "--db", str(db))
    assert verify.returncode == 0, verify.stderr
