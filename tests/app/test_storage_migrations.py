"""Schema migrations: a database made at an earlier revision opens, is upgraded, and keeps its data; the
migrations make exactly the tables and columns the program declares."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect

from app import congress as congress_svc
from app import elections, entry, reports, rounds, stacks, teams
from app.db import Actor, open_database
from app.storage import migrate
from app.storage.engine import make_engine, url_for
from app.storage.errors import NewerSchemaError
from app.storage.rows import Base
from ballot.model import Congress, Election, StruckBallot
from tests.app.conftest import PIN
from tests.app.older import as_older_version

WHO = Actor("s", "o")


def _columns(path: Path) -> set[str]:
    engine = make_engine(url_for(path))
    try:
        return {c["name"] for c in inspect(engine).get_columns("congress")}
    finally:
        engine.dispose()


def test_the_migrations_make_the_declared_schema(tmp_path: Path) -> None:
    """Every table and column of the metadata, with the same types' nullability and keys, and nothing else
    (verify's empty rebuild is made from the metadata, the stored database by the migrations)."""
    migrated = make_engine(url_for(tmp_path / "m.kiemphieu"))
    migrate.upgrade(migrated)
    declared = create_engine("sqlite://")
    Base.metadata.create_all(declared)
    try:
        a, b = inspect(migrated), inspect(declared)
        assert set(a.get_table_names()) - {"alembic_version"} == set(b.get_table_names())
        for table in b.get_table_names():
            cols_a = {c["name"]: (c["nullable"], str(c["type"])) for c in a.get_columns(table)}
            cols_b = {c["name"]: (c["nullable"], str(c["type"])) for c in b.get_columns(table)}
            assert cols_a == cols_b, table
            assert (
                a.get_pk_constraint(table)["constrained_columns"] == b.get_pk_constraint(table)["constrained_columns"]
            )
    finally:
        migrated.dispose()
        declared.dispose()


def test_a_revision_1_database_is_upgraded_and_keeps_its_data(
    tmp_path: Path, congress: Congress, committee: Election
) -> None:
    """Made, filled, taken down to 0001 (no backup_folder column), then opened: same data, verify passes."""
    path = tmp_path / "old.kiemphieu"
    w = congress_svc.create(path, congress, WHO, head_pin=PIN)
    elections.add(w, WHO, committee)
    rounds.set_counts(w, WHO, "bch", 1, ballots_issued=2, ballots_collected=2, present=2)
    entry.record_ballot(w, WHO, "bch", 1, StruckBallot(frozenset({6})))
    entry.record_ballot(w, WHO, "bch", 1, StruckBallot(frozenset({5})))
    before = reports.data(w)
    w.drop_ballot_connection()
    migrate.downgrade(w.engine, "0001")
    w.close()
    as_older_version(path)
    assert "backup_folder" not in _columns(path)
    assert sqlite3.connect(path).execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)

    w = open_database(path, WHO)
    assert "backup_folder" in _columns(path)
    assert migrate.current(w.engine) == migrate.head() == "0009"
    assert reports.data(w) == before and reports.verify(w).ok
    congress_svc.set_backup_folder(w, WHO, tmp_path / "usb")
    assert reports.backup_folder(w) == (tmp_path / "usb").resolve()
    w.close()


def test_a_database_from_a_newer_version_is_refused_untouched(tmp_path: Path, congress: Congress) -> None:
    """An unknown schema revision: a clear message, and the file is not changed."""
    path = tmp_path / "new.kiemphieu"
    congress_svc.create(path, congress, WHO).close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '0099'")
    conn.commit()
    conn.close()
    with pytest.raises(NewerSchemaError) as info:
        open_database(path, WHO)
    assert info.value.code == "storage.newer_schema" and "phiên bản mới hơn" in info.value.vi
    assert sqlite3.connect(path).execute("SELECT version_num FROM alembic_version").fetchone() == ("0099",)


def test_a_revision_2_database_gets_teams_stacks_and_a_station_secret(
    tmp_path: Path, congress: Congress, committee: Election
) -> None:
    """Taken down to 0002 and opened again: entry mode 1, a congress id and secret made (and logged by the
    conversion, 0006; the secret leaves the table at 0007, whose record starts signing), stacks usable, verify
    passes."""
    path = tmp_path / "r2.kiemphieu"
    w = congress_svc.create(path, congress, WHO, head_pin=PIN)
    elections.add(w, WHO, committee)
    entry.record_ballot(w, WHO, "bch", 1, StruckBallot(frozenset({6})))
    w.drop_ballot_connection()
    migrate.downgrade(w.engine, "0002")
    w.close()
    as_older_version(path)
    w = open_database(path, WHO)
    assert reports.entry_mode(w) == 1 and reports.verify(w).ok
    (uid,) = sqlite3.connect(path).execute("SELECT uid FROM congress").fetchone()
    log = reports.log(w)
    assert [e.action for e in log[-2:]] == ["record.converted", "signing.started"] and uid in log[-2].payload
    assert len(uid) == 36 and len(bytes.fromhex(json.loads(log[-2].payload)["secret"])) == 32
    teams.add_team(w, WHO, "Tổ 1", ["o"])
    sid = stacks.open_stack(w, WHO, "bch", 1, "Tổ 1", 1)
    stacks.record_pass_ballot(w, WHO, sid, 1, StruckBallot(frozenset({5})))
    assert stacks.complete_pass(w, WHO, sid).state == "definitive"
    assert reports.round_status(w, "bch", 1).entered == 2 and reports.verify(w).ok
    w.close()
