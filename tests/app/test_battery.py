"""The acceptance battery of issue 10: every single-row change made behind the program's back is found.

A database holds an import (with finalized rounds), entered, corrected and voided ballots, subtotals (one
voided), teams, stacks, a double entry resolved by the head, a tally sheet entered twice, and a hand-over merged
from a station copy. Then, each on a fresh copy of the file, with sqlite3: every column of the first and the last
row of every table changed to a plausible different value and to garbage of another type, each of those rows
deleted, a copy of it inserted under a new key, and two ballots swapped. `verify --db` must exit 1 naming the
table, the row and (for a changed column) the column — never 0, never 3.
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from app import congress as congress_svc
from app import elections, entry, handover, rounds, stacks, teams
from app.commands.verify import check_db
from app.db import Actor, Database, open_database
from app.demo import CONGRESS, DEMO_PIN
from app.errors import EXIT_MISMATCH
from app.record.sql import TABLES
from app.record.verify import Report
from app.transfer import export_file, import_file
from ballot.model import Body, Candidate, Election, InvalidReason, RuledInvalidBallot, StruckBallot, Subtotal

ROOT = Path(__file__).resolve().parents[2]
HEAD = Actor("máy-trưởng-ban", "Trần Thị Bình")
PEOPLE = tuple(Candidate(i, n) for i, n in enumerate(["An", "Bình", "Chi", "Dũng", "Em", "Giang"], 1))
#: Columns a table keeps unique besides its key.
UNIQUE = {"team": ("name",), "stack": ("team",)}
#: Another valid value for the columns that hold one of a few words.
CHOICES = {
    "status": ("current", "superseded", "voided"),
    "state": ("awaiting", "differ", "definitive"),
    "kind": ("ballots", "subtotal", "election", "opinion", "delegates", "members"),
    "body": ("committee", "other"),
    "purpose": ("election", "tie_break"),
    "pool_take": ("elected", "not_elected"),
    "ruleset": ("qd190-2024", "qd244-2014"),
    "action": ("ballot", "ballot.correct"),
}


def build(folder: Path) -> Path:
    """The battery's database (see the module docstring)."""
    with congress_svc.create(folder / "source.kiemphieu", CONGRESS, HEAD, head_pin=DEMO_PIN) as src:
        elections.add(src, HEAD, Election("bch", "Bầu Ban Chấp hành", Body.COMMITTEE, 5, PEOPLE))
        rounds.set_counts(src, HEAD, "bch", 1, ballots_issued=8, ballots_collected=8, present=8)
        for nos in ({6}, {6}, {5}, {1, 6}, {6}, {4}, {6}):
            entry.record_ballot(src, HEAD, "bch", 1, StruckBallot(frozenset(nos)))
        entry.record_ballot(src, HEAD, "bch", 1, RuledInvalidBallot(InvalidReason.NOT_ISSUED))
        rounds.finalize(src, HEAD, "bch", 1, DEMO_PIN)
        source = export_file(src, folder / "source.json")
    path = folder / "battery.kiemphieu"
    with import_file(source, path, HEAD, head_pin=DEMO_PIN) as db:
        elections.add(db, HEAD, Election("thu", "Bầu thử", Body.OTHER, 5, PEOPLE))
        rounds.set_counts(db, HEAD, "thu", 1, ballots_issued=30, ballots_collected=30, present=30)
        first = entry.record_ballot(db, HEAD, "thu", 1, StruckBallot(frozenset({1})))
        entry.record_ballot(db, HEAD, "thu", 1, StruckBallot(frozenset({2}), count=3))
        entry.record_ballot(db, HEAD, "thu", 1, RuledInvalidBallot(InvalidReason.MARKED))
        entry.correct_ballot(db, HEAD, first, StruckBallot(frozenset({6})), "Nhập nhầm số")
        entry.record_ballot(db, HEAD, "thu", 1, StruckBallot(frozenset({5})))
        entry.undo_last_ballot(db, HEAD, "thu", 1, "Hủy phiếu vừa nhập")
        sid = entry.record_subtotal(db, HEAD, "thu", 1, Subtotal("Tổ tay", 2, {InvalidReason.NOT_ISSUED: 1}, {1: 1}))
        entry.void_subtotal(db, HEAD, sid, "Tổ đếm lại")
        entry.record_subtotal(db, HEAD, "thu", 1, Subtotal("Tổ tay", 2, {}, {1: 2, 2: 2, 3: 1}))
        scanned(db, folder)
        congress_svc.set_entry_mode(db, HEAD, 2, DEMO_PIN)
        teams.add_team(db, HEAD, "Tổ 1", ["Lan", "Minh"])
        teams.add_team(db, HEAD, "Tổ 2", ["Hoa"])
        teams.set_team_members(db, HEAD, "Tổ 2", ["Hoa", "Khánh"])
        s1 = stacks.open_stack(db, HEAD, "thu", 1, "Tổ 1", 3)
        for op, second in (("Lan", frozenset({6})), ("Minh", frozenset({4}))):
            who = Actor(HEAD.station, op)
            stacks.record_pass_ballot(db, who, s1, 1, StruckBallot(frozenset({5})))
            stacks.record_pass_ballot(db, who, s1, 2, StruckBallot(frozenset({3})))  # re-entered: superseded
            stacks.record_pass_ballot(db, who, s1, 2, StruckBallot(second))
            stacks.record_pass_ballot(db, who, s1, 3, RuledInvalidBallot(InvalidReason.WRITE_IN))
            stacks.complete_pass(db, who, s1)
        stacks.resolve_difference(db, HEAD, s1, 2, 0, DEMO_PIN)
        from app.record.kinds import StackKind

        s2 = stacks.open_stack(db, HEAD, "thu", 1, "Tổ 2", 4, kind=StackKind.SUBTOTAL)
        for op in ("Hoa", "Khánh"):
            who = Actor(HEAD.station, op)
            stacks.record_pass_subtotal(db, who, s2, Subtotal("Tổ 2", 4, {}, {1: 3, 2: 2, 4: 3}))
            stacks.complete_pass(db, who, s2)
        teams.add_team(db, HEAD, "Tổ 3", ["Quân", "Sen"])
        s3 = stacks.open_stack(db, HEAD, "thu", 1, "Tổ 3", 2)
        quan = Actor(HEAD.station, "Quân")
        for seq, nos in enumerate((frozenset({1}), frozenset({2})), 1):
            stacks.record_pass_ballot(db, quan, s3, seq, StruckBallot(nos))
        stacks.complete_pass(db, quan, s3)
        copy = handover.copy_for_station(db, folder / "station.kiemphieu")
    sen = Actor("máy-2", "Sen")
    with open_database(copy, sen) as st:
        for seq, nos in enumerate((frozenset({1}), frozenset({2})), 1):
            stacks.record_pass_ballot(st, sen, s3, seq, StruckBallot(nos))
        stacks.complete_pass(st, sen, s3)
        handover.export_entries(st, sen, folder / "station.kpentries")
    with open_database(path, HEAD) as db:
        assert handover.merge_entries(db, HEAD, folder / "station.kpentries") == 1
    report = check_db(str(path))
    assert report.ok, report.first
    return path


