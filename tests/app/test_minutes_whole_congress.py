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
from app.minutes import build_summary, minutes_for, render_docx, render_pdf
from app.minutes.source import from_file
from app.results.export import csv_bytes, xlsx_bytes
from ballot.model import ElectionKind
from tests.app.test_fileformat_added import congress_doc


@pytest.fixture
def path(tmp_path: Path) -> Path:
    p = tmp_path / "dh.json"
    p.write_text(json.dumps(congress_doc(), ensure_ascii=False), encoding="utf-8")
    return p


def test_every_round_prints_and_a_nomination_ballot_waits_for_its_own_minutes(
    path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = from_file(str(path))
    nominations = [e for e in src.data.elections if e.kind is ElectionKind.NOMINATION]
    assert nominations
    for e in src.data.elections:
        for r in e.rounds:
            if e.kind is ElectionKind.NOMINATION:
                out = tmp_path / "gt.pdf"
                assert main(["minutes", str(path), "--election", e.id, "-o", str(out)]) == 2
                assert "[minutes.nomination_not_ready" in capsys.readouterr().err and not out.exists()
                continue
            m = minutes_for(src.data, e.id, r.number, finalized=False, results=src.results)
            assert render_pdf(m).startswith(b"%PDF") and render_docx(m)[:2] == b"PK"


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
