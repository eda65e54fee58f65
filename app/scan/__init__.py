"""Printed ballots the program can read back, and the reading of scanned pages.

`ballot_layout(data, election, round)` → `BallotLayout` (what is printed, where each row is);
`ballots_for(...)` → the PDF (from a database: `app.printing.round_ballots`); `Reader(data, accept)`
`.read(image)` → `PageReading`, or `read_page(image, Template.of(layout))` for one known ballot. Pages come from
files through `app.scan.images.pages` (grey uint8 arrays). A `PageReading` has the status and its coded
reasons, the ballot's key, every row's measures and verdicts (`RowReading`: the name's `NameScore`, the boxes'
`BoxScore`, the row's own alignment), and where each row is in the source image (`row_quad(no)`,
`image_quad(box)`) for the crop a person looks at.
"""

from app.scan.layout import BallotKey, BallotLayout, Box, Row, ballot_layout
from app.scan.model import BoxScore, NameScore, PageReading, Reason, RowReading, Status, Thresholds, Verdict
from app.scan.printing import ballot_pdf, ballots_for
from app.scan.reader import Reader, Template, read_page

__all__ = [
    "BallotKey", "BallotLayout", "Box", "BoxScore", "NameScore", "PageReading", "Reader", "Reason", "Row",
    "RowReading", "Status", "Template", "Thresholds", "Verdict", "ballot_layout", "ballot_pdf", "ballots_for",
    "read_page",
]  # fmt: skip
