"""`kiemphieu minutes`: from a file or a database, PDF or Word, summary and log; bad input exits 2."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

import docx
import pytest

from app.cli import main
from app.fileformat import Seal
from app.fileformat.writer import dumps, fingerprint
from app.minutes import minutes_for
from tests.app.minutes_data import congress


def write_file(tmp_path: Path, sealed: bool, tamper: bool = False) -> Path:
    data = congress()
    e = data.election("bch")
    seals = {("bch", 1): Seal(fingerprint(data, e, e.rounds[0]), "2025-05-08T10:00", "Trần Thị Bình")} if sealed else {}
    text = dumps(data, seals)
    if tamper:
        text = text.replace('"ballots_issued": 115', '"ballots_issued": 116', 1)
    path = tmp_path / "dh.json"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("sealed", "tamper", "draft"), [(True, False, False), (False, False, True), (True, True, True)]
)
def test_minutes_from_file_final_only_when_the_seal_matches(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], sealed: bool, tamper: bool, draft: bool
) -> None:
    src = write_file(tmp_path, sealed, tamper)
    out = tmp_path / "bb.pdf"
    assert main(["minutes", str(src), "--election", "bch", "-o", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF-")
    said = capsys.readouterr().out
    assert "Biên bản kiểm phiếu bch, lần 1: đã ghi" in said
    assert ("BẢN NHÁP" in said) is draft
    from app.minutes.source import from_file

    src_ = from_file(str(src))
    assert src_.changed[("bch", 1)] is tamper
    m = minutes_for(src_.data, "bch", 1, finalized=src_.finalized[("bch", 1)], changed=src_.changed[("bch", 1)])
    reason = "Dữ liệu của lần bầu này khác" if tamper else "Lần bầu này chưa được"
    assert m.draft is draft and (not draft or m.problems[0].startswith(reason))


def test_word_and_summary_from_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = write_file(tmp_path, True)
    out = tmp_path / "bb.docx"
    assert main(["minutes", str(src), "--election", "dbct", "-o", str(out)]) == 0
    d = docx.Document(io.BytesIO(out.read_bytes()))
    assert any("(lần thứ 2, bầu giữa những người bằng phiếu)" in p.text for p in d.paragraphs)
    summary = tmp_path / "th.pdf"
    capsys.readouterr()
    assert main(["minutes", str(src), "--summary", "-o", str(summary)]) == 0
    assert summary.read_bytes().startswith(b"%PDF-")
    from app.fileformat import load
    from app.results import congress_fingerprint

    said = capsys.readouterr().out
    assert f"Mã tổng hợp của đại hội (SHA-256): {congress_fingerprint(load(str(src)).data)}" in said


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["--election", "x"],
            "Không có cuộc bầu mã x (các mã có: bch, bithu, dbct, ubkt, dbdk, yk). [minutes.no_election",
        ),
        (["--election", "bch", "--round", "4"], "không có lần bầu thứ 4"),
        ([], "Cần chỉ ra cuộc bầu: --election MÃ."),
        (["--log"], "Nhật ký nhập phiếu chỉ có trong cơ sở dữ liệu"),
        (["--summary", "--election", "bch", "--db", "x.sqlite"], "Cần chỉ ra đúng một nguồn dữ liệu"),
    ],
)
def test_bad_input_exits_2_with_a_vietnamese_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    src = write_file(tmp_path, False)
    assert main(["minutes", str(src), *args, "-o", str(tmp_path / "o.pdf")]) == 2
    err = capsys.readouterr().err
    assert message in err
    assert "Traceback" not in err
    assert not (tmp_path / "o.pdf").exists()


def test_unwritable_output_and_wrong_suffix(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = write_file(tmp_path, False)
    assert main(["minutes", str(src), "--election", "bch", "-o", str(tmp_path / "none" / "o.pdf")]) == 2
    assert "thư mục không tồn tại" in capsys.readouterr().err
    assert main(["minutes", str(src), "--election", "bch", "-o", str(tmp_path) + "/"]) == 2
    assert main(["minutes", str(src), "--election", "bch", "-o", str(tmp_path / "o.txt")]) == 2
    assert "đuôi .pdf hoặc .docx" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dh.json"]  # nothing half-written left behind


def test_from_database_minutes_summary_and_log(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from app import congress as congress_svc
    from app import rounds
    from app.db import Actor
    from app.transfer import import_data

    data = congress()
    db = tmp_path / "dh.sqlite"
    who = Actor("M1", "Nguyễn Thị Nhập")
    with congress_svc.create(db, data.congress, who, head_pin="123456") as d:
        with d.writing(who) as tx:
            import_data(tx, data, {})
        fp = rounds.finalize(d, who, "bch", 1, "123456").fingerprint
    out = tmp_path / "bb.pdf"
    assert main(["minutes", "--db", str(db), "--election", "bch", "-o", str(out)]) == 0
    said = capsys.readouterr().out
    assert fp in said and "BẢN NHÁP" not in said
    assert main(["minutes", "--db", str(db), "--election", "ubkt", "-o", str(out)]) == 0
    assert "BẢN NHÁP" in capsys.readouterr().out
    assert main(["minutes", "--db", str(db), "--summary", "-o", str(tmp_path / "th.docx")]) == 0
    assert main(["minutes", "--db", str(db), "--log", "-o", str(tmp_path / "nk.pdf")]) == 0
    said = capsys.readouterr().out
    assert "Nhật ký nhập phiếu (" in said and "Mã băm bản ghi cuối:" in said
    assert main(["minutes", "--db", str(tmp_path / "none.sqlite"), "--summary", "-o", str(out)]) == 2
    assert "Không tìm thấy cơ sở dữ liệu" in capsys.readouterr().err


def test_from_database_pending_stacks_are_among_the_draft_reasons(tmp_path: Path) -> None:
    """In double entry, a stack not yet definitive keeps the minutes a draft and says why (E112)."""
    from app import congress as congress_svc
    from app import elections, stacks, teams
    from app.commands.minutes import from_db
    from app.db import Actor
    from app.minutes import minutes_for

    data = congress()
    db = tmp_path / "dh.sqlite"
    who = Actor("M1", "Nguyễn Thị Nhập")
    with congress_svc.create(db, data.congress, who, head_pin="123456") as d:
        elections.add(d, who, replace(data.election("ubkt"), rounds=()))
        congress_svc.set_entry_mode(d, who, 2, "123456")
        teams.add_team(d, who, "Tổ 1", ("Nguyễn Thị Nhập", "Lê Văn Hai"))
        stacks.open_stack(d, who, "ubkt", 1, "Tổ 1", 3)
    src = from_db(str(db))
    assert src.pending == {("ubkt", 1): 1}
    m = minutes_for(src.data, "ubkt", 1, finalized=False, results=src.results, pending_stacks=src.pending[("ubkt", 1)])
    assert m.draft and "E112" in m.codes
    assert any(p.startswith("Còn 1 tập phiếu chưa xác định") for p in m.problems)
