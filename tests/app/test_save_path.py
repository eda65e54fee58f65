"""The shortcuts of the ballot save path give what the general code gives: the record's hash written out by hand,
the time kept from going backwards, a round's state read once per save, and driver errors still translated."""

from __future__ import annotations

import datetime
import json
import sqlite3
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app import congress, elections, entry, reports
from app.db import Actor, Database
from app.errors import Refused
from app.record.canonical import dumps, record_hash, sha256
from app.record.log import Tx, clamp, now
from app.record.projection import Projection
from app.record.sql import SqliteSql
from app.storage.errors import DiskFullError, translated
from ballot.model import Body, Candidate, Congress, CongressKind, Election, Electorate, StruckBallot

WHO = Actor("máy 1", "Nguyễn Văn A")


def _json_hash(*fields: object) -> str:
    return sha256(json.dumps(list(fields), sort_keys=True, separators=(",", ":"), ensure_ascii=False))


@given(
    st.integers(min_value=0, max_value=2**63),
    st.text(),
    st.text(),
    st.text(),
    st.text(),
    st.text(alphabet="0123456789abcdef", min_size=64, max_size=64),
    st.text(alphabet="0123456789abcdef", min_size=64, max_size=64),
)
def test_the_record_hash_is_the_hash_of_its_canonical_array(
    seq: int, at: str, station: str, operator: str, action: str, data: str, prev: str
) -> None:
    assert record_hash(seq, at, station, operator, action, data, prev) == _json_hash(
        seq, at, station, operator, action, data, prev
    )


def test_a_number_json_spells_otherwise_goes_through_json() -> None:
    assert record_hash(True, "a", "b", "c", "d", "e", "f") == _json_hash(True, "a", "b", "c", "d", "e", "f")


@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
        lambda c: st.lists(c) | st.dictionaries(st.text(), c),
    )
)
def test_dumps_is_json_with_sorted_keys_and_no_spaces(doc: object) -> None:
    assert dumps(doc) == json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def _slow_clamp(at: str, previous: str) -> str:
    """What the time of a record is by the dates themselves (the oracle)."""
    try:
        times = [datetime.datetime.fromisoformat(t) for t in (at, previous)]
    except ValueError:
        return at  # no earlier time to keep to
    behind = times[0] < times[1]
    return times[1].astimezone().isoformat(timespec="milliseconds") if behind else at


@pytest.mark.parametrize(
    "previous",
    [
        "",
        "not a time",
        "2026-11-30T10:00:00.000+07:00",
        "2999-01-01T00:00:00.000+07:00",
        "2999-01-01T00:00:00.000+00:00",
        "2999-01-01T00:00:00.000000+07:00",
        "2999-01-01 00:00:00.000+07:00",
        "2026-01-01T00:00:00.000-03:30",
    ],
)
def test_the_time_never_goes_backwards_and_agrees_with_the_dates(previous: str) -> None:
    at = now()
    assert clamp(at, previous) == _slow_clamp(at, previous)
    for here in ("2026-11-30T12:00:00.000+07:00", "2026-11-30T12:00:00.000+00:00"):
        assert clamp(here, previous) == _slow_clamp(here, previous)


def _db(tmp_path: Path) -> Database:
    c = Congress("Đảng bộ", "Đại hội", "2025–2030", CongressKind.DELEGATES, Electorate(50), 50)
    db = congress.create(tmp_path / "c.kiemphieu", c, WHO)
    elections.add(
        db, WHO, Election("bch", "BCH", Body.COMMITTEE, 2, tuple(Candidate(i, f"Người {i}") for i in (1, 2, 3)))
    )
    return db


def test_a_round_state_given_to_the_projection_is_forgotten_at_a_write_to_its_tables() -> None:
    conn = sqlite3.connect(":memory:")
    p = Projection(SqliteSql(conn))
    p.known_rounds[("bch", 1)] = (None, None, 4)
    p._forget("stack")  # not where a round's state comes from
    assert p.known_rounds
    p._forget("ballot")
    assert not p.known_rounds
    conn.close()


