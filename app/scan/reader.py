"""Reading one scanned page: find the corner marks, recognise the ballot by its QR code, straighten each row
onto the blank ballot and measure the new ink on every name and box.

The steps (borrowed in spirit from VotingWorks' interpreter and OMRChecker, written for strike-out ballots):

1. **Corner marks.** On a copy reduced by a whole factor, the solid squares nearest the image's four corners;
   then each one's centre at full resolution. Any missing → rejected.
2. **Which ballot.** For each orientation (upright, upside down, sideways) the four marks give a homography;
   the QR code's modules are sampled where that ballot's QR would be and compared with the modules every
   known round's QR must have. One clear winner names the ballot and fixes the orientation. Otherwise the
   QR is decoded (OpenCV) only to say why the page is refused (another congress, an unreadable code …).
3. **Each row, straightened and aligned.** The blank ballot is rendered once per round at `FINE` pixels per mm
   (`Template`). How soft the scan is (σ of a Gaussian) is measured once per page on a printed title. Each name
   is cut out of the scan at the fine scale where the corner marks put it and aligned on the blank, softened
   alike, to a fraction of a pixel (column and row sums; ink darker than any print within reach is left out,
   so a heavy strike does not pull the row). A page drifts smoothly: a row whose own shift disagrees with the
   affine drift fitted to all rows takes the drift's (`settle`).
4. **Measure.** The scan is compared with the aligned blank: in every 1.5 × 0.6 mm window, the darkening of the
   white the print leaves there (`ratio`: the printed letters hide a stroke, the gaps between and inside them
   show it). Per name: the share of its columns crossed (a window darkened by `line`), above, through and at
   the foot of the small letters; the longest crossed stretch; the share with even a faint stroke (`faint`);
   the new ink. Per agree/disagree box: the new and the faint ink inside. Two thresholds per measure
   (`Thresholds`): clearly yes, clearly no, doubtful between — a name is kept, a box empty, only if not even a
   faint stroke is seen. A ring round a name is for a person. The share of each row's printed ink found in
   place checks the alignment (a row below `row_match` is doubtful; a page whose median is below `match` is
   rejected).
5. **The page.** At `COARSE` pixels per mm, new ink where the ballot has nothing to mark (margins, header, under
   the table, the empty end of a cell; a stroke running on from a name excepted) and an empty stamp box make
   the page doubtful.

Nothing here keeps state between pages: a `Reader` can be shared by worker threads.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Iterable
from dataclasses import dataclass

import cv2
import numpy as np

from app.scan.layout import FIDUCIAL, BallotKey, BallotLayout, Box, Row, ballot_layout
from app.scan.model import BoxScore, NameScore, PageReading, Reason, RowReading, Status, Thresholds, Verdict
from ballot.model import ElectionData, Form

FINE = 8.0  # pixels per millimetre where the rows are measured (203 dpi)
COARSE = 4.0  # pixels per millimetre of the whole-page checks: marks outside the names, stamp (102 dpi)
REDUCED = 1000  # about the longest side of the reduced copy used to find the corner marks
QR_AGREE = 0.85  # share of QR modules that must match a known ballot's
QR_MARGIN = 0.10  # … and beat the next best by this much
SPECK = 2  # blobs of new ink of at most this many coarse pixels are the scanner's, not a pen's
SEARCH = 3  # each row is aligned within ± this many fine pixels (± 0.375 mm) of where the corner marks put it …
AGREE = 1.25  # … and keeps its own alignment if within this many fine pixels of the page's drift
WINDOW = (12, 5)  # a stroke's darkening is measured over windows of 1.5 × 0.6 mm (fine pixels, width × height)
SIGMAS = tuple(round(0.4 + 0.2 * i, 1) for i in range(13))  # how soft a scan can be, in fine pixels


def _slices(b: Box, k: float) -> tuple[slice, slice]:
    """The box in pixels at k pixels per millimetre, as (rows, columns) slices."""
    return slice(round(b.y0 * k), round(b.y1 * k)), slice(round(b.x0 * k), round(b.x1 * k))


def qr_pattern(layout: BallotLayout) -> np.ndarray:
    """The dark (True) and light modules of the layout's QR code."""
    from app.minutes.qr import qr_modules

    return np.array(qr_modules(layout.key.payload()), dtype=bool)


def row_box(row: Row) -> Box:
    """Where a name is measured: the printed name with room for a stroke's ends, inside the cell's lines."""
    c, n = row.cell, row.name
    return Box(max(c.x0 + 0.4, n.x0 - 1.5), c.y0 + 0.4, min(c.x1 - 0.4, n.x1 + 1.5), c.y1 - 0.4)


