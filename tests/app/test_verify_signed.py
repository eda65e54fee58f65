"""`kiemphieu verify FILE` on signed exports: who signed, and every change or removal named (exit 1)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from app.cli import main
from app.commands.verify import check_file
from app.fileformat import load
from app.keys import StationKey, create_station_key, grouped
from tests.app.signing import UID, signed_export


@pytest.fixture
def head(tmp_path: Path) -> StationKey:
    return create_station_key(tmp_path / "head")


@pytest.fixture
def demo_doc(tmp_path: Path, head: StationKey, examples: Path) -> dict[str, Any]:
    """The committee example, every round sealed and signed by the head, the file signed by the head."""
    return signed_export(load(examples / "committee-5-of-7.json").data, head)


def write(tmp_path: Path, doc: dict[str, Any], name: str = "f.json") -> Path:
    p = tmp_path / name
    p.write_text(json.dumps(doc, ensure_ascii=False, indent=1), encoding="utf-8")
    return p


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    assert "Traceback" not in out.err
    return code, out.out + out.err


def test_a_signed_export_verifies_and_names_its_signer(
    tmp_path: Path, head: StationKey, demo_doc: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, demo_doc)
    code, out = run(capsys, "verify", str(path))
    assert code == 0, out
    assert f"ký bởi khóa {grouped(head.fingerprint)} (Máy trưởng ban)" in out
    assert "dấu chốt ký bởi khóa" in out and "Đầu nhật ký đã ký: bản ghi #42" in out
    v = check_file(path)
    assert v["ok"] and v["signature"]["status"] == "valid" and v["log_head"]["status"] == "valid"
    assert all(r["seal"] == "match" and r["seal_signature"] == "valid" for r in v["rounds"])
    assert run(capsys, "verify", str(path), "--signer", grouped(head.fingerprint))[0] == 0
    code, out = run(capsys, "verify", str(path), "--signer", "0000-0000-0000-0000")
    assert code == 1 and "0000-0000-0000-0000" in out


def test_a_ballot_changed_seals_removed_or_both_fail_naming_the_signature(
    tmp_path: Path, demo_doc: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    """The issue's acceptance: one ballot changed, every seal removed, or both → exit 1 naming the signature."""
    changed = json.loads(json.dumps(demo_doc))
    rnd = changed["elections"][0]["rounds"][0]
    rnd["ballots"][0]["struck"] = [7] if rnd["ballots"][0].get("struck") != [7] else [6]
    unsealed = json.loads(json.dumps(demo_doc))
    for e in unsealed["elections"]:
        for r in e["rounds"]:
            r.pop("final")
    both = json.loads(json.dumps(changed))
    for e in both["elections"]:
        for r in e["rounds"]:
            r.pop("final")
    for name, doc in (("changed", changed), ("unsealed", unsealed), ("both", both)):
        code, out = run(capsys, "verify", str(write(tmp_path, doc, name)))
        assert code == 1, name
        assert "CHỮ KÝ CỦA TỆP KHÔNG ĐÚNG" in out, name
    assert "KHÔNG KHỚP" in run(capsys, "verify", str(write(tmp_path, changed)))[1]


def test_a_stripped_signature_is_named_as_removed(
    tmp_path: Path, demo_doc: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    stripped = {k: v for k, v in demo_doc.items() if k != "signature"}
    code, out = run(capsys, "verify", str(write(tmp_path, stripped)))
    assert code == 1 and "CHỮ KÝ CỦA TỆP ĐÃ BỊ GỠ" in out
    no_head = {k: v for k, v in stripped.items() if k != "log_head"}
    assert check_file(write(tmp_path, no_head))["signature"]["status"] == "removed"  # the seals still carry keys


def test_a_file_resigned_with_a_made_up_key_fails_on_the_seals(
    tmp_path: Path, head: StationKey, demo_doc: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    """Changing a ballot, recomputing the fingerprint and re-signing the file with one's own key: the seal is
    the head's, so it fails; and the file is not signed by the head's key the committee knows."""
    from app.fileformat.writer import fingerprint
    from app.filesig import sign_document
    from app.keys import create_station_key

    forger = create_station_key(tmp_path / "forger")
    doc = json.loads(json.dumps(demo_doc))
    rnd = doc["elections"][0]["rounds"][0]
    rnd["ballots"][0]["struck"] = [7] if rnd["ballots"][0].get("struck") != [7] else [6]
    lf = load(write(tmp_path, doc, "tmp.json"))
    e = lf.data.elections[0]
    rnd["final"]["fingerprint"] = fingerprint(lf.data, e, e.rounds[0])
    forged = sign_document(doc, forger, "2025-05-20T17:00:00.000+07:00")
    v = check_file(write(tmp_path, forged))
    assert v["signature"]["status"] == "valid" and v["signature"]["fingerprint"] == forger.fingerprint
    assert v["signature"]["name"] is None  # not a registered station
    assert v["rounds"][0]["seal_signature"] == "invalid" and not v["ok"]
    code, out = run(capsys, "verify", str(write(tmp_path, forged)), "--signer", head.fingerprint)
    assert code == 1 and "CHỮ KÝ CỦA DẤU CHỐT" in out and "KHÔNG ĐƯỢC KÝ BỞI KHÓA" in out


def test_unsigned_files_verify_as_before_and_say_so(examples: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run(capsys, "verify", str(examples / "cell-tie.json"))
    assert code == 0 and "không có chữ ký" in out
    v = check_file(examples / "cell-tie.json")
    assert v["signature"]["status"] == "unsigned" and v["log_head"]["status"] == "absent"


def test_json_verdict_and_a_malformed_signature_block(
    tmp_path: Path, demo_doc: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = run(capsys, "verify", str(write(tmp_path, demo_doc)), "--json")
    assert code == 0 and json.loads(out)["format"] == "kiemphieu-verify/1"
    for bad in ("x", {"algorithm": "rsa"}, {**demo_doc["signature"], "fingerprint": "0" * 16}):
        v = check_file(write(tmp_path, {**demo_doc, "signature": bad}))
        assert v["signature"]["status"] == "invalid" and not v["ok"]
    head_bad = {**demo_doc, "log_head": {**demo_doc["log_head"], "seq": 43}}
    assert check_file(write(tmp_path, head_bad))["log_head"]["status"] == "invalid"
    assert check_file(write(tmp_path, {**demo_doc, "log_head": []}))["log_head"]["status"] == "invalid"
    other_congress = {**demo_doc, "congress_uid": UID.replace("5", "6")}
    v = check_file(write(tmp_path, other_congress))
    assert v["log_head"]["status"] == "invalid" and {r["seal_signature"] for r in v["rounds"]} == {"invalid"}


def test_a_handover_signature_is_no_election_signature(tmp_path: Path, head: StationKey) -> None:
    from app.filesig import file_signature, sign_document

    doc = sign_document({"format": "kiemphieu-handover/1", "passes": []}, head, "2025-05-20T10:00", "handover")
    assert file_signature(doc, "handover")["status"] == "valid"
    assert file_signature(doc)["status"] == "invalid"
