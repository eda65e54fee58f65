"""The PDF as an archivist reads it, page by page (pdftotext): wording required and forbidden, the signature page,
page numbers, the full code equal to what `kiemphieu verify` prints; same bytes for the same minutes; fonts."""

from __future__ import annotations

import hashlib
import io
import re
import shutil
import subprocess
import unicodedata
from dataclasses import replace
from pathlib import Path

import pytest
from reportlab.pdfbase.ttfonts import TTFontFile

from app.cli import main
from app.fileformat import Seal
from app.fileformat.writer import dumps, fingerprint
from app.minutes import Minutes, build_summary, minutes_for, render_pdf
from app.minutes.fonts import FACES, font_bytes
from app.minutes.layout import name_with_note
from app.minutes.pdf import qr_modules
from app.minutes.wording import DRAFT_MARK, grouped
from ballot.election import tally_all
from ballot.model import ElectionData
from ballot.rulesets import ruleset
from tests.app.minutes_data import big_committee, committee_15_of_18, congress
from tests.app.test_minutes_model import ROUNDS, check_golden

POPPLER = shutil.which("pdftotext") is not None and shutil.which("pdffonts") is not None
needs_poppler = pytest.mark.skipif(not POPPLER, reason="poppler-utils (pdftotext, pdffonts) not installed")
FORBIDDEN = ("Chính thức", "Thành viên", "THÀNH VIÊN", "Ban Tổ chức Trung ương")


def vietnamese_letters() -> set[str]:
    """Every Vietnamese letter: a–z, đ, and every vowel with each tone mark, both cases, precomposed (NFC)."""
    vowels = "aăâeêioôơuưy"
    tones = ("", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323")
    letters = set("abcdefghijklmnopqrstuvwxyzđ")
    letters |= {unicodedata.normalize("NFC", v + t) for v in vowels for t in tones}
    return letters | {c.upper() for c in letters}


def pages(pdf: bytes, tmp_path: Path) -> list[str]:
    """The text of each page, laid out as printed."""
    path = tmp_path / "m.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(
        ["pdftotext", "-layout", "-nodiag", str(path), "-"], capture_output=True, check=True, text=True
    ).stdout
    return out.split("\f")[:-1]


def flat(text: str) -> str:
    return " ".join(text.split())


def all_minutes() -> list[Minutes]:
    """Every kind of round, final and draft, plus 220 names and a 15-of-18 committee."""
    data = congress()
    results = tally_all(data)
    out = [minutes_for(data, e, r, finalized=f, results=results) for e, r in ROUNDS for f in (True, False)]
    out.append(minutes_for(big_committee(), "bch", 1, finalized=True))
    out.append(
        minutes_for(ElectionData("qd190-2024", data.congress, (committee_15_of_18(),)), "bch18", 1, finalized=True)
    )
    return out


MINUTES = all_minutes()


def signature_page(texts: list[str]) -> tuple[int, str]:
    found = [(i, t) for i, t in enumerate(texts) if "TRƯỞNG BAN" in t]
    assert len(found) == 1, "one page carries the signatures"
    return found[0]


