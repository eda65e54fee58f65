"""Scanned ballots made by the project: printed with its own code, marked as people do, scanned badly.

Each sample is a page image (PNG or JPEG bytes) with the truth: which names were struck (or which mark in
each row), and what the reader must say about the page. Seeded: the same seed gives the same samples.

People's strikes: a ruler line, a freehand wavy line, a double line, a short line over most of the name,
a line slightly above or below the letters, a cross, a scribble — pens of different width and darkness.
Agree/disagree ballots: an X, a tick, a filled box; both boxes; none. Then the scanner: rotation (±3°),
150–300 dpi, a shifted crop, blur, noise, JPEG. Also the pages that must not be read as ballots of the
round: another round's, upside down (read, turned), a missing corner, blank, writing in the margin, a
name added, no stamp.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

import cv2
import numpy as np

from app.scan.images import render_pdf
from app.scan.layout import BallotLayout, Box, ballot_layout
from app.scan.printing import ballot_pdf
from ballot.model import (
    Body,
    Candidate,
    Congress,
    CongressKind,
    Election,
    ElectionData,
    Electorate,
    Form,
    Mark,
    Round,
)

PRINT_DPI = 300
FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô"]
MIDDLE = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Quốc", "Ngọc", "Xuân", "Thu", "Hồng", "Công", "Đình"]
GIVEN = ["An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hằng", "Hùng", "Khải", "Lan", "Lệ", "Long", "Mai", "Nam",
         "Nga", "Phúc", "Quân", "Sơn", "Tâm", "Thảo", "Thắng", "Trung", "Tuấn", "Việt", "Yến", "Phương Thảo",
         "Thành Trung", "Ánh Tuyết"]  # fmt: skip
STRIKES = ("ruler", "wavy", "double", "short", "above", "below", "cross", "scribble")
BOX_MARKS = ("x", "tick", "filled")


@dataclass(frozen=True)
class Sample:
    """One scanned page and what the reader must make of it."""

    kind: str
    image: bytes
    suffix: str
    dpi: int
    election: str
    round: int
    form: Form
    struck: frozenset[int] = frozenset()
    marks: dict[int, Mark] = field(default_factory=dict)
    expect: str = "read"  # read | doubtful | rejected
    reason: str = ""  # the reason code expected (rejected and special doubtful pages)


def congress_data(sizes: list[tuple[int, int]], seed: int = 1) -> ElectionData:
    """A congress with one election per (names, seats); each has two rounds with the same list."""
    rng = np.random.default_rng(seed)
    elections = []
    for i, (n, seats) in enumerate(sizes):
        names: list[str] = []
        while len(names) < n:
            name = f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"
            if name not in names:
                names.append(name)
        cands = tuple(Candidate(k + 1, nm) for k, nm in enumerate(names))
        rounds = tuple(Round(r, seats, tuple(range(1, n + 1)), 0, 0) for r in (1, 2))
        elections.append(
            Election(f"e{i}", f"Bầu Ban Chấp hành Đảng bộ thử {i} khóa XXV", Body.COMMITTEE, seats, cands, rounds)
        )
    congress = Congress("Đảng bộ xã Thái Tân", "Đại hội đại biểu Đảng bộ xã Thái Tân lần thứ XXV", "2025–2030",
                        CongressKind.DELEGATES, Electorate(150), 140)  # fmt: skip
    return ElectionData("qd190-2024", congress, tuple(elections))


@lru_cache(maxsize=24)
def _blank(layout: BallotLayout) -> np.ndarray:
    """The blank ballot at the printer's resolution."""
    return next(render_pdf(ballot_pdf(layout), PRINT_DPI))


class Pen:
    """Draws on an ink layer in millimetres: one width and darkness per pen (`harsh`: thinner and paler)."""

    def __init__(self, ink: np.ndarray, rng: np.random.Generator, harsh: bool = False) -> None:
        self.ink, self.rng = ink, rng
        self.width = float(rng.uniform(0.2, 0.5)) if harsh else float(rng.uniform(0.3, 0.8))
        self.level = int(rng.uniform(60, 170)) if harsh else int(rng.uniform(15, 110))

    def line(self, pts: list[tuple[float, float]], width: float | None = None, level: int | None = None) -> None:
        """A polyline through the points (mm), anti-aliased, at 1/16 pixel precision."""
        s = PRINT_DPI / 25.4 * 16
        arr = np.array([[round(x * s), round(y * s)] for x, y in pts], np.int32)
        thick = max(1, round((width or self.width) * PRINT_DPI / 25.4))
        cv2.polylines(self.ink, [arr], False, level or self.level, thick, cv2.LINE_AA, shift=4)

    def freehand(self, x0: float, y0: float, x1: float, y1: float, wobble: float = 0.25) -> None:
        """A hand-drawn line: gentle waves and jitter."""
        n = max(8, int(abs(x1 - x0) / 1.5))
        amp, wl, ph = self.rng.uniform(0, wobble), self.rng.uniform(4, 12), self.rng.uniform(0, 6.3)
        pts = []
        for k in range(n + 1):
            t = k / n
            x = x0 + (x1 - x0) * t
            y = y0 + (y1 - y0) * t + amp * math.sin(ph + (x - x0) / wl * 6.28) + self.rng.normal(0, 0.06)
            pts.append((x, y))
        self.line(pts)


