"""A damaged database is refused by the window and every command, naming the latest backup (issue 9.2).

Before: bytes overwritten in the middle of the log table, the window opened the file without a word and
took 3 more ballots into it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app import congress as congress_svc
from app import elections, entry, reports, rounds
from app.db import Actor, open_database
from app.storage import filecheck
from app.storage.filecheck import DamagedError
from ballot.model import Congress, Election, StruckBallot
from tests.app.conftest import PIN

ROOT = Path(__file__).resolve().parents[2]
WHO = Actor("s", "o")


def page_of(raw: bytes, needle: bytes, page_size: int) -> int:
    """The offset of the page holding the middle occurrence of `needle` (a page of the log table)."""
    hits, at = [], raw.find(needle)
    while at >= 0:
        hits.append(at)
        at = raw.find(needle, at + 1)
    assert hits
    return hits[len(hits) // 2] // page_size * page_size


@pytest.fixture
def congress_db(
    tmp_path: Path, congress: Congress, committee: Election, monkeypatch: pytest.MonkeyPatch
) -> tuple[Path, Path]:
    """A database with a finalized round (so a backup exists on the 'USB stick') and 300 more ballots."""
    monkeypatch.setenv("KIEMPHIEU_DATA_DIR", str(tmp_path / "data"))
    db = tmp_path / "dai-hoi.kiemphieu"
    with congress_svc.create(db, congress, WHO, head_pin=PIN) as d:
        elections.add(d, WHO, committee)
        rounds.set_counts(d, WHO, "bch", 1, ballots_issued=2, ballots_collected=2, present=2)
        entry.record_ballot(d, WHO, "bch", 1, StruckBallot(frozenset({6})))
        entry.record_ballot(d, WHO, "bch", 1, StruckBallot(frozenset({5})))
        congress_svc.set_backup_folder(d, WHO, tmp_path / "usb")
        done = rounds.finalize(d, WHO, "bch", 1, PIN)
        assert done.backup is not None
        backup = done.backup
        elections.add(d, WHO, Election("ubkt", "Bầu Ủy ban kiểm tra", committee.body, 3, committee.candidates[:4]))
        for i in range(300):
            entry.record_ballot(d, WHO, "ubkt", 1, StruckBallot(frozenset({1 + i % 4})))
    return db, backup


DAMAGE = {
    # half of a page of the log table zeroed (a bad sector): the page's cells no longer add up
    "a page of the log": lambda raw, ps: (page_of(raw, b'"ballot"', ps) + 1000, b"\x00" * 2000),
    # 16 bytes of garbage over the header of a page in the middle of the file
    "a page header mid-file": lambda raw, ps: (len(raw) // 2 // ps * ps, b"\xff" * 16),
    # the first page's header (the schema) overwritten
    "the schema page": lambda raw, ps: (100, b"\x07" * 64),
}


@pytest.mark.parametrize("kind", DAMAGE)
def test_a_damaged_file_is_refused_everywhere(congress_db: tuple[Path, Path], kind: str) -> None:
    db, backup = congress_db
    raw = bytearray(db.read_bytes())
    page_size = int.from_bytes(raw[16:18], "big")
    at, junk = DAMAGE[kind](bytes(raw), page_size)
    raw[at : at + len(junk)] = junk
    db.write_bytes(bytes(raw))
    damaged = db.read_bytes()

    with pytest.raises(DamagedError) as info:
        open_database(db, WHO)
    assert info.value.backup == backup and info.value.code == "storage.damaged"
    text = info.value.vi
    assert text.startswith(f"Tệp {db} đã bị hỏng (") and f"Bản sao lưu gần nhất của đại hội này: {backup}" in text

    env = dict(os.environ, PYTHONPATH=str(ROOT), KIEMPHIEU_PIN="135791", KIEMPHIEU_OLD_PIN=PIN)
    out = db.parent / "out"
    for args in (
        ("verify", "--db", str(db)),
        ("tally", "--db", str(db)),
        ("export", "--db", str(db), "-o", f"{out}.json"),
        ("minutes", "--db", str(db), "--election", "bch", "-o", f"{out}.pdf"),
        ("pin", "--db", str(db)),
    ):
        done = subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True, env=env)
        assert done.returncode == 2, (args, done.stderr)
        assert done.stdout == "" and "đã bị hỏng" in done.stderr and str(backup) in done.stderr
        assert "[storage.damaged" in done.stderr and "Traceback" not in done.stderr
    assert db.read_bytes() == damaged  # nothing was written into it
    assert not Path(f"{out}.json").exists() and not Path(f"{out}.pdf").exists()


def test_the_backup_named_is_the_newest_and_one_is_found_by_name(
    congress_db: tuple[Path, Path], tmp_path: Path
) -> None:
    db, backup = congress_db
    assert filecheck.latest_backup(db) is not None and filecheck.latest_backup(db).path == backup  # type: ignore[union-attr]
    # without the list of backups made here (another computer), the congress's backup folder is searched by name
    filecheck.index_path().unlink()
    assert filecheck.latest_backup(db) is None
    found = filecheck.latest_backup(db, (tmp_path / "usb", tmp_path / "khong-co"))
    assert found is not None and found.path == backup
    # a damaged file with no backup anywhere says so, and what to do instead
    lone = tmp_path / "khac" / "mot-minh.kiemphieu"
    lone.parent.mkdir()
    lone.write_bytes(db.read_bytes()[:4096] + b"\x00" * 4096)
    with pytest.raises(DamagedError) as info:
        open_database(lone, WHO)
    assert info.value.code == "storage.damaged_no_backup" and info.value.backup is None
    assert "Không tìm thấy bản sao lưu nào" in info.value.vi


def test_a_sound_file_is_checked_in_full_and_opens(
    congress_db: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    db, _ = congress_db
    assert filecheck.pragma(db.stat().st_size) == "integrity_check"
    assert filecheck.pragma(filecheck.FULL_CHECK_BYTES + 1) == "quick_check"
    ran: list[str] = []
    real = filecheck.check

    def spy(conn: object, path: Path) -> None:
        ran.append(str(path))
        real(conn, path)

    monkeypatch.setattr(filecheck, "check", spy)
    with open_database(db, WHO) as d:
        assert reports.verify(d).ok
    with open_database(db, WHO, read_only=True) as d:
        assert reports.round_status(d, "ubkt", 1).entered == 300
    assert ran == [str(db), str(db)]
