"""Databases made by the version before the record redesign (tests/app/legacy, made by make_v1.py at commit
e91a0e4): each opens, is converted once (the values it stored without a log record are logged), keeps every
row, exports the same data, and passes the new `verify`."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from app import congress, entry, people, reports
from app.cli import main
from app.db import Actor, open_database
from app.record.events import decode
from app.storage import migrate
from app.transfer import export_text
from ballot.model import StruckBallot

LEGACY = Path(__file__).parent / "legacy"
NAMES = ("v1-demo", "v1-import", "v1-params")
WHO = Actor("máy-kiểm-tra", "Người kiểm tra")
LEGACY_PIN = "2025"  # the demo's PIN when these files were made (4 digits then; an old hash still checks)


def rows(path: Path) -> dict[str, list[dict[str, object]]]:
    """Every row of every table as column → value, read with sqlite3 (the file is closed again at once)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        out = {t: sorted((dict(r) for r in conn.execute(f"SELECT * FROM {t}")), key=repr) for t in sorted(tables)}
        out["log"] = [dict(r) for r in conn.execute("SELECT * FROM log ORDER BY seq")]
        return out
    finally:
        conn.close()


#: What later revisions add to an older database's rows, empty (0007: the whole congress; 0008: signatures), and
#: take out (the PIN hash and hand-over secret).
ADDED = {
    "log": {"key": None, "signature": None},
    "congress": {"level": None},
    "election": {"propose": None, "withdrawals": None, "pause": None},
    "round": {"head_choice": None, "seal_key": None, "seal_signature": None},
}
DROPPED = {"congress": ("head_pin", "secret")}


def converted(table: str, row: dict[str, object]) -> dict[str, object]:
    """An older row as this version keeps it."""
    kept = {k: v for k, v in row.items() if k not in DROPPED.get(table, ())}
    return {**kept, **ADDED.get(table, {})}


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
    # two records more: what was stored without a record (0006), then signing starts (0008) with this station's
    # key as the head's; every older record unchanged and unsigned ("older version"); every other row untouched
    n = len(before["log"])
    assert after["log"][:n] == [converted("log", r) for r in before["log"]] and len(after["log"]) == n + 2
    conv, started = log[-2], log[-1]
    assert (conv.action, conv.station, conv.operator) == ("record.converted", WHO.station, WHO.operator)
    old = before["congress"][0]
    assert json.loads(conv.payload) == {"uid": old["uid"], "secret": old["secret"], "schema": "0006"}
    key = WHO.signer()
    assert started.action == "signing.started" and after["log"][-1]["key"] == key.fingerprint
    assert json.loads(started.payload) == {
        "station": key.registration(WHO.station, "head").to_doc(),
        "schema": "0008",
        "pin_moved": old["head_pin"] is not None,
    }
    assert people.has_head_pin(str(old["uid"])) == (old["head_pin"] is not None)
    assert report.unsigned_older == n + 1 and report.signed == 1
    for table in set(before) - {"log", "alembic_version"}:
        assert after[table] == sorted((converted(table, r) for r in before[table]), key=repr), table
    assert after["alembic_version"] == [{"version_num": migrate.head()}] == [{"version_num": "0009"}]
    # the same data, seals and all, as the old version exported (only the log's last hash moved on)
    old = json.loads((LEGACY / f"{name}.export.json").read_text(encoding="utf-8"))
    # (the export now also carries its signature, the signed head of the log, the congress id and its stations;
    # the older rounds' seals are unsigned, as their version wrote them)
    moved = {"log_hash", "log_head", "signature", "congress_uid", "stations"}
    assert {k: v for k, v in exported.items() if k not in moved} == {k: v for k, v in old.items() if k not in moved}
    assert exported["signature"]["fingerprint"] == key.fingerprint
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
    sqlite3.connect(path).execute("UPDATE congress SET uid = 'x'").connection.commit()
    assert main(["verify", "--db", str(path)]) == 1
    assert "Bảng congress (thông tin đại hội), dòng id=1, cột uid" in capsys.readouterr().out