def strike(pen: Pen, cell: Box, name: Box, style: str) -> None:
    """Strikes a printed name the way a voter does."""
    rng = pen.rng
    size = (name.y1 - name.y0) / 0.94
    mid = name.y1 - 0.22 * size - 0.3 * size + rng.normal(0, 0.25)
    over = lambda: float(rng.uniform(0.5, 4.0))  # noqa: E731
    x0, x1 = name.x0 - over(), name.x1 + over()
    slope = math.tan(math.radians(rng.uniform(-1.5, 1.5))) * (x1 - x0)
    if style == "ruler":
        pen.line([(x0, mid - slope / 2), (x1, mid + slope / 2)])
    elif style == "wavy":
        pen.freehand(x0, mid, x1, mid + slope / 3, wobble=0.8)
    elif style == "double":
        d = rng.uniform(0.7, 1.4)
        pen.freehand(x0, mid - d / 2, x1, mid - d / 2 + slope / 3)
        pen.freehand(x0 + rng.uniform(-2, 2), mid + d / 2, x1 + rng.uniform(-2, 2), mid + d / 2 + slope / 3)
    elif style == "short":
        frac = rng.uniform(0.65, 0.9)
        w = name.x1 - name.x0
        a = name.x0 + rng.uniform(0, 1 - frac) * w
        pen.freehand(a, mid, a + frac * w, mid + slope / 4)
    elif style == "above":
        y = name.y0 + rng.uniform(0.2, 0.8)
        pen.freehand(x0, y, x1, y + slope / 4)
    elif style == "below":
        y = name.y1 - 0.22 * size + rng.uniform(-0.2, 0.4)
        pen.freehand(x0, y, x1, y + slope / 4)
    elif style == "cross":
        t, b = max(cell.y0 + 0.8, name.y0 - 0.5), min(cell.y1 - 0.8, name.y1 + 0.3)
        pen.line([(x0, t), (x1, b)])
        pen.line([(x0, b), (x1, t)])
    else:  # scribble
        pts, x = [], x0
        t, b = name.y0 + 0.3, name.y1 - 0.3
        while x < x1:
            pts += [(x, t + rng.normal(0, 0.2)), (x + rng.uniform(0.8, 2.0), b + rng.normal(0, 0.2))]
            x += rng.uniform(1.5, 3.0)
        pen.line(pts)


def mark_box(pen: Pen, box: Box, style: str) -> None:
    """Marks an agree/disagree box: an X, a tick or a filled box."""
    rng = pen.rng
    i = box.inset(float(rng.uniform(1.2, 2.2)))
    cx, cy = (i.x0 + i.x1) / 2 + rng.normal(0, 1.0), (i.y0 + i.y1) / 2 + rng.normal(0, 0.3)
    hw, hh = min(i.width / 2, rng.uniform(2.5, 6.0)), i.height / 2
    if style == "x":
        pen.line([(cx - hw, cy - hh), (cx + hw, cy + hh)])
        pen.line([(cx - hw, cy + hh), (cx + hw, cy - hh)])
    elif style == "tick":
        pen.line([(cx - hw, cy), (cx - hw / 3, cy + hh), (cx + hw, cy - hh)])
    else:
        y = i.y0
        while y < i.y1:
            pen.line([(i.x0, y), (i.x1, y + 0.6)], width=0.7)
            y += 0.5