def scanned(db: Database, folder: Path) -> None:
    """Two scanned pages of the trial round: one read (a ballot at once), one without the stamp, ruled valid."""
    import numpy as np

    from app import reports, scans
    from bench._scan_data import ballot

    inbox = folder / "scanner"
    inbox.mkdir()
    data = reports.data(db)
    for kind, seed in (("strike", 2), ("no_stamp", 3)):
        s = ballot(data, "thu", 1, kind, np.random.default_rng(seed))
        (inbox / f"{kind}{s.suffix}").write_bytes(s.image)
    reader = scans.reader_for(db, "thu", 1)
    pages = scans.read_pages(reader, sorted(inbox.iterdir()), scans.image_folder(db))
    out = [scans.record_page(db, HEAD, image, reading, "thu", 1) for image, reading in pages]
    waiting = [o.page_id for o in out if o.counted is None]
    assert len(waiting) == 1 and waiting[0] is not None
    scans.decide(db, HEAD, waiting[0], None, "valid")


@dataclass(frozen=True)
class Case:
    """One change: what it is, the SQL, and what the finding must name."""

    label: str
    table: str
    key: str
    column: str | None
    sql: str
    params: tuple[object, ...]
    #: When the change moves the row to another key: that key (either names the row).
    new_key: str = ""