@dataclass(frozen=True, eq=False)
class Template:
    """A round's blank ballot: sharp at the fine scale (the rows), soft at the coarse one (the page checks)."""

    layout: BallotLayout
    fine: np.ndarray  # the blank ballot, grey, FINE pixels per mm
    near: np.ndarray  # COARSE, softened, each pixel the darkest within one pixel (tolerates misalignment)
    free: np.ndarray  # COARSE, uint8 1 where new ink is a mark outside the names …
    edge: np.ndarray  # … unless it touches these places (rows and columns, 2 × n: the free pixels next to a name)
    title: Box  # a printed line no voter writes on: where the scan's softness is measured

    @staticmethod
    def of(layout: BallotLayout) -> Template:
        """Renders the blank ballot (the same PDF the printer gets) and derives the masks."""
        from app.scan.images import render_pdf
        from app.scan.printing import ballot_pdf

        fine = next(render_pdf(ballot_pdf(layout), FINE * 25.4))
        coarse = cv2.resize(fine, None, fx=COARSE / FINE, fy=COARSE / FINE, interpolation=cv2.INTER_AREA)
        near = cv2.erode(cv2.GaussianBlur(coarse, (0, 0), 1.0), np.ones((3, 3), np.uint8))
        free = np.ones_like(coarse)
        rim = round(5 * COARSE)  # the scanner's edge of the sheet
        free[:, :rim] = free[:, -rim:] = free[:rim] = free[-rim:] = 0
        for b in (layout.table.inset(-3), layout.qr.inset(-3), layout.stamp.inset(-6)):
            free[_slices(b, COARSE)] = 0
        for i in range(len(layout.fiducials)):
            free[_slices(layout.fiducial_box(i).inset(-3), COARSE)] = 0
        guard = np.zeros_like(coarse)
        for row in layout.rows:
            c = row.cell
            # the empty end of a name's cell: writing there is a mark outside the names
            free[_slices(Box(row.name.x1 + 1.5, c.y0 + 0.6, c.x1 - 0.6, c.y1 - 0.6), COARSE)] = 1
            guard[_slices(Box(row.name.x0 - 1.5, c.y0, row.name.x1 + 1.5, c.y1), COARSE)] = 1
        free[near < 235] = 0
        edge = np.array(np.nonzero(cv2.bitwise_and(cv2.dilate(guard, np.ones((3, 3), np.uint8)), free)))
        t = next(t for t in layout.texts if t.face == "bold")  # the congress's name, beside the stamp box
        title = Box(layout.stamp.x1 + 2, t.y - 3.6, layout.qr.x0 - 2, t.y + 1.2)
        return Template(layout, fine, near, free, edge, title)


@dataclass(frozen=True, slots=True)
class Marks:
    """The four corner marks in the image (pixels; image top-left, top-right, bottom-right, bottom-left), the
    paper's and the marks' grey levels, and the image reduced by a whole factor (kept for the page checks)."""

    points: np.ndarray
    white: float
    black: float
    reduced: np.ndarray
    factor: int


def _percentile(img: np.ndarray, q: float) -> float:
    """The grey level below which q % of the pixels lie (by histogram: fast)."""
    hist = cv2.calcHist([img], [0], None, [256], [0, 256]).ravel().cumsum()
    return float(np.searchsorted(hist, hist[-1] * q / 100))


def reduce(gray: np.ndarray, k: int) -> np.ndarray:
    """The image k times smaller, each pixel the mean of k × k (OpenCV's fast path for whole factors)."""
    return gray if k <= 1 else cv2.resize(gray, None, fx=1 / k, fy=1 / k, interpolation=cv2.INTER_AREA)


def find_marks(gray: np.ndarray) -> Marks | Reason:
    """The four corner marks, or why they cannot be found (a blank page, a missing corner)."""
    k = max(1, round(max(gray.shape) / REDUCED))
    small = reduce(gray, k)
    white = _percentile(small[::2, ::2], 90)
    dark = (small < white * 0.5).astype(np.uint8)
    if white < 60 or cv2.countNonZero(dark) < 0.001 * dark.size:
        return Reason("scan.blank_page")
    h, w = small.shape
    lo, hi = FIDUCIAL * max(h, w) / 340, FIDUCIAL * max(h, w) / 160
    reach = 0.3 * min(h, w)
    size = min(h, w, round(reach + hi) + 2)  # a mark whose centre is within reach of a corner lies in this square
    chosen = []
    for cx, cy in ((0, 0), (1, 0), (1, 1), (0, 1)):  # the image's corners, clockwise from the top-left
        x0, y0 = (w - size) * cx if cx else 0, (h - size) * cy if cy else 0
        win = dark[y0 : y0 + size, x0 : x0 + size]
        _n, _labels, stats, centroids = cv2.connectedComponentsWithStats(win, connectivity=8)
        x, y, bw, bh, area = (stats[1:, i] for i in range(5))
        side = np.maximum(bw, bh)
        square = (lo <= side) & (side <= hi) & (np.minimum(bw, bh) >= 0.75 * side) & (area >= 0.72 * bw * bh)
        whole = (x > 0) & (y > 0) & (x + bw < win.shape[1]) & (y + bh < win.shape[0])  # not cut by an edge
        centres = centroids[1:] + np.array([x0, y0])
        far = np.hypot(centres[:, 0] - cx * w, centres[:, 1] - cy * h)
        ok = np.flatnonzero(square & whole & (far < reach))
        if len(ok) == 0:
            return Reason("scan.corners_missing")
        best = ok[np.argmin(far[ok])]
        chosen.append((float(far[best]), centres[best], float(side[best])))
    sides = [s for _, _, s in chosen]
    if max(sides) > 1.5 * min(sides):
        return Reason("scan.corners_missing")
    points = np.array([_refine(gray, p * k + (k - 1) / 2, s * k) for _, p, s in chosen])
    black = float(np.median([gray[int(y), int(x)] for x, y in points]))
    return Marks(points, white, black, small, k)


