"""Thin item models over immutable rows: the results table and the ballot paper."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from app.report_text import percent_vi
from ballot.model import Mark
from ballot.tally import CandidateResult, Status

Index = QModelIndex | QPersistentModelIndex


ELECTED_BG = QColor("#d5f0d5")
TIED_BG = QColor("#ffe0a0")
STRUCK_FG = QColor("#9a9a9a")
CURRENT_BG = QColor("#cfe3ff")

#: The sort key role: rank first, then ballot order.
SORT_ROLE = Qt.ItemDataRole.UserRole


class RecordsModel(QAbstractTableModel):
    """A thin read-only table over immutable records: subclasses name their COLUMNS, the titles and each cell."""

    COLUMNS: tuple[str, ...] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[Any, ...] = ()

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Replaces every row."""
        self.beginResetModel()
        self._rows = tuple(rows)
        self.endResetModel()

    def rows(self) -> tuple[Any, ...]:
        """The rows shown, in display order."""
        return self._rows

    def titles(self) -> dict[str, str]:
        """Each column's title (translated)."""
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        return self.titles()[self.COLUMNS[section]]


class ResultsTableModel(RecordsModel):
    """One row per candidate of a round's result, most votes first (equal votes in ballot order).

    The rows are only reordered for display (rank, then ballot order); nothing is computed here. A provisional
    result (ballots still being counted, or a fault standing) shows nobody elected: only who is past half so far.
    """

    COLUMNS = ("rank", "row", "name", "votes", "percent", "disagree", "status")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[CandidateResult, ...] = ()
        self._positions: dict[int, int] = {}
        self._disagree = False
        self._provisional = False

    def set_rows(self, rows: Sequence[CandidateResult], show_disagree: bool = False, provisional: bool = False) -> None:
        """Replaces the rows (a RoundResult's candidates, in ballot order)."""
        self.beginResetModel()
        self._positions = {c.no: i + 1 for i, c in enumerate(rows)}
        self._rows = tuple(sorted(rows, key=lambda c: (c.rank, self._positions[c.no])))
        self._disagree = show_disagree
        self._provisional = provisional
        self.endResetModel()

    def rows(self) -> tuple[CandidateResult, ...]:
        """The rows shown, in ranked order."""
        return self._rows

    def titles(self) -> dict[str, str]:
        """Each column's title (translated)."""
        return {
            "rank": self.tr("Hạng"),
            "row": self.tr("STT"),
            "name": self.tr("Họ và tên"),
            "votes": self.tr("Số phiếu"),
            "percent": self.tr("Tỷ lệ"),
            "disagree": self.tr("Không đồng ý") if self._disagree else "",
            "status": self.tr("Kết quả"),
        }

    def _status_text(self, c: CandidateResult) -> str:
        if self._provisional:
            return self.tr("Quá bán (tạm)") if c.passed else ""
        if c.status is Status.ELECTED:
            return self.tr("Trúng cử")
        if c.status is Status.TIED:
            return self.tr("Bằng phiếu")
        if c.status is Status.PROPOSED:
            return self.tr("Được giới thiệu")
        if c.status is Status.NOT_PROPOSED:
            return ""
        if c.passed:
            return self.tr("Quá bán")
        return self.tr("Không đạt")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        c = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            values: dict[str, object] = {
                "rank": c.rank,
                "row": self._positions[c.no],
                "name": f"{c.name} ({c.note})" if c.note else c.name,
                "votes": c.votes,
                "percent": percent_vi(c.hundredths),
                "disagree": c.disagree if self._disagree and c.disagree is not None else "",
                "status": self._status_text(c),
            }
            return values[column]
        if role == SORT_ROLE:
            return c.rank * 100_000 + self._positions[c.no]
        if role == Qt.ItemDataRole.ToolTipRole and column == "name":
            return f"{c.name} ({c.note})" if c.note else c.name  # the whole name where the column cuts it
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("rank", "row", "votes", "percent", "disagree"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and not self._provisional:
            if c.status in (Status.ELECTED, Status.PROPOSED):
                return QBrush(ELECTED_BG)
            if c.status is Status.TIED:
                return QBrush(TIED_BG)
        if (
            role == Qt.ItemDataRole.FontRole
            and c.status not in (Status.NOT_ELECTED, Status.NOT_PROPOSED)
            and not self._provisional
        ):
            font = QFont()
            font.setBold(True)
            return font
        return None


@dataclass(frozen=True, slots=True)
class PaperRow:
    """One printed line of the ballot: its row number, the name and the note."""

    row: int
    name: str
    note: str = ""

    @property
    def label(self) -> str:
        """'3. Nguyễn Văn An (1975)'."""
        return f"{self.row}. {self.name}" + (f" ({self.note})" if self.note else "")


class BallotPaperModel(RecordsModel):
    """The paper being entered: its names, which rows are struck, and each row's mark."""

    COLUMNS = ("name", "agree", "disagree")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[PaperRow, ...] = ()
        self._struck: frozenset[int] = frozenset()
        self._marks: tuple[Mark, ...] = ()
        self._written: frozenset[int] = frozenset()
        self._marking = False
        self._fonts: dict[tuple[bool, bool], QFont] = {}
        self.set_font(QFont())

    def set_rows(self, rows: Sequence[PaperRow], marking: bool = False) -> None:
        """A new paper: `marking` is the agree/disagree form."""
        self.beginResetModel()
        self._rows = tuple(rows)
        self._marking = marking
        self._struck = frozenset()
        self._marks = ()
        self._written = frozenset()
        self.endResetModel()

    def set_font(self, font: QFont) -> None:
        """The font the names are printed in (with its struck and bold variants, made once)."""
        self._font = QFont(font)
        self._fonts = {}
        for struck in (False, True):
            for bold in (False, True):
                f = QFont(font)
                f.setStrikeOut(struck)
                f.setBold(bold)
                self._fonts[(struck, bold)] = f

    def set_reading(self, struck: frozenset[int], marks: tuple[Mark, ...]) -> None:
        """Shows what the typed line says: struck rows (1-based) or the marks so far; repaints changed rows only."""
        if struck == self._struck and marks == self._marks:
            return
        changed = {r - 1 for r in struck ^ self._struck}
        old = self._marks
        changed |= {i for i in range(max(len(old), len(marks))) if old[i : i + 1] != marks[i : i + 1]}
        changed |= {len(old), len(marks)}  # the highlighted next row moves
        self._struck = struck
        self._marks = marks
        # one index at a time: a view repaints just that item, where a range repaints the whole viewport
        columns = range(len(self.COLUMNS)) if self._marking else range(1)
        for row in sorted(r for r in changed if 0 <= r < len(self._rows)):
            for column in columns:
                index = self.index(row, column)
                self.dataChanged.emit(index, index)

    def set_written(self, rows: frozenset[int]) -> None:
        """A nomination ballot: the rows (1-based) written so far, shown highlighted; repaints changed rows only."""
        changed = rows ^ self._written
        self._written = rows
        for r in sorted(changed):
            if 0 < r <= len(self._rows):
                index = self.index(r - 1, 0)
                self.dataChanged.emit(index, index)

    def titles(self) -> dict[str, str]:
        """Each column's title (translated)."""
        return dict(zip(self.COLUMNS, (self.tr("Họ và tên"), self.tr("Đồng ý"), self.tr("Không đồng ý")), strict=True))

    def _mark(self, row: int) -> Mark | None:
        return self._marks[row] if row < len(self._marks) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        r = index.row()
        paper = self._rows[r]
        column = self.COLUMNS[index.column()]
        struck = (r + 1) in self._struck and not self._marking
        written = (r + 1) in self._written
        current = (self._marking and r == len(self._marks)) or written
        mark = self._mark(r)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "name":
                return paper.label
            if column == "agree":
                return "X" if mark in (Mark.AGREE, Mark.BOTH) else ""
            return "X" if mark in (Mark.DISAGREE, Mark.BOTH) else ""
        if role == Qt.ItemDataRole.FontRole:
            return self._fonts[(struck, current or column != "name")]
        if role == Qt.ItemDataRole.ForegroundRole and struck:
            return QBrush(STRUCK_FG)
        if role == Qt.ItemDataRole.BackgroundRole and written:
            return QBrush(ELECTED_BG)
        if role == Qt.ItemDataRole.BackgroundRole and current:
            return QBrush(CURRENT_BG)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != "name":
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and struck:
            return self.tr("bị gạch")
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and written:
            return self.tr("được ghi")
        return None
