"""Signed exports and seals as the program writes them, and imports that trust only accepted keys.

- `kiemphieu export` signs the file with this station's key, carries the congress id, its stations, each
  finalized round's seal signed by the head's key and the signed head of the log;
- an exported file with one ballot changed, every seal removed, or both: `kiemphieu verify FILE` exits 1 naming
  the signature; the standalone verifier says the same;
- importing: seals signed by this station's key, or a key the user trusts (`--trust FP`), arrive finalized;
  any other seal is left off and said — an edited file with `rounds[].final` never imports as finalized.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from app import reports, stations
from app.cli import main
from app.db import Actor, Database, open_database
from app.keys import create_station_key, grouped
from app.transfer import check_seals, export_file, import_file
from tests.tools.test_kiemphieu_verify import tool

OTHER_COMPUTER = "máy-cấp-trên"


def export_of(db: Database, path: Path) -> dict[str, Any]:
    export_file(db, path)
    return json.loads(path.read_text(encoding="utf-8"))


def write(path: Path, doc: dict[str, Any]) -> Path:
    path.write_text(json.dumps(doc, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def test_the_demo_exported_is_signed_by_this_station_and_its_seals_by_the_head(
    demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = export_of(demo_db, tmp_path / "demo.json")
    me = demo_db and stations.stations(demo_db)[0]
    assert doc["signature"]["fingerprint"] == me.fingerprint and me.role == "head"
    assert doc["congress_uid"] == demo_db.uid and doc["stations"][0]["fingerprint"] == me.fingerprint
    finals = [r["final"] for e in doc["elections"] for r in e["rounds"] if "final" in r]
    assert finals and all(f["key"] == me.key and f["signature"] for f in finals)
    assert doc["log_head"]["seq"] == len(reports.log(demo_db))
    assert main(["verify", str(tmp_path / "demo.json")]) == 0
    out = capsys.readouterr().out
    assert f"ký bởi khóa {me.shown} ({me.name})" in out and "dấu chốt ký bởi khóa" in out
    v = tool.file_verdict(doc, tool.read(doc), None)
    assert v["ok"] and v["signature"]["status"] == "valid"
    assert all(r["seal_signature"] == "valid" for r in v["rounds"] if r["seal"] != "none")


@pytest.mark.parametrize("how", ["one ballot changed", "every seal removed", "both"])
def test_a_changed_export_fails_naming_the_signature(
    demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str], how: str
) -> None:
    doc = export_of(demo_db, tmp_path / "demo.json")
    if how != "every seal removed":
        rnd = next(r for e in doc["elections"] for r in e["rounds"] if r["ballots"] and "struck" in r["ballots"][0])
        rnd["ballots"][0]["struck"] = sorted(set(rnd["ballots"][0]["struck"]) ^ {1})
    if how != "one ballot changed":
        for e in doc["elections"]:
            for r in e["rounds"]:
                r.pop("final", None)
    path = write(tmp_path / "changed.json", doc)
    assert main(["verify", str(path)]) == 1
    out = capsys.readouterr().out
    assert "CHỮ KÝ CỦA TỆP KHÔNG ĐÚNG" in out and "TỆP KHÔNG NGUYÊN VẸN" in out
    v = tool.file_verdict(doc, tool.read(doc), None)
    assert not v["ok"] and v["signature"]["status"] == "invalid"


def test_a_stripped_signature_is_named_as_removed(demo_db: Database, tmp_path: Path) -> None:
    doc = export_of(demo_db, tmp_path / "demo.json")
    del doc["signature"]
    assert main(["verify", str(write(tmp_path / "stripped.json", doc))]) == 1


def test_an_import_elsewhere_trusts_only_a_key_the_user_accepts(
    demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Another computer (its own key): the demo's seals arrive not finalized and the program says so; with
    `--trust` of the head's key they arrive finalized, sealed again by the new congress's head naming it."""
    src = tmp_path / "demo.json"
    doc = export_of(demo_db, src)
    head = stations.stations(demo_db)[0]
    sealed = sum(1 for e in doc["elections"] for r in e["rounds"] if "final" in r)
    other = Actor(OTHER_COMPUTER, "Người nhận", create_station_key(tmp_path / "other-home"))
    checks = check_seals(src, other)
    assert len(checks) == sealed and {c.status for c in checks} == {"untrusted"}
    assert {c.fingerprint for c in checks} == {head.fingerprint} and not any(c.accepted for c in checks)
    with import_file(src, tmp_path / "a.kiemphieu", other) as db:
        assert not reports.seals(db) and reports.verify(db).ok
    with import_file(src, tmp_path / "b.kiemphieu", other, trust=[head.shown]) as db:
        seals = reports.seals(db)
        assert len(seals) == sealed and reports.verify(db).ok
        trusted = [json.loads(e.payload) for e in reports.log(db) if e.action == "round.finalize@2"]
        assert {t["trusted"] for t in trusted} == {head.fingerprint}
        assert {t["key"] for t in trusted} == {other.signer().public}