def _traced(db: Database, ballot: StruckBallot) -> list[str]:
    """The statements a ballot save runs on the kept connection."""
    said: list[str] = []
    kept = db._ballot_driver
    assert kept is not None  # the connection kept for ballot saves
    kept.set_trace_callback(said.append)
    try:
        entry.record_ballot(db, WHO, "bch", 1, ballot)
    finally:
        kept.set_trace_callback(None)
    return said


def _asks_round(said: list[str]) -> int:
    return sum("max(seq)" in sql for sql in said)


def test_consecutive_saves_read_the_round_once_until_something_else_is_written(tmp_path: Path) -> None:
    db = _db(tmp_path)
    first = entry.record_ballot(db, WHO, "bch", 1, StruckBallot(frozenset({1})))
    assert _asks_round(_traced(db, StruckBallot(frozenset({2})))) == 0  # as the last save here left it
    entry.correct_ballot(db, WHO, first, None, "Nhập nhầm")  # written through another connection
    said = _traced(db, StruckBallot(frozenset({3})))
    assert _asks_round(said) == 1, said  # read again, once: the projection is given it
    assert [(b.seq, b.status) for b in reports.entries(db, "bch", 1) if b.status == "current"] == [
        (2, "current"),
        (3, "current"),
    ]
    with pytest.raises(Refused) as refused:
        entry.record_ballot(db, WHO, "bch", 9, StruckBallot(frozenset({1})))
    assert refused.value.code == "round.not_found"
    with pytest.raises(Refused):  # a failed save leaves nothing to reuse
        entry.record_ballot(db, WHO, "bch", 1, StruckBallot(frozenset({7})))
    assert _asks_round(_traced(db, StruckBallot(frozenset({1})))) == 1
    assert [b.seq for b in reports.entries(db, "bch", 1) if b.status == "current"] == [2, 3, 4]
    assert reports.verify(db).ok  # the replay asks the database each time and finds the same rows
    db.close()


def test_driver_errors_about_the_medium_are_still_translated() -> None:
    with pytest.raises(DiskFullError), translated("c.kiemphieu"):
        raise sqlite3.OperationalError("database or disk is full")
    with pytest.raises(sqlite3.IntegrityError), translated("c.kiemphieu"):
        raise sqlite3.IntegrityError("UNIQUE constraint failed")
    with pytest.raises(KeyError), translated():
        raise KeyError("not about the medium")


def test_a_fault_at_the_commit_saves_nothing_and_the_next_save_starts_afresh(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = _db(tmp_path)
    entry.record_ballot(db, WHO, "bch", 1, StruckBallot(frozenset({1})))
    kept = db._ballot_driver

    def full(self: Tx) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    with monkeypatch.context() as m, pytest.raises(DiskFullError):
        m.setattr(Tx, "finish", full)
        entry.record_ballot(db, WHO, "bch", 1, StruckBallot(frozenset({2})))
    assert db._ballot_driver is None  # a fault of the medium: the kept connection is given back
    assert [b.seq for b in reports.entries(db, "bch", 1)] == [1]

    def wrong(self: Tx) -> None:
        raise ValueError("not about the medium")

    entry.record_ballot(db, WHO, "bch", 1, StruckBallot(frozenset({2})))
    kept = db._ballot_driver
    with monkeypatch.context() as m, pytest.raises(ValueError):
        m.setattr(Tx, "finish", wrong)
        entry.record_ballot(db, WHO, "bch", 1, StruckBallot(frozenset({3})))
    assert db._ballot_driver is kept and kept is not None and not kept.in_transaction  # rolled back, kept
    entry.record_ballot(db, WHO, "bch", 1, StruckBallot(frozenset({3})))
    assert [b.seq for b in reports.entries(db, "bch", 1)] == [1, 2, 3]
    assert reports.verify(db).ok
    db.close()