def _key_text(table: str, row: dict[str, object]) -> str:
    return ", ".join(f"{k}={row[k]}" for k in TABLES[table].key)


def _where(table: str) -> str:
    return " AND ".join(f"{k} = ?" for k in TABLES[table].key)


def _plausible(table: str, column: str, value: object, is_key: bool) -> object:
    if column in CHOICES and isinstance(value, str):
        return next(v for v in CHOICES[column] if v != value)
    if isinstance(value, int):
        return value + 1000 if is_key else value + 1
    if value is None:
        return 1 if column in ("present", "max_surplus", "changed_by", "completed", "choice") else "x"
    text = str(value)
    if text and text[0] in "[{" and any(ch.isdigit() for ch in text):
        i = next(i for i, ch in enumerate(text) if ch.isdigit())
        return text[:i] + str((int(text[i]) + 1) % 10) + text[i + 1 :]
    if column == "content" and text[:1] == "s":
        return "s4" if text != "s4" else "s3"
    return text + "x"


def _garbage(value: object) -> object:
    return "garbage" if isinstance(value, int) or value is None else 987654


def cases(path: Path) -> Iterator[Case]:
    """Every change of the battery, on the first and last row of every table."""
    conn = sqlite3.connect(path)
    try:
        for table, t in TABLES.items():
            rows = conn.execute(f"SELECT {', '.join(t.columns)} FROM {table} ORDER BY {', '.join(t.key)}").fetchall()
            assert rows, f"the battery's database has no {table} row"
            picked = [rows[0]] if len(rows) == 1 else [rows[0], rows[-1]]
            for which, raw in zip(("first", "last"), picked, strict=False):
                row = dict(zip(t.columns, raw, strict=True))
                key = _key_text(table, row)
                where, key_values = _where(table), tuple(row[k] for k in t.key)
                for column in t.columns:
                    is_key = column in t.key
                    for kind, value in (
                        ("plausible", _plausible(table, column, row[column], is_key)),
                        ("garbage", _garbage(row[column])),
                    ):
                        sql = f"UPDATE {table} SET {column} = ? WHERE {where}"
                        label = f"{table} {which} row: {column} → {kind} {value!r}"
                        moved = _key_text(table, {**row, column: value}) if is_key else ""
                        yield Case(label, table, key, column, sql, (value, *key_values), moved)
                yield Case(
                    f"{table} {which} row deleted", table, key, None, f"DELETE FROM {table} WHERE {where}", key_values
                )
                copy = dict(row)
                k0 = t.key[-1]
                copy[k0] = (row[k0] + 100000) if isinstance(row[k0], int) else f"{row[k0]}-copy"
                for unique in UNIQUE.get(table, ()):  # a copy must differ where the table allows no duplicate
                    copy[unique] = f"{row[unique]} (bản sao)"
                sql = f"INSERT INTO {table} ({', '.join(t.columns)}) VALUES ({', '.join('?' * len(t.columns))})"
                yield Case(
                    f"{table} {which} row copied", table, _key_text(table, copy), None, sql, tuple(copy.values())
                )
        a, b = conn.execute(
            "SELECT b1.id, b2.id FROM ballot b1 JOIN ballot b2 ON b1.id < b2.id AND b1.content != b2.content "
            "WHERE b1.status = 'current' AND b2.status = 'current' ORDER BY b1.id LIMIT 1"
        ).fetchone()
        swap = (
            "UPDATE ballot SET content = CASE id WHEN ? THEN (SELECT content FROM ballot WHERE id = ?) "
            "ELSE (SELECT content FROM ballot WHERE id = ?) END WHERE id IN (?, ?)"
        )
        yield Case("two ballots swapped", "ballot", f"id={a}", "content", swap, (a, b, a, a, b))
    finally:
        conn.close()


