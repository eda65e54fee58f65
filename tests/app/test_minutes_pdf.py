"""The PDF: same bytes for the same minutes, every font embedded, every name and number readable, the draft mark."""

from __future__ import annotations

import hashlib
import io
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from reportlab.pdfbase.ttfonts import TTFontFile

from app.minutes import minutes_for, render_pdf
from app.minutes.fonts import FACES, font_bytes
from app.minutes.pdf import qr_modules
from app.minutes.wording import DRAFT_MARK
from ballot.election import tally_all
from tests.app.minutes_data import committee, congress
from tests.app.test_minutes_model import check_golden

POPPLER = shutil.which("pdftotext") is not None and shutil.which("pdffonts") is not None
needs_poppler = pytest.mark.skipif(not POPPLER, reason="poppler-utils (pdftotext, pdffonts) not installed")


def vietnamese_letters() -> set[str]:
    """Every Vietnamese letter: a–z, đ, and every vowel with each tone mark, both cases, precomposed (NFC)."""
    vowels = "aăâeêioôơuưy"
    tones = ("", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323")
    letters = set("abcdefghijklmnopqrstuvwxyzđ")
    letters |= {unicodedata.normalize("NFC", v + t) for v in vowels for t in tones}
    return letters | {c.upper() for c in letters}


def pdf_text(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "m.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True, text=True).stdout


@pytest.mark.parametrize("filename", [f for _, f in FACES.values()])
def test_bundled_font_covers_every_vietnamese_letter(filename: str) -> None:
    letters = vietnamese_letters()
    assert len(letters) == 2 * (26 + 1 + 12 * 6 - 6)  # a–z, đ, 12 vowels × 6 tones (a e i o u y counted once)
    cmap = TTFontFile(io.BytesIO(font_bytes(filename))).charToGlyph
    assert all(len(ch) == 1 for ch in letters)
    missing = sorted(ch for ch in letters if ord(ch) not in cmap)
    assert missing == []


def test_same_minutes_same_bytes_and_golden_hash() -> None:
    data = congress()
    m = minutes_for(data, "bch", 1, finalized=True, results=tally_all(data))
    first, second = render_pdf(m), render_pdf(m)
    assert first == second
    assert first.startswith(b"%PDF-")
    check_golden("minutes-bch-1.pdf.sha256", hashlib.sha256(first).hexdigest() + "\n")


def test_qr_code_is_a_square_with_three_finder_patterns() -> None:
    m = qr_modules("a" * 64)
    n = len(m)
    assert all(len(row) == n for row in m) and n >= 21
    for r0, c0 in ((0, 0), (0, n - 7), (n - 7, 0)):
        ring = [m[r0][c0 + i] for i in range(7)] + [m[r0 + i][c0] for i in range(7)]
        assert all(ring)
        assert m[r0 + 3][c0 + 3] and not m[r0 + 1][c0 + 1]
    assert qr_modules("b" * 64) != m


@needs_poppler
def test_every_font_embedded_and_no_base14(tmp_path: Path) -> None:
    data = congress()
    path = tmp_path / "m.pdf"
    path.write_bytes(render_pdf(minutes_for(data, "ubkt", 1, finalized=False)))
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, check=True, text=True).stdout
    rows = out.splitlines()[2:]
    assert len(rows) >= 3
    for row in rows:
        assert "LiberationSerif" in row
        assert row.split()[-5:-2] == ["yes", "yes", "yes"], row  # embedded, subset, unicode map


@needs_poppler
def test_text_shows_every_name_and_number(tmp_path: Path) -> None:
    data = congress()
    m = minutes_for(data, "bch", 1, finalized=True)
    text = " ".join(pdf_text(render_pdf(m), tmp_path).split())
    expected = [
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "ĐẢNG BỘ XÃ THÁI TÂN",
        "Thái Tân, ngày 08 tháng 5 năm 2025",
        "BIÊN BẢN KIỂM PHIẾU",
        "Bầu Ban Chấp hành Đảng bộ xã khóa XXV",
        "Căn cứ Điều lệ Đảng Cộng sản Việt Nam;",
        "Điều 30 (nguyên tắc tính kết quả bầu cử)",
        "Số lượng cần bầu (Đại hội đã biểu quyết): 9 đồng chí.",
        "Tổng số đại biểu được triệu tập: 120",
        "Vắng mặt cả thời gian đại hội, không có dự khuyết thay: 2",
        "Số đại biểu làm cơ sở tính kết quả: 120 − 3 = 117",
        "Số đại biểu có mặt khi bỏ phiếu: 115",
        "Số phiếu cần đạt để trúng cử (quá một nửa của 117): 59 phiếu trở lên.",
        "Số phiếu phát ra: 115",
        "Số phiếu thu vào: 115",
        "Số phiếu hợp lệ: 112",
        "Số phiếu không hợp lệ: 3, trong đó:",
        "có dấu hiệu riêng: 1",
        "vừa đủ số lượng 9 đồng chí và có tỷ lệ quá bán",
        "chuẩn y",
        "Biên bản được thông qua trước Đại hội vào hồi",
        "TRƯỞNG BAN",
        "THÀNH VIÊN",
        "(ký, ghi rõ họ tên)",
        "Trần Thị Bình",
        "Phan Thị Xuân",
        "Trang 1/3",
        "Trang 3/3",
        f"Mã dữ liệu (SHA-256): {m.fingerprint[:16]}",
    ]
    expected += [f"{v.stt} {v.name} {v.votes} {v.percent}" for v in m.votes]
    expected += [f"{r.order} {r.name} {r.votes} {r.percent}" for r in m.elected]
    missing = [e for e in expected if e not in text]
    assert missing == []
    assert DRAFT_MARK not in text


@needs_poppler
def test_draft_carries_the_watermark_and_its_reasons(tmp_path: Path) -> None:
    m = minutes_for(congress(), "ubkt", 1, finalized=False)
    text = " ".join(pdf_text(render_pdf(m), tmp_path).split())
    assert f"{DRAFT_MARK}. Lý do:" in text
    assert "chưa được Ban kiểm phiếu chốt" in text
    assert text.count("Trang ") == 3


@needs_poppler
def test_agree_disagree_form_has_a_disagree_column(tmp_path: Path) -> None:
    text = " ".join(pdf_text(render_pdf(minutes_for(congress(), "bithu", 1, finalized=True)), tmp_path).split())
    assert "Đồng ý" in text and "Không" in text
    assert "1 Nguyễn Văn An (1975) 101 12 86,32% Trúng cử" in text
    assert "không đánh dấu hoặc đánh dấu cả hai ô: 2" in text


def test_a_long_list_fills_several_pages() -> None:
    from ballot.model import ElectionData
    from tests.app.minutes_data import CONGRESS

    data = ElectionData("qd190-2024", CONGRESS, (committee(ballots=117, candidates=60, seats=50),))
    pdf = render_pdf(minutes_for(data, "bch", 1, finalized=True))
    assert pdf.count(b"/Type /Page\n") >= 4
