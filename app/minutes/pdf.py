"""Document blocks to an A4 PDF with reportlab: embedded Liberation Serif, fingerprint and QR on every page.

Party documents number their pages from the second, at the top centre (Hướng dẫn 36-HD/VPTW on the format of
party documents); the first page carries no number. The signature block never stands alone on a page: a `Keep`
block keeps it with the adoption line and the last rows of the result (`TableGroup`).
"""

from __future__ import annotations

import io
import itertools
from functools import lru_cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, TableStyle
from reportlab.platypus import Table as RLTable
from reportlab.platypus.doctemplate import FrameBreak, LayoutError
from reportlab.platypus.flowables import _listWrapOn

from app.errors import UserError
from app.minutes import fonts
from app.minutes.document import Block, Document, Heading, Keep, Para, Signatures, Table
from app.minutes.qr import qr_modules
from app.minutes.wording import grouped

BODY = 13
LEADING = 17
MARGINS = {"leftMargin": 30 * mm, "rightMargin": 20 * mm, "topMargin": 20 * mm, "bottomMargin": 26 * mm}
QR_SIZE = 18 * mm
QR_FORM = "kiemphieu-qr"
INK = colors.black
WATERMARK = colors.Color(0.8, 0.1, 0.1, alpha=0.18)
#: Rows of a long table kept with what precedes it (its lead-in line) on the page where it starts.
HEAD_ROWS = 2
#: Rows of a table carried to a new page at the least, so that no page starts with a single row.
WIDOW_ROWS = 2
#: The members' signatures go into a grid of this many columns when they are more than `GRID_FROM`.
GRID_COLUMNS, GRID_FROM = 3, 3
FUZZ = 1.0


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
        "plain": _style("plain", alignment=TA_LEFT, firstLineIndent=10 * mm, spaceAfter=2),
        "item": _style("item", alignment=TA_JUSTIFY, leftIndent=0, firstLineIndent=10 * mm, spaceAfter=1),
        "subitem": _style("subitem", leftIndent=15 * mm, spaceAfter=1),
        "section": _style("section", fontName=fonts.BOLD, spaceBefore=8, spaceAfter=3),
        "title": _style("title", fontName=fonts.BOLD, fontSize=15, leading=20, alignment=TA_CENTER, spaceBefore=14),
        "subject": _style("subject", fontName=fonts.BOLD, alignment=TA_CENTER, spaceAfter=8),
        "warning": _style("warning", fontName=fonts.BOLD, textColor=colors.Color(0.7, 0, 0), spaceBefore=4),
        "center": _style("center", alignment=TA_CENTER),
        "right": _style("right", alignment=TA_RIGHT),
        "left": _style("left", alignment=TA_LEFT),
        "small": _style("small", fontSize=10, leading=12, spaceAfter=2),
        "code": _style("code", fontSize=10, leading=13, alignment=TA_LEFT, spaceBefore=6),
        "codeline": _style("codeline", fontSize=11, leading=14, alignment=TA_LEFT),
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


class TableMaker:
    """The rows of a ruled table as reportlab cells, so that any run of its rows can become a table of its own."""

    def __init__(self, t: Table, width: float) -> None:
        self.widths = [width * w for w in t.widths]
        pad = 8
        self.header: list[Any] = [Paragraph(escape(c), _cell_style(t.size, "C", True)) for c in t.columns]
        styles_by_col = [_cell_style(t.size, a) for a in t.align]
        self.body: list[list[Any]] = []
        for row in t.rows:
            cells: list[Any] = []
            for i, text in enumerate(row):
                if "\n" in text or stringWidth(text, fonts.REGULAR, t.size) > self.widths[i] - pad:
                    cells.append(Paragraph(escape(text).replace("\n", "<br/>"), styles_by_col[i]))
                else:
                    cells.append(text)
            self.body.append(cells)
        self.cmds: list[Any] = [
            ("FONT", (0, 0), (-1, -1), fonts.REGULAR, t.size, t.size * (1.1 if t.dense else 1.2)),
            ("GRID", (0, 0), (-1, -1), 0.5, INK),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 0.5 if t.dense else 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5 if t.dense else 3),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ]
        for i, a in enumerate(t.align):
            self.cmds.append(("ALIGN", (i, 1), (i, -1), {"L": "LEFT", "C": "CENTER", "R": "RIGHT"}[a]))
        self._heights: list[float] | None = None

    def make(self, start: int = 0, stop: int | None = None) -> RLTable:
        """The header row and body rows [start:stop], the header repeated on every page."""
        table = RLTable([self.header, *self.body[start:stop]], colWidths=self.widths, repeatRows=1)
        table.setStyle(TableStyle(self.cmds))
        table.hAlign = "CENTER"
        return table

    def heights(self, width: float) -> list[float]:
        """Each row's height, the header first."""
        if self._heights is None:
            full = self.make()
            full.wrap(width, 1e9)
            self._heights = list(full._rowHeights)
        return self._heights