def named(case: Case, report: Report) -> tuple[bool, str]:
    """Whether verify found the change and named its table, row and column (and what it said)."""
    f = report.first
    if f is None:
        return False, "verify found nothing"
    said = f.phrase().text()
    if case.table == "log" and case.label.endswith("deleted") and f.code == "verify.row_after_log":
        return f"seq={f.seq}" == case.key, said  # the newest record gone: the row it wrote names its number
    if f.table != case.table:
        return False, said
    if case.table == "log":
        seq = int(case.key.removeprefix("seq="))
        near = f.key in (f"seq={seq}", f"seq={seq + 1}", case.key) or f.code == "verify.seq"
        ok = near and (
            case.column is None or f.column is None or case.column in f.column.split(", ") or f.code != "verify.hash"
        )
        return ok, said
    copied = case.label.endswith("copied") and f.code in ("verify.row_extra", "verify.row_after_log")
    row_ok = f.key in (case.key, case.new_key) or copied
    column_ok = case.column is None or f.column == case.column or f.code in ("verify.row_missing", "verify.row_extra")
    return row_ok and column_ok, said


@pytest.fixture(scope="module")
def battery_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(tmp_path_factory.mktemp("battery"))


@pytest.mark.slow
def test_every_single_row_change_is_found_and_named(battery_db: Path, tmp_path: Path) -> None:
    ran = detected = exit_one = refused_by_sqlite = 0
    missed: list[str] = []
    for case in cases(battery_db):
        copy = tmp_path / "case.kiemphieu"
        shutil.copyfile(battery_db, copy)
        conn = sqlite3.connect(copy)
        try:
            changed = conn.execute(case.sql, case.params).rowcount
            conn.commit()
        except sqlite3.IntegrityError as exc:
            assert "datatype mismatch" in str(exc), (case.label, exc)  # SQLite itself refuses text in a rowid key
            refused_by_sqlite += 1
            continue
        finally:
            conn.close()
        assert changed >= 1, case.label
        ran += 1
        report = check_db(str(copy))
        exit_one += int(not report.ok)
        ok, said = named(case, report)
        detected += int(ok)
        if not ok:
            missed.append(f"{case.label}: {said}")
        copy.unlink()
    print(
        f"\nbattery: {ran} cases run ({refused_by_sqlite} more refused by SQLite itself), {detected} detected and named, "
        f"{exit_one} with exit 1, {ran - exit_one} with exit 0, 0 with exit 3"
    )
    assert not missed, "\n".join(missed)
    assert ran >= 280 and detected == exit_one == ran


@pytest.mark.slow
def test_the_command_exits_1_in_a_subprocess_for_a_sample(battery_db: Path, tmp_path: Path) -> None:
    """One change per table through `python -m app verify --db` itself: exit 1 and the table named."""
    seen: set[str] = set()
    for case in cases(battery_db):
        if case.table in seen or case.column in (None, *TABLES[case.table].key) or "garbage" not in case.label:
            continue
        seen.add(case.table)
        copy = tmp_path / f"{case.table}.kiemphieu"
        shutil.copyfile(battery_db, copy)
        conn = sqlite3.connect(copy)
        conn.execute(case.sql, case.params)
        conn.commit()
        conn.close()
        done = subprocess.run(
            [sys.executable, "-m", "app", "verify", "--db", str(copy)], capture_output=True, text=True, cwd=ROOT
        )
        assert done.returncode == EXIT_MISMATCH, (case.label, done.stdout, done.stderr)
        assert "Traceback" not in done.stderr and "KHÔNG KHỚP" in done.stdout, case.label
        assert f"Bảng {case.table} (" in done.stdout or (case.table == "log" and "Nhật ký" in done.stdout), done.stdout
    assert seen == set(TABLES)