@needs_poppler
@pytest.mark.parametrize("m", MINUTES, ids=lambda m: f"{m.election}-{m.round}-{'draft' if m.draft else 'final'}")
def test_every_round_reads_right_page_by_page(m: Minutes, tmp_path: Path) -> None:
    texts = pages(render_pdf(m), tmp_path)
    whole = flat(" ".join(texts))
    # the signatures share their page with the adoption line, the end of the result and the full code
    n, sig = signature_page(texts)
    sig_flat = flat(sig)
    assert "Biên bản được thông qua trước Đại hội vào hồi" in sig_flat
    if m.elected:
        last = m.elected[-1]
        assert re.search(rf"^\s*{last.order}\s+{re.escape(name_with_note(last.name, last.note))}\s", sig, re.M)
    else:
        assert flat(m.outcome[0])[:60] in sig_flat
    assert grouped(m.fingerprint) in sig_flat
    assert n == len(texts) - 1
    # page numbers: none on the first page, then the number alone at the top centre
    assert texts[0].strip().splitlines()[0].split()[0] != "1"
    for k, text in enumerate(texts[1:], 2):
        assert text.strip().splitlines()[0].strip() == str(k)
    # the header: the congress and its term each on a line, the locality and the date
    lines = [line.strip() for line in texts[0].splitlines()]
    assert any(line.startswith("ĐẠI HỘI ĐẠI BIỂU LẦN THỨ") and "NHIỆM KỲ" not in line for line in lines)
    assert any(line.startswith("NHIỆM KỲ 2025–2030") for line in lines)
    assert re.search(r"(Thái Tân|Thái Bình), ngày \d\d tháng \d+ năm 2025", whole)
    # the wording the templates require
    for needed in (
        "Đại hội đã cử Ban kiểm phiếu gồm các đồng chí:",
        ", Ủy viên",
        "CÁC ỦY VIÊN",
        f"Căn cứ {ruleset('qd190-2024').guidance};",
        "(ký, ghi rõ họ tên)",
    ):
        assert needed in whole
    assert ("vắng mặt lúc bầu cử" in whole) is not m.opinion
    assert ("được triệu tập:" in whole) is not m.opinion
    # and what it must never say
    for wrong in (*FORBIDDEN, f"{m.election}, lần", f"{m.election} lần", "[W", "[E"):
        assert wrong not in whole, wrong
    assert not re.search(r"Trang \d+/\d+", whole)
    assert (DRAFT_MARK in whole) is m.draft
    if m.subject.endswith("bầu giữa những người bằng phiếu)"):
        assert "1 phiếu trở lên" not in whole and "quá một nửa của" not in whole
        assert "đồng chí có số phiếu cao hơn trúng cử" in whole
    if m.seats_label.startswith("Số lượng đại biểu"):  # delegates are allocated from above, not voted
        assert f"{m.seats_label}: {m.seats} đồng chí." in whole
        assert "(Đại hội đã biểu quyết): " not in whole


@needs_poppler
def test_summary_page_by_page(tmp_path: Path) -> None:
    data = congress()
    finalized = {(e.id, r.number): True for e in data.elections for r in e.rounds}
    for s in (build_summary(data, finalized=finalized), build_summary(data, finalized={})):
        texts = pages(render_pdf(s), tmp_path)
        whole = flat(" ".join(texts))
        _, sig = signature_page(texts)
        assert grouped(s.fingerprint) in flat(sig)
        assert "Kết quả bầu đại biểu dự đại hội cấp trên được báo cáo" in flat(sig)
        for wrong in FORBIDDEN:
            assert wrong not in whole
        assert ("chờ chuẩn y" in whole) is not s.draft
        assert (DRAFT_MARK in whole) is s.draft
        assert "Nguyễn Văn An, 1975" in whole and "86,32%" in whole


def sealed_file(tmp_path: Path) -> Path:
    data = congress()
    seals = {
        (e.id, r.number): Seal(fingerprint(data, e, r), "2025-05-08T17:00", "Trần Thị Bình")
        for e in data.elections
        for r in e.rounds
    }
    path = tmp_path / "dh.json"
    path.write_text(dumps(data, seals), encoding="utf-8")
    return path


@needs_poppler
def test_the_printed_codes_are_those_kiemphieu_verify_prints(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = sealed_file(tmp_path)
    assert main(["verify", str(src)]) == 0
    said = capsys.readouterr().out
    printed = dict(re.findall(r"^(\w+ lần \d+): khớp — ([0-9a-f]{64})$", said, re.M))
    congress_code = re.search(r"^Mã tổng hợp của đại hội .*: ([0-9a-f]{64})$", said, re.M)
    assert congress_code is not None and len(printed) == len(ROUNDS)
    for election, round_no in (("bch", 1), ("dbct", 2), ("yk", 1)):
        out = tmp_path / "bb.pdf"
        assert main(["minutes", str(src), "--election", election, "--round", str(round_no), "-o", str(out)]) == 0
        _, sig = signature_page(pages(out.read_bytes(), tmp_path))
        code = re.search(r"((?:[0-9a-f]{4} ){15}[0-9a-f]{4})", flat(sig))
        assert code is not None and code.group(1).replace(" ", "") == printed[f"{election} lần {round_no}"]
    out = tmp_path / "th.pdf"
    assert main(["minutes", str(src), "--summary", "-o", str(out)]) == 0
    _, sig = signature_page(pages(out.read_bytes(), tmp_path))
    assert grouped(congress_code.group(1)) in flat(sig)


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
    text = flat(" ".join(pages(render_pdf(m), tmp_path)))
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
        "Số đại biểu có mặt lúc bầu cử: 115",
        "Số đại biểu vắng mặt lúc bầu cử: 5",
        "Số phiếu cần đạt để trúng cử (quá một nửa của 117): 59 phiếu trở lên.",
        "Số phiếu phát ra: 115",
        "Số phiếu thu vào: 115",
        "Số phiếu hợp lệ: 112",
        "Số phiếu không hợp lệ: 3, trong đó:",
        "có dấu hiệu riêng: 1",
        "vừa đủ số lượng 9 đồng chí và có tỷ lệ quá bán",
        "chuẩn y",
        "1. Đồng chí Trần Thị Bình, Trưởng ban",
        "2. Đồng chí Lê Văn Cường, Ủy viên",
        "TRƯỞNG BAN",
        "Phan Thị Xuân",
        f"Mã dữ liệu (SHA-256): {grouped(m.fingerprint[:16])} …",
    ]
    expected += [f"{v.stt} {v.name} {v.votes} {v.percent}" for v in m.votes]
    expected += [f"{r.order} {r.name} {r.votes} {r.percent}" for r in m.elected]
    missing = [e for e in expected if e not in text]
    assert missing == []


