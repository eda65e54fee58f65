"""The printed ballot as a drawing list in millimetres, computed from the round alone.

One value says everything the paper carries — texts, lines, the stamp box, the four corner marks, the QR
code's place — and where each name row and each agree/disagree box is. The printer draws it
(`app.scan.printing`) and the reader compares a scan with it (`app.scan.reader`), so both always agree.
Coordinates are millimetres from the page's top-left corner, y downwards (as in an image).

The layout's fingerprint is a hash of the whole drawing except the QR code (which carries it); the QR holds
the congress, the election, the round and that fingerprint, so a page printed for another round, or before
the list changed, is never read as this one. Nothing varies between copies: no serial number.
"""

from __future__ import annotations

import functools
import hashlib
import json
import math
from dataclasses import asdict, dataclass
from urllib.parse import quote, unquote

from reportlab.pdfbase.pdfmetrics import stringWidth

from app.errors import UserError
from app.minutes import fonts
from app.texts import text as wording
from ballot.model import Congress, ElectionData, ElectionKind, Form

PT_MM = 25.4 / 72  # one typographic point in millimetres

A4 = (210.0, 297.0)
A5 = (148.0, 210.0)
MARGIN = 13.0  # content starts this far from the page edge
FIDUCIAL = 5.0  # side of a corner mark
FIDUCIAL_INSET = 7.0  # from the page edge to the mark's outer side
QR_SIZE = 20.0
STAMP = (38.0, 30.0)  # the stamp box (width, height)
HEADER_ROW = 7.0
MIN_PITCH = 6.5
MAX_PITCH = 10.0
A5_MAX_NAMES = 12
PAYLOAD_FORMAT = "kiemphieu-ballot/1"

FONT_FACE = {"regular": fonts.REGULAR, "bold": fonts.BOLD, "italic": fonts.ITALIC}


@dataclass(frozen=True, slots=True)
class Box:
    """A rectangle in millimetres from the top-left corner of the page."""

    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def width(self) -> float:
        """x1 − x0."""
        return self.x1 - self.x0

    @property
    def height(self) -> float:
        """y1 − y0."""
        return self.y1 - self.y0

    def inset(self, d: float) -> Box:
        """The box shrunk by d on every side."""
        return Box(self.x0 + d, self.y0 + d, self.x1 - d, self.y1 - d)


@dataclass(frozen=True, slots=True)
class Text:
    """One line of text: `y` is its baseline; `align` left, center or right of `x`."""

    x: float
    y: float
    text: str
    face: str = "regular"
    size: float = 12.0
    align: str = "left"


@dataclass(frozen=True, slots=True)
class Line:
    """A straight line; `width` in points."""

    x0: float
    y0: float
    x1: float
    y1: float
    width: float = 0.5
    dashed: bool = False


@dataclass(frozen=True, slots=True)
class Row:
    """One name on the ballot: its printed name's ink box, its cell, and (agree/disagree form) its two boxes."""

    no: int
    text: str
    name: Box
    cell: Box
    agree: Box | None = None
    disagree: Box | None = None


@dataclass(frozen=True, slots=True)
class BallotKey:
    """What the QR code says: congress, election, round and the layout's fingerprint."""

    congress: str
    election: str
    round: int
    fingerprint: str

    def payload(self) -> str:
        """The QR code's text."""
        return f"{PAYLOAD_FORMAT};{self.congress};{quote(self.election, safe='')};{self.round};{self.fingerprint}"

    @staticmethod
    def parse(text: str) -> BallotKey | None:
        """The key in a QR code's text, or None if it is not a kiemphieu ballot's."""
        parts = text.strip().split(";")
        if len(parts) != 5 or parts[0] != PAYLOAD_FORMAT or not parts[3].isdigit():
            return None
        return BallotKey(parts[1], unquote(parts[2]), int(parts[3]), parts[4])


@dataclass(frozen=True)
class BallotLayout:
    """Everything printed on one ballot of one round, and where the reader looks.

    The fingerprint and the key are computed once per layout (hashing the drawing costs milliseconds, and the
    reader asks for them on every page).
    """

    congress: str
    election: str
    round: int
    form: Form
    seats: int
    page: tuple[float, float]
    texts: tuple[Text, ...]
    lines: tuple[Line, ...]
    rows: tuple[Row, ...]
    fiducials: tuple[tuple[float, float], ...]  # centres: top-left, top-right, bottom-right, bottom-left
    qr: Box
    stamp: Box
    table: Box  # the whole table (all column groups), header included

    @functools.cached_property
    def fingerprint(self) -> str:
        """SHA-256 (first 16 hex digits) of the drawing without the QR code: what the reader relies on."""
        doc = asdict(self)
        doc.pop("congress"), doc.pop("election"), doc.pop("round")
        raw = json.dumps(doc, ensure_ascii=False, sort_keys=True, default=str, separators=(",", ":"))
        return hashlib.sha256(raw.encode()).hexdigest()[:16]

    @functools.cached_property
    def key(self) -> BallotKey:
        """What the QR code carries."""
        return BallotKey(self.congress, self.election, self.round, self.fingerprint)

    def fiducial_box(self, i: int) -> Box:
        """The i-th corner mark as a box."""
        x, y = self.fiducials[i]
        h = FIDUCIAL / 2
        return Box(x - h, y - h, x + h, y + h)