def _height(items: list[Flowable], width: float, canv: Any) -> float:
    """The height a run of flowables takes, counting every space before and after (a little more than the frame)."""
    total = 0.0
    for f in items:
        if isinstance(f, KeepTogether):  # its wrap asks for a split; measure what it holds
            total += _height(list(f._content), width, canv)
        else:
            total += _listWrapOn([f], width, canv)[1] + f.getSpaceBefore() + f.getSpaceAfter()
    return total


class TableGroup(Flowable):
    """A table with the lines that lead into it and the blocks that must follow it on the same page.

    On the page where it starts, `before` stays with at least `head_rows` rows; at least `tail_rows` last rows stay
    with `after` (the adoption line and the signatures), so `after` never stands alone on a page.
    """

    def __init__(
        self,
        before: list[Flowable],
        maker: TableMaker,
        after: list[Flowable],
        *,
        start: int = 0,
        head_rows: int = HEAD_ROWS,
        tail_rows: int = 0,
        after_h: float | None = None,
    ) -> None:
        super().__init__()
        self.before, self.maker, self.after = before, maker, after
        self.start, self.head_rows, self.tail_rows = start, head_rows, tail_rows
        self._after_h: float | None = after_h

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        return aW, 0xFFFFFF  # always split: the parts flow on their own

    def _rest(self, start: int) -> TableGroup:
        return TableGroup(
            [], self.maker, self.after, start=start, head_rows=0, tail_rows=self.tail_rows, after_h=self._after_h
        )

    def split(self, aW: float, aH: float) -> list[Flowable]:
        canv = getattr(self, "canv", None)
        frame = getattr(self, "_frame", None)
        at_top = bool(getattr(frame, "_atTop", False))
        heights = self.maker.heights(aW)
        rows = heights[1 + self.start :]
        n = len(rows)
        fixed = _height(self.before, aW, canv) + heights[0] + 6
        if self._after_h is None:
            self._after_h = _height(self.after, aW, canv)
        after_h = self._after_h
        if fixed + sum(rows) + after_h <= aH - FUZZ:
            return [*self.before, self.maker.make(self.start), *self.after]
        fit, used = 0, fixed
        while fit < n and used + rows[fit] <= aH - FUZZ:
            used += rows[fit]
            fit += 1
        low = min(self.head_rows, n)
        high = n - min(self.tail_rows, n)
        need = max(low, 1)
        if need <= high and fit >= need:
            m = min(fit, high)
            if m >= n:  # nothing follows the table: it ends here
                return [*self.before, self.maker.make(self.start), *self.after]
            return [*self.before, self.maker.make(self.start, self.start + m), self._rest(self.start + m)]
        if not at_top:
            return [FrameBreak(), self]
        # At the top of a page and still too long: give up the constraints rather than loop.
        if fit == 0:
            return [*self.before, self._rest(self.start)] if self.before else self._degraded()
        if fit >= n:
            return [*self.before, self.maker.make(self.start), KeepTogether(self.after)]
        return [*self.before, self.maker.make(self.start, self.start + fit), self._rest(self.start + fit)]

    def _degraded(self) -> list[Flowable]:
        """One row taller than a page (cannot happen with these tables): let reportlab split the table itself."""
        return [self.maker.make(self.start), *self.after]


def _heading(h: Heading, width: float) -> RLTable:
    """Organisation, congress and term left, each line whole; the party (underlined) and the date right."""
    s = styles()
    left_w, right_w = fonts.heading_columns(((h.party, True, False), (h.place_date, False, True)), width, BODY)
    left: list[Flowable] = []
    for text, bold in zip(h.left, h.left_bold, strict=True):
        size = fonts.fit_size(text, left_w - 2, BODY, bold=bold)
        font = fonts.BOLD if bold else fonts.REGULAR
        style = _style(f"head{size}{bold}", fontName=font, fontSize=size, leading=size * 1.3, alignment=TA_CENTER)
        left.append(Paragraph(escape(text), style))
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


def _slot(title: str, note: str, names: tuple[str, ...], room: float) -> list[Flowable]:
    s = styles()
    flow: list[Flowable] = []
    if title:
        flow += [Paragraph(f"<b>{escape(title)}</b>", s["center"]), Paragraph(f"<i>{escape(note)}</i>", s["center"])]
    for name in names:
        flow += [Spacer(1, room * mm), Paragraph(f"<b>{escape(name)}</b>", s["center"])]
    return flow


def _signatures(sig: Signatures, width: float) -> Flowable:
    """Columns side by side (title, note, room to sign, name); many members go into a grid under the head."""
    cols = list(sig.columns)
    table_style = TableStyle(
        [
            ("FONT", (0, 0), (-1, -1), fonts.REGULAR, BODY),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ]
    )
    if len(cols) == 2 and len(cols[0].names) > GRID_FROM:
        members, head = cols
        top = RLTable([["", _slot(head.title, head.note, head.names, sig.room)]], colWidths=[width / 2] * 2)
        top.setStyle(table_style)
        title = _slot(members.title, members.note, (), sig.room)
        room = sig.room * 0.8
        cells = [_slot("", "", (name,), room) for name in members.names]
        cells += [[] for _ in range(-len(cells) % GRID_COLUMNS)]
        grid_rows = [cells[i : i + GRID_COLUMNS] for i in range(0, len(cells), GRID_COLUMNS)]
        grid = RLTable(grid_rows, colWidths=[width / GRID_COLUMNS] * GRID_COLUMNS)
        grid.setStyle(table_style)
        return KeepTogether([Spacer(1, 4 * mm), top, Spacer(1, 3 * mm), *title, grid])
    cells = [_slot(c.title, c.note, c.names, sig.room) for c in cols]
    if len(cells) == 1:
        cells.insert(0, [])
    table = RLTable([cells], colWidths=[width / len(cells)] * len(cells))
    table.setStyle(table_style)
    return KeepTogether([Spacer(1, 6 * mm), table])


