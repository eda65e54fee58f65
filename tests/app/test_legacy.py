"""Databases made by the version before the record redesign (tests/app/legacy, made by make_v1.py at commit
e91a0e4): each opens, is converted once (the values it stored without a log record are logged), keeps every
row, exports the same data, and passes the new `verify`."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from app import congress, entry, reports
from app.cli import main
from app.db import Actor, open_database
from app.record.events import decode
from app.transfer import export_text
from ballot.model import StruckBallot

LEGACY = Path(__file__).parent / "legacy"
NAMES = ("v1-demo", "v1-import", "v1-params")
WHO = Actor("máy-kiểm-tra", "Người kiểm tra")
LEGACY_PIN = "2025"  # the demo's PIN when these files were made (4 digits then; an old hash still checks)


def rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, read with sqlite3 (the file is closed again at once)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        out = {t: sorted(conn.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in sorted(tables)}
        out["log"] = conn.execute("SELECT * FROM log ORDER BY seq").fetchall()
        return out
    finally:
        conn.close()


@pytest.mark.parametrize("name", NAMES)
def test_an_old_database_is_converted_keeps_its_data_and_verifies(name: str, tmp_path: Path) -> None:
    path = tmp_path / f"{name}.kiemphieu"
    shutil.copyfile(LEGACY / f"{name}.kiemphieu", path)
    before = rows(path)
    with open_database(path, WHO) as db:
        log = reports.log(db)
        report = reports.verify(db)
        exported = json.loads(export_text(db))
    assert report.ok, report.first and report.first.phrase().text()
    after = rows(path)
    # one record more, logging what was stored without a record; every other row untouched
    assert after["log"][: len(before["log"])] == before["log"] and len(after["log"]) == len(before["log"]) + 1
    last = log[-1]
    assert (last.action, last.station, last.operator) == ("record.converted", WHO.station, WHO.operator)
    uid, secret = after["congress"][0][-2:]
    assert json.loads(last.payload) == {"uid": uid, "secret": secret, "schema": "0006"}
    for table in set(before) - {"log", "alembic_version"}:
        assert after[table] == before[table], table
    assert after["alembic_version"] == [("0006",)]
    # the same data, seals and all, as the old version exported (only the log's last hash moved on)
    old = json.loads((LEGACY / f"{name}.export.json").read_text(encoding="utf-8"))
    assert {k: v for k, v in exported.items() if k != "log_hash"} == {k: v for k, v in old.items() if k != "log_hash"}
    # every old record reads as its event
    assert all(e.event is not None and e.event == decode(e.action, e.payload) for e in log)
    # opened again: no second conversion
    with open_database(path, WHO) as db:
        assert len(reports.log(db)) == len(log)


def test_an_old_database_takes_new_ballots_and_the_command_line_verifies_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "v1-demo.kiemphieu"
    shutil.copyfile(LEGACY / "v1-demo.kiemphieu", path)
    assert main(["verify", "--db", str(path)]) == 0
    assert "mọi bảng khớp" in capsys.readouterr().out
    with open_database(path, WHO) as db:
        congress.set_entry_mode(db, WHO, 1, LEGACY_PIN)
        entry.record_ballot(db, WHO, "ubkt", 2, StruckBallot(frozenset({3})))
    assert main(["verify", "--db", str(path)]) == 0
    sqlite3.connect(path).execute("UPDATE congress SET secret = 'x'").connection.commit()
    assert main(["verify", "--db", str(path)]) == 1
    assert "Bảng congress, dòng id=1, cột secret" in capsys.readouterr().out