def _refine(gray: np.ndarray, centre: np.ndarray, side: float) -> tuple[float, float]:
    """A corner mark's centre at full resolution (the centroid of its dark pixels)."""
    r = int(side * 0.9) + 2
    x0, y0 = max(0, int(centre[0]) - r), max(0, int(centre[1]) - r)
    win = gray[y0 : int(centre[1]) + r, x0 : int(centre[0]) + r]
    level = (float(win.max()) + float(win.min())) / 2
    m = cv2.moments((win < level).astype(np.uint8), binaryImage=True)
    if m["m00"] == 0:
        return float(centre[0]), float(centre[1])
    return x0 + m["m10"] / m["m00"], y0 + m["m01"] / m["m00"]


def homography(layout: BallotLayout, marks: Marks, turn: int) -> np.ndarray:
    """Page millimetres → image pixels, with page corner i on image corner (i + turn) mod 4."""
    src = np.array(layout.fiducials, np.float32)
    dst = np.array([marks.points[(i + turn) % 4] for i in range(4)], np.float32)
    return cv2.getPerspectiveTransform(src, dst)


def qr_sample(gray: np.ndarray, hom: np.ndarray, layout: BallotLayout, n: int, marks: Marks) -> np.ndarray:
    """Dark (True) or light at the centre of each of the n×n modules where the layout's QR code would be."""
    step = layout.qr.width / n
    c = layout.qr.x0 + (np.arange(n) + 0.5) * step
    r = layout.qr.y0 + (np.arange(n) + 0.5) * step
    xs, ys = np.meshgrid(c, r)
    pts = cv2.perspectiveTransform(np.stack([xs, ys], -1).reshape(-1, 1, 2).astype(np.float32), hom).reshape(n, n, 2)
    sampled = cv2.remap(gray, pts[..., 0], pts[..., 1], cv2.INTER_LINEAR, borderValue=255)
    return np.asarray(sampled < (marks.white + marks.black) / 2)


def identify(
    gray: np.ndarray, marks: Marks, candidates: Iterable[tuple[BallotLayout, np.ndarray]]
) -> tuple[BallotLayout, np.ndarray] | None:
    """The one known ballot whose QR code is on the page, with its homography; None if none is clear.

    Each candidate's QR modules are compared with the page's where that candidate's code would be; the best
    must agree on `QR_AGREE` of them, and where two candidates' codes differ (similar texts share most
    modules), the page must side with the best on at least 80 % of the differing modules.
    """
    p = marks.points
    portrait = np.hypot(*(p[1] - p[0])) < np.hypot(*(p[3] - p[0]))
    turns = (0, 2) if portrait else (1, 3)
    homs: dict[tuple[tuple[float, float], int], np.ndarray] = {}
    samples: dict[tuple[tuple[float, float], int, int], np.ndarray] = {}
    scored = []
    for layout, pattern in candidates:
        n = pattern.shape[0]
        for turn in turns:
            if (layout.page, turn) not in homs:
                homs[(layout.page, turn)] = homography(layout, marks, turn)
            grid = (layout.page, turn, n)
            if grid not in samples:
                samples[grid] = qr_sample(gray, homs[(layout.page, turn)], layout, n, marks)
            scored.append((float((samples[grid] == pattern).mean()), layout, pattern, grid))
    scored.sort(key=lambda t: -t[0])
    if not scored or scored[0][0] < QR_AGREE:
        return None
    best, layout, pattern, grid = scored[0]
    for other, lay, pat, g in scored[1:]:
        if other < best - 0.3 or lay.key == layout.key:
            continue
        if g != grid:
            if other > best - QR_MARGIN:
                return None
            continue
        differ = pattern != pat
        if (samples[grid][differ] == pattern[differ]).mean() < 0.8:
            return None
    return layout, homs[(layout.page, grid[1])]


