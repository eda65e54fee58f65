"""`kiemphieu verify --db`: the log replayed into an empty database and compared; any change made behind the
program's back is named by table, row and column (exit 1); the CLI's import, export, tally and pin."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import congress as congress_svc
from app import elections, entry, reports, rounds
from app.cli import main
from app.db import Actor, Database, open_database
from app.fileformat import load
from app.keys import station_key
from app.record.canonical import dumps, record_hash, sha256
from ballot.model import Body, Congress, Election, InvalidReason, StruckBallot, Subtotal
from tests.app.conftest import PIN
from tests.conftest import data_dir

WHO = Actor("máy-1", "Cường")


@pytest.fixture
def db(tmp_path: Path, congress: Congress, committee: Election) -> Path:
    """A congress with ballots, a correction, a subtotal and a finalized round."""
    path = tmp_path / "dh.kiemphieu"
    with congress_svc.create(path, congress, WHO, head_pin=PIN) as d:
        elections.add(d, WHO, committee)
        rounds.set_counts(d, WHO, "bch", 1, ballots_issued=12, ballots_collected=12, present=12)
        first = entry.record_ballot(d, WHO, "bch", 1, StruckBallot(frozenset({1})))
        for _ in range(8):
            entry.record_ballot(d, WHO, "bch", 1, StruckBallot(frozenset({6}), team="T1"))
        entry.correct_ballot(d, WHO, first, StruckBallot(frozenset({6})), "nhập nhầm")
        entry.record_ballot(d, WHO, "bch", 1, StruckBallot(frozenset({6}), count=2))
        entry.record_subtotal(d, WHO, "bch", 1, Subtotal("T2", 1, {InvalidReason.NOT_ISSUED: 1}))
        rounds.finalize(d, WHO, "bch", 1, PIN)
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    assert "Traceback" not in out.err
    return code, out.out + out.err


def sql(path: Path, statement: str, *params: object) -> None:
    """A change made with the sqlite3 shell, outside the program."""
    conn = sqlite3.connect(path)
    assert conn.execute(statement, params).rowcount == 1
    conn.commit()
    conn.close()


@pytest.fixture
def opened(db: Path) -> Iterator[Database]:
    d = open_database(db, WHO)
    yield d
    d.close()


def test_an_untouched_database_verifies(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run(capsys, "verify", "--db", str(db))
    assert code == 0 and "bch lần 1: khớp" in out and "chuỗi mã băm nguyên vẹn" in out and "mọi bảng khớp" in out
    assert ".log: khớp (bản ghi số" in out and "Không có mốc nào" not in out  # its own anchor


def test_elsewhere_without_an_anchor_verify_says_what_it_cannot_see(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """On another computer with no --anchor: the newest records could be gone unseen, and verify says so."""
    with data_dir(tmp_path / "elsewhere"):
        code, out = run(capsys, "verify", "--db", str(db))
    assert code == 0 and "Không có mốc nào để đối chiếu" in out and "chuỗi mã băm nguyên vẹn" in out


@pytest.mark.parametrize(
    ("column", "value"),
    [("content", "s5"), ("count", 3), ("team", "T9"), ("status", "voided"), ("seq", 40), ("reason", "ai đó")],
)
def test_any_change_to_a_ballot_row_is_named(
    db: Path, capsys: pytest.CaptureFixture[str], column: str, value: object
) -> None:
    """Each column of a ballot row is covered by the log record that wrote it; the message names all three."""
    conn = sqlite3.connect(db)
    bid = conn.execute("SELECT id FROM ballot WHERE status='current' ORDER BY id LIMIT 1 OFFSET 3").fetchone()[0]
    conn.close()
    sql(db, f"UPDATE ballot SET {column} = ? WHERE id = ?", value, bid)
    code, out = run(capsys, "verify", "--db", str(db))
    assert code == 1 and "KHÔNG KHỚP" in out
    assert f"Bảng ballot (các phiếu đã nhập), dòng id={bid}, cột {column}" in out and f"bản ghi số {bid}" in out


def test_an_unchanged_value_written_again_still_verifies(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Control: writing the value a column already holds is no change."""
    sql(db, "UPDATE ballot SET election_id = 'bch' WHERE id = (SELECT min(id) FROM ballot)")
    assert run(capsys, "verify", "--db", str(db))[0] == 0