def congress_key(congress: Congress) -> str:
    """A short hash naming the congress (the same in its database and its election file)."""
    raw = "\n".join((congress.organization, congress.title, congress.term))
    return hashlib.sha256(raw.encode()).hexdigest()[:8]


def _say(code: str, **params: object) -> str:
    """The ballot's printed wording: always Vietnamese, from the catalogue (`app.texts`, "scan.ballot.*")."""
    return wording(code, params, "vi")


def _width(text: str, face: str, size: float) -> float:
    """The text's width in millimetres."""
    return float(stringWidth(text, FONT_FACE[face], size)) * PT_MM


def _wrap(text: str, face: str, size: float, width: float) -> list[str]:
    """The text broken into lines no wider than `width` (a single long word stays whole)."""
    lines: list[str] = []
    for word in text.split():
        if lines and _width(f"{lines[-1]} {word}", face, size) <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines


def _lines_of(text: str, face: str, size: float, x: float, y: float, width: float) -> tuple[list[Text], float]:
    """Centred wrapped lines starting with the first baseline at `y`; returns them and the next free y."""
    step = size * PT_MM * 1.25
    out = [
        Text(x + width / 2, y + i * step, line, face, size, "center")
        for i, line in enumerate(_wrap(text, face, size, width))
    ]
    return out, y + step * (len(out) - 1) + size * PT_MM * 0.6


@dataclass(frozen=True, slots=True)
class _Plan:
    page: tuple[float, float]
    groups: int
    pitch: float
    size: float


def _header(
    congress: Congress, title: str, form: Form, opinion: bool, seats: int, round_no: int, page: tuple[float, float]
) -> tuple[list[Text], list[Line], Box, Box, float]:
    """The top of the ballot: stamp box, QR place, congress, title, instruction; returns where the table starts."""
    w, _h = page
    stamp = Box(MARGIN, MARGIN, MARGIN + STAMP[0], MARGIN + STAMP[1])
    qr = Box(w - 16 - QR_SIZE, 16, w - 16, 16 + QR_SIZE)
    texts: list[Text] = [
        Text((stamp.x0 + stamp.x1) / 2, stamp.y1 - 2.5, _say("scan.ballot.stamp_box"), "italic", 8, "center")
    ]
    lines = [
        Line(stamp.x0, stamp.y0, stamp.x1, stamp.y0, 0.5, True),
        Line(stamp.x1, stamp.y0, stamp.x1, stamp.y1, 0.5, True),
        Line(stamp.x1, stamp.y1, stamp.x0, stamp.y1, 0.5, True),
        Line(stamp.x0, stamp.y1, stamp.x0, stamp.y0, 0.5, True),
    ]
    band_x0, band_x1 = stamp.x1 + 3, qr.x0 - 3
    top, y = _lines_of(congress.title.upper(), "bold", 10, band_x0, stamp.y0 + 4, band_x1 - band_x0)
    texts += top
    if congress.term:
        more, y = _lines_of(
            _say("scan.ballot.term", term=congress.term), "italic", 10, band_x0, y + 3.5, band_x1 - band_x0
        )
        texts += more
    y = max(y, qr.y1, stamp.y1) + 8
    x0, width = MARGIN, w - 2 * MARGIN
    heading = _say("scan.ballot.heading_opinion" if opinion else "scan.ballot.heading")
    more, y = _lines_of(heading, "bold", 16, x0, y, width)
    texts += more
    more, y = _lines_of(title, "bold", 12, x0, y + 5.5, width)
    texts += more
    if round_no > 1:
        more, y = _lines_of(_say("scan.ballot.round", round=round_no), "bold", 11, x0, y + 5, width)
        texts += more
    if form is Form.STRIKE_OUT:
        say = _say("scan.ballot.instruction_strike", seats=seats)
    else:
        say = _say("scan.ballot.instruction_marks")
    more, y = _lines_of(say, "italic", 11, x0, y + 5, width)
    texts += more
    return texts, lines, stamp, qr, y + 3


def _columns(form: Form, group_width: float) -> tuple[float, float]:
    """Widths of the STT column and of each agree/disagree column in one group."""
    box = 0.0 if form is Form.STRIKE_OUT else min(24.0, max(16.0, group_width * 0.16))
    return 9.0, box


