"""The reader on the hard cases, drawn on purpose (fixed seeds): every kind of strike with the palest, thinnest
pen the generator uses, scanned at 150 dpi with its softest blur and JPEG 50, rotated 3°; strokes too faint to
call, a ring round a name, writing in a cell; and the row alignment against the page's drift."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from app.scan import Reader, Status, Verdict
from app.scan.layout import BallotLayout
from app.scan.reader import SEARCH, Placed, settle
from ballot.model import ElectionData, Mark
from bench.__main__ import plan
from bench._scan_data import STRIKES, Pen, _blank, congress_data, handwriting, mark_box, scan, stamp, strike


@pytest.fixture(scope="module")
def data() -> ElectionData:
    return congress_data([(40, 30), (10, 7), (8, 8)], seed=11)


@pytest.fixture(scope="module")
def reader(data: ElectionData) -> Reader:
    return Reader(data, accept=[(e.id, 2) for e in data.elections])


def pale(ink: np.ndarray, rng: np.random.Generator, width: float = 0.3, level: int = 110) -> Pen:
    """The generator's palest, thinnest pen (or paler still)."""
    pen = Pen(ink, rng)
    pen.width, pen.level = width, level
    return pen


def scanned(layout: BallotLayout, ink: np.ndarray, rng: np.random.Generator, dpi: int, blur: float) -> np.ndarray:
    """The marked ballot, stamped, through the generator's scanner (rotation ±3°, shifted crop, noise), blurred
    by `blur` more, as JPEG of quality 50, decoded."""
    stamp(ink, layout, rng)
    page = np.minimum(_blank(layout), ink)
    img = scan(page, layout, rng, dpi, turn=float(rng.choice([-3.0, 3.0])) - float(rng.uniform(-3, 3)))
    if blur:
        img = cv2.GaussianBlur(img, (0, 0), blur)
    _ok, buf = cv2.imencode(".jpg", img, [cv2.IMWRITE_JPEG_QUALITY, 50])
    return cv2.imdecode(buf, cv2.IMREAD_GRAYSCALE)


@pytest.mark.parametrize(("dpi", "seed"), [(150, 1), (150, 2), (300, 3)])
def test_every_kind_of_strike_with_the_palest_thinnest_pen_is_read(data, reader, dpi: int, seed: int) -> None:  # type: ignore[no-untyped-def]
    rng = np.random.default_rng(seed)
    layout = next(lay for lay, _q in reader.layouts if lay.key in reader.accept and lay.election == "e0")
    ink = np.full_like(_blank(layout), 255)
    pen = pale(ink, rng)
    struck = {row.no: STRIKES[i % len(STRIKES)] for i, row in enumerate(layout.rows) if i % 4 != 3}
    for row in layout.rows:
        if row.no in struck:
            strike(pen, row.cell, row.name, struck[row.no])
    reading = reader.read(scanned(layout, ink, rng, dpi, blur=1.0 if dpi == 150 else 0.0))
    assert reading.status is Status.READ, [(r.code, dict(r.params)) for r in reading.reasons]
    assert reading.struck == tuple(sorted(struck))
    for row in reading.rows:  # far from both thresholds, not just on the right side of them
        if row.no in struck:
            assert row.name.coverage >= 0.6 and row.name.faint >= 0.6, (row.no, struck[row.no], row.name)
        else:
            assert row.name.faint <= 0.08 and row.name.ink <= 1.5, (row.no, row.name)


def test_a_stroke_too_faint_to_call_is_doubtful_never_kept(data, reader) -> None:  # type: ignore[no-untyped-def]
    rng = np.random.default_rng(7)
    layout = next(lay for lay, _q in reader.layouts if lay.key in reader.accept and lay.election == "e1")
    ink = np.full_like(_blank(layout), 255)
    ghost = pale(ink, rng, width=0.2, level=170)  # far paler and thinner than any pen of the generator
    for row in layout.rows[:4]:
        strike(ghost, row.cell, row.name, "ruler")
    reading = reader.read(scanned(layout, ink, rng, 150, blur=1.2))
    verdicts = {row.no: row.name.verdict for row in reading.rows}
    assert all(verdicts[row.no] is not Verdict.NO for row in layout.rows[:4]), verdicts
    assert reading.status is Status.DOUBTFUL
    assert all(verdicts[row.no] is Verdict.NO for row in layout.rows[4:])


