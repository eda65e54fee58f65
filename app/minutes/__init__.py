"""The official minutes (biên bản kiểm phiếu), the congress summary and the entry log: plain models, then PDF or Word."""

from __future__ import annotations

from app.minutes.document import Document
from app.minutes.entrylog import EntryLog, LogRecord, records_from_log
from app.minutes.model import Minutes, build_minutes, minutes_for
from app.minutes.summary import Summary, build_summary

Printable = Minutes | Summary | EntryLog


def document(item: Printable) -> Document:
    """The blocks of the minutes, the summary or the log."""
    from app.minutes.entrylog import log_document
    from app.minutes.layout import minutes_document
    from app.minutes.summary import summary_document

    if isinstance(item, Minutes):
        return minutes_document(item)
    if isinstance(item, Summary):
        return summary_document(item)
    return log_document(item)


def render_pdf(item: Printable) -> bytes:
    """A4 PDF bytes, byte-identical for the same input."""
    from app.minutes.pdf import render_document

    return render_document(document(item))


def render_docx(item: Printable) -> bytes:
    """A Word document (.docx) for committees that must edit the wording."""
    from app.minutes.docx import render_document

    return render_document(document(item))


__all__ = [
    "EntryLog",
    "LogRecord",
    "Minutes",
    "Printable",
    "Summary",
    "build_minutes",
    "build_summary",
    "document",
    "minutes_for",
    "records_from_log",
    "render_docx",
    "render_pdf",
]
