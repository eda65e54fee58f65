"""Reading one scanned page: find the corner marks, recognise the ballot by its QR code, straighten the page
onto the blank ballot and measure the new ink on every name and box.

The steps (borrowed in spirit from VotingWorks' interpreter and OMRChecker, written for strike-out ballots):

1. **Corner marks.** On a reduced copy, the solid squares nearest the image's four corners; then each one's
   centre at full resolution. Any missing → rejected.
2. **Which ballot.** For each orientation (upright, upside down, sideways) the four marks give a homography;
   the QR code's modules are sampled where that ballot's QR would be and compared with the modules every
   known round's QR must have. One clear winner names the ballot and fixes the orientation. Otherwise the
   QR is decoded (OpenCV) only to say why the page is refused (another congress, an unreadable code …).
3. **Straighten and compare.** The page is warped onto the blank ballot rendered at the same scale
   (`Template`): new ink is what is darker than the blank by `ink_delta`, away from the printed ink. The
   share of printed ink found in place checks the alignment.
4. **Measure.** Per name: the share of its width crossed by new ink (above, through, below the letters), the
   longest crossed run, the ink in its cell; per agree/disagree box: the ink inside. Two thresholds per
   measure (`Thresholds`): clearly yes, clearly no, doubtful between. Ink outside the rows (writing, a name
   added) and an empty stamp box make the page doubtful.

Nothing here keeps state between pages: a `Reader` can be shared by worker threads.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Iterable
from dataclasses import dataclass

import cv2
import numpy as np

from app.scan.layout import FIDUCIAL, BallotKey, BallotLayout, Box, ballot_layout
from app.scan.model import BoxScore, NameScore, PageReading, Reason, RowReading, Status, Thresholds, Verdict
from ballot.model import ElectionData, Form

WORK_DPI = 150
K = WORK_DPI / 25.4  # work pixels per millimetre
REDUCED = 800  # longest side of the reduced copy used to find the corner marks
QR_AGREE = 0.85  # share of QR modules that must match a known ballot's
QR_MARGIN = 0.10  # … and beat the next best by this much
SPECK = 4  # new ink blobs of at most this many work pixels are ignored
BLURS = (0.8, 1.3, 1.8)  # how soft a scan can be, in work pixels


def _slices(b: Box) -> tuple[slice, slice]:
    """The box in work pixels, as (rows, columns) slices."""
    return slice(round(b.y0 * K), round(b.y1 * K)), slice(round(b.x0 * K), round(b.x1 * K))


def qr_pattern(layout: BallotLayout) -> np.ndarray:
    """The dark (True) and light modules of the layout's QR code."""
    from app.minutes.pdf import qr_modules

    return np.array(qr_modules(layout.key.payload()), dtype=bool)


@dataclass(frozen=True, eq=False)
class Template:
    """A round's blank ballot at the work scale, with the masks the measures need."""

    layout: BallotLayout
    soft: tuple[np.ndarray, ...]  # the blank ballot, grey, WORK_DPI, blurred by each of BLURS
    near: tuple[np.ndarray, ...]  # the same, each pixel the darkest within one pixel (misalignment)
    printed: np.ndarray  # uint8 1 where printed ink is within one pixel
    ink: np.ndarray  # bool, the printed ink proper (for the alignment check)
    free: np.ndarray  # uint8 1 where any new ink is a mark outside the names

    @staticmethod
    def of(layout: BallotLayout) -> Template:
        """Renders the blank ballot (the same PDF the printer gets) and derives the masks."""
        from app.scan.images import render_pdf
        from app.scan.printing import ballot_pdf

        ref = next(render_pdf(ballot_pdf(layout), WORK_DPI))
        # a scanner blurs: the blank ballot softened as much as the scan, each pixel the darkest within one pixel
        soft = tuple(cv2.GaussianBlur(ref, (0, 0), s) for s in BLURS)
        near = tuple(cv2.erode(b, np.ones((3, 3), np.uint8)) for b in soft)
        printed = (near[-1] < 235).astype(np.uint8)
        ink = ref < 110
        ink[_slices(layout.qr.inset(-2))] = False
        free = np.ones_like(printed)
        free[:, : round(5 * K)] = free[:, -round(5 * K) :] = 0
        free[: round(5 * K)] = free[-round(5 * K) :] = 0
        for b in (layout.table.inset(-3), layout.qr.inset(-3), layout.stamp.inset(-6)):
            free[_slices(b)] = 0
        for i in range(len(layout.fiducials)):
            free[_slices(layout.fiducial_box(i).inset(-3))] = 0
        free[printed.astype(bool)] = 0
        return Template(layout, soft, near, printed, ink, free)


@dataclass(frozen=True, slots=True)
class Marks:
    """The four corner marks in the image (pixels; image top-left, top-right, bottom-right, bottom-left)."""

    points: np.ndarray
    white: float
    black: float