def test_a_ring_round_a_name_and_writing_in_a_cell_are_for_a_person(data, reader) -> None:  # type: ignore[no-untyped-def]
    rng = np.random.default_rng(8)
    layout = next(lay for lay, _q in reader.layouts if lay.key in reader.accept and lay.election == "e1")
    ink = np.full_like(_blank(layout), 255)
    pen = Pen(ink, rng)
    n = layout.rows[2].name
    s = 300 / 25.4
    centre = (round((n.x0 + n.x1) / 2 * s), round((n.y0 + n.y1) / 2 * s))
    axes = (round(((n.x1 - n.x0) / 2 + 2.0) * s), round(((n.y1 - n.y0) / 2 + 0.9) * s))
    cv2.ellipse(ink, centre, axes, 0, 0, 360, 40, round(0.5 * s), cv2.LINE_AA)
    cell = layout.rows[5].cell
    handwriting(pen, min(cell.x1 - 30, layout.rows[5].name.x1 + 8), cell.y1 - 2.5, 20)
    reading = reader.read(scanned(layout, ink, rng, 200, blur=0.0))
    row = reading.rows[2]
    assert row.name.verdict is Verdict.DOUBTFUL, row.name
    assert {"scan.rows_doubtful", "scan.marks_outside"} <= {r.code for r in reading.reasons}
    assert reading.struck == ()


def test_a_pale_mark_in_a_box_is_doubtful_never_empty(data, reader) -> None:  # type: ignore[no-untyped-def]
    rng = np.random.default_rng(9)
    layout = next(lay for lay, _q in reader.layouts if lay.key in reader.accept and lay.election == "e2")
    ink = np.full_like(_blank(layout), 255)
    pen, ghost = pale(ink, rng), pale(ink, rng, width=0.2, level=200)
    for i, row in enumerate(layout.rows):
        assert row.agree is not None and row.disagree is not None
        mark_box(ghost if i == 0 else pen, row.agree if i % 2 == 0 else row.disagree, ("x", "tick", "filled")[i % 3])
    reading = reader.read(scanned(layout, ink, rng, 150, blur=1.0))
    assert reading.doubtful == (1,)
    expect = {row.no: Mark.AGREE if i % 2 == 0 else Mark.DISAGREE for i, row in enumerate(layout.rows) if i}
    assert reading.marks == expect


def placed(x: int, y: int, shift: tuple[float, float]) -> Placed:
    empty = np.zeros((1, 1), np.float32)
    return Placed(x, y, empty, empty, shift)


def test_rows_follow_the_page_drift_unless_pen_ink_pulled_them_off() -> None:
    # a page stretched a little: the shift grows down the page; row 4 was pulled to the search bound by a scribble,
    # row 7 is off by two pixels
    rows = [placed(100, 100 + 80 * i, (0.1, 0.002 * 80 * i)) for i in range(10)]
    rows[4] = placed(100, 420, (-SEARCH, 0.6))
    rows[7] = placed(100, 660, (2.2, 1.1))
    got = settle(rows)
    assert got[0] == rows[0].shift and got[9] == rows[9].shift  # a row in line keeps its own
    assert got[4] == pytest.approx((0.1, 0.64), abs=0.01) and got[7] == pytest.approx((0.1, 1.12), abs=0.01)
    assert settle([]) == [] and settle([placed(0, 0, (0.5, -0.5))]) == [(0.5, -0.5)]
    assert settle([placed(0, 0, (SEARCH, 0.0))]) == [(0.0, 0.0)]  # nothing to trust: where the marks put it


def test_bench_arguments_go_to_the_benchmark_named_before_them() -> None:
    known = ["scan", "tally"]
    assert plan(["scan", "600", "--seed", "16", "tally"], known) == [("scan", ["600", "--seed", "16"]), ("tally", [])]
    assert plan([], known) == [("scan", []), ("tally", [])]
    with pytest.raises(SystemExit):
        plan(["600"], known)


@pytest.mark.parametrize("turn", [0.0, 180.0])
def test_the_crop_of_a_row_is_that_row_even_on_a_page_fed_upside_down(data, reader, turn: float) -> None:  # type: ignore[no-untyped-def]
    rng = np.random.default_rng(12)
    layout = next(lay for lay, _q in reader.layouts if lay.key in reader.accept and lay.election == "e2")
    blank = _blank(layout)
    ink = np.full_like(blank, 255)
    stamp(ink, layout, rng)
    img = scan(np.minimum(blank, ink), layout, rng, 200, turn=turn)
    reading = reader.read(img)
    assert reading.status is Status.READ and ("scan.upside_down" in {r.code for r in reading.reasons}) == bool(turn)
    k = 300 / 25.4  # the blank's pixels per mm
    for row in (layout.rows[0], layout.rows[-1]):
        quad = np.array(reading.row_quad(row.no, margin=1.0), np.float32)
        b = row.cell
        x0, y0, x1, y1 = (round(v * k) for v in (b.x0 - 1, b.y0 - 1, row.disagree.x1 + 1, b.y1 + 1))  # type: ignore[union-attr]
        want = blank[y0:y1, x0:x1]
        to = np.array([[0, 0], [x1 - x0, 0], [x1 - x0, y1 - y0], [0, y1 - y0]], np.float32)
        crop = cv2.warpPerspective(img, cv2.getPerspectiveTransform(quad, to), (x1 - x0, y1 - y0))
        assert cv2.matchTemplate(crop, want, cv2.TM_CCOEFF_NORMED)[0, 0] > 0.7  # another row: about 0.5
    assert reading.row(999) is None and reading.row_quad(999) == ()