def test_the_command_line_says_which_rounds_arrive_not_finalized(
    demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    src = tmp_path / "demo.json"
    export_of(demo_db, src)
    head = stations.stations(demo_db)[0]
    monkeypatch.setenv("KIEMPHIEU_DATA_DIR", str(tmp_path / "elsewhere"))
    assert main(["import", str(src), "--db", str(tmp_path / "x.kiemphieu")]) == 0
    out = capsys.readouterr().out
    assert "NHẬP NHƯ CHƯA CHỐT" in out and f"--trust {head.shown}" in out
    assert main(["import", str(src), "--db", str(tmp_path / "y.kiemphieu"), "--trust", head.shown]) == 0
    assert "được tin cậy theo --trust" in capsys.readouterr().out
    assert main(["import", str(src), "--db", str(tmp_path / "z.kiemphieu"), "--trust", "nope"]) == 2


def test_an_edited_file_with_final_never_imports_as_finalized(demo_db: Database, tmp_path: Path) -> None:
    """A hand-made `final` (no signature), or one whose signature was copied from another round: not finalized,
    even on the head's own station."""
    doc = export_of(demo_db, tmp_path / "demo.json")
    finals = [r["final"] for e in doc["elections"] for r in e["rounds"] if "final" in r]
    for f in finals:
        f.pop("key"), f.pop("signature")
        f["by"] = "Ai đó"
    path = write(tmp_path / "edited.json", {k: v for k, v in doc.items() if k != "signature"})
    assert {c.status for c in check_seals(path, Actor("demo", "x"))} == {"unsigned"}
    with import_file(path, tmp_path / "e.kiemphieu", Actor("demo", "x")) as db:
        assert not reports.seals(db)
    doc = export_of(demo_db, tmp_path / "demo2.json")
    finals = [r["final"] for e in doc["elections"] for r in e["rounds"] if "final" in r]
    finals[0]["by"] = "Ai đó"  # the head's signature no longer covers it
    path = write(tmp_path / "edited2.json", doc)
    checks = {(c.election, c.round): c.status for c in check_seals(path, Actor("demo", "x"))}
    assert sorted(checks.values()).count("invalid") == 1


def test_the_minutes_name_the_seals_key_and_the_qr_carries_the_seal(demo_db: Database) -> None:
    from app import printing
    from app.minutes.layout import minutes_document

    head = stations.stations(demo_db)[0]
    sealed = next(k for k in reports.seals(demo_db))
    m = printing.round_minutes(demo_db, *sealed)
    doc = minutes_document(m)
    assert m.signing_key == head.fingerprint and m.seal_signature
    assert doc.qr_text == f"kiemphieu-seal/1 {m.fingerprint} {head.fingerprint} {m.seal_signature}"
    texts = [b.text for b in _paras(doc.blocks)]
    assert grouped(head.fingerprint) in texts
    assert open_database  # the database module stays importable beside the minutes


def _paras(blocks: Any) -> list[Any]:
    from app.minutes.document import Keep, Para

    out = []
    for b in blocks:
        if isinstance(b, Para):
            out.append(b)
        elif isinstance(b, Keep):
            out.extend(_paras(b.blocks))
    return out