def _plan(n: int, labels: list[str], form: Form, table_top: dict[tuple[float, float], float]) -> _Plan:
    """Page, column groups, row pitch and font size: the first that fits (A5 for short lists)."""
    options = [(A5, 1)] if n <= A5_MAX_NAMES else []
    options += [(A4, 1), (A4, 2), (A4, 3)]
    for page, groups in options:
        usable = page[1] - MARGIN - 1.5 - table_top[page] - HEADER_ROW
        rows = math.ceil(n / groups)
        pitch = min(MAX_PITCH, usable / rows)
        if pitch < MIN_PITCH:
            continue
        gw = (page[0] - 2 * MARGIN - 4.0 * (groups - 1)) / groups
        stt, box = _columns(form, gw)
        name_w = gw - stt - 2 * box - 4.0
        size = min(13.0, round(pitch * 1.5, 1))
        while size >= 9.0 and max(_width(t, "regular", size) for t in labels) > name_w:
            size -= 0.5
        if size >= 9.0:
            return _Plan(page, groups, pitch, size)
    raise UserError("scan.too_many_names", {"n": n})


def ballot_layout(data: ElectionData, election_id: str, round_no: int) -> BallotLayout:
    """The ballot of one round (`KeyError` if there is no such election or round)."""
    fonts.register()
    election = data.election(election_id)
    rnd = next(r for r in election.rounds if r.number == round_no)
    form = election.form(rnd)
    people = [election.candidate(no) for no in rnd.candidates]
    names = [p.name for p in people]
    labels = [f"{p.name} ({p.note})" if p.note and names.count(p.name) > 1 else p.name for p in people]
    opinion = election.kind is ElectionKind.OPINION
    headers = {
        page: _header(data.congress, election.title, form, opinion, rnd.seats, rnd.number, page) for page in (A4, A5)
    }
    plan = _plan(len(people), labels, form, {page: h[4] for page, h in headers.items()})
    texts, lines, stamp, qr, top = headers[plan.page]
    w, h = plan.page
    gw = (w - 2 * MARGIN - 4.0 * (plan.groups - 1)) / plan.groups
    stt, box = _columns(form, gw)
    per_group = math.ceil(len(people) / plan.groups)
    size_mm = plan.size * PT_MM
    rows: list[Row] = []
    for g in range(plan.groups):
        gx0 = MARGIN + g * (gw + 4.0)
        xs = [gx0, gx0 + stt, gx0 + gw - 2 * box, gx0 + gw - box, gx0 + gw]
        if form is Form.STRIKE_OUT:
            xs = [*xs[:2], xs[-1]]
        chunk = list(zip(people, labels, strict=True))[g * per_group : (g + 1) * per_group]
        if not chunk:
            break
        bottom = top + HEADER_ROW + len(chunk) * plan.pitch
        heads = [_say(f"scan.ballot.column_{c}") for c in ("no", "name", "agree", "disagree")[: len(xs) - 1]]
        for i, head in enumerate(heads):
            hs = 10.0 if _width(head, "bold", 10.0) < xs[i + 1] - xs[i] - 1 else 8.0
            texts.append(Text((xs[i] + xs[i + 1]) / 2, top + HEADER_ROW / 2 + 1.3, head, "bold", hs, "center"))
        for x in xs:
            lines.append(Line(x, top, x, bottom, 0.8 if x in (xs[0], xs[-1]) else 0.4))
        lines.append(Line(xs[0], top, xs[-1], top, 0.8))
        lines.append(Line(xs[0], bottom, xs[-1], bottom, 0.8))
        for i, (person, label) in enumerate(chunk):
            y0 = top + HEADER_ROW + i * plan.pitch
            y1 = y0 + plan.pitch
            lines.append(Line(xs[0], y0, xs[-1], y0, 0.4))
            base = (y0 + y1) / 2 + 0.33 * size_mm
            texts.append(Text((xs[0] + xs[1]) / 2, base, str(g * per_group + i + 1), "regular", plan.size, "center"))
            nx = xs[1] + 2.0
            texts.append(Text(nx, base, label, "regular", plan.size))
            name = Box(nx, base - 0.72 * size_mm, nx + _width(label, "regular", plan.size), base + 0.22 * size_mm)
            cell = Box(xs[1], y0, xs[2], y1)
            agree = disagree = None
            if form is Form.AGREE_DISAGREE:
                agree, disagree = Box(xs[2], y0, xs[3], y1), Box(xs[3], y0, xs[4], y1)
            rows.append(Row(person.no, label, name, cell, agree, disagree))
    f = FIDUCIAL_INSET + FIDUCIAL / 2
    fiducials = ((f, f), (w - f, f), (w - f, h - f), (f, h - f))
    table = Box(MARGIN, top, w - MARGIN, top + HEADER_ROW + per_group * plan.pitch)
    return BallotLayout(
        congress=congress_key(data.congress),
        election=election.id,
        round=rnd.number,
        form=form,
        seats=rnd.seats,
        page=plan.page,
        texts=tuple(texts),
        lines=tuple(lines),
        rows=tuple(rows),
        fiducials=fiducials,
        qr=qr,
        stamp=stamp,
        table=table,
    )
