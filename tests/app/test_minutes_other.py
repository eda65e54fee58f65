"""The Word minutes, the congress summary and the printed entry log."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import docx
import pytest

from app.minutes import build_summary, minutes_for, render_docx, render_pdf
from app.minutes.fonts import DOCX_FONT
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


def test_word_minutes_carry_the_same_content() -> None:
    m = minutes_for(congress(), "dbct", 1, finalized=False)
    d, text = docx_text(render_docx(m))
    assert d.styles["Normal"].font.name == DOCX_FONT
    for needed in (m.title, m.subject, m.percent_header, m.elected_intro, *m.outcome, m.adoption, m.head, *m.members):
        assert needed in text
    for v in m.votes:
        assert v.name in text and v.percent in text
    footer = d.sections[0].footer.paragraphs[0].text
    assert m.fingerprint in footer
    assert DRAFT_MARK in d.sections[0].header.paragraphs[0].text
    assert "Trang" in footer


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
        ("yk", 1),
    ]
    assert [r.outcome for r in s.rounds] == [
        "Đủ số lượng (9/9)",
        "Đủ số lượng (1/1)",
        "Bằng phiếu: 2 người cho 1 chỗ",
        "Đủ số lượng (1/1)",
        "Thiếu 1 người (2/3)",
        "Đủ điều kiện: 1 người",
    ]
    assert s.rounds[1].elected == ("Nguyễn Văn An (101; 86,32%)",)
    assert not s.draft
    partly = build_summary(data, finalized={**finalized, ("yk", 1): False})
    assert partly.draft and partly.fingerprint == s.fingerprint
    _, text = docx_text(render_docx(s))
    assert "TỔNG HỢP KẾT QUẢ BẦU CỬ" in text and "Nguyễn Văn An (101; 86,32%)" in text


@needs_poppler
def test_summary_pdf_is_one_page(tmp_path: Path) -> None:
    data = congress()
    s = build_summary(data, finalized={})
    text = pdf_text(render_pdf(s), tmp_path)
    assert "Trang 1/1" in text
    assert "Bầu Ủy ban Kiểm tra Đảng ủy xã" in text
    assert DRAFT_MARK in text
