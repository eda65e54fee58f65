"""The whole congress of issue 12 (a nomination ballot, withdrawals, a pause): every round prints or is refused with
its code, the summary reports the nomination ballot, the export proposes rather than elects."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import openpyxl
import pytest

from app.cli import main
from app.minutes import build_summary, document, minutes_for, render_docx, render_pdf
from app.minutes.source import from_file
from app.results.export import csv_bytes, xlsx_bytes
from tests.app.test_fileformat_added import congress_doc
from tests.app.test_minutes_model import as_json, check_golden


@pytest.fixture
def path(tmp_path: Path) -> Path:
    p = tmp_path / "dh.json"
    p.write_text(json.dumps(congress_doc(), ensure_ascii=False), encoding="utf-8")
    return p


def test_every_round_prints_the_nomination_ballot_too(path: Path, tmp_path: Path) -> None:
    src = from_file(str(path))
    for e in src.data.elections:
        for r in e.rounds:
            m = minutes_for(src.data, e.id, r.number, finalized=False, results=src.results)
            assert render_pdf(m).startswith(b"%PDF") and render_docx(m)[:2] == b"PK"
    out = tmp_path / "gt.pdf"
    assert main(["minutes", str(path), "--election", "gtbt", "-o", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")


def test_the_nomination_minutes_rank_propose_and_quote_the_heads_choice(path: Path) -> None:
    """Count per name in ranking, the proposed, the tie the head settled and the head's choice with who and when."""
    src = from_file(str(path))
    m = minutes_for(src.data, "gtbt", 1, finalized=True, results=src.results)
    check_golden("minutes-gtbt-1.json", as_json(m))
    assert m.nomination and m.seats_label.startswith("Số tên tối đa")
    assert [(v.name, v.votes) for v in m.votes] == [("Nguyễn Văn An", 9), ("Trần Thị Bích", 9), ("Lê Hoàng Cường", 0)]
    assert [r.name for r in m.elected] == ["Trần Thị Bích"]
    assert (
        m.outcome[-1]
        == "Trưởng ban kiểm phiếu, đồng chí Trần Thị Bình, đã lựa chọn (9:40): đồng chí Trần Thị Bích; Trưởng ban chọn."
    )
    assert [x.label for x in m.ballots.invalid_reasons] == ["ghi tên người ngoài danh sách giới thiệu"]
    assert m.approval.startswith("Kết quả phiếu giới thiệu")
    assert "những đồng chí trúng cử" in m.list_intro
    text = "\n".join(p.text for p in document(m).blocks if hasattr(p, "text"))
    assert "I. DANH SÁCH GIỚI THIỆU" in text and "IV. KẾT QUẢ PHIẾU GIỚI THIỆU" in text


def test_the_list_minutes_show_the_withdrawals_and_the_votes(path: Path) -> None:
    src = from_file(str(path))
    m = minutes_for(src.data, "bch", 1, finalized=True, results=src.results)
    check_golden("minutes-bch-withdrawals.json", as_json(m))
    assert m.withdrawals == (
        "Đồng chí Đặng Thu Hà xin rút khỏi danh sách (lý do: Hoàn cảnh gia đình); Đoàn Chủ tịch đề nghị Đại hội cho "
        "rút; Đại hội biểu quyết bằng giơ tay: 18 đồng ý, 1 không đồng ý, 1 không biểu quyết (cần từ 11 trở lên để "
        "thông qua): đồng chí được rút khỏi danh sách.",
    )
    assert "Đặng Thu Hà" not in [c.name for c in m.candidates]
    text = "\n".join(p.text for p in document(m).blocks if hasattr(p, "text"))
    assert "Việc xin rút khỏi danh sách:" in text


def test_the_summary_prints_the_pause(path: Path) -> None:
    src = from_file(str(path))
    s = build_summary(src.data, src.results, finalized={k: True for k in src.finalized})
    assert s.pauses == (
        "ubkt_cn: tạm dừng bầu để xin ý kiến Ban Thường vụ cấp ủy cấp trên (đồng chí Bùi Thị Lệ, người được dự kiến, "
        "không trúng cử vào cấp ủy), theo quyết định của Ban Chấp hành khóa mới ngày 12/06/2025: Xin ý kiến "
        "Ban Thường vụ Huyện ủy.",
    )


def test_the_summary_reports_the_nomination_ballot(path: Path) -> None:
    src = from_file(str(path))
    s = build_summary(src.data, src.results, finalized={k: True for k in src.finalized})
    line = next(r for r in s.rounds if r.election == "gtbt")
    assert line.status == "Đã chốt" and line.outcome.startswith("Giới thiệu 1 người")
    assert any(a.startswith("Kết quả phiếu giới thiệu được báo cáo Đoàn Chủ tịch") for a in s.approval)
    assert render_pdf(s).startswith(b"%PDF")


def test_the_export_proposes_rather_than_elects(path: Path) -> None:
    src = from_file(str(path))
    rows = [r for r in csv.DictReader(io.StringIO(csv_bytes(src).decode("utf-8-sig"))) if r["Mã cuộc bầu"] == "gtbt"]
    assert {r["Kết quả"] for r in rows} >= {"Được giới thiệu"}
    assert all(r["Số phiếu cần đạt"] == "" for r in rows)
    wb = openpyxl.load_workbook(io.BytesIO(xlsx_bytes(src)))
    cells = [row[0] for ws in wb.worksheets[1:] for row in ws.iter_rows(values_only=True)]
    assert "Được giới thiệu" in cells