def decode_qr(gray: np.ndarray) -> str | None:
    """The text of a QR code anywhere on the page (slow: used only to say why a page is refused)."""
    small = cv2.resize(gray, None, fx=0.5, fy=0.5, interpolation=cv2.INTER_AREA) if max(gray.shape) > 2600 else gray
    for detector in (cv2.QRCodeDetector(), cv2.QRCodeDetectorAruco()):
        text, _pts, _ = detector.detectAndDecode(small)
        if text:
            return str(text)
    return None


def _longest(run: np.ndarray, gap: int) -> int:
    """The longest run of True, with gaps of at most `gap` bridged."""
    idx = np.flatnonzero(run)
    if len(idx) == 0:
        return 0
    cut = np.flatnonzero(np.diff(idx) > gap + 1)
    starts = np.concatenate(([idx[0]], idx[cut + 1]))
    ends = np.concatenate((idx[cut], [idx[-1]]))
    return int((ends - starts).max()) + 1


def _grid(b: Box) -> tuple[int, int, int, int]:
    """The box in fine pixels: left, top, width, height."""
    x, y = round(b.x0 * FINE), round(b.y0 * FINE)
    return x, y, round(b.x1 * FINE) - x, round(b.y1 * FINE) - y


def _warp(gray: np.ndarray, hom: np.ndarray, x: float, y: float, w: int, h: int) -> np.ndarray:
    """The scan under the page's fine pixels [x, x + w) × [y, y + h), as float32 (the homography's affine map
    at the place: exact for a scanner, which does not tilt the page towards the lens)."""
    ends = np.array([[[x + 0.5, y + 0.5], [x + w + 0.5, y + 0.5], [x + 0.5, y + h + 0.5]]], np.float32) / FINE
    to = cv2.perspectiveTransform(ends, hom)[0]
    a = cv2.getAffineTransform(np.array([[0, 0], [w, 0], [0, h]], np.float32), to)
    out = cv2.warpAffine(gray, a, (w, h), flags=cv2.INTER_LINEAR | cv2.WARP_INVERSE_MAP, borderValue=255)
    return out.astype(np.float32)


def _vertex(err: np.ndarray) -> float:
    """The offset (from the middle of `err`) of its minimum, to a fraction of a step (parabola through three)."""
    k = int(np.argmin(err))
    f = 0.0
    if 0 < k < len(err) - 1:
        d = err[k - 1] - 2 * err[k] + err[k + 1]
        f = float(np.clip(0.5 * (err[k - 1] - err[k + 1]) / d, -0.5, 0.5)) if d > 0 else 0.0
    return k - len(err) // 2 + f


def _align(scan: np.ndarray, blank: np.ndarray) -> tuple[float, float]:
    """The shift of the blank (SEARCH pixels larger on each side) that best matches the scan: its column sums
    against the blank's (x), its row sums (y), each to a fraction of a pixel."""
    h, w = scan.shape
    n = 2 * SEARCH + 1
    cols = np.ascontiguousarray(blank[SEARCH : SEARCH + h].sum(axis=0))
    rows = np.ascontiguousarray(blank[:, SEARCH : SEARCH + w].sum(axis=1))
    shifted = np.lib.stride_tricks.as_strided
    ex = np.abs(shifted(cols, (n, w), (cols.strides[0],) * 2) - scan.sum(axis=0)).sum(axis=1)
    ey = np.abs(shifted(rows, (n, h), (rows.strides[0],) * 2) - scan.sum(axis=1)).sum(axis=1)
    return _vertex(ex), _vertex(ey)


def softness(gray: np.ndarray, hom: np.ndarray, template: Template, white: float) -> float:
    """How soft the scan is (σ of a Gaussian, fine pixels): the blur that makes the blank's printed title look most
    like the scan's."""
    x, y, w, h = _grid(template.title)
    scan = _warp(gray, hom, x, y, w, h) * (255.0 / max(white, 1.0))
    pad = 8
    blank = template.fine[y - pad : y + h + pad, x - pad : x + w + pad].astype(np.float32)
    errs = [float(cv2.absdiff(cv2.GaussianBlur(blank, (0, 0), s)[pad:-pad, pad:-pad], scan).mean()) for s in SIGMAS]
    return SIGMAS[int(np.argmin(errs))]


@dataclass(frozen=True, slots=True)
class Placed:
    """One row straightened at the fine scale where the corner marks put it, beside its softened blank (SEARCH
    pixels larger on each side), with the shift (fine pixels) that best aligns the two."""

    x: int
    y: int
    scan: np.ndarray
    blank: np.ndarray
    shift: tuple[float, float]


