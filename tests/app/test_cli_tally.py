"""`kiemphieu tally` and `verify` on files: the public examples, bad files, readable output."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from app.cli import main
from tests.conftest import ROOT, SHARED


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True, cwd=ROOT, timeout=120)


def test_public_examples_give_exactly_their_results(examples: Path) -> None:
    """shared/spec/check_examples.py through the real command: every example gives its .result.json."""
    p = subprocess.run(
        [
            sys.executable,
            str(SHARED / "spec" / "check_examples.py"),
            "--cmd",
            f"{sys.executable} -m app",
            str(examples),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    assert p.returncode == 0, p.stdout + p.stderr
    assert " 0 failed" in p.stdout


def _example(examples: Path, name: str = "direct-secretary.json") -> dict[str, Any]:
    return json.loads((examples / name).read_text(encoding="utf-8"))


def _bad(doc: dict[str, Any]) -> dict[str, Any]:
    return copy.deepcopy(doc)


BAD_CASES = {
    "unknown candidate": (
        lambda d: d["elections"][0]["rounds"][0]["ballots"][17].update(struck=[99]),
        "ballots[17].struck",
        "99",
    ),
    "duplicate candidate": (lambda d: d["elections"][0]["candidates"][1].update(no=1), "candidates[1].no", "trùng"),
    "negative count": (
        lambda d: d["elections"][1]["rounds"][0]["ballots"][0].update(count=-3),
        "ballots[0].count",
        "-3",
    ),
    "foreign format": (lambda d: d.update(format="other-tool/2"), "format", "other-tool/2"),
    "outside the pool": (
        lambda d: d["elections"][1]["candidates"][0].update(name="Võ Quang Khải"),
        "elections[1].candidates[0]",
        "không thuộc",
    ),
    "missing seats": (lambda d: d["elections"][0].pop("seats"), "elections[0].seats", "thiếu"),
    "wrong form": (lambda d: d["elections"][1]["rounds"][0]["ballots"][0].update(struck=[3]), "ballots[0]", "struck"),
    "wrong form alone": (
        lambda d: d["elections"][1]["rounds"][0]["ballots"].append({"struck": [3]}),
        "ballots[3].struck",
        "mẫu",
    ),
}


@pytest.mark.parametrize("case", sorted(BAD_CASES))
def test_bad_files_exit_2_with_one_clear_message(examples: Path, tmp_path: Path, case: str) -> None:
    """Exit 2, one message naming the place, nothing on stdout, no traceback (spec: command-line contract)."""
    change, place, word = BAD_CASES[case]
    doc = _bad(_example(examples))
    change(doc)
    f = tmp_path / "bad.json"
    f.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    p = run("tally", str(f), "--json")
    assert p.returncode == 2, p.stderr
    assert p.stdout == ""
    assert "Traceback" not in p.stderr
    assert place in p.stderr and word in p.stderr
    assert len(p.stderr.strip().splitlines()) == 1


def test_truncated_and_non_utf8_and_missing_files(examples: Path, tmp_path: Path) -> None:
    """A file cut short, a file that is not UTF-8, a file that is not there: exit 2 with a message."""
    text = (examples / "cell-tie.json").read_text(encoding="utf-8")
    cut = tmp_path / "cut.json"
    cut.write_text(text[: len(text) // 2], encoding="utf-8")
    latin = tmp_path / "latin.json"
    latin.write_bytes('{"a": "Nguy\xean"}'.encode("latin-1"))
    for f, word in (
        (cut, "cắt cụt"),
        (latin, "UTF-8"),
        (tmp_path / "none.json", "không tìm thấy"),
        (tmp_path, "thư mục"),
    ):
        p = run("tally", str(f), "--json")
        assert p.returncode == 2 and p.stdout == "" and word in p.stderr and "Traceback" not in p.stderr


def test_readable_table_in_vietnamese(examples: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Without --json: candidates, votes, % of the base with a decimal comma, the tie in words."""
    assert main(["tally", str(examples / "cell-tie.json")]) == 0
    out = capsys.readouterr().out
    assert "Trần Thị Bích" in out and "60,00%" in out and "BẰNG PHIẾU" in out and "cần ít nhất 11 phiếu" in out


def test_election_and_round_filters(examples: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--election and --round select; an unknown one is exit 2 with a message."""
    assert (
        main(["tally", str(examples / "direct-secretary.json"), "--election", "bithu", "--round", "1", "--json"]) == 0
    )
    doc = json.loads(capsys.readouterr().out)
    assert [r["election"] for r in doc["results"]] == ["bithu"]
    assert main(["tally", str(examples / "direct-secretary.json"), "--election", "nope"]) == 2
    assert "nope" in capsys.readouterr().err
    assert main(["tally", str(examples / "direct-secretary.json"), "--round", "7"]) == 2


def test_verify_compares_recorded_fingerprints(
    examples: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A sealed round whose data changed afterwards makes verify exit 1 and name it."""
    from app.fileformat import load
    from app.fileformat.writer import document, fingerprint

    lf = load(examples / "cell-tie.json")
    e = lf.data.elections[0]
    from app.fileformat import Seal

    seals = {(e.id, 1): Seal(fingerprint(lf.data, e, e.rounds[0]), "2025-06-12T10:00", "Trần Thị Bình")}
    doc = document(lf.data, seals)
    good = tmp_path / "good.json"
    good.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    assert main(["verify", str(good)]) == 0
    assert "khớp" in capsys.readouterr().out
    doc["elections"][0]["rounds"][0]["ballots"][0]["struck"] = [4]
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    assert main(["verify", str(bad)]) == 1
    assert "KHÔNG KHỚP" in capsys.readouterr().out
    assert main(["verify", str(examples / "cell-tie.json")]) == 0
    assert "chưa chốt" in capsys.readouterr().out


def test_a_bug_writes_a_log_not_a_traceback(
    monkeypatch: pytest.MonkeyPatch, examples: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """An unexpected fault: exit 3, a Vietnamese message naming the log file, no traceback on screen."""
    import app.commands.tally as tally

    monkeypatch.setenv("KIEMPHIEU_LOG_DIR", str(tmp_path))
    monkeypatch.setattr(tally, "tally_all", lambda data: 1 / 0)
    assert main(["tally", str(examples / "cell-tie.json")]) == 3
    err = capsys.readouterr().err
    assert "lỗi nội bộ" in err and "Traceback" not in err
    assert "ZeroDivisionError" in next(tmp_path.glob("crash-*.log")).read_text(encoding="utf-8")


def test_tally_path_does_not_import_qt_or_sqlalchemy(examples: Path) -> None:
    """The command-line tally must stay light: no Qt (and no database) on its path."""
    code = (
        "import sys; from app.cli import main; "
        f"main(['tally', {str(examples / 'cell-tie.json')!r}, '--json']); "
        "assert not any(m.startswith(('PySide6', 'reportlab', 'sqlalchemy')) for m in sys.modules), sorted(sys.modules)"
    )
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert p.returncode == 0, p.stderr
