"""`kiemphieu verify --db`: any single change made behind the program's back is found and named."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from app.cli import main
from app.fileformat import load
from app.workspace import Workspace
from ballot.model import Congress, Election, InvalidReason, StruckBallot, Subtotal
from tests.app.conftest import PIN


@pytest.fixture
def db(tmp_path: Path, congress: Congress, committee: Election) -> Path:
    """A congress with ballots, a correction, a subtotal and a finalized round."""
    path = tmp_path / "dh.kiemphieu"
    with Workspace.create(path, congress, station="máy-1", operator="Cường", head_pin=PIN) as w:
        w.add_election(committee)
        w.set_round_counts("bch", 1, ballots_issued=12, ballots_collected=12, present=12)
        first = w.record_ballot("bch", 1, StruckBallot(frozenset({1})))
        for _ in range(8):
            w.record_ballot("bch", 1, StruckBallot(frozenset({6}), team="T1"))
        w.correct_ballot(first, StruckBallot(frozenset({6})), "nhập nhầm")
        w.record_ballot("bch", 1, StruckBallot(frozenset({6}), count=2))
        w.record_subtotal("bch", 1, Subtotal("T2", 1, {InvalidReason.NOT_ISSUED: 1}))
        w.finalize_round("bch", 1, PIN)
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


def test_an_untouched_database_verifies(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run(capsys, "verify", "--db", str(db))
    assert code == 0 and "bch lần 1: khớp" in out and "chuỗi mã băm nguyên vẹn" in out


BALLOT_CHANGES = [
    ("content", "s5"),
    ("count", 3),
    ("team", "T9"),
    ("status", "voided"),
    ("seq", 40),
    ("reason", "ai đó"),
    ("election_id", "bch"),  # unchanged value: must still verify (control, see below)
]


@pytest.mark.parametrize(("column", "value"), BALLOT_CHANGES)
def test_any_change_to_a_ballot_row_is_named(
    db: Path, capsys: pytest.CaptureFixture[str], column: str, value: object
) -> None:
    """Each column of a ballot row is covered by the log record that wrote it."""
    bid = (
        sqlite3.connect(db)
        .execute("SELECT id FROM ballot WHERE status='current' ORDER BY id LIMIT 1 OFFSET 3")
        .fetchone()[0]
    )
    sql(db, f"UPDATE ballot SET {column} = ? WHERE id = ?", value, bid)
    code, out = run(capsys, "verify", "--db", str(db))
    if column == "election_id":
        assert code == 0
        return
    assert code == 1 and f"Phiếu #{bid}" in out and "KHÔNG KHỚP" in out


@pytest.mark.parametrize("column", ["at", "station", "operator", "action", "payload", "data_hash", "prev_hash", "hash"])
def test_any_change_to_a_log_row_is_named(db: Path, capsys: pytest.CaptureFixture[str], column: str) -> None:
    """Each field of a log record is under its hash, and each hash under the next record's."""
    value = '{"x":1}' if column == "payload" else "0" * 64 if column.endswith("hash") else "khác"
    sql(db, f"UPDATE log SET {column} = ? WHERE seq = 7", value)
    code, out = run(capsys, "verify", "--db", str(db))
    assert code == 1
    assert "bản ghi #7" in out or (column == "hash" and "bản ghi #8" in out)


def test_deleting_rows_is_found(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A ballot row removed, or the last log record removed, does not go unnoticed."""
    sql(db, "DELETE FROM ballot WHERE id = (SELECT max(id) FROM ballot WHERE status='current')")
    code, out = run(capsys, "verify", "--db", str(db))
    assert code == 1 and "Phiếu #" in out and "xóa" in out


def test_a_ballot_slipped_in_is_found(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A row no log record wrote."""
    conn = sqlite3.connect(db)
    seq = conn.execute("SELECT max(seq) FROM log").fetchone()[0]
    conn.execute(
        "INSERT INTO ballot (id, election_id, round_no, seq, content, count, status) "
        "VALUES (?, 'bch', 1, 99, 's1', 1, 'current')",
        (seq,),
    )
    conn.commit()
    conn.close()
    code, out = run(capsys, "verify", "--db", str(db))
    assert code == 1 and "không do chương trình ghi" in out


def test_a_ballot_without_any_log_record_is_found(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The ballot row's id names the log record that wrote it; the database no longer enforces that link
    (revision 0005, for speed), so verify must: a row whose id is no log record is named."""
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
    assert code == 1 and f"Phiếu #{seq + 1000}" in out


def test_a_rewritten_log_still_breaks_the_seal(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Someone changes a ballot and its log payload and re-chains every hash: the finalize record's
    fingerprint and result no longer match a re-tally."""
    from app.storage.canonical import dumps, record_hash, sha256

    conn = sqlite3.connect(db)
    seq, payload = conn.execute(
        "SELECT seq, payload FROM log WHERE action='ballot' ORDER BY seq LIMIT 1 OFFSET 2"
    ).fetchone()
    p = json.loads(payload)
    p["ballot"] = {"struck": [2], "team": "T1"}
    conn.execute("UPDATE log SET payload=? WHERE seq=?", (dumps(p), seq))
    conn.execute("UPDATE ballot SET content='s2' WHERE id=?", (seq,))
    prev = conn.execute("SELECT hash FROM log WHERE seq=?", (seq - 1,)).fetchone()[0]
    for s, at, st, op, act, body in conn.execute(
        "SELECT seq, at, station, operator, action, payload FROM log WHERE seq>=? ORDER BY seq", (seq,)
    ).fetchall():
        dh = sha256(body)
        h = record_hash(s, at, st, op, act, dh, prev)
        conn.execute("UPDATE log SET data_hash=?, prev_hash=?, hash=? WHERE seq=?", (dh, prev, h, s))
        prev = h
    conn.commit()
    conn.close()
    code, out = run(capsys, "verify", "--db", str(db))
    assert code == 1 and "sau khi chốt" in out


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
    with Workspace.open(db, station="s", operator="o") as w:
        last = w.last_hash()
    out = tmp_path / "out.json"
    assert run(capsys, "export", "--db", str(db), "-o", str(out))[0] == 0
    lf = load(out)
    assert lf.log_hash == last and lf.data == load(src).data
    assert run(capsys, "verify", str(out))[0] == 0
    assert run(capsys, "import", str(src), "--db", str(db))[0] == 2
    assert run(capsys, "tally")[0] == 2


def test_export_carries_a_seal_that_import_checks(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A finalized round leaves with its seal; the file re-imports sealed; a tampered file is refused."""
    out = tmp_path / "sealed.json"
    assert run(capsys, "export", "--db", str(db), "-o", str(out))[0] == 0
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["elections"][0]["rounds"][0]["final"]["by"] == "Trần Thị Bình"
    again = tmp_path / "again.kiemphieu"
    assert run(capsys, "import", str(out), "--db", str(again))[0] == 0
    with Workspace.open(again, station="s", operator="o") as w:
        assert w.round_status("bch", 1).finalized and w.verify().fault is None
    doc["elections"][0]["rounds"][0]["ballots"][0]["struck"] = [2]
    out.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    code, msg = run(capsys, "import", str(out), "--db", str(tmp_path / "third.kiemphieu"))
    assert code == 2 and "không khớp" in msg
