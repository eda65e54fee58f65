"""A ballot in words with the names on its paper ('Gạch: 3. Hoàng Văn Châu; 7. Đặng Thị Hạnh'), and times as
people write them — for the list of entered ballots, the undo question and the head's differences."""

from __future__ import annotations

import datetime
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from app.entry_parse import EntrySpec, invalid_by_marks
from app.texts import text as catalogue
from ballot.model import Ballot, Mark, MarkedBallot, NominatedBallot, RuledInvalidBallot, StruckBallot, Subtotal
from ui.models import PaperRow


def local_time(at: str, seconds: bool = True) -> str:
    """A recorded ISO time as local time, 'dd/mm/yyyy HH:MM:SS' (or without the seconds); anything else as is."""
    try:
        t = datetime.datetime.fromisoformat(at)
    except (TypeError, ValueError):
        return str(at)
    if t.tzinfo is not None:
        t = t.astimezone()
    return t.strftime("%d/%m/%Y %H:%M:%S" if seconds else "%d/%m/%Y %H:%M")


def paper_rows(spec: EntrySpec, rows: tuple[PaperRow, ...]) -> dict[int, PaperRow]:
    """Each candidate number's printed row."""
    return dict(zip(spec.candidates, rows, strict=True))


def _named(no: int, on_paper: Mapping[int, PaperRow]) -> str:
    row = on_paper.get(no)
    return f"{no}" if row is None else f"{row.row}. {row.name}"


def ballot_words(ballot: Ballot, spec: EntrySpec, on_paper: Mapping[int, PaperRow]) -> str:
    """The reading with names: struck names, or each row's mark, or why it is invalid; the stack's size."""
    if isinstance(ballot, RuledInvalidBallot):
        words = QCoreApplication.translate("ballot_words", "Không hợp lệ: {0}").format(
            catalogue(f"invalid.{ballot.reason.value}")
        )
    elif isinstance(ballot, StruckBallot):
        order = {no: i for i, no in enumerate(spec.candidates)}
        struck = sorted(ballot.struck, key=lambda no: order.get(no, no))
        words = (
            QCoreApplication.translate("ballot_words", "Gạch: {0}").format(
                "; ".join(_named(no, on_paper) for no in struck)
            )
            if struck
            else ""
        )
        words = words or QCoreApplication.translate("ballot_words", "Không gạch tên nào")
    elif isinstance(ballot, MarkedBallot):
        marks = {
            Mark.AGREE: QCoreApplication.translate("ballot_words", "đồng ý"),
            Mark.DISAGREE: QCoreApplication.translate("ballot_words", "không đồng ý"),
            Mark.BOTH: QCoreApplication.translate("ballot_words", "đánh cả hai ô"),
            Mark.NONE: QCoreApplication.translate("ballot_words", "bỏ trống"),
        }
        words = "; ".join(f"{_named(no, on_paper)}: {marks[ballot.marks.get(no, Mark.NONE)]}" for no in spec.candidates)
    else:
        assert isinstance(ballot, NominatedBallot)
        words = QCoreApplication.translate("ballot_words", "Ghi tên: {0}").format(
            "; ".join(_named(no, on_paper) for no in sorted(ballot.names)) or "—"
        )
    reason = invalid_by_marks(ballot, spec)
    if reason is not None:
        words = QCoreApplication.translate("ballot_words", "KHÔNG HỢP LỆ ({0}) — {1}").format(
            catalogue(f"invalid.{reason.value}"), words
        )
    if ballot.count > 1:
        words += " " + QCoreApplication.translate("ballot_words", "× {0} phiếu").format(ballot.count)
    return words


def is_invalid(ballot: Ballot, spec: EntrySpec) -> bool:
    """Invalid as ruled by the committee, or by its marks."""
    return isinstance(ballot, RuledInvalidBallot) or invalid_by_marks(ballot, spec) is not None


def sheet_words(sheet: Subtotal, spec: EntrySpec, on_paper: Mapping[int, PaperRow]) -> str:
    """A team's tally sheet: ballots, invalid, and each name's votes."""
    votes = "; ".join(f"{_named(no, on_paper)}: {sheet.votes.get(no, 0)}" for no in spec.candidates)
    return QCoreApplication.translate("ballot_words", "{0} phiếu, {1} không hợp lệ — {2}").format(
        sheet.ballots, sheet.invalid_total, votes
    )