def stamp(ink: np.ndarray, layout: BallotLayout, rng: np.random.Generator) -> None:
    """The counting committee's red seal over the stamp box, as it looks in a grey scan."""
    s = PRINT_DPI / 25.4
    b = layout.stamp
    cx, cy = (b.x0 + b.x1) / 2 + rng.normal(0, 2), (b.y0 + b.y1) / 2 + rng.normal(0, 1.5)
    level = int(rng.uniform(85, 140))
    for r, w in ((13.0, 0.9), (9.0, 0.5)):
        cv2.circle(ink, (round(cx * s), round(cy * s)), round(r * s), level, max(1, round(w * s)), cv2.LINE_AA)
    star = [(cx + 4 * math.cos(a) * (1 if k % 2 == 0 else 0.4), cy + 4 * math.sin(a) * (1 if k % 2 == 0 else 0.4))
            for k, a in enumerate(np.linspace(-math.pi / 2, 1.5 * math.pi, 11))]  # fmt: skip
    cv2.fillPoly(ink, [np.array([[round(x * s), round(y * s)] for x, y in star], np.int32)], level, cv2.LINE_AA)
    for k in range(28):  # the lettering round the edge
        a = k / 28 * 2 * math.pi
        x, y = cx + 11 * math.cos(a), cy + 11 * math.sin(a)
        cv2.circle(ink, (round(x * s), round(y * s)), round(0.55 * s), level, -1, cv2.LINE_AA)


def handwriting(pen: Pen, x: float, y: float, width: float) -> None:
    """A line of handwriting-like loops starting at (x, y), about `width` mm long."""
    rng = pen.rng
    pts = []
    t = 0.0
    while t < width:
        pts.append((x + t, y + rng.uniform(-1.8, 0.3)))
        pts.append((x + t + rng.uniform(0.4, 1.0), y + rng.uniform(-0.2, 0.6)))
        t += rng.uniform(0.8, 1.8)
    pen.line(pts, width=0.45)


def scan(page: np.ndarray, layout: BallotLayout, rng: np.random.Generator, dpi: int, turn: float = 0.0) -> np.ndarray:
    """The scanner: rotation, scale to `dpi`, a shifted crop, blur and noise."""
    h, w = page.shape
    angle = turn + float(rng.uniform(-3, 3))
    scale = dpi / PRINT_DPI
    # the scanner crops to the skewed sheet's outline, a few millimetres more or less on each side
    pw, ph = layout.page[0] * dpi / 25.4, layout.page[1] * dpi / 25.4
    a = math.radians(abs((angle + 90) % 180 - 90))
    bw, bh = pw * math.cos(a) + ph * math.sin(a), pw * math.sin(a) + ph * math.cos(a)
    mm = dpi / 25.4
    ow, oh = round(bw + rng.uniform(-2, 5) * mm), round(bh + rng.uniform(-2, 5) * mm)
    m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, scale)
    m[0, 2] += ow / 2 - w / 2 + rng.uniform(-2, 2) * mm
    m[1, 2] += oh / 2 - h / 2 + rng.uniform(-2, 2) * mm
    out = cv2.warpAffine(page, m, (ow, oh), flags=cv2.INTER_AREA, borderValue=int(rng.uniform(235, 255)))
    sigma = float(rng.uniform(0, 1.0))
    if sigma > 0.3:
        out = cv2.GaussianBlur(out, (0, 0), sigma)
    paper = float(rng.uniform(225, 250))
    noisy = out.astype(np.float32) * (paper / 255) + rng.normal(0, rng.uniform(2, 8), out.shape).astype(np.float32)
    return np.clip(noisy, 0, 255).astype(np.uint8)


def encode(img: np.ndarray, rng: np.random.Generator, harsh: bool = False) -> tuple[bytes, str]:
    """PNG or JPEG (quality 50–95) bytes; `harsh`: JPEG of quality 30–60."""
    if harsh:
        _ok, buf = cv2.imencode(".jpg", img, [cv2.IMWRITE_JPEG_QUALITY, int(rng.uniform(30, 60))])
        return buf.tobytes(), ".jpg"
    if rng.random() < 0.6:
        _ok, buf = cv2.imencode(".jpg", img, [cv2.IMWRITE_JPEG_QUALITY, int(rng.uniform(50, 95))])
        return buf.tobytes(), ".jpg"
    _ok, buf = cv2.imencode(".png", img, [cv2.IMWRITE_PNG_COMPRESSION, 1])
    return buf.tobytes(), ".png"


