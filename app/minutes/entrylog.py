"""The printed entry log (nhật ký nhập phiếu) for the archive, and the rows the window's log viewer shows: every
record's action and content in words from the catalogue, its local time, who entered it, and its hash.

One line per record as far as the page allows (a long record wraps, nothing is cut); the full hash of the
last record, which seals the whole chain, is printed in the introduction.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Protocol

from app.minutes.document import Document, Table, para
from app.minutes.layout import heading, signatures
from app.minutes.wording import PARTY, congress_line, place_date
from app.record.events import Event
from app.texts import text
from ballot.model import Congress, Role

#: Characters of each record's hash printed in its row (the last record's is printed in full).
HASH_SHOWN = 12


class StoredEntry(Protocol):
    """What `app.reports.LogEntry` offers."""

    @property
    def seq(self) -> int: ...
    @property
    def at(self) -> str: ...
    @property
    def station(self) -> str: ...
    @property
    def operator(self) -> str: ...
    @property
    def action(self) -> str: ...
    @property
    def hash(self) -> str: ...
    @property
    def event(self) -> Event | None: ...


@dataclass(frozen=True, slots=True)
class LogRecord:
    """One record in words: number, local time, station, operator, action, content, hash."""

    seq: int
    at: str
    station: str
    operator: str
    action: str
    summary: str
    hash: str


def when(at: str) -> str:
    """A recorded ISO time as local time 'dd/mm/yyyy HH:MM:SS'; anything else unchanged."""
    try:
        return datetime.datetime.fromisoformat(at).astimezone().strftime("%d/%m/%Y %H:%M:%S")
    except (ValueError, TypeError):
        return str(at)


def record(e: StoredEntry, titles: Mapping[str, str], lang: str | None = None) -> LogRecord:
    """One stored record in words (an unreadable one says so, with its action as stored)."""
    ev = e.event
    if ev is None:
        action, summary = e.action, text("event.unreadable", None, lang)
    else:
        action, summary = ev.label().text(lang), ev.words(titles).text(lang)
    return LogRecord(e.seq, when(e.at), e.station, e.operator, action, summary, e.hash)


def records_from_log(
    entries: Iterable[StoredEntry], titles: Mapping[str, str] | None = None, lang: str | None = None
) -> tuple[LogRecord, ...]:
    """The log as printable records; `titles` names the elections (election id → title)."""
    return tuple(record(e, titles or {}, lang) for e in entries)


@dataclass(frozen=True, slots=True)
class EntryLog:
    """The log of one congress, ready to print."""

    congress: Congress
    records: tuple[LogRecord, ...]


def log_document(log: EntryLog, lang: str = "vi") -> Document:
    """The log as a compact landscape table; the introduction carries the last hash, which seals the chain."""
    records, congress = log.records, log.congress
    last = records[-1].hash if records else ""
    rows = tuple((str(r.seq), r.at, _who(r), r.action, r.summary, r.hash[:HASH_SHOWN]) for r in records)
    columns = tuple(text(f"entrylog.column.{c}", None, lang) for c in ("seq", "at", "who", "action", "content", "hash"))
    blocks = (
        heading(
            congress.organization.upper(), congress_line(congress), PARTY, place_date(congress.place, congress.date)
        ),
        para(text("entrylog.title", None, lang), "title"),
        para(congress.title, "subject"),
        para(text("entrylog.intro", {"records": len(records), "hash": last or "—"}, lang), "body", italic=True),
        Table(columns, rows, (0.04, 0.105, 0.13, 0.11, 0.53, 0.085), "CLLLLL", size=7, dense=True),
        signatures(next((m.name for m in congress.counting_committee if m.role is Role.HEAD), ""), ()),
    )
    return Document(
        title=f"{text('entrylog.title', None, lang)} — {congress.title}",
        blocks=blocks,
        fingerprint=last or "0" * 64,
        label=text("entrylog.label", {"records": len(records)}, lang),
        landscape=True,
        code_where=text("entrylog.code_where", None, lang),
    )


def _who(r: LogRecord) -> str:
    return f"{r.operator} ({r.station})" if r.station else r.operator


__all__ = ["EntryLog", "LogRecord", "log_document", "record", "records_from_log", "when"]
