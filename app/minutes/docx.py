"""Document blocks to a Word file (python-docx) that committees can edit and that lays out like the PDF.

- Times New Roman is requested (on every Vietnamese office computer); the font table names Liberation Serif,
  its metric twin, as the alternative, and the bundled Liberation Serif faces are embedded (obfuscated, as
  ECMA-376 Part 1 §17.8.1 prescribes), so that Word and LibreOffice lay the text out the same even where
  neither font is installed. python-docx has no API for font embedding: the parts are added at the OPC level.
- Tables have fixed column widths (the same shares as the PDF), their header row repeated on every page, and
  rows that never split; a `Keep` block keeps the last rows of the result with the signatures.
- Pages are numbered from the second, top centre; every footer carries the short code and the QR image; a
  draft carries a diagonal watermark on every page (a VML text shape, as Word and LibreOffice write them).
"""

from __future__ import annotations

import io
import math
import uuid
from typing import Any
from xml.sax.saxutils import escape

from docx import Document as new_docx
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from lxml import etree

from app.minutes import fonts
from app.minutes.document import Block, Document, Heading, Keep, Para, Signatures, Table
from app.minutes.fonts import DOCX_FONT, FACES, font_bytes
from app.minutes.qr import qr_png
from app.minutes.wording import grouped

ALIGN = {"L": WD_ALIGN_PARAGRAPH.LEFT, "C": WD_ALIGN_PARAGRAPH.CENTER, "R": WD_ALIGN_PARAGRAPH.RIGHT}
STYLE_ALIGN = {
    "title": WD_ALIGN_PARAGRAPH.CENTER,
    "subject": WD_ALIGN_PARAGRAPH.CENTER,
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
    "plain": WD_ALIGN_PARAGRAPH.LEFT,
    "code": WD_ALIGN_PARAGRAPH.LEFT,
    "codeline": WD_ALIGN_PARAGRAPH.LEFT,
    "small": WD_ALIGN_PARAGRAPH.LEFT,
    "section": WD_ALIGN_PARAGRAPH.LEFT,
    "warning": WD_ALIGN_PARAGRAPH.LEFT,
}
BODY, TABLE_SIZE = 13, 12
MARGINS_MM = (30, 20, 20, 20)  # left, right, top, bottom
QR_MM = 18
METRIC_TWIN = "Liberation Serif"
FONT_RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/font"
OBFUSCATED_FONT = "application/vnd.openxmlformats-officedocument.obfuscatedFont"
EMBED_TAGS = {(False, False): "embedRegular", (True, False): "embedBold", (False, True): "embedItalic"}
EMBED_TAGS[(True, True)] = "embedBoldItalic"
#: A fixed key per face keeps the same minutes giving the same file.
FONT_KEYS = {k: uuid.uuid5(uuid.NAMESPACE_URL, f"kiemphieu/fonts/{name}") for k, (name, _) in FACES.items()}
CELL_MARGIN_TWIPS = 80  # 4 points, the PDF's cell padding
CELL_MARGIN_MM = CELL_MARGIN_TWIPS / 56.7
GRID_COLUMNS, GRID_FROM = 3, 3


def _set_font(style: Any, size: float) -> None:
    """The style's font by name for every script slot, so Word never substitutes another."""
    style.font.name = DOCX_FONT
    style.font.size = Pt(size)
    rfonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    for slot in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(slot), DOCX_FONT)


def _field(paragraph: Any, code: str, size: float | None = None, italic: bool = False) -> None:
    """A Word field (PAGE, NUMPAGES) that Word and LibreOffice fill in, each part in a run of the given size."""
    for kind, text in (("begin", None), (None, code), ("separate", None), (None, None), ("end", None)):
        run = paragraph.add_run()
        if size:
            run.font.size = Pt(size)
        run.italic = italic or None
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        elif text:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = f" {text} "
        else:
            el = OxmlElement("w:t")
            el.text = "1"
        run._r.append(el)


def _keep(par: Any, with_next: bool) -> None:
    """Keep with the next paragraph (or table row); nothing is written when not asked (thousands of cells)."""
    if with_next:
        par.paragraph_format.keep_with_next = True


