"""What the reader says about one scanned page: values only, so screens, events and the command line share them."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field

from app.scan.layout import BallotKey, Box
from ballot.model import Form, Mark


class Status(enum.StrEnum):
    """A page read with certainty, read with rows or marks a person must decide, or not read at all."""

    READ = "read"
    DOUBTFUL = "doubtful"
    REJECTED = "rejected"


class Verdict(enum.StrEnum):
    """The reader's answer for one place: struck (marked), not, or a person must look."""

    YES = "yes"
    NO = "no"
    DOUBTFUL = "doubtful"


@dataclass(frozen=True, slots=True)
class Thresholds:
    """The two thresholds of every measure; between them a row is doubtful (see README, "Đọc phiếu quét").

    New ink is ink darker than the blank ballot (softened like the scan) by `ink_delta` grey levels where the blank
    is paper; areas are in mm². A name's column is crossed when a 1.5 × 0.6 mm window there is darkened by at
    least `line` (the share of the window's white that new ink took: the printed letters hide a stroke, the gaps
    between them and inside them show it). Shares are of the printed name's width.
    """

    ink_delta: int = 60
    line: float = 0.2
    struck_coverage: float = 0.45  # the share of the name's columns crossed: at least this …
    struck_span: float = 0.35  # … and one crossed stretch this long (gaps up to 1 mm) …
    struck_ink: float = 2.0  # … and this much new ink on the name → struck
    faint: float = 0.1  # a column with a window darkened by this much shows at least a faint stroke
    kept_coverage: float = 0.15  # the share of the name's columns with even a faint stroke: at most this …
    kept_ink: float = 2.0  # … and at most this much new ink on the name → not struck
    box_marked: float = 2.5  # ink in an agree/disagree box: at least → marked
    box_empty: float = 0.6  # faint ink in it: at most → empty
    name_ink: float = 1.5  # ink on a name of the agree/disagree form: more → doubtful
    outside_ink: float = 2.5  # the biggest blob of new ink outside the names: at least → doubtful
    stamp_ink: float = 12.0  # ink in the stamp box: less → doubtful (no stamp)
    row_match: float = 0.7  # share of a row's printed ink found in place after alignment: less → the row is doubtful
    match: float = 0.80  # the same, the median over the rows: less → the page is rejected (misaligned)


@dataclass(frozen=True, slots=True)
class Reason:
    """A stable code (texts in `app.texts`, section "printed and scanned ballots") with its parameters."""

    code: str
    params: Mapping[str, object] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class NameScore:
    """The measures of one printed name: the shares of its width crossed by a stroke (anywhere; above, through and
    at or below the small letters), the longest crossed stretch, the new ink on and around it (mm²), the verdict
    (struck? — on the agree/disagree form: marked at all?), and the share of its width with even a faint stroke
    (`Thresholds.faint`: a name is read as not struck only if this share is small too)."""

    coverage: float
    span: float
    upper: float
    middle: float
    lower: float
    ink: float
    verdict: Verdict
    faint: float = 0.0


@dataclass(frozen=True, slots=True)
class BoxScore:
    """New ink in one agree/disagree box (mm² and share of the box), the verdict (marked?), and the faint ink in it
    (mm², darker than the blank by half `ink_delta`: a box is read as empty only if this is small too)."""

    ink: float
    share: float
    verdict: Verdict
    faint: float = 0.0


@dataclass(frozen=True, slots=True)
class RowReading:
    """One name row: where it is on the page (mm), its measures and verdicts.

    `cell` is the name's cell, `extent` the whole row (the cell and, on the agree/disagree form, its two boxes);
    `shift` is how far (mm, x and y) the printed row lay from where the corner marks put it (found by aligning
    the row on the blank); `match` is the share of the row's printed ink found in place after that (below
    `Thresholds.row_match` the row is doubtful whatever the marks).
    """

    no: int
    cell: Box
    name: NameScore
    agree: BoxScore | None = None
    disagree: BoxScore | None = None
    shift: tuple[float, float] = (0.0, 0.0)
    match: float = 1.0
    extent: Box | None = None

    @property
    def doubtful(self) -> bool:
        """A person must decide this row."""
        if self.agree is None or self.disagree is None:
            return self.name.verdict is Verdict.DOUBTFUL
        return Verdict.DOUBTFUL in (self.agree.verdict, self.disagree.verdict, self.name.verdict)

    @property
    def mark(self) -> Mark | None:
        """Agree/disagree form: the mark read (None when doubtful or on the strike-out form)."""
        if self.agree is None or self.disagree is None or self.doubtful:
            return None
        a, d = self.agree.verdict is Verdict.YES, self.disagree.verdict is Verdict.YES
        return {(True, False): Mark.AGREE, (False, True): Mark.DISAGREE, (True, True): Mark.BOTH}.get((a, d), Mark.NONE)


@dataclass(frozen=True, slots=True)
class PageReading:
    """The reading of one page: status, reasons, which ballot it is, and each row's measures.

    `page_to_image` maps page millimetres to the source image's pixels (3×3, row-major), so a screen can cut
    the crop of any row (`Box`) out of the original image; `rotation` is the page's angle in that image
    (about 180 for a page fed upside down, which is read and noted).
    """

    status: Status
    reasons: tuple[Reason, ...] = ()
    key: BallotKey | None = None
    form: Form | None = None
    rows: tuple[RowReading, ...] = ()
    rotation: float = 0.0
    page_to_image: tuple[tuple[float, float, float], ...] | None = None
    outside_ink: float = 0.0
    stamp_ink: float = 0.0
    match: float = 0.0

    @property
    def struck(self) -> tuple[int, ...]:
        """Strike-out form: the numbers read as struck (doubtful rows excluded)."""
        return tuple(r.no for r in self.rows if r.agree is None and r.name.verdict is Verdict.YES)

    @property
    def marks(self) -> dict[int, Mark]:
        """Agree/disagree form: the mark of each row that is not doubtful."""
        return {r.no: m for r in self.rows if (m := r.mark) is not None}

    @property
    def doubtful(self) -> tuple[int, ...]:
        """The numbers of the rows a person must decide."""
        return tuple(r.no for r in self.rows if r.doubtful)

    def row(self, no: int) -> RowReading | None:
        """The reading of the row of candidate `no` (None if the page has no such row)."""
        return next((r for r in self.rows if r.no == no), None)

    def row_quad(self, no: int, margin: float = 1.5) -> tuple[tuple[float, float], ...]:
        """Where the row of candidate `no` is in the source image, `margin` mm around it, as the reader found it
        (its own alignment applied): four corners in pixels, clockwise from the top-left — the crop a person
        looks at to decide a doubtful row. Empty if there is no such row or the page was not located."""
        r = self.row(no)
        if r is None:
            return ()
        b, (dx, dy) = r.extent or r.cell, r.shift
        return self.image_quad(Box(b.x0 - margin - dx, b.y0 - margin - dy, b.x1 + margin - dx, b.y1 + margin - dy))

    def image_quad(self, box: Box) -> tuple[tuple[float, float], ...]:
        """The box's four corners in the source image (pixels), clockwise from its top-left."""
        if self.page_to_image is None:
            return ()
        h = self.page_to_image
        out = []
        for x, y in ((box.x0, box.y0), (box.x1, box.y0), (box.x1, box.y1), (box.x0, box.y1)):
            w = h[2][0] * x + h[2][1] * y + h[2][2]
            out.append(((h[0][0] * x + h[0][1] * y + h[0][2]) / w, (h[1][0] * x + h[1][1] * y + h[1][2]) / w))
        return tuple(out)