def place(gray: np.ndarray, hom: np.ndarray, template: Template, box: Box, sigma: float, white: float) -> Placed:
    """Straightens one row and finds its own best alignment on the blank (± SEARCH pixels)."""
    x, y, w, h = _grid(box)
    scan = _warp(gray, hom, x, y, w, h)
    scan *= 255.0 / max(white, 1.0)
    pad = SEARCH + math.ceil(3 * sigma)
    blank = template.fine[y - pad : y + h + pad, x - pad : x + w + pad].astype(np.float32)
    soft = cv2.GaussianBlur(blank, (0, 0), sigma)[pad - SEARCH : pad + h + SEARCH, pad - SEARCH : pad + w + SEARCH]
    # pen ink would pull the alignment: where the scan is darker than any blank pixel within reach, it is no print
    reach = cv2.erode(soft, np.ones((2 * SEARCH + 1, 2 * SEARCH + 1), np.uint8))[SEARCH:-SEARCH, SEARCH:-SEARCH]
    return Placed(x, y, scan, soft, _align(np.maximum(scan, reach), soft))


def settle(placed: list[Placed]) -> list[tuple[float, float]]:
    """The shift each row is read at. A page drifts smoothly (paper stretch, the scanner's feed): an affine drift
    over the page is fitted to the rows' own shifts, leaving out those that disagree (much pen ink on a row pulls
    its own estimate); a row keeps its own shift where it agrees with the drift within AGREE pixels (the printed
    lines themselves sit a fraction of a pixel apart from the drawing), else takes the drift's."""
    if not placed:
        return []
    own = np.array([p.shift for p in placed])
    at = np.array([[1.0, p.x / 1000, p.y / 1000] for p in placed])
    good = (np.abs(own) < SEARCH - 0.5).all(axis=1)
    drift = np.zeros_like(own)
    for _ in range(3):
        if good.sum() >= 6:
            coef = np.linalg.lstsq(at[good], own[good], rcond=None)[0]
            drift = at @ coef
        elif good.any():
            drift = np.broadcast_to(np.median(own[good], axis=0), own.shape).copy()
        agree = (np.abs(own - drift) <= AGREE).all(axis=1)
        if (agree == good).all():
            break
        good = agree
    keep = (np.abs(own - drift) <= AGREE).all(axis=1)
    return [tuple(map(float, own[i] if keep[i] else drift[i])) for i in range(len(placed))]  # type: ignore[misc]


@dataclass(frozen=True, slots=True)
class RowMaps:
    """One row's scan beside its blank, both at the fine scale and aligned: what the measures are made of.

    `blank` is the blank ballot softened like the scan; `scan` is the scan with this row's paper at 255; `ratio` is
    the darkening of each 1.5 × 0.6 mm window (new ink over the white the blank has there; −1 where the print
    leaves too little white to see a stroke); `new` is new ink (darker than the blank by `ink_delta`, where the
    blank is paper); `shift` (mm) is how far the row lay from where the corner marks put it; `match` the share of
    its printed ink found in place.
    """

    x: int
    y: int
    blank: np.ndarray
    scan: np.ndarray
    ratio: np.ndarray
    new: np.ndarray
    shift: tuple[float, float]
    match: float
    gain: float  # the scan's grey levels times this: paper at 255


def compare(p: Placed, shift: tuple[float, float], white: float, th: Thresholds) -> RowMaps:
    """The row's scan against its blank moved by `shift` (fine pixels)."""
    h, w = p.scan.shape
    move = np.array([[1, 0, SEARCH + shift[0]], [0, 1, SEARCH + shift[1]]], np.float32)
    blank = cv2.warpAffine(p.blank, move, (w, h), flags=cv2.INTER_LINEAR | cv2.WARP_INVERSE_MAP)
    # this row's paper (light and shade vary over a page): the scan where the blank is white, pen ink left out
    paper = cv2.mean(p.scan, ((blank > 250) & (p.scan > 190)).view(np.uint8))[0] or 255.0
    scan = p.scan * (255.0 / paper)
    dark = blank - scan
    ww, wh = WINDOW
    num = cv2.boxFilter(dark, -1, (ww, wh), normalize=False, borderType=cv2.BORDER_CONSTANT)
    den = cv2.boxFilter(blank, -1, (ww, wh), normalize=False, borderType=cv2.BORDER_CONSTANT)
    ratio = cv2.divide(num, den)
    ratio[den < 0.25 * 255 * ww * wh] = -1.0  # too little white to see a stroke: the print hides it
    new = (dark > th.ink_delta) & (blank > 128)
    printed = blank < 100
    total = int(np.count_nonzero(printed))
    match = np.count_nonzero(printed & (dark > -60)) / total if total else 1.0
    gain = 255.0 / max(white, 1.0) * 255.0 / paper
    return RowMaps(p.x, p.y, blank, scan, ratio, new, (shift[0] / FINE, shift[1] / FINE), match, gain)