def ballot(
    data: ElectionData, election: str, rnd: int, kind: str, rng: np.random.Generator, harsh: bool = False
) -> Sample:
    """One sample page of the given kind (see the module's docstring).

    `harsh` goes beyond what the issue asks, to see how the reader fails: thinner and paler pens, every page at
    150 dpi, blurred once more, JPEG of quality 30–60. Without it nothing changes (same draws, same pages).
    """
    layout = ballot_layout(data, election, rnd)
    page = _blank(layout).copy()
    ink = np.full_like(page, 255)
    pen = Pen(ink, rng, harsh)
    struck: set[int] = set()
    marks: dict[int, Mark] = {}
    n = len(layout.rows)
    if layout.form is Form.STRIKE_OUT:
        seats = layout.seats
        k = int(rng.integers(max(0, n - seats), n)) if rng.random() < 0.9 else int(rng.integers(0, n + 1))
        struck = set(int(x) for x in rng.choice([r.no for r in layout.rows], size=k, replace=False))
        for row in layout.rows:
            if row.no in struck:
                if rng.random() < 0.3:
                    pen = Pen(ink, rng, harsh)  # another pen, now and then
                strike(pen, row.cell, row.name, str(rng.choice(STRIKES)))
    else:
        for row in layout.rows:
            assert row.agree is not None and row.disagree is not None
            m = Mark(rng.choice(["agree", "disagree", "none", "both"], p=[0.7, 0.2, 0.05, 0.05]))
            marks[row.no] = m
            style = str(rng.choice(BOX_MARKS))
            if m in (Mark.AGREE, Mark.BOTH):
                mark_box(pen, row.agree, style)
            if m in (Mark.DISAGREE, Mark.BOTH):
                mark_box(pen, row.disagree, style)
    expect, reason, turn = "read", "", 0.0
    if kind != "no_stamp":
        stamp(ink, layout, rng)
    else:
        expect, reason = "doubtful", "scan.no_stamp"
    if kind == "margin_writing":
        heading = next(t for t in layout.texts if t.text.startswith("PHIẾU"))
        handwriting(pen, layout.page[0] - float(rng.uniform(45, 55)), heading.y, 25)
        expect, reason = "doubtful", "scan.marks_outside"
    elif kind == "name_added":
        handwriting(pen, layout.table.x0 + 12, layout.table.y1 + 6, 45)
        expect, reason = "doubtful", "scan.marks_outside"
    elif kind == "upside_down":
        turn = 180.0
    page = np.minimum(page, ink)
    if kind == "blank":
        page = np.full_like(page, 255)
        expect, reason = "rejected", "scan.blank_page"
    elif kind == "missing_corner":
        corner = int(rng.integers(0, 4))
        x, y = layout.fiducials[corner]
        s = PRINT_DPI / 25.4
        r = round(16 * s)
        cx, cy = round(x * s), round(y * s)
        page[max(0, cy - r) : cy + r, max(0, cx - r) : cx + r] = 255  # torn off
        expect, reason = "rejected", "scan.corners_missing"
    dpi = int(rng.choice([150, 200, 200, 250, 300]))
    if harsh:
        dpi = 150
    img = scan(page, layout, rng, dpi, turn)
    if harsh:
        img = cv2.GaussianBlur(img, (0, 0), float(rng.uniform(0.5, 1.3)))
    blob, suffix = encode(img, rng, harsh)
    return Sample(kind, blob, suffix, dpi, election, rnd, layout.form, frozenset(struck), marks, expect, reason)


#: How often each kind of page comes, out of 100.
KINDS = {"strike": 62, "agree": 20, "other_round": 4, "upside_down": 4, "missing_corner": 2, "blank": 2,
         "margin_writing": 2, "name_added": 2, "no_stamp": 2}  # fmt: skip


def sizes_for(count: int, seed: int) -> list[tuple[int, int]]:
    """Lists of 5 to 60 names (strike-out: seats below the list) and agree/disagree lists (seats = list)."""
    rng = np.random.default_rng(seed)
    out = []
    for _ in range(count):
        n = int(rng.integers(5, 61))
        out.append((n, max(1, int(n * rng.uniform(0.6, 0.9)))))
    for _ in range(max(1, count // 3)):
        n = int(rng.integers(1, 31))
        out.append((n, n))
    return out


def samples(count: int, seed: int = 15, harsh: bool = False) -> tuple[ElectionData, Iterator[Sample]]:
    """The congress and `count` sample pages of every kind, read against each election's round 2 (`harsh`: see
    `ballot`)."""
    rng = np.random.default_rng(seed)
    data = congress_data(sizes_for(12, seed), seed)
    strike_ids = [e.id for e in data.elections if e.seats < len(e.candidates)]
    agree_ids = [e.id for e in data.elections if e.seats >= len(e.candidates)]
    kinds = list(KINDS)
    p = np.array([KINDS[k] for k in kinds], float)
    p /= p.sum()

    def gen() -> Iterator[Sample]:
        for _ in range(count):
            kind = str(rng.choice(kinds, p=p))
            election = str(rng.choice(agree_ids if kind == "agree" else strike_ids))
            s = ballot(data, election, 1 if kind == "other_round" else 2, kind, rng, harsh)
            if kind == "other_round":
                s = Sample(s.kind, s.image, s.suffix, s.dpi, s.election, s.round, s.form, s.struck, s.marks,
                           "rejected", "scan.other_round")  # fmt: skip
            yield s

    return data, gen()
