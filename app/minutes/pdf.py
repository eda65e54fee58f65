"""Document blocks to an A4 PDF with reportlab: embedded Liberation Serif, fingerprint and QR on every page."""

from __future__ import annotations

import io
import itertools
from functools import lru_cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.barcode import qrencoder
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, TableStyle
from reportlab.platypus import Table as RLTable
from reportlab.platypus.doctemplate import LayoutError

from app.errors import UserError
from app.minutes import fonts
from app.minutes.document import Document, Heading, Para, Signatures, Table

BODY = 13
LEADING = 17
MARGINS = {"leftMargin": 30 * mm, "rightMargin": 20 * mm, "topMargin": 20 * mm, "bottomMargin": 24 * mm}
QR_SIZE = 16 * mm
QR_FORM = "kiemphieu-qr"
INK = colors.black
WATERMARK = colors.Color(0.8, 0.1, 0.1, alpha=0.18)


def _style(name: str, **kw: Any) -> ParagraphStyle:
    base: dict[str, Any] = {"fontName": fonts.REGULAR, "fontSize": BODY, "leading": LEADING, "textColor": INK}
    base.update(kw)
    return ParagraphStyle(name, **base)


@lru_cache(maxsize=1)
def styles() -> dict[str, ParagraphStyle]:
    """The paragraph styles by block style name."""
    fonts.register()
    return {
        "body": _style("body", alignment=TA_JUSTIFY, firstLineIndent=10 * mm, spaceAfter=2),
        "item": _style("item", alignment=TA_JUSTIFY, leftIndent=0, firstLineIndent=10 * mm, spaceAfter=1),
        "subitem": _style("subitem", leftIndent=15 * mm, spaceAfter=1),
        "section": _style("section", fontName=fonts.BOLD, spaceBefore=8, spaceAfter=3),
        "title": _style("title", fontName=fonts.BOLD, fontSize=15, leading=20, alignment=TA_CENTER, spaceBefore=14),
        "subject": _style("subject", fontName=fonts.BOLD, alignment=TA_CENTER, spaceAfter=8),
        "warning": _style("warning", fontName=fonts.BOLD, textColor=colors.Color(0.7, 0, 0), spaceBefore=4),
        "center": _style("center", alignment=TA_CENTER),
        "right": _style("right", alignment=TA_RIGHT),
        "left": _style("left", alignment=TA_LEFT),
        "small": _style("small", fontSize=10, leading=12),
    }


def _markup(p: Para) -> str:
    """Runs as reportlab paragraph markup."""
    out = []
    for r in p.runs:
        t = escape(r.text)
        if r.bold:
            t = f"<b>{t}</b>"
        if r.italic:
            t = f"<i>{t}</i>"
        out.append(t)
    return "".join(out)


def _cell_style(size: float, align: str, bold: bool = False) -> ParagraphStyle:
    alignment = {"L": TA_LEFT, "C": TA_CENTER, "R": TA_RIGHT}[align]
    return _style(
        f"cell{size}{align}{bold}",
        fontName=fonts.BOLD if bold else fonts.REGULAR,
        fontSize=size,
        leading=size * 1.2,
        alignment=alignment,
    )


def _table(t: Table, width: float) -> RLTable:
    """A ruled table; a cell becomes a wrapping paragraph only when its text is wider than its column."""
    widths = [width * w for w in t.widths]
    pad = 8
    head = [Paragraph(escape(c), _cell_style(t.size, "C", True)) for c in t.columns]
    styles_by_col = [_cell_style(t.size, a) for a in t.align]
    rows: list[list[Any]] = [head]
    for row in t.rows:
        cells: list[Any] = []
        for i, text in enumerate(row):
            if stringWidth(text, fonts.REGULAR, t.size) > widths[i] - pad:
                cells.append(Paragraph(escape(text), styles_by_col[i]))
            else:
                cells.append(text)
        rows.append(cells)
    table = RLTable(rows, colWidths=widths, repeatRows=1)
    cmds: list[Any] = [
        ("FONT", (0, 0), (-1, -1), fonts.REGULAR, t.size, t.size * 1.2),
        ("GRID", (0, 0), (-1, -1), 0.5, INK),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    for i, a in enumerate(t.align):
        cmds.append(("ALIGN", (i, 1), (i, -1), {"L": "LEFT", "C": "CENTER", "R": "RIGHT"}[a]))
    table.setStyle(TableStyle(cmds))
    table.hAlign = "CENTER"
    return table


def _heading(h: Heading, width: float) -> RLTable:
    """Organisation and congress left, the party (underlined) and the date right."""
    s = styles()
    left_w, right_w = width * 0.46, width * 0.54
    left = [
        Paragraph(f"<b>{escape(t)}</b>" if bold else escape(t), s["center"])
        for t, bold in zip(h.left, h.left_bold, strict=True)
    ]
    right = [
        Paragraph(f"<b><u>{escape(h.party)}</u></b>", s["center"]),
        Spacer(1, 4),
        Paragraph(f"<i>{escape(h.place_date)}</i>", s["center"]),
    ]
    table = RLTable([[left, right]], colWidths=[left_w, right_w])
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), fonts.REGULAR, BODY),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def _signatures(sig: Signatures, width: float) -> Flowable:
    """Columns side by side: title, note, then room to sign above each name."""
    s = styles()
    cells = []
    for col in sig.columns:
        flow: list[Flowable] = [
            Paragraph(f"<b>{escape(col.title)}</b>", s["center"]),
            Paragraph(f"<i>{escape(col.note)}</i>", s["center"]),
        ]
        for name in col.names:
            flow += [Spacer(1, sig.room * mm), Paragraph(f"<b>{escape(name)}</b>", s["center"])]
        cells.append(flow)
    if len(cells) == 1:
        cells.insert(0, [])
    table = RLTable([cells], colWidths=[width / len(cells)] * len(cells))
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), fonts.REGULAR, BODY), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return KeepTogether([Spacer(1, 6 * mm), table])


