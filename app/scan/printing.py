"""The printed ballot: a round's layout drawn with reportlab, every copy the same page (no serial number)."""

from __future__ import annotations

import io

from reportlab.lib.colors import black
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from app.minutes import fonts
from app.minutes.pdf import draw_qr
from app.scan.layout import FONT_FACE, BallotLayout, ballot_layout
from app.texts import text
from ballot.model import ElectionData

FORM = "kiemphieu-ballot"


def _draw(c: Canvas, layout: BallotLayout) -> None:
    """The whole ballot on the canvas (reportlab's y goes up: every y is flipped)."""
    height = layout.page[1]
    c.setStrokeColor(black)
    c.setFillColor(black)
    for ln in layout.lines:
        c.setLineWidth(ln.width)
        c.setDash(2, 1.5) if ln.dashed else c.setDash()
        c.line(ln.x0 * mm, (height - ln.y0) * mm, ln.x1 * mm, (height - ln.y1) * mm)
    c.setDash()
    for t in layout.texts:
        c.setFont(FONT_FACE[t.face], t.size)
        draw = {"left": c.drawString, "center": c.drawCentredString, "right": c.drawRightString}[t.align]
        draw(t.x * mm, (height - t.y) * mm, t.text)
    for i in range(len(layout.fiducials)):
        b = layout.fiducial_box(i)
        c.rect(b.x0 * mm, (height - b.y1) * mm, b.width * mm, b.height * mm, stroke=0, fill=1)
    q = layout.qr
    draw_qr(c, layout.key.payload(), q.x0 * mm, (height - q.y1) * mm, q.width * mm)


def ballot_pdf(layout: BallotLayout, copies: int = 1) -> bytes:
    """`copies` identical pages of the ballot as PDF bytes (the same layout gives the same bytes)."""
    fonts.register()
    buf = io.BytesIO()
    w, h = layout.page
    c = Canvas(buf, pagesize=(w * mm, h * mm), invariant=1)
    c.setTitle(text("scan.ballot.pdf_title", {"election": layout.election, "round": layout.round}, "vi"))
    c.setAuthor("kiemphieu")
    c.setCreator("kiemphieu")
    c.beginForm(FORM)
    _draw(c, layout)
    c.endForm()
    for _ in range(max(1, copies)):
        c.doForm(FORM)
        c.showPage()
    c.save()
    return buf.getvalue()


def ballots_for(data: ElectionData, election_id: str, round_no: int, copies: int = 1) -> tuple[BallotLayout, bytes]:
    """The layout and the PDF of a round's ballots: what the command line and the window print."""
    layout = ballot_layout(data, election_id, round_no)
    return layout, ballot_pdf(layout, copies)