def _block(b: Block, width: float, keep_next: bool = False) -> Flowable:
    """One paragraph, table, heading or signature block."""
    if isinstance(b, Para):
        p = Paragraph(_markup(b), styles()[b.style])
        p.keepWithNext = keep_next
        return p
    if isinstance(b, Table):
        return TableMaker(b, width).make()
    if isinstance(b, Heading):
        return _heading(b, width)
    assert isinstance(b, Signatures)
    return _signatures(b, width)


def _lead_in(out: list[Flowable]) -> list[Flowable]:
    """Takes the paragraphs that must stay with what follows (a section title, a lead-in line) off the end of `out`."""
    before: list[Flowable] = []
    while out and isinstance(out[-1], Paragraph) and out[-1].keepWithNext:
        before.insert(0, out.pop())
    for f in before:
        f.keepWithNext = 0
    return before


def flowables(doc: Document, width: float) -> list[Flowable]:
    """Each block as reportlab flowables; headings and lead-in lines stay with what follows them."""
    out: list[Flowable] = []
    blocks = doc.blocks
    for i, b in enumerate(blocks):
        following = blocks[i + 1] if i + 1 < len(blocks) else None
        if isinstance(b, Para):
            keep = b.style == "section" or isinstance(following, Table | Signatures | Keep)
            out.append(_block(b, width, keep))
        elif isinstance(b, Table):
            out.append(TableGroup(_lead_in(out), TableMaker(b, width), [], tail_rows=WIDOW_ROWS))
        elif isinstance(b, Keep):
            inner = list(b.blocks)
            if inner and isinstance(inner[0], Table):
                after = [_block(x, width) for x in inner[1:]]
                out.append(TableGroup(_lead_in(out), TableMaker(inner[0], width), after, tail_rows=b.rows))
            else:
                out.append(KeepTogether([*_lead_in(out), *(_block(x, width) for x in inner)]))
        else:
            out.append(_block(b, width))
    return out


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


def short_code(fingerprint: str) -> str:
    """The footer's short form: the first 16 hex digits in groups of 4, then '…'."""
    return f"{grouped(fingerprint[:16])} …"


def decorate(c: Canvas, doc: Document, page: int, pages: int) -> None:
    """What every page carries: page number (from page 2, top centre), short code, label, QR; a draft watermark."""
    w, h = c._pagesize
    c.saveState()
    left, bottom = MARGINS["leftMargin"], 6 * mm
    right = w - MARGINS["rightMargin"]
    if page > 1:
        c.setFillColor(INK)
        c.setFont(fonts.REGULAR, BODY)
        c.drawCentredString((left + right) / 2, h - 12 * mm, str(page))
    c.setStrokeColor(INK)
    c.setLineWidth(0.4)
    c.line(left, bottom + QR_SIZE + 1 * mm, right, bottom + QR_SIZE + 1 * mm)
    c.setFillColor(INK)
    c.setFont(fonts.REGULAR, 9)
    c.drawString(
        left, bottom + 12 * mm, f"Mã dữ liệu (SHA-256): {short_code(doc.fingerprint)} — đầy đủ ở {doc.code_where}"
    )
    c.drawString(left, bottom + 8 * mm, doc.label)
    c.setFont(fonts.ITALIC, 8)
    c.drawString(
        left,
        bottom + 4 * mm,
        f"Tài liệu gồm {pages} trang. Mã QR chứa mã dữ liệu đầy đủ; lệnh “kiemphieu verify” in cùng mã.",
    )
    c.saveState()
    c.translate(right - QR_SIZE, bottom)
    c.doForm(QR_FORM)
    c.restoreState()
    if doc.watermark:
        first, _, rest = doc.watermark.partition(" — ")
        c.setFillColor(WATERMARK)
        c.translate(w / 2, h / 2)
        c.rotate(55 if w < h else 30)
        c.setFont(fonts.BOLD, 72)
        c.drawCentredString(0, 6 * mm, first)
        if rest:
            c.setFont(fonts.BOLD, 26)
            c.drawCentredString(0, -10 * mm, rest)
    c.restoreState()


def _canvas_class(doc: Document) -> type[Canvas]:
    """A canvas that holds its pages back until the end, to print the page count and the page furniture."""

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
                    draw_qr(self, doc.qr_text, 0, 0, QR_SIZE)
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