def _name_score(m: RowMaps, row: Row, th: Thresholds, strike: bool, aligned: bool) -> NameScore:
    """The measures of one printed name and whether it is struck (strike-out form) or marked at all."""
    n = row.name
    size = (n.y1 - n.y0) / 0.94  # the font size (mm): the name's box runs from its accents to its descenders
    base = n.y1 - 0.22 * size
    h, w = m.ratio.shape

    def at(v: float, k: int, lo: int) -> int:
        return min(k, max(0, round(v * FINE) - lo))

    x0, x1 = at(n.x0 - 0.5, w, m.x), at(n.x1 + 0.5, w, m.x)
    top, a, b, c, over, under = (
        at(v, h, m.y) for v in (n.y0 - 1.0, n.y0 + 0.2 * size, base + 0.05 * size, n.y1 + 0.8, n.y0 - 0.1, n.y1 + 0.1)
    )
    width = max(1, x1 - x0)
    if not top < a < b < c or x1 <= x0:  # a name cut off by the cell (cannot happen on a layout of ours)
        return NameScore(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, Verdict.DOUBTFUL, 0.0)
    # each column's darkest window above the small letters, through them, at and below the baseline
    bands = np.maximum.reduceat(m.ratio[top:c, x0:x1], [0, a - top, b - top], axis=0)
    crossed = bands >= th.line
    across = np.asarray(crossed.any(axis=0))
    coverage = float(np.count_nonzero(across)) / width
    faint = float(np.count_nonzero(bands.max(axis=0) >= th.faint)) / width
    span = _longest(across, round(1.0 * FINE)) / width
    upper, middle, lower = (float(v) / width for v in np.count_nonzero(crossed, axis=1))
    ink = float(np.count_nonzero(m.new[top:c])) / FINE**2
    # a ring round the name crosses its columns above and below the letters, not through them: a person decides
    above = float(np.count_nonzero(m.ratio[top:over, x0:x1].max(axis=0, initial=-1) >= th.line)) / width
    below = float(np.count_nonzero(m.ratio[under:c, x0:x1].max(axis=0, initial=-1) >= th.line)) / width
    ring = above >= 0.4 and below >= 0.4 and middle < 0.3
    if not aligned:
        verdict = Verdict.DOUBTFUL
    elif not strike:
        verdict = Verdict.DOUBTFUL if ink > th.name_ink else Verdict.NO
    elif ring:
        verdict = Verdict.DOUBTFUL
    elif coverage >= th.struck_coverage and span >= th.struck_span and ink >= th.struck_ink:
        verdict = Verdict.YES
    elif faint <= th.kept_coverage and ink <= th.kept_ink:
        verdict = Verdict.NO
    else:
        verdict = Verdict.DOUBTFUL
    return NameScore(coverage, span, upper, middle, lower, ink, verdict, faint)


def _box_score(gray: np.ndarray, hom: np.ndarray, m: RowMaps, box: Box, th: Thresholds, aligned: bool) -> BoxScore:
    """The new ink inside one agree/disagree box (blank paper inside its lines) and whether it is marked; the box
    is straightened with its row's alignment."""
    inner = box.inset(0.8)
    x, y, w, h = _grid(inner)
    dark = 255.0 - _warp(gray, hom, x - m.shift[0] * FINE, y - m.shift[1] * FINE, w, h) * m.gain
    ink = float(np.count_nonzero(dark > th.ink_delta)) / FINE**2
    faint = float(np.count_nonzero(dark > th.ink_delta / 2)) / FINE**2
    share = ink / max(inner.width * inner.height, 1e-6)
    if not aligned:
        verdict = Verdict.DOUBTFUL
    elif ink >= th.box_marked:
        verdict = Verdict.YES
    elif faint <= th.box_empty:  # empty: not even faint ink
        verdict = Verdict.NO
    else:
        verdict = Verdict.DOUBTFUL
    return BoxScore(ink, share, verdict, faint)


def read_row(gray: np.ndarray, hom: np.ndarray, m: RowMaps, row: Row, form: Form, th: Thresholds) -> RowReading:
    """Decides one row from its name's maps (and, on the agree/disagree form, its two boxes)."""
    aligned = m.match >= th.row_match
    strike = form is Form.STRIKE_OUT
    name = _name_score(m, row, th, strike, aligned)
    if strike or row.agree is None or row.disagree is None:
        return RowReading(row.no, row.cell, name, shift=m.shift, match=m.match, extent=row.cell)
    agree = _box_score(gray, hom, m, row.agree, th, aligned)
    disagree = _box_score(gray, hom, m, row.disagree, th, aligned)
    extent = Box(row.cell.x0, row.cell.y0, row.disagree.x1, row.cell.y1)
    return RowReading(row.no, row.cell, name, agree, disagree, m.shift, m.match, extent)