def _para(container: Any, p: Para, keep_next: bool = False) -> Any:
    par = container.add_paragraph()
    par.alignment = STYLE_ALIGN.get(p.style, WD_ALIGN_PARAGRAPH.JUSTIFY)
    fmt = par.paragraph_format
    fmt.space_after = Pt(2)
    if p.style in ("body", "item", "plain"):
        fmt.first_line_indent = Mm(10)
    elif p.style == "subitem":
        fmt.left_indent = Mm(15)
    elif p.style in ("section", "title"):
        fmt.space_before = Pt(8)
    elif p.style == "code":
        fmt.space_before = Pt(6)
    _keep(par, keep_next or p.style == "section")
    for r in p.runs:
        run = par.add_run(r.text)
        if r.bold or p.style in BOLD_STYLES:
            run.bold = True
        if r.italic:
            run.italic = True
        if p.style == "title":
            run.font.size = Pt(15)
        elif p.style in ("code", "small"):
            run.font.size = Pt(10)
        elif p.style == "codeline":
            run.font.size = Pt(11)
        if p.style == "warning":
            run.font.color.rgb = RGBColor(0xB0, 0, 0)
    return par


def _cell_text(cell: Any, text: str, align: Any, bold: bool = False, italic: bool = False, size: float = 0) -> Any:
    par = cell.paragraphs[0]
    par.alignment = align
    run = par.add_run(text)
    if bold:
        run.bold = True
    if italic:
        run.italic = True
    if size:
        run.font.size = Pt(size)
    return par


