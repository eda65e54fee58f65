"""The congress summary (the printed entry log: test_entry_log)."""

from __future__ import annotations

import io
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import docx
import pytest

from app.minutes import build_summary, render_docx, render_pdf
from app.minutes.wording import DRAFT_MARK
from tests.app.minutes_data import congress

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")


def pdf_text(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "x.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True, text=True).stdout
    return " ".join(out.split())


def docx_text(content: bytes) -> tuple[docx.document.Document, str]:
    d = docx.Document(io.BytesIO(content))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts += [c.text for c in row.cells]
    return d, "\n".join(parts)


def test_summary_lists_every_round_and_the_elected() -> None:
    data = congress()
    finalized = {(e.id, r.number): True for e in data.elections for r in e.rounds}
    s = build_summary(data, finalized=finalized)
    assert [(r.election, r.round) for r in s.rounds] == [
        ("bch", 1),
        ("bithu", 1),
        ("dbct", 1),
        ("dbct", 2),
        ("ubkt", 1),
        ("ubkt", 2),
        ("dbdk", 1),
        ("yk", 1),
    ]
    assert [r.outcome for r in s.rounds] == [
        "Đủ số lượng (9/9)",
        "Đủ số lượng (1/1)",
        "Bằng phiếu: 2 người cho 1 chỗ",
        "Đủ số lượng (1/1)",
        "Thiếu 1 người (2/3)",
        "Đủ số lượng (1/1)",
        "Đủ số lượng (2/2)",
        "Đủ điều kiện: 1 người",
    ]
    assert s.rounds[1].elected == ("Nguyễn Văn An, 1975 (101; 86,32%)",)
    assert not s.draft
    _, text = docx_text(render_docx(s))
    assert "TỔNG HỢP KẾT QUẢ BẦU CỬ" in text and "Nguyễn Văn An, 1975 (101; 86,32%)" in text


def test_summary_of_a_round_still_counting_concludes_nothing() -> None:
    data = congress()
    e = data.election("ubkt")
    data2 = replace(data, elections=(replace(e, rounds=(e.rounds[0], replace(e.rounds[1], ballots=()))),))
    s = build_summary(data2, finalized={})
    line = s.rounds[-1]
    assert (line.outcome, line.elected, line.status) == (
        "Chưa kiểm phiếu nào; kết quả bầu cử chưa được xác định.",
        (),
        "Bản nháp",
    )


@needs_poppler
def test_summary_pdf_is_a_draft_until_every_round_is_locked(tmp_path: Path) -> None:
    data = congress()
    s = build_summary(data, finalized={})
    text = pdf_text(render_pdf(s), tmp_path)
    assert "Bầu Ủy ban Kiểm tra Đảng ủy xã" in text
    assert (
        f"{DRAFT_MARK}. Lý do: – Lần bầu chưa chốt hoặc còn lỗi: Bầu Ban Chấp hành Đảng bộ xã khóa XXV (lần 1);" in text
    )
    assert "Trang" not in text