@pytest.mark.parametrize("column", ["at", "station", "operator", "action", "payload", "data_hash", "prev_hash", "hash"])
def test_any_change_to_a_log_row_is_named(db: Path, capsys: pytest.CaptureFixture[str], column: str) -> None:
    """Each field of a log record is under its hash, and each hash under the next record's."""
    value = '{"x":1}' if column == "payload" else "0" * 64 if column.endswith("hash") else "khác"
    sql(db, f"UPDATE log SET {column} = ? WHERE seq = 7", value)
    code, out = run(capsys, "verify", "--db", str(db))
    assert code == 1
    assert "bản ghi số 7" in out or (column == "hash" and "bản ghi số 8" in out)


def test_deleting_a_row_is_named_with_the_record_that_wrote_it(db: Path, opened: Database) -> None:
    """A ballot row removed: the finding names the table, the row and the record."""
    bid = max(e.id for e in reports.entries(opened, "bch", 1) if e.status == "current")
    opened.close()
    sql(db, "DELETE FROM ballot WHERE id = ?", bid)
    with open_database(db, WHO) as d:
        f = reports.verify(d).first
    assert f is not None and (f.code, f.table, f.key, f.seq) == ("verify.row_missing", "ballot", f"id={bid}", bid)


def test_a_row_slipped_in_is_named(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A row no log record wrote, with or without a matching log number."""
    conn = sqlite3.connect(db)
    seq = conn.execute("SELECT max(seq) FROM log").fetchone()[0]
    conn.execute(
        "INSERT INTO ballot (id, election_id, round_no, seq, content, count, status) "
        "VALUES (?, 'bch', 1, 99, 's1', 1, 'current')",
        (seq + 1000,),
    )
    conn.commit()
    conn.close()
    code, out = run(capsys, "verify", "--db", str(db))
    assert code == 1 and f"Bảng ballot (các phiếu đã nhập): có dòng id={seq + 1000} không do bản ghi nào" in out


def test_a_broken_record_is_a_finding_not_a_crash(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A payload that is not the event its action names, re-hashed so the chain holds: exit 1 naming the field."""
    conn = sqlite3.connect(db)
    rows = conn.execute("SELECT seq, at, station, operator, action, payload FROM log ORDER BY seq").fetchall()
    target = next(r for r in rows if r[4] == "ballot")
    p = json.loads(target[5])
    p["ballot"] = {"struck": ["x"]}
    rechain(conn, rows, {target[0]: dumps(p)})
    code, out = run(capsys, "verify", "--db", str(db))
    assert code == 1 and f"bản ghi số {target[0]}" in out and "payload.ballot.struck[0]" in out


def rechain(conn: sqlite3.Connection, rows: list[tuple[object, ...]], payloads: dict[object, str]) -> None:
    """Rewrites payloads, re-computes every hash after them and signs them again with the station's own key: what
    only someone holding that key can do (without it, the signatures fail: tests/app/test_attacks.py). The
    replay still finds what the records say that does not fit."""
    key = station_key()
    prev = "0" * 64
    for s, at, st, op, act, body in rows:
        body = payloads.get(s, body)
        dh = sha256(str(body))
        h = record_hash(int(str(s)), str(at), str(st), str(op), str(act), dh, prev)
        conn.execute(
            "UPDATE log SET payload=?, data_hash=?, prev_hash=?, hash=?, key=?, signature=? WHERE seq=?",
            (body, dh, prev, h, key.fingerprint, key.sign_log(h), s),
        )
        prev = h
    conn.commit()


def test_a_rewritten_log_still_breaks_the_seal(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Someone changes a ballot in its record and its row and re-chains every hash: the finalized round's
    fingerprint and result no longer match a re-tally of the rebuilt data."""
    conn = sqlite3.connect(db)
    rows = conn.execute("SELECT seq, at, station, operator, action, payload FROM log ORDER BY seq").fetchall()
    seq, payload = next((r[0], r[5]) for r in rows if r[4] == "ballot" and '"T1"' in str(r[5]))
    p = json.loads(payload)
    p["ballot"] = {"struck": [2], "team": "T1"}
    conn.execute("UPDATE ballot SET content='s2' WHERE id=?", (seq,))
    rechain(conn, rows, {seq: dumps(p)})
    conn.close()
    code, out = run(capsys, "verify", "--db", str(db))
    assert code == 1 and "dấu vân tay khác với dấu đã chốt" in out and "KHÔNG KHỚP dấu đã chốt" in out


def test_import_export_tally_and_pin_commands(
    tmp_path: Path, examples: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """import → tally --db gives the file's result; export carries the log hash and seals; pin sets the PIN."""
    src = examples / "committee-5-of-7.json"
    db = tmp_path / "c.kiemphieu"
    assert run(capsys, "import", str(src), "--db", str(db))[0] == 0
    code, from_db = run(capsys, "tally", "--db", str(db), "--json")
    assert code == 0 and from_db == run(capsys, "tally", str(src), "--json")[1]
    monkeypatch.setenv("KIEMPHIEU_PIN", PIN)
    assert run(capsys, "pin", "--db", str(db))[0] == 0
    with open_database(db, WHO) as d:
        last = reports.last_hash(d)
        assert reports.log(d)[-1].action == "pin@2"
    out = tmp_path / "out.json"
    assert run(capsys, "export", "--db", str(db), "-o", str(out))[0] == 0
    lf = load(out)
    assert lf.log_hash == last and lf.data == load(src).data
    assert run(capsys, "verify", str(out))[0] == 0
    assert run(capsys, "import", str(src), "--db", str(db))[0] == 2
    assert run(capsys, "tally")[0] == 2
    assert run(capsys, "verify")[0] == 2


def test_export_carries_a_seal_that_import_checks(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A finalized round leaves with its seal; the file re-imports sealed; a tampered file is refused and leaves
    no database behind."""
    out = tmp_path / "sealed.json"
    assert run(capsys, "export", "--db", str(db), "-o", str(out))[0] == 0
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["elections"][0]["rounds"][0]["final"]["by"] == "Trần Thị Bình"
    again = tmp_path / "again.kiemphieu"
    assert run(capsys, "import", str(out), "--db", str(again))[0] == 0
    with open_database(again, WHO) as d:
        assert reports.round_status(d, "bch", 1).finalized and reports.verify(d).ok
    doc["elections"][0]["rounds"][0]["ballots"][0]["struck"] = [2]
    out.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    third = tmp_path / "third.kiemphieu"
    code, msg = run(capsys, "import", str(out), "--db", str(third))
    assert code == 2 and "không khớp" in msg and "transfer.seal_mismatch" in msg and not third.exists()


def test_a_record_stating_another_outcome_than_the_projection_is_named(tmp_path: Path, congress: Congress) -> None:
    """A stack's completion record says 'definitive' where the two passes differ (log re-chained so the hashes
    hold): the replay's own comparison disagrees, and verify names the record — exit 1, not a crash."""
    from app import stacks, teams

    path = tmp_path / "s.kiemphieu"
    election = Election("bch", "BCH", Body.COMMITTEE, 1, committee_people())  # type: ignore[arg-type]
    with congress_svc.create(path, congress, WHO, head_pin=PIN) as d:
        elections.add(d, WHO, election)
        congress_svc.set_entry_mode(d, WHO, 2, PIN)
        teams.add_team(d, WHO, "Tổ 1", ["Lan", "Minh"])
        sid = stacks.open_stack(d, WHO, "bch", 1, "Tổ 1", 1)
        for op, nos in (("Lan", {1}), ("Minh", {2})):
            who = Actor("máy-1", op)
            stacks.record_pass_ballot(d, who, sid, 1, StruckBallot(frozenset(nos)))
            stacks.complete_pass(d, who, sid)
    conn = sqlite3.connect(path)
    rows = conn.execute("SELECT seq, at, station, operator, action, payload FROM log ORDER BY seq").fetchall()
    seq, payload = next((r[0], r[5]) for r in reversed(rows) if r[4] == "pass.complete")
    forged = {**json.loads(payload), "state": "definitive", "differences": []}
    rechain(conn, rows, {seq: dumps(forged)})
    conn.close()
    report = check(path)
    f = report.first  # type: ignore[attr-defined]
    assert f is not None and f.code == "verify.projection" and f.seq == seq
    assert "bản ghi nói đã xác định, so sánh lại cho các lần nhập khác nhau" in f.phrase().text("vi")


def committee_people() -> tuple[object, ...]:
    from ballot.model import Candidate

    return (Candidate(1, "Nguyễn Văn An"), Candidate(2, "Lê Thị Bích"))


def check(path: Path) -> object:
    from app.commands.verify import check_db

    return check_db(str(path))
