"""The printed entry log (nhật ký nhập phiếu) for the archive: every recorded action with its chained hash."""

from __future__ import annotations

import datetime
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from app.minutes.document import Document, Table, para
from app.minutes.layout import heading, signatures
from app.minutes.wording import PARTY, congress_line, place_date
from app.report_text import REASONS_VI
from ballot.model import Congress, InvalidReason, Role

TITLE = "NHẬT KÝ NHẬP PHIẾU"
ACTIONS_VI = {
    "create": "Tạo dữ liệu đại hội",
    "congress.update": "Sửa thông tin đại hội",
    "parameters": "Đặt quy định riêng",
    "pin": "Đổi mã PIN trưởng ban",
    "backup.folder": "Đặt thư mục sao lưu",
    "election.add": "Thêm cuộc bầu",
    "election.update": "Sửa cuộc bầu",
    "election.remove": "Bỏ cuộc bầu",
    "round.start": "Mở lần bầu",
    "round.counts": "Số phiếu phát ra, thu vào",
    "ballot": "Nhập phiếu",
    "ballot.correct": "Sửa/hủy phiếu",
    "subtotal": "Nhập kết quả tổ",
    "subtotal.void": "Hủy kết quả tổ",
    "round.finalize": "Chốt lần bầu",
    "round.reopen": "Mở lại lần bầu",
    "entry.mode": "Chọn số lần nhập độc lập",
    "team.add": "Lập tổ kiểm phiếu",
    "team.members": "Sửa thành viên tổ",
    "stack.open": "Mở tập phiếu của tổ",
    "pass.item": "Nhập phiếu trong tập (chưa tính)",
    "pass.complete": "Hoàn thành một lần nhập, so sánh",
    "pass.merge": "Nhận lần nhập từ máy khác",
    "stack.resolve": "Trưởng ban quyết định chỗ khác nhau",
    "entries.export": "Xuất tệp bàn giao",
}
REASON_VALUES = frozenset(r.value for r in InvalidReason)
HIDDEN = frozenset({"head_pin", "congress", "parameters"})


@dataclass(frozen=True, slots=True)
class LogRecord:
    """One printed line of the log."""

    seq: int
    at: str
    station: str
    operator: str
    action: str
    summary: str
    hash: str


class StoredEntry(Protocol):
    """What the storage layer's `LogEntry` offers (app.storage.records.LogEntry)."""

    seq: int
    at: str
    station: str
    operator: str
    action: str
    payload: dict[str, Any]
    hash: str


def ballot_text(b: Mapping[str, Any]) -> str:
    """A ballot in the file's notation in words: 'gạch 2, 5', 'không hợp lệ: …', marks; '×n' for a stack."""
    if "struck" in b:
        text = "gạch " + ", ".join(str(n) for n in b["struck"]) if b["struck"] else "không gạch tên nào"
    elif "marks" in b:
        text = ", ".join(f"{no}:{mark}" for no, mark in b["marks"].items()) or "không đánh dấu"
    else:
        reason = b.get("invalid", "")
        text = "không hợp lệ: " + (REASONS_VI[InvalidReason(reason)] if reason in REASON_VALUES else str(reason))
    if b.get("count", 1) != 1:
        text += f" ×{b['count']}"
    return text


def _value(v: Any) -> str:
    """A payload field in a few words."""
    if isinstance(v, Mapping):
        if "id" in v:
            return f"{v['id']} — {v.get('title', '')}".rstrip(" —")
        if "round" in v:
            return f"lần {v['round']}, {v.get('seats', '?')} chỗ"
        return json.dumps(v, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    if isinstance(v, list):
        return f"{len(v)} mục"
    return str(v)


def summarise(action: str, payload: Mapping[str, Any]) -> str:
    """The payload in one short line: the round and ballot in words, other fields as key: value."""
    parts = []
    where = payload.get("election")
    if isinstance(where, str):
        rnd = payload.get("round")
        parts.append(f"{where} lần {rnd}" if isinstance(rnd, int) else where)
    if isinstance(payload.get("ballot"), Mapping):
        parts.append(ballot_text(payload["ballot"]))
    for k, v in payload.items():
        if k in HIDDEN or k == "ballot" or (k in ("election", "round") and not isinstance(v, Mapping)):
            continue
        parts.append(f"{k}: {_value(v)}")
    text = "; ".join(parts)
    return text if len(text) <= 110 else text[:109] + "…"


def when(at: str) -> str:
    """An ISO time as 'YYYY-MM-DD HH:MM:SS' (as recorded, without the fraction); anything else unchanged."""
    try:
        return datetime.datetime.fromisoformat(at).strftime("%Y-%m-%d %H:%M:%S")
    except ValueError:
        return at


def records_from_log(entries: Iterable[StoredEntry]) -> tuple[LogRecord, ...]:
    """The storage layer's `Workspace.log()` as printable records."""
    return tuple(
        LogRecord(e.seq, e.at, e.station, e.operator, e.action, summarise(e.action, e.payload), e.hash) for e in entries
    )


@dataclass(frozen=True, slots=True)
class EntryLog:
    """The log of one congress, ready to print."""

    congress: Congress
    records: tuple[LogRecord, ...]


def log_document(log: EntryLog) -> Document:
    """The log as a landscape table; the footer carries the last hash, which seals the whole chain."""
    records, congress = log.records, log.congress
    last = records[-1].hash if records else ""
    rows = tuple(
        (str(r.seq), when(r.at), r.station, r.operator, ACTIONS_VI.get(r.action, r.action), r.summary, r.hash[:12])
        for r in records
    )
    blocks = (
        heading(
            congress.organization.upper(), congress_line(congress), PARTY, place_date(congress.place, congress.date)
        ),
        para(TITLE, "title"),
        para(congress.title, "subject"),
        para(
            f"Gồm {len(records)} bản ghi, theo thứ tự ghi. Mỗi bản ghi mang mã băm nối tiếp bản ghi trước; "
            f"mã băm của bản ghi cuối: {last or '—'}.",
            "body",
            italic=True,
        ),
        Table(
            ("STT", "Thời điểm", "Máy", "Người nhập", "Thao tác", "Nội dung", "Mã băm"),
            rows,
            (0.05, 0.12, 0.08, 0.12, 0.13, 0.39, 0.11),
            "CLLLLLL",
            size=9,
        ),
        signatures(next((m.name for m in congress.counting_committee if m.role is Role.HEAD), ""), ()),
    )
    return Document(
        title=f"{TITLE} — {congress.title}",
        blocks=blocks,
        fingerprint=last or "0" * 64,
        label=f"Nhật ký nhập phiếu · {len(records)} bản ghi",
        landscape=True,
    )