def _paper(gray: np.ndarray) -> tuple[np.ndarray, float, float]:
    """A reduced copy, and the paper's white level."""
    f = min(1.0, REDUCED / max(gray.shape))
    small = cv2.resize(gray, None, fx=f, fy=f, interpolation=cv2.INTER_AREA) if f < 1 else gray
    white = float(np.percentile(small[::2, ::2], 90))
    return small, f, white


def find_marks(gray: np.ndarray) -> Marks | Reason:
    """The four corner marks, or why they cannot be found (a blank page, a missing corner)."""
    small, f, white = _paper(gray)
    dark = (small < white * 0.5).astype(np.uint8)
    if white < 60 or dark.mean() < 0.001:
        return Reason("scan.blank_page")
    n, _labels, stats, centroids = cv2.connectedComponentsWithStats(dark, connectivity=8)
    h, w = small.shape
    lo, hi = FIDUCIAL * max(h, w) / 340, FIDUCIAL * max(h, w) / 160
    found = []
    for i in range(1, n):
        x, y, bw, bh, area = stats[i]
        side = max(bw, bh)
        if not (lo <= side <= hi and min(bw, bh) >= 0.75 * side and area >= 0.72 * bw * bh):
            continue
        if x == 0 or y == 0 or x + bw >= w or y + bh >= h:
            continue  # cut by the image's edge: not a whole mark
        found.append((centroids[i], side))
    corners = np.array([[0, 0], [w, 0], [w, h], [0, h]], float)
    reach = 0.3 * min(h, w)
    chosen = []
    for c in corners:
        near = [(float(np.hypot(*(p - c))), p, s) for p, s in found]
        near = [t for t in near if t[0] < reach]
        if not near:
            return Reason("scan.corners_missing")
        chosen.append(min(near, key=lambda t: t[0]))
    sides = [s for _, _, s in chosen]
    if max(sides) > 1.5 * min(sides):
        return Reason("scan.corners_missing")
    points = np.array([_refine(gray, p / f, s / f) for _, p, s in chosen])
    black = float(np.median([gray[int(y), int(x)] for x, y in points]))
    return Marks(points, white, black)


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


def _runs(cols: np.ndarray, hidden: np.ndarray, short: int, under: int) -> np.ndarray:
    """The covered columns with the gaps a stroke can have filled: any gap up to `short` pixels, and gaps up to
    `under` pixels where the printed letters could hide the stroke (most of the gap's columns have print)."""
    idx = np.flatnonzero(cols)
    out = cols.copy()
    if len(idx) > 1:
        for a, step in zip(idx[:-1], np.diff(idx), strict=True):
            if 1 < step <= short or (short < step <= under and hidden[a + 1 : a + step].mean() >= 0.9):
                out[a : a + step] = True
    return out


def _longest(run: np.ndarray) -> int:
    """The longest run of True."""
    if not run.any():
        return 0
    padded = np.concatenate(([0], run.astype(np.int8), [0]))
    d = np.diff(padded)
    return int((np.flatnonzero(d == -1) - np.flatnonzero(d == 1)).max())


def _name_score(
    new: np.ndarray, printed: np.ndarray, cell: Box, name: Box, size: float, th: Thresholds, strike: bool
) -> NameScore:
    """The measures of one printed name and whether it is struck."""
    ys, _ = _slices(cell.inset(0.35))
    xs = slice(round((name.x0 - 0.8) * K), round((name.x1 + 0.8) * K))
    body = new[ys, xs]
    hidden = printed[ys, xs].any(axis=0)
    width = max(1, body.shape[1])

    def runs(part: np.ndarray) -> np.ndarray:
        return _runs(part.any(axis=0), hidden, round(1.0 * K), round(4.5 * K))

    raw = body.any(axis=0).mean()
    cols = runs(body)
    base = name.y1 - 0.22 * size
    top, mid = round((name.y0 + 0.2 * size) * K) - ys.start, round((base + 0.05 * size) * K) - ys.start
    upper = runs(body[: max(0, top)]).sum() / width
    middle = runs(body[max(0, top) : max(0, mid)]).sum() / width
    lower = runs(body[max(0, mid) :]).sum() / width
    coverage, span = float(raw), _longest(cols) / width
    ink = float(new[_slices(cell.inset(0.35))].sum()) / K**2
    if not strike:
        verdict = Verdict.DOUBTFUL if ink > th.name_ink else Verdict.NO
    elif (
        max(span, upper, middle, lower) >= th.struck_span
        and coverage >= th.struck_coverage
        and ink >= th.struck_ink
        and not (upper >= 0.5 and lower >= 0.5 and middle < 0.3)  # a circle round the name is no strike
    ):
        verdict = Verdict.YES
    elif coverage <= th.kept_coverage and ink <= th.kept_ink:
        verdict = Verdict.NO
    else:
        verdict = Verdict.DOUBTFUL
    return NameScore(coverage, span, upper, middle, lower, ink, verdict)


def _box_score(new: np.ndarray, box: Box, th: Thresholds) -> BoxScore:
    """The ink inside one agree/disagree box and whether it is marked."""
    inner = box.inset(0.8)
    ink = float(new[_slices(inner)].sum()) / K**2
    share = ink / max(inner.width * inner.height, 1e-6)
    verdict = Verdict.YES if ink >= th.box_marked else Verdict.NO if ink <= th.box_empty else Verdict.DOUBTFUL
    return BoxScore(ink, share, verdict)