def _tbl_pr(table: Any, width_mm: float, borders: bool) -> None:
    """Fixed layout, total width and narrow cell margins (as the PDF); no borders unless asked."""
    table.autofit = False
    tbl_pr = table._tbl.tblPr
    margins = OxmlElement("w:tblCellMar")
    for side in ("left", "right"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:w"), str(CELL_MARGIN_TWIPS))
        el.set(qn("w:type"), "dxa")
        margins.append(el)
    tbl_pr.append(margins)
    tbl_w = tbl_pr.find(qn("w:tblW"))
    if tbl_w is None:
        tbl_w = OxmlElement("w:tblW")
        tbl_pr.append(tbl_w)
    tbl_w.set(qn("w:w"), str(int(width_mm * 56.7)))
    tbl_w.set(qn("w:type"), "dxa")
    if not borders:
        el = OxmlElement("w:tblBorders")
        for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
            b = OxmlElement(f"w:{side}")
            b.set(qn("w:val"), "nil")
            el.append(b)
        tbl_pr.append(el)


def _widths(table: Any, widths_mm: list[float]) -> None:
    for i, w in enumerate(widths_mm):
        table.columns[i].width = Mm(w)
        for cell in table.columns[i].cells:
            cell.width = Mm(w)


def _row_props(row: Any, *, header: bool = False) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    tr_pr.append(OxmlElement("w:cantSplit"))
    if header:
        tr_pr.append(OxmlElement("w:tblHeader"))


def _table(d: Any, t: Table, width_mm: float, keep_last: int = 0) -> None:
    """A ruled table with fixed widths, its header repeated; the last `keep_last` rows kept with what follows."""
    widths = [Mm(width_mm * w) for w in t.widths]
    table = d.add_table(rows=1, cols=len(t.columns))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    _tbl_pr(table, width_mm, borders=True)
    for i, w in enumerate(widths):
        table.columns[i].width = w
    for i, (c, cell) in enumerate(zip(t.columns, table.rows[0].cells, strict=True)):
        cell.width = widths[i]
        _keep(_cell_text(cell, c, WD_ALIGN_PARAGRAPH.CENTER, bold=True), True)
    _row_props(table.rows[0], header=True)
    n = len(t.rows)
    for k, row in enumerate(t.rows):
        r = table.add_row()
        _row_props(r)
        keep = n - k <= keep_last or k == 0
        for i, (text, cell) in enumerate(zip(row, r.cells, strict=True)):  # add_row gives each cell its width
            _keep(_cell_text(cell, text, ALIGN[t.align[i]]), keep)


def _heading(d: Any, h: Heading, width_mm: float) -> None:
    """Organisation, congress and term left (each line whole), the party and date right; no borders."""
    left_pt, right_pt = fonts.heading_columns(
        ((h.party, True, False), (h.place_date, False, True)), width_mm / 25.4 * 72, BODY
    )
    table = d.add_table(rows=1, cols=2)
    _tbl_pr(table, width_mm, borders=False)
    left, right = table.rows[0].cells
    left_mm = left_pt / 72 * 25.4
    for i, (text, bold) in enumerate(zip(h.left, h.left_bold, strict=True)):
        par = left.paragraphs[0] if i == 0 else left.add_paragraph()
        par.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = par.add_run(text)
        run.bold = bold
        size = fonts.fit_size(text, (left_mm - 2 * CELL_MARGIN_MM - 1) / 25.4 * 72, BODY, bold=bold)
        run.font.size = Pt(size)
    _cell_text(right, h.party, WD_ALIGN_PARAGRAPH.CENTER, bold=True)
    right.paragraphs[0].runs[0].underline = True
    par = right.add_paragraph()
    par.alignment = WD_ALIGN_PARAGRAPH.CENTER
    par.add_run(h.place_date).italic = True
    _widths(table, [left_mm, right_pt / 72 * 25.4])


def _slot(cell: Any, title: str, note: str, names: tuple[str, ...], blank_lines: int) -> None:
    first = True
    if title:
        _keep(_cell_text(cell, title, WD_ALIGN_PARAGRAPH.CENTER, bold=True), True)
        par = cell.add_paragraph()
        par.alignment = WD_ALIGN_PARAGRAPH.CENTER
        par.add_run(note).italic = True
        _keep(par, True)
        first = False
    for name in names:
        for _ in range(blank_lines):
            if first:
                first = False
                continue
            _keep(cell.add_paragraph(), True)
        par = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        par.alignment = WD_ALIGN_PARAGRAPH.CENTER
        par.add_run(name).bold = True
        _keep(par, True)


def _signatures(d: Any, s: Signatures, width_mm: float) -> None:
    """As in the PDF: columns side by side, or the head above a grid of the members."""
    cols = list(s.columns)
    if len(cols) == 2 and len(cols[0].names) > GRID_FROM:
        members, head = cols
        top = d.add_table(rows=1, cols=2)
        _tbl_pr(top, width_mm, borders=False)
        _slot(top.rows[0].cells[1], head.title, head.note, head.names, 3)
        _widths(top, [width_mm / 2] * 2)
        _row_props(top.rows[0])
        _para(d, Para((), "center"), keep_next=True)
        title = d.add_table(rows=1, cols=1)
        _tbl_pr(title, width_mm, borders=False)
        _slot(title.rows[0].cells[0], members.title, members.note, (), 0)
        _row_props(title.rows[0])
        names = list(members.names)
        grid = d.add_table(rows=0, cols=GRID_COLUMNS)
        _tbl_pr(grid, width_mm, borders=False)
        for i in range(0, len(names), GRID_COLUMNS):
            row = grid.add_row()
            _row_props(row)
            for cell, name in zip(row.cells, names[i : i + GRID_COLUMNS], strict=False):
                _slot(cell, "", "", (name,), 3)
        _widths(grid, [width_mm / GRID_COLUMNS] * GRID_COLUMNS)
        return
    table = d.add_table(rows=1, cols=max(2, len(cols)))
    _tbl_pr(table, width_mm, borders=False)
    cells = table.rows[0].cells[-len(cols) :]
    for cell, col in zip(cells, cols, strict=True):
        _slot(cell, col.title, col.note, col.names, 3)
    _row_props(table.rows[0])
    _widths(table, [width_mm / len(table.columns)] * len(table.columns))


SHAPETYPE = (
    '<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" '
    'path="m@7,l@8,m@5,21600l@6,21600e"><v:formulas>'
    '<v:f eqn="sum #0 0 10800"/><v:f eqn="prod #0 2 1"/><v:f eqn="sum 21600 0 @1"/><v:f eqn="sum 0 0 @2"/>'
    '<v:f eqn="sum 21600 0 @3"/><v:f eqn="if @0 @3 0"/><v:f eqn="if @0 21600 @1"/><v:f eqn="if @0 0 @2"/>'
    '<v:f eqn="if @0 @4 21600"/><v:f eqn="mid @5 @6"/><v:f eqn="mid @8 @5"/><v:f eqn="mid @7 @8"/>'
    '<v:f eqn="mid @6 @7"/><v:f eqn="sum @6 0 @5"/></v:formulas>'
    '<v:path textpathok="t" o:connecttype="custom" o:connectlocs="@9,0;@10,10800;@11,21600;@12,10800" '
    'o:connectangles="270,180,90,0"/><v:textpath on="t" fitshape="t"/>'
    '<v:handles><v:h position="#0,bottomRight" xrange="6629,14971"/></v:handles>'
    '<o:lock v:ext="edit" text="t" shapetype="t"/></v:shapetype>'
)
WATERMARK_FILL = "#8c8c8c"


def _text_shape(spid: int, text: str, centre: tuple[float, float], size: tuple[float, float], angle: int) -> str:
    """One rotated grey text shape behind the text, centred at `centre` (points from the margins' corner)."""
    w, h = size
    left, top = centre[0] - w / 2, centre[1] - h / 2
    font = escape(DOCX_FONT, {'"': "&quot;"})
    return (
        f'<v:shape id="PowerPlusWaterMarkObject{spid}" o:spid="_x0000_s{spid}" type="#_x0000_t136" '
        f'style="position:absolute;margin-left:{left:.1f}pt;margin-top:{top:.1f}pt;width:{w:.0f}pt;height:{h:.0f}pt;'
        f"rotation:{angle};z-index:-251654144;mso-position-horizontal-relative:margin;"
        f'mso-position-vertical-relative:margin" o:allowincell="f" fillcolor="{WATERMARK_FILL}" stroked="f">'
        '<v:fill opacity=".5"/>'
        f'<v:textpath style="font-family:&quot;{font}&quot;;font-size:1pt;font-weight:bold" string="{escape(text)}"/>'
        '<w10:wrap anchorx="margin" anchory="margin"/></v:shape>'
    )


def _watermark(header: Any, text: str, n: int, area: tuple[float, float]) -> None:
    """The draft mark large, grey and diagonal behind every page: a text shape as Word's own watermark writes it
    (LibreOffice reads it as its watermark too, one per header). `area` is the text area in points."""
    width, height = area
    angle = 315 if height > width else 330
    length = math.hypot(width, height) * 0.72
    shape = _text_shape(2049 + n, text, (width / 2, height / 2), (length, length * 0.075), angle)
    xml = (
        '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w10="urn:schemas-microsoft-com:office:word"><w:rPr><w:noProof/></w:rPr><w:pict>'
        f"{SHAPETYPE}{shape}</w:pict></w:r>"
    )
    header.paragraphs[0]._p.append(parse_xml(xml))


def _footer(footer: Any, doc: Document, width_mm: float) -> None:
    """The short code, the label, the page count and the QR image."""
    table = footer.add_table(rows=1, cols=2, width=Mm(width_mm))
    _tbl_pr(table, width_mm, borders=False)
    text, qr = table.rows[0].cells
    lines = (
        f"Mã dữ liệu (SHA-256): {grouped(doc.fingerprint[:16])} … — đầy đủ ở {doc.code_where}",
        doc.label,
    )
    par = text.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            par = text.add_paragraph()
        par.add_run(line).font.size = Pt(9)
    par = text.add_paragraph()
    for part in ("Tài liệu gồm ", None, " trang. Mã QR chứa mã dữ liệu đầy đủ; lệnh “kiemphieu verify” in cùng mã."):
        if part is None:
            _field(par, "NUMPAGES", 8, italic=True)
        else:
            run = par.add_run(part)
            run.font.size, run.italic = Pt(8), True
    qpar = qr.paragraphs[0]
    qpar.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    qpar.add_run().add_picture(io.BytesIO(qr_png(doc.qr_text)), width=Mm(QR_MM), height=Mm(QR_MM))
    _widths(table, [width_mm - QR_MM - 6, QR_MM + 6])
    # python-docx leaves an empty paragraph before the table; make it take no room
    first = footer.paragraphs[0]
    first.paragraph_format.space_after = Pt(0)
    first.paragraph_format.line_spacing = Pt(1)


def _page(d: Any, doc: Document) -> float:
    """A4 with the margins of official documents; page numbers from page 2, top centre; footer; watermark."""
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    if doc.landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Mm(297), Mm(210)
    left, right, top, bottom = MARGINS_MM
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = Mm(left), Mm(right), Mm(top), Mm(bottom)
    sec.header_distance, sec.footer_distance = Mm(10), Mm(6)
    sec.different_first_page_header_footer = True
    width = (297 if doc.landscape else 210) - left - right
    number = sec.header.paragraphs[0]
    number.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _field(number, "PAGE", BODY)
    for footer in (sec.footer, sec.first_page_footer):
        _footer(footer, doc, width)
    if doc.watermark:
        area = (width / 25.4 * 72, ((210 if doc.landscape else 297) - top - bottom) / 25.4 * 72)
        for n, header in enumerate((sec.header, sec.first_page_header), 1):
            _watermark(header, doc.watermark, n, area)
    return width


def _font_table(d: Any) -> Any:
    """The font table part (python-docx keeps it as plain XML)."""
    return next(r.target_part for r in d.part.rels.values() if r.reltype == RT.FONT_TABLE)


def _obfuscate(data: bytes, key: uuid.UUID) -> bytes:
    """An embedded font as Word stores it: the first 32 bytes XOR-ed with the key's bytes in reverse order."""
    k = bytes.fromhex(key.hex)[::-1]
    head = bytes(b ^ k[i % 16] for i, b in enumerate(data[:32]))
    return head + data[32:]


BOLD_STYLES = frozenset({"title", "subject", "section", "warning"})


def _faces(doc: Document) -> set[tuple[bool, bool]]:
    """The (bold, italic) faces the document uses: regular, bold and italic always, bold italic when a run is."""
    faces = {(False, False), (True, False), (False, True)}
    paras = [b for b in doc.blocks if isinstance(b, Para)]
    paras += [x for b in doc.blocks if isinstance(b, Keep) for x in b.blocks if isinstance(x, Para)]
    if any(r.italic and (r.bold or p.style in BOLD_STYLES) for p in paras for r in p.runs):
        faces.add((True, True))
    return faces


def _fonts(d: Any, faces: set[tuple[bool, bool]]) -> None:
    """Times New Roman with Liberation Serif named as its metric twin, and the bundled faces embedded."""
    part = _font_table(d)
    root = parse_xml(part.blob)
    for old in root.findall(qn("w:font")):
        if old.get(qn("w:name")) == DOCX_FONT:
            root.remove(old)
    font = OxmlElement("w:font")
    font.set(qn("w:name"), DOCX_FONT)
    for tag, val in (("altName", METRIC_TWIN), ("panose1", "02020603050405020304"), ("charset", "00")):
        el = OxmlElement(f"w:{tag}")
        el.set(qn("w:val"), val)
        font.append(el)
    for tag, val in (("family", "roman"), ("pitch", "variable")):
        el = OxmlElement(f"w:{tag}")
        el.set(qn("w:val"), val)
        font.append(el)
    for face, (_, filename) in FACES.items():
        if face not in faces:
            continue
        key = FONT_KEYS[face]
        blob = _obfuscate(font_bytes(filename), key)
        font_part = Part(PackURI(f"/word/fonts/{filename[:-4]}.odttf"), OBFUSCATED_FONT, blob, part.package)
        r_id = part.relate_to(font_part, FONT_RT)
        el = OxmlElement(f"w:{EMBED_TAGS[face]}")
        el.set(qn("r:id"), r_id)
        el.set(qn("w:fontKey"), "{" + str(key).upper() + "}")
        font.append(el)
    root.insert(0, font)
    part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    settings = d.settings.element
    if settings.find(qn("w:embedTrueTypeFonts")) is None:
        settings.insert(0, OxmlElement("w:embedTrueTypeFonts"))


def _blocks(d: Any, blocks: tuple[Block, ...], width: float) -> None:
    for i, b in enumerate(blocks):
        following = blocks[i + 1] if i + 1 < len(blocks) else None
        if isinstance(b, Para):
            _para(d, b, keep_next=isinstance(following, Table | Keep | Signatures))
        elif isinstance(b, Table):
            _table(d, b, width)
        elif isinstance(b, Heading):
            _heading(d, b, width)
        elif isinstance(b, Keep):
            _keep_group(d, b, width)
        else:
            _signatures(d, b, width)


def _keep_group(d: Any, k: Keep, width: float) -> None:
    """Everything kept on one page: each paragraph keeps with the next, the table's last rows with what follows."""
    for b in k.blocks:
        if isinstance(b, Para):
            _para(d, b, keep_next=True)
        elif isinstance(b, Table):
            _table(d, b, width, keep_last=k.rows)
        else:
            _signatures(d, b, width)


def render_document(doc: Document) -> bytes:
    """The document as .docx bytes."""
    d = new_docx()
    for name, size in (("Normal", BODY), ("Table Grid", TABLE_SIZE), ("Header", BODY), ("Footer", 9)):
        _set_font(d.styles[name], size)
        fmt = d.styles[name].paragraph_format
        fmt.space_before, fmt.space_after, fmt.line_spacing = Pt(0), Pt(0), 1.0
    d.core_properties.title = doc.title[:255]  # the Word property holds at most 255 characters
    d.core_properties.subject = doc.fingerprint
    d.core_properties.author = "kiemphieu"
    _fonts(d, _faces(doc))
    width = _page(d, doc)
    _blocks(d, doc.blocks, width)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()