def flowables(doc: Document, width: float) -> list[Flowable]:
    """Each block as reportlab flowables; headings and lead-in lines stay with what follows them."""
    s = styles()
    out: list[Flowable] = []
    blocks = doc.blocks
    for i, b in enumerate(blocks):
        following = blocks[i + 1] if i + 1 < len(blocks) else None
        if isinstance(b, Para):
            p = Paragraph(_markup(b), s[b.style])
            p.keepWithNext = b.style == "section" or isinstance(following, Table | Signatures)
            out.append(p)
        elif isinstance(b, Table):
            out += [Spacer(1, 3), _table(b, width), Spacer(1, 5)]
        elif isinstance(b, Heading):
            out.append(_heading(b, width))
        else:
            out.append(_signatures(b, width))
    return out


@lru_cache(maxsize=16)
def qr_modules(text: str) -> tuple[tuple[bool, ...], ...]:
    """The dark/light modules of a QR code holding `text` (error correction M)."""
    qr = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    qr.addData(text)
    qr.make()
    return tuple(tuple(bool(m) for m in row) for row in qr.modules)


def draw_qr(c: Canvas, text: str, x: float, y: float, size: float) -> None:
    """A QR code drawn as filled rectangles (no font involved), lower-left corner at (x, y)."""
    modules = qr_modules(text)
    n = len(modules)
    box = size / n
    c.setFillColor(INK)
    for r, row in enumerate(modules):
        col = 0
        for dark, run in itertools.groupby(row):
            k = len(list(run))
            if dark:
                c.rect(x + col * box, y + size - (r + 1) * box, k * box, box, stroke=0, fill=1)
            col += k


def decorate(c: Canvas, doc: Document, page: int, pages: int) -> None:
    """What every page carries: watermark, fingerprint line, QR code, 'Trang x/y'."""
    w, h = c._pagesize
    c.saveState()
    if doc.watermark:
        c.setFont(fonts.BOLD, 40)
        c.setFillColor(WATERMARK)
        c.translate(w / 2, h / 2)
        c.rotate(55 if w < h else 30)
        c.drawCentredString(0, 0, doc.watermark)
        c.restoreState()
        c.saveState()
    left, bottom = MARGINS["leftMargin"], 8 * mm
    right = w - MARGINS["rightMargin"]
    c.setStrokeColor(INK)
    c.setLineWidth(0.4)
    c.line(left, bottom + QR_SIZE + 1 * mm, right, bottom + QR_SIZE + 1 * mm)
    c.setFillColor(INK)
    c.setFont(fonts.REGULAR, 9)
    c.drawString(left, bottom + 10 * mm, f"Mã dữ liệu (SHA-256): {doc.fingerprint[:16]}")
    c.drawString(left, bottom + 6 * mm, doc.label)
    c.setFont(fonts.ITALIC, 8)
    c.drawString(left, bottom + 2 * mm, "Đối chiếu: mã QR chứa mã dữ liệu đầy đủ; lệnh “kiemphieu verify” in cùng mã.")
    c.setFont(fonts.REGULAR, 11)
    c.drawRightString(right - QR_SIZE - 3 * mm, bottom + 6 * mm, f"Trang {page}/{pages}")
    c.translate(right - QR_SIZE, bottom)
    c.doForm(QR_FORM)
    c.restoreState()


def _canvas_class(doc: Document) -> type[Canvas]:
    """A canvas that holds its pages back until the end, to print 'Trang x/y' and the page furniture."""

    class PagedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs["initialFontName"] = fonts.REGULAR
            kwargs["initialFontSize"] = BODY
            super().__init__(*args, **kwargs)
            self._held: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._held.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._held)
            for n, state in enumerate(self._held, 1):
                self.__dict__.update(state)
                if n == 1:
                    self.beginForm(QR_FORM)
                    draw_qr(self, doc.fingerprint, 0, 0, QR_SIZE)
                    self.endForm()
                decorate(self, doc, n, total)
                Canvas.showPage(self)
            Canvas.save(self)

    return PagedCanvas


def render_document(doc: Document) -> bytes:
    """The document as PDF bytes; the same document gives the same bytes (reportlab invariant mode)."""
    fonts.register()
    buf = io.BytesIO()
    size = landscape(A4) if doc.landscape else A4
    template = SimpleDocTemplate(
        buf,
        pagesize=size,
        title=doc.title,
        author="kiemphieu",
        creator="kiemphieu",
        subject=doc.fingerprint,
        invariant=1,
        **MARGINS,
    )
    try:
        template.build(flowables(doc, template.width), canvasmaker=_canvas_class(doc))
    except LayoutError:  # a text so long that one table row is taller than a page (found by fuzzing the file)
        raise UserError("minutes.does_not_fit", {"title": doc.title[:80]}) from None
    return buf.getvalue()