def read_rows(
    gray: np.ndarray, hom: np.ndarray, template: Template, white: float, th: Thresholds
) -> tuple[RowReading, ...]:
    """Every row of the page: straightened, aligned (each on its own, then against the page's drift), measured."""
    layout = template.layout
    sigma = softness(gray, hom, template, white)
    placed = [place(gray, hom, template, row_box(row), sigma, white) for row in layout.rows]
    shifts = settle(placed)
    return tuple(
        read_row(gray, hom, compare(p, d, white, th), row, layout.form, th)
        for p, d, row in zip(placed, shifts, layout.rows, strict=True)
    )


def page_marks(
    gray: np.ndarray, hom: np.ndarray, marks: Marks, template: Template, th: Thresholds
) -> tuple[float, float]:
    """New ink at the coarse scale: the biggest mark (mm²) where the ballot has nothing to mark (margins, header,
    under the table, the empty end of a cell — a stroke running on from a name is no such mark), and the ink in the
    stamp box (mm²)."""
    layout = template.layout
    h, w = template.near.shape
    mid = np.array([[[layout.page[0] / 2, layout.page[1] / 2], [layout.page[0] / 2 + 10, layout.page[1] / 2]]])
    ends = cv2.perspectiveTransform(mid.astype(np.float32), hom)[0]
    k = max(1, round(float(np.linalg.norm(ends[1] - ends[0])) / 10 / COARSE))  # down to about the coarse scale …
    src = marks.reduced if k == marks.factor else reduce(gray, k)
    corners = np.array([[[0.5, 0.5], [w + 0.5, 0.5], [0.5, h + 0.5]]], np.float32) / COARSE
    to = (cv2.perspectiveTransform(corners, hom)[0] - (k - 1) / 2) / k
    a = cv2.getAffineTransform(np.array([[0, 0], [w, 0], [0, h]], np.float32), to)
    warped = cv2.warpAffine(src, a, (w, h), flags=cv2.INTER_LINEAR | cv2.WARP_INVERSE_MAP, borderValue=int(marks.white))
    scan = cv2.convertScaleAbs(warped, alpha=255.0 / max(marks.white, 1.0))  # … then exactly onto the page
    new = (cv2.subtract(template.near, scan) > th.ink_delta).astype(np.uint8)
    box = _slices(layout.stamp, COARSE)
    stamp_ink = float(np.count_nonzero(new[box] & (template.near[box] >= 235))) / COARSE**2  # on paper, not print
    spots = cv2.bitwise_and(new, template.free)
    if cv2.countNonZero(spots) <= SPECK:  # the usual agree/disagree page: nothing there
        return 0.0, stamp_ink
    x, y, w, h = cv2.boundingRect(spots)  # the components, within the box that holds them all
    n, labels, stats, _c = cv2.connectedComponentsWithStats(spots[y : y + h, x : x + w], connectivity=8)
    area = stats[:, cv2.CC_STAT_AREA].copy()
    area[0] = 0
    area[area <= SPECK] = 0  # specks of the scanner (noise, JPEG), not a pen's
    rows, cols = template.edge
    inside = (rows >= y) & (rows < y + h) & (cols >= x) & (cols < x + w)
    area[labels[rows[inside] - y, cols[inside] - x]] = 0  # touching a name's place: a stroke running on
    return float(area.max()) / COARSE**2 if n > 1 else 0.0, stamp_ink


def measure(gray: np.ndarray, hom: np.ndarray, marks: Marks, template: Template, th: Thresholds) -> PageReading:
    """Reads every row of a page known to be this template's ballot, and the marks around them."""
    layout = template.layout
    ends = cv2.perspectiveTransform(np.array([[[0, 0], [layout.page[0], 0]]], np.float32), hom)[0]
    rotation = math.degrees(math.atan2(ends[1][1] - ends[0][1], ends[1][0] - ends[0][0]))
    unit = hom / hom[2, 2]
    matrix = tuple((float(r[0]), float(r[1]), float(r[2])) for r in unit)
    rows = read_rows(gray, hom, template, marks.white, th)
    match = float(np.median([r.match for r in rows])) if rows else 1.0
    if match < th.match:
        reason = Reason("scan.misaligned", {"match": round(match * 100)})
        return PageReading(Status.REJECTED, (reason,), layout.key, layout.form, rotation=rotation,
                           page_to_image=matrix, match=match)  # fmt: skip
    outside_ink, stamp_ink = page_marks(gray, hom, marks, template, th)
    reasons = []
    if abs(abs(rotation) - 180) < 45:
        reasons.append(Reason("scan.upside_down"))
    doubtful = [r.no for r in rows if r.doubtful]
    if doubtful:
        reasons.append(Reason("scan.rows_doubtful", {"rows": ", ".join(map(str, doubtful))}))
    if outside_ink >= th.outside_ink:
        reasons.append(
            Reason("scan.marks_outside", {"area": max(1, round(outside_ink))})
        )  # whole mm²: no decimal point
    if stamp_ink < th.stamp_ink:
        reasons.append(Reason("scan.no_stamp"))
    status = Status.DOUBTFUL if any(r.code != "scan.upside_down" for r in reasons) else Status.READ
    return PageReading(status, tuple(reasons), layout.key, layout.form, rows, rotation, matrix, outside_ink,
                       stamp_ink, match)  # fmt: skip


