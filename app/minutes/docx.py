"""Document blocks to a Word file (python-docx) that committees can edit; Times New Roman named in the styles."""

from __future__ import annotations

import io
from typing import Any

from docx import Document as new_docx
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from app.minutes.document import Document, Heading, Para, Signatures, Table
from app.minutes.fonts import DOCX_FONT

ALIGN = {"L": WD_ALIGN_PARAGRAPH.LEFT, "C": WD_ALIGN_PARAGRAPH.CENTER, "R": WD_ALIGN_PARAGRAPH.RIGHT}
STYLE_ALIGN = {
    "title": WD_ALIGN_PARAGRAPH.CENTER,
    "subject": WD_ALIGN_PARAGRAPH.CENTER,
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
}


def _set_font(style: Any, size: float) -> None:
    """The style's font by name for every script slot, so Word never substitutes another."""
    style.font.name = DOCX_FONT
    style.font.size = Pt(size)
    rfonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    for slot in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(slot), DOCX_FONT)


def _field(paragraph: Any, code: str) -> None:
    """A Word field (PAGE, NUMPAGES) that Word fills in."""
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, code), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = f" {text} "
        run._r.append(el)


def _para(container: Any, p: Para) -> None:
    par = container.add_paragraph()
    par.alignment = STYLE_ALIGN.get(p.style, WD_ALIGN_PARAGRAPH.JUSTIFY)
    fmt = par.paragraph_format
    fmt.space_after = Pt(2)
    if p.style in ("body", "item"):
        fmt.first_line_indent = Mm(10)
    elif p.style == "subitem":
        fmt.left_indent = Mm(15)
    elif p.style in ("section", "title"):
        fmt.space_before = Pt(8)
        fmt.keep_with_next = True
    for r in p.runs:
        run = par.add_run(r.text)
        run.bold = r.bold or p.style in ("title", "subject", "section", "warning")
        run.italic = r.italic
        if p.style == "title":
            run.font.size = Pt(15)
        if p.style == "warning":
            run.font.color.rgb = RGBColor(0xB0, 0, 0)


def _cell_text(cell: Any, text: str, align: Any, bold: bool = False, italic: bool = False) -> None:
    par = cell.paragraphs[0]
    par.alignment = align
    run = par.add_run(text)
    run.bold = bold
    run.italic = italic


def _table(d: Any, t: Table, width_mm: float) -> None:
    table = d.add_table(rows=1, cols=len(t.columns))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, c in enumerate(t.columns):
        _cell_text(table.rows[0].cells[i], c, WD_ALIGN_PARAGRAPH.CENTER, bold=True)
    for row in t.rows:
        cells = table.add_row().cells
        for i, text in enumerate(row):
            _cell_text(cells[i], text, ALIGN[t.align[i]])
    for i, w in enumerate(t.widths):
        for cell in table.columns[i].cells:
            cell.width = Mm(width_mm * w)


def _heading(d: Any, h: Heading, width_mm: float) -> None:
    table = d.add_table(rows=1, cols=2)
    left, right = table.rows[0].cells
    left.width, right.width = Mm(width_mm * 0.46), Mm(width_mm * 0.54)
    for i, (text, bold) in enumerate(zip(h.left, h.left_bold, strict=True)):
        par = left.paragraphs[0] if i == 0 else left.add_paragraph()
        par.alignment = WD_ALIGN_PARAGRAPH.CENTER
        par.add_run(text).bold = bold
    _cell_text(right, h.party, WD_ALIGN_PARAGRAPH.CENTER, bold=True)
    right.paragraphs[0].runs[0].underline = True
    par = right.add_paragraph()
    par.alignment = WD_ALIGN_PARAGRAPH.CENTER
    par.add_run(h.place_date).italic = True


def _signatures(d: Any, s: Signatures) -> None:
    cols = list(s.columns)
    table = d.add_table(rows=1, cols=max(2, len(cols)))
    cells = table.rows[0].cells[-len(cols) :]
    for cell, col in zip(cells, cols, strict=True):
        _cell_text(cell, col.title, WD_ALIGN_PARAGRAPH.CENTER, bold=True)
        par = cell.add_paragraph()
        par.alignment = WD_ALIGN_PARAGRAPH.CENTER
        par.add_run(col.note).italic = True
        for name in col.names:
            for _ in range(3):
                cell.add_paragraph()
            par = cell.add_paragraph()
            par.alignment = WD_ALIGN_PARAGRAPH.CENTER
            par.add_run(name).bold = True


def _page(d: Any, doc: Document) -> float:
    """A4 with the margins of official documents, the footer (fingerprint, 'Trang x/y') and the draft mark."""
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    if doc.landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Mm(297), Mm(210)
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = Mm(30), Mm(20), Mm(20), Mm(20)
    foot = sec.footer.paragraphs[0]
    foot.add_run(f"Mã dữ liệu (SHA-256): {doc.fingerprint}\n{doc.label}\t").font.size = Pt(9)
    foot.add_run("Trang ")
    _field(foot, "PAGE")
    foot.add_run("/")
    _field(foot, "NUMPAGES")
    if doc.watermark:
        run = sec.header.paragraphs[0].add_run(doc.watermark)
        run.bold = True
        run.font.color.rgb = RGBColor(0xB0, 0, 0)
        sec.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    return (297 if doc.landscape else 210) - 50


def render_document(doc: Document) -> bytes:
    """The document as .docx bytes."""
    d = new_docx()
    for name, size in (("Normal", 13), ("Table Grid", 12), ("Header", 11), ("Footer", 10)):
        _set_font(d.styles[name], size)
    d.core_properties.title = doc.title[:255]  # the Word property holds at most 255 characters
    d.core_properties.subject = doc.fingerprint
    d.core_properties.author = "kiemphieu"
    width = _page(d, doc)
    for b in doc.blocks:
        if isinstance(b, Para):
            _para(d, b)
        elif isinstance(b, Table):
            _table(d, b, width)
        elif isinstance(b, Heading):
            _heading(d, b, width)
        else:
            _signatures(d, b)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()
