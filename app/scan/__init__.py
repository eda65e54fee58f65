"""Printed ballots the program can read back, and the reading of scanned pages.

`ballot_layout(data, election, round)` → `BallotLayout` (what is printed, where each row is);
`ballots_for(...)` → the PDF; `Reader(data, accept)` `.read(image)` → `PageReading`, or `read_page(image,
Template.of(layout))` for one known ballot. Pages come from files through `app.scan.images.pages`.
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
