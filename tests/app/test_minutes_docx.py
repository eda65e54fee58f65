"""The Word minutes: the same content as the PDF, fixed columns that keep every name on one line, the header row
repeated, the QR image, the draft watermark, page numbers from page 2, Times New Roman with its metric twin
embedded; rendered by LibreOffice where it is installed."""

from __future__ import annotations

import io
import shutil
import struct
import subprocess
import zlib
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn

from app.minutes import Minutes, build_summary, minutes_for, render_docx
from app.minutes.docx import CELL_MARGIN_TWIPS, FONT_KEYS, _obfuscate
from app.minutes.fonts import DOCX_FONT, FACES, font_bytes, text_width
from app.minutes.layout import name_with_note
from app.minutes.qr import QUIET, qr_modules
from app.minutes.wording import DRAFT_MARK, grouped
from ballot.model import ElectionData
from tests.app.minutes_data import committee_15_of_18, congress

TWIPS_PER_PT = 20
V = "urn:schemas-microsoft-com:vml"


def open_docx(content: bytes) -> Any:
    return docx.Document(io.BytesIO(content))


def body_text(d: Any) -> str:
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts += [c.text for c in row.cells]
    return "\n".join(parts)


def fifteen_of_eighteen(finalized: bool = True) -> Minutes:
    data = ElectionData("qd190-2024", congress().congress, (committee_15_of_18(),))
    return minutes_for(data, "bch18", 1, finalized=finalized)