def measure(gray: np.ndarray, hom: np.ndarray, marks: Marks, template: Template, th: Thresholds) -> PageReading:
    """Straightens the page onto the template and reads every row (the page is known to be this ballot)."""
    layout = template.layout
    h, w = template.near[0].shape
    # first down to about the work scale by area (as the blank was rendered), then the exact warp
    px_mm = float(np.linalg.norm(marks.points[1] - marks.points[0])) / abs(
        layout.fiducials[1][0] - layout.fiducials[0][0]
    )
    if layout.page[0] > layout.page[1] or px_mm <= 0:
        px_mm = 1.0
    f = K / px_mm
    src, to_src = gray, hom
    if f < 0.85:
        src = cv2.resize(gray, None, fx=f, fy=f, interpolation=cv2.INTER_AREA)
        fx, fy = src.shape[1] / gray.shape[1], src.shape[0] / gray.shape[0]
        to_src = np.array([[fx, 0, 0.5 * fx - 0.5], [0, fy, 0.5 * fy - 0.5], [0, 0, 1.0]]) @ hom
    to_work = to_src @ np.array([[1 / K, 0, 0.5 / K], [0, 1 / K, 0.5 / K], [0, 0, 1.0]])  # work pixel centres
    warped = cv2.warpPerspective(
        src, to_work, (w, h), flags=cv2.INTER_LINEAR | cv2.WARP_INVERSE_MAP, borderValue=int(marks.white)
    )
    scan = cv2.convertScaleAbs(warped, alpha=255.0 / max(marks.white, 1.0))
    found = cv2.erode(scan, np.ones((3, 3), np.uint8))[template.ink] < 170
    match = float(found.mean()) if found.size else 0.0
    ends = cv2.perspectiveTransform(np.array([[[0, 0], [layout.page[0], 0]]], np.float32), hom)[0]
    rotation = math.degrees(math.atan2(ends[1][1] - ends[0][1], ends[1][0] - ends[0][0]))
    matrix = tuple(tuple(float(v) for v in row) for row in (hom / hom[2, 2]))
    key = layout.key
    if match < th.match:
        return PageReading(
            Status.REJECTED,
            (Reason("scan.misaligned", {"match": round(match * 100)}),),
            key,
            layout.form,
            rotation=rotation,
            page_to_image=matrix,
            match=match,  # type: ignore[arg-type]
        )
    # the blank as soft as this scan: the blur that best matches the printed titles (voters write elsewhere)
    band = slice(round(layout.stamp.y1 * K), round(layout.table.y0 * K))
    errs = [float(cv2.absdiff(soft[band], scan[band]).mean()) for soft in template.soft]
    near = template.near[int(np.argmin(errs))]
    new = (cv2.subtract(near, scan) > th.ink_delta).astype(np.uint8)
    # specks of a few pixels are the scanner's (noise, JPEG rings round the letters), not a pen's
    n, labels, stats, _c = cv2.connectedComponentsWithStats(new, connectivity=8)
    new = (stats[:, cv2.CC_STAT_AREA] > SPECK)[labels].astype(np.uint8)
    new[labels == 0] = 0
    strike = layout.form is Form.STRIKE_OUT
    rows = []
    for row in layout.rows:
        size = (row.name.y1 - row.name.y0) / 0.94
        name = _name_score(new, template.printed, row.cell, row.name, size, th, strike)
        if strike or row.agree is None or row.disagree is None:
            rows.append(RowReading(row.no, row.cell, name))
        else:
            rows.append(
                RowReading(row.no, row.cell, name, _box_score(new, row.agree, th), _box_score(new, row.disagree, th))
            )
    outside = cv2.bitwise_and(new, template.free)
    n, _l, stats, _c = cv2.connectedComponentsWithStats(outside, connectivity=8)
    outside_ink = float(stats[1:, cv2.CC_STAT_AREA].max()) / K**2 if n > 1 else 0.0
    stamp_ink = float(new[_slices(layout.stamp)].sum()) / K**2
    reasons = []
    if abs(abs(rotation) - 180) < 45:
        reasons.append(Reason("scan.upside_down"))
    doubtful = [r.no for r in rows if r.doubtful]
    if doubtful:
        reasons.append(Reason("scan.rows_doubtful", {"rows": ", ".join(map(str, doubtful))}))
    if outside_ink >= th.outside_ink:
        reasons.append(Reason("scan.marks_outside", {"area": round(outside_ink, 1)}))
    if stamp_ink < th.stamp_ink:
        reasons.append(Reason("scan.no_stamp"))
    status = Status.DOUBTFUL if any(r.code != "scan.upside_down" for r in reasons) else Status.READ
    return PageReading(
        status,
        tuple(reasons),
        key,
        layout.form,
        tuple(rows),
        rotation,
        matrix,
        outside_ink,
        stamp_ink,
        match,  # type: ignore[arg-type]
    )


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