@needs_poppler
def test_thousands_and_hand_counts_and_the_decision(tmp_path: Path) -> None:
    big = flat(" ".join(pages(render_pdf(minutes_for(big_committee(), "bch", 1, finalized=True)), tmp_path)))
    assert "Số phiếu phát ra: 1.600" in big and "Tổng số đại biểu được triệu tập: 1.650" in big
    assert "1.650 − 12 = 1.638" in big
    data = congress()
    hand = flat(" ".join(pages(render_pdf(minutes_for(data, "dbdk", 1, finalized=True)), tmp_path)))
    assert "được kiểm đếm bằng tay và nhập theo biên bản tổng hợp của tổ: Tổ 3 (45 phiếu)." in hand
    later = pages(render_pdf(minutes_for(data, "ubkt", 2, finalized=True)), tmp_path)
    text = flat(" ".join(later))
    assert "Thực hiện quyết định của Đại hội ngày 08/05/2025 16:20" in text
    assert text.index("Căn cứ Hướng dẫn") < text.index("Thực hiện quyết định") < text.index("I. SỐ LƯỢNG")


@needs_poppler
def test_agree_disagree_form_has_a_disagree_column(tmp_path: Path) -> None:
    text = flat(" ".join(pages(render_pdf(minutes_for(congress(), "bithu", 1, finalized=True)), tmp_path)))
    assert "Đồng ý" in text and "Không" in text
    assert "1 Nguyễn Văn An (1975) 101 12 86,32% Trúng cử" in text
    assert "không đánh dấu hoặc đánh dấu cả hai ô: 2" in text


@needs_poppler
def test_a_draft_still_counting_says_so_and_concludes_nothing(tmp_path: Path) -> None:
    data = congress()
    e = data.election("ubkt")
    data2 = replace(data, elections=(replace(e, rounds=(e.rounds[0], replace(e.rounds[1], ballots=()))),))
    text = flat(" ".join(pages(render_pdf(minutes_for(data2, "ubkt", 2, finalized=False)), tmp_path)))
    assert "Chưa kiểm phiếu nào; kết quả bầu cử chưa được xác định." in text
    assert "Không có đồng chí nào" not in text and "lần thứ 3" not in text
    assert f"{DRAFT_MARK}. Lý do:" in text


def test_a_long_list_fills_several_pages() -> None:
    pdf = render_pdf(minutes_for(big_committee(), "bch", 1, finalized=True))
    assert pdf.count(b"/Type /Page\n") >= 10


@needs_poppler
def test_the_signing_key_prints_on_the_signature_page_once_given(tmp_path: Path) -> None:
    key = "0123456789abcdef"
    texts = pages(render_pdf(minutes_for(congress(), "bch", 1, finalized=True, signing_key=key)), tmp_path)
    _, sig = signature_page(texts)
    assert "Mã khóa của máy trưởng ban đã ký dấu chốt (Ed25519" in flat(sig) and "0123-4567-89AB-CDEF" in flat(sig)
    plain = flat(" ".join(pages(render_pdf(minutes_for(congress(), "bch", 1, finalized=True)), tmp_path)))
    assert "đã ký dấu chốt" not in plain
