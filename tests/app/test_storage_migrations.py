"""Schema migrations: a database made at revision 0001 opens, is upgraded, and keeps its data."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import inspect

from app.storage import migrate
from app.storage.engine import make_engine, url_for
from app.storage.errors import NewerSchemaError
from app.workspace import Workspace
from ballot.model import Congress, Election, StruckBallot
from tests.app.conftest import PIN


def _columns(path: Path) -> set[str]:
    engine = make_engine(url_for(path))
    try:
        return {c["name"] for c in inspect(engine).get_columns("congress")}
    finally:
        engine.dispose()


def test_a_revision_1_database_is_upgraded_and_keeps_its_data(
    tmp_path: Path, congress: Congress, committee: Election
) -> None:
    """Made, filled, taken down to 0001 (no backup_folder column), then opened: same data, verify passes."""
    path = tmp_path / "old.kiemphieu"
    w = Workspace.create(path, congress, station="s", operator="o", head_pin=PIN)
    w.add_election(committee)
    w.set_round_counts("bch", 1, ballots_issued=2, ballots_collected=2, present=2)
    w.record_ballot("bch", 1, StruckBallot(frozenset({6})))
    w.record_ballot("bch", 1, StruckBallot(frozenset({5})))
    before, last = w.data(), w.last_hash()
    migrate.downgrade(w.engine, "0001")
    w.close()
    assert "backup_folder" not in _columns(path)
    assert sqlite3.connect(path).execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)

    w = Workspace.open(path, station="s", operator="o")
    assert "backup_folder" in _columns(path)
    assert migrate.current(w.engine) == migrate.head() == "0005"
    assert w.data() == before and w.last_hash() == last
    assert w.verify().fault is None
    w.set_backup_folder(tmp_path / "usb")
    assert w.backup_folder() == (tmp_path / "usb").resolve()
    w.close()


def test_a_database_from_a_newer_version_is_refused_untouched(tmp_path: Path, congress: Congress) -> None:
    """An unknown schema revision: a clear message, and the file is not changed."""
    path = tmp_path / "new.kiemphieu"
    Workspace.create(path, congress, station="s", operator="o").close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '0099'")
    conn.commit()
    conn.close()
    with pytest.raises(NewerSchemaError) as info:
        Workspace.open(path, station="s", operator="o")
    assert "phiên bản mới hơn" in info.value.vi
    assert sqlite3.connect(path).execute("SELECT version_num FROM alembic_version").fetchone() == ("0099",)


def test_a_revision_2_database_gets_teams_stacks_and_a_station_secret(
    tmp_path: Path, congress: Congress, committee: Election
) -> None:
    """Taken down to 0002 and opened again: entry mode 1, a congress id and secret made, stacks usable, verify passes."""
    path = tmp_path / "r2.kiemphieu"
    w = Workspace.create(path, congress, station="s", operator="o", head_pin=PIN)
    w.add_election(committee)
    w.record_ballot("bch", 1, StruckBallot(frozenset({6})))
    migrate.downgrade(w.engine, "0002")
    w.close()
    w = Workspace.open(path, station="s", operator="o")
    assert w.entry_mode() == 1 and w.verify().fault is None
    uid, secret = sqlite3.connect(path).execute("SELECT uid, secret FROM congress").fetchone()
    assert len(uid) == 36 and len(bytes.fromhex(secret)) == 32
    w.add_team("Tổ 1", ["o"])
    sid = w.open_stack("bch", 1, "Tổ 1", 1)
    w.record_pass_ballot(sid, 1, StruckBallot(frozenset({5})))
    assert w.complete_pass(sid).state == "definitive"
    assert w.round_status("bch", 1).entered == 2 and w.verify().fault is None
    w.close()