def png_modules(png: bytes) -> tuple[tuple[bool, ...], ...]:
    """Reads back a 1-bit PNG written by `qr_png` into QR modules (one sample per module)."""
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    pos, idat, size = 8, b"", 0
    while pos < len(png):
        (length,) = struct.unpack(">I", png[pos : pos + 4])
        kind, data = png[pos + 4 : pos + 8], png[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            size = struct.unpack(">I", data[:4])[0]
            assert data[8:10] == b"\x01\x00"  # 1 bit, greyscale
        elif kind == b"IDAT":
            idat += data
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = 1 + (size + 7) // 8
    rows = [raw[i * stride + 1 : (i + 1) * stride] for i in range(size)]
    bits = [[(row[x // 8] >> (7 - x % 8)) & 1 for x in range(size)] for row in rows]
    scale = next(y for y in range(size) if 0 in bits[y]) // QUIET  # the first dark row ends the quiet zone
    n = size // scale - 2 * QUIET
    return tuple(
        tuple(bits[(QUIET + r) * scale + scale // 2][(QUIET + c) * scale + scale // 2] == 0 for c in range(n))
        for r in range(n)
    )


def test_word_minutes_carry_the_same_content() -> None:
    m = minutes_for(congress(), "dbct", 1, finalized=False)
    d = open_docx(render_docx(m))
    text = body_text(d)
    assert d.styles["Normal"].font.name == DOCX_FONT
    for needed in (m.title, m.subject, m.percent_header, m.elected_intro, *m.outcome, m.adoption, m.head, *m.members):
        assert needed in text
    for v in m.votes:
        assert v.name in text and v.percent in text
    assert grouped(m.fingerprint) in text
    assert "Đại hội đã cử Ban kiểm phiếu gồm các đồng chí:" in text and "Ủy viên" in text
    footer = body_text_of(d.sections[0].footer)
    assert grouped(m.fingerprint[:16]) in footer
    assert "Trang" not in footer


def body_text_of(part: Any) -> str:
    parts = [p.text for p in part.paragraphs]
    for t in part.tables:
        for row in t.rows:
            parts += [c.text for c in row.cells]
    return "\n".join(parts)


def test_fifteen_of_eighteen_names_fit_their_fixed_column() -> None:
    """Every name (with its note) is narrower than its column less the cell margins, in Times New Roman metrics."""
    m = fifteen_of_eighteen()
    d = open_docx(render_docx(m))
    votes = next(t for t in d.tables if t.rows[0].cells[0].text == "STT" and len(t.columns) == 5)
    tbl_pr = votes._tbl.tblPr
    assert tbl_pr.find(qn("w:tblLayout")).get(qn("w:type")) == "fixed"
    grid = [int(g.get(qn("w:w"))) for g in votes._tbl.tblGrid.findall(qn("w:gridCol"))]
    assert abs(sum(grid) - 160 * 56.7) < 30  # the text width, 160 mm
    room = (grid[1] - 2 * CELL_MARGIN_TWIPS) / TWIPS_PER_PT
    names = [name_with_note(v.name, v.note) for v in m.votes]
    assert len(names) == 18 and "Nguyễn Văn An (1982)" in names
    for name in names:
        assert text_width(name, 12) < room, name
    for i, header in enumerate(c.text for c in votes.rows[0].cells):  # no header word is ever broken
        widest = max(text_width(word, 12, bold=True) for word in header.split())
        assert widest < (grid[i] - 2 * CELL_MARGIN_TWIPS) / TWIPS_PER_PT, header
    assert text_width("Tỷ lệ %", 12, bold=True) < (grid[3] - 2 * CELL_MARGIN_TWIPS) / TWIPS_PER_PT
    # every row is whole on a page; the header row repeats on every page
    rows = votes._tbl.findall(qn("w:tr"))
    assert rows[0].trPr.find(qn("w:tblHeader")) is not None
    assert all(r.trPr.find(qn("w:cantSplit")) is not None for r in rows)


def test_the_qr_image_carries_the_full_code_on_every_page() -> None:
    m = fifteen_of_eighteen()
    d = open_docx(render_docx(m))
    sec = d.sections[0]
    for footer in (sec.footer, sec.first_page_footer):
        blips = footer._element.findall(".//" + qn("a:blip"))
        assert len(blips) == 1
        png = footer.part.related_parts[blips[0].get(qn("r:embed"))].blob
        assert png_modules(png) == qr_modules(m.fingerprint)


def test_page_numbers_from_the_second_page_at_the_top() -> None:
    d = open_docx(render_docx(fifteen_of_eighteen()))
    sec = d.sections[0]
    assert sec.different_first_page_header_footer
    instr = [t.text.strip() for t in sec.header._element.iter(qn("w:instrText"))]
    assert instr == ["PAGE"]
    assert not list(sec.first_page_header._element.iter(qn("w:instrText")))
    assert sec.header.paragraphs[0].alignment == 1  # centred


@pytest.mark.parametrize("finalized", [True, False])
def test_a_draft_has_a_watermark_on_every_page(finalized: bool) -> None:
    d = open_docx(render_docx(fifteen_of_eighteen(finalized)))
    sec = d.sections[0]
    for header in (sec.header, sec.first_page_header):
        marks = [t.get("string") for t in header._element.iter(f"{{{V}}}textpath") if t.get("string")]
        assert marks == ([] if finalized else [DRAFT_MARK])
    assert (DRAFT_MARK in body_text(d)) is not finalized


def test_times_new_roman_with_its_metric_twin_embedded() -> None:
    d = open_docx(render_docx(fifteen_of_eighteen()))
    part = next(r.target_part for r in d.part.rels.values() if r.reltype == RT.FONT_TABLE)
    table = docx.oxml.parse_xml(part.blob)
    tnr = [f for f in table.findall(qn("w:font")) if f.get(qn("w:name")) == DOCX_FONT]
    assert len(tnr) == 1
    assert tnr[0].find(qn("w:altName")).get(qn("w:val")) == "Liberation Serif"
    embedded = {el.tag.split("}")[1]: el for el in tnr[0] if el.tag.split("}")[1].startswith("embed")}
    assert set(embedded) >= {"embedRegular", "embedBold", "embedItalic"}
    for tag, face in (("embedRegular", (False, False)), ("embedBold", (True, False))):
        el = embedded[tag]
        blob = part.related_parts[el.get(qn("r:id"))].blob
        key = FONT_KEYS[face]
        assert el.get(qn("w:fontKey")) == "{" + str(key).upper() + "}"
        assert _obfuscate(blob, key) == font_bytes(FACES[face][1])  # XOR twice gives the font back
        assert blob != font_bytes(FACES[face][1])
    assert d.settings.element.find(qn("w:embedTrueTypeFonts")) is not None


def test_the_end_of_the_result_keeps_with_the_signatures() -> None:
    m = minutes_for(congress(), "bch", 1, finalized=True)
    d = open_docx(render_docx(m))
    elected = next(
        t for t in d.tables if t.rows[0].cells[0].text == "STT" and t.rows[-1].cells[1].text == m.elected[-1].name
    )
    keeps = [r.cells[1].paragraphs[0].paragraph_format.keep_with_next for r in elected.rows[1:]]
    assert keeps[-3:] == [True, True, True]
    after = d.paragraphs[[p.text for p in d.paragraphs].index(m.adoption)]
    assert after.paragraph_format.keep_with_next


def test_word_summary_has_the_congress_code_and_no_official() -> None:
    data = congress()
    finalized = {(e.id, r.number): True for e in data.elections for r in e.rounds}
    s = build_summary(data, finalized=finalized)
    text = body_text(open_docx(render_docx(s)))
    assert "TỔNG HỢP KẾT QUẢ BẦU CỬ" in text and "Nguyễn Văn An, 1975 (101; 86,32%)" in text
    assert grouped(s.fingerprint) in text
    assert "Đã chốt, chờ chuẩn y" in text and "Chính thức" not in text


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None or shutil.which("pdftotext") is None, reason="no LibreOffice")
def test_libreoffice_keeps_every_name_on_one_line_and_shows_the_qr(tmp_path: Path) -> None:
    m = fifteen_of_eighteen()
    src = tmp_path / "bb.docx"
    src.write_bytes(render_docx(m))
    profile = (tmp_path / "lo-profile").as_uri()
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(src),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    pdf = tmp_path / "bb.pdf"
    lines = subprocess.run(
        ["pdftotext", "-layout", "-nodiag", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    rows = [line for line in lines.splitlines() if line.strip()[:3].strip().isdigit()]
    for v in m.votes:
        assert any(name_with_note(v.name, v.note) in row for row in rows), v.name
    images = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=True).stdout
    pages = int(
        subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
        .stdout.split("Pages:")[1]
        .split()[0]
    )
    assert len(images.splitlines()[2:]) >= pages  # a QR on every page
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert all("LiberationSerif" in row for row in fonts.splitlines()[2:])