def read_page(image: np.ndarray, template: Template, thresholds: Thresholds | None = None) -> PageReading:
    """Reads a page that should be the template's ballot; any other page is rejected with the reason."""
    th = thresholds or Thresholds()
    marks = find_marks(image)
    if isinstance(marks, Reason):
        return PageReading(Status.REJECTED, (marks,))
    hit = identify(image, marks, [(template.layout, qr_pattern(template.layout))])
    if hit is None:
        return PageReading(Status.REJECTED, (why_not(image, {template.layout.key}),))
    return measure(image, hit[1], marks, template, th)


def why_not(image: np.ndarray, known: set[BallotKey], reading: BallotKey | None = None) -> Reason:
    """Why a page with corner marks is none of the known ballots: what its QR code says, if anything."""
    text = decode_qr(image)
    if text is None:
        return Reason("scan.qr_unreadable")
    key = BallotKey.parse(text)
    if key is None:
        return Reason("scan.not_a_ballot")
    return refusal(key, known, reading)


def refusal(key: BallotKey, known: set[BallotKey], reading: BallotKey | None = None) -> Reason:
    """The reason a ballot with this QR key is not read (another congress, election, round, a changed list)."""
    ref = reading or next(iter(known), None)
    if ref is None or key.congress != ref.congress:
        return Reason("scan.other_congress")
    if key in known:
        return Reason("scan.corners_missing")
    same = {(k.election, k.round) for k in known}
    if (key.election, key.round) in same:
        return Reason("scan.layout_changed", {"election": key.election, "round": key.round})
    if reading is not None and key.election == reading.election:
        return Reason("scan.other_round", {"round": key.round, "expected": reading.round})
    if reading is not None:
        return Reason("scan.other_election", {"election": key.election, "expected": reading.election})
    return Reason("scan.other_round", {"round": key.round, "expected": "?"})


class Reader:
    """Reads pages of one congress: recognises each round's ballot, accepts the rounds being counted.

    `accept` lists the (election, round) pairs being read (default: each election's last round); a page
    of any other round of the congress is rejected, naming the round it belongs to. Templates are made on
    first use, under a lock, so the reader can serve worker threads.
    """

    def __init__(
        self, data: ElectionData, accept: Iterable[tuple[str, int]] | None = None, thresholds: Thresholds | None = None
    ) -> None:
        from app.errors import UserError

        self.thresholds = thresholds or Thresholds()
        self.layouts: list[tuple[BallotLayout, np.ndarray]] = []
        for e in data.elections:
            for r in e.rounds:
                try:
                    layout = ballot_layout(data, e.id, r.number)
                except UserError:
                    continue
                self.layouts.append((layout, qr_pattern(layout)))
        wanted = (
            set(accept) if accept is not None else {(e.id, e.rounds[-1].number) for e in data.elections if e.rounds}
        )
        self.accept = {lay.key for lay, _ in self.layouts if (lay.election, lay.round) in wanted}
        self._templates: dict[str, Template] = {}
        self._lock = threading.Lock()

    def template(self, layout: BallotLayout) -> Template:
        """The blank ballot of a layout, rendered once."""
        with self._lock:
            t = self._templates.get(layout.fingerprint)
            if t is None:
                t = self._templates[layout.fingerprint] = Template.of(layout)
            return t

    def read(self, image: np.ndarray) -> PageReading:
        """Reads one page (grey image)."""
        marks = find_marks(image)
        if isinstance(marks, Reason):
            return PageReading(Status.REJECTED, (marks,))
        hit = identify(image, marks, self.layouts)
        expected = next(iter(sorted(self.accept, key=lambda k: (k.election, k.round))), None)
        if hit is None:
            return PageReading(Status.REJECTED, (why_not(image, {lay.key for lay, _ in self.layouts}, expected),))
        layout, hom = hit
        if layout.key not in self.accept:
            same = [k for k in self.accept if k.election == layout.election]
            if same:
                reason = Reason("scan.other_round", {"round": layout.round, "expected": same[0].round})
            else:
                reason = Reason(
                    "scan.other_election",
                    {"election": layout.election, "expected": expected.election if expected else "?"},
                )
            return PageReading(Status.REJECTED, (reason,), layout.key, layout.form)
        return measure(image, hom, marks, self.template(layout), self.thresholds)
