"""A one-page summary of the congress: every election, its rounds, who was elected."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass

from app.fileformat.writer import fingerprint
from app.minutes.document import Document, Table, para
from app.minutes.layout import draft_blocks, heading, signatures
from app.minutes.model import Header
from app.minutes.wording import DRAFT_MARK, congress_line, place_date, ruleset_short
from app.report_text import percent_vi
from ballot.election import ElectionResult, tally_all
from ballot.model import ElectionData, Role
from ballot.outcome import Admitted, Complete, Nominated, Shortfall, Tie
from ballot.problems import has_errors
from ballot.rulesets import ruleset
from ballot.tally import RoundResult

TITLE = "TỔNG HỢP KẾT QUẢ BẦU CỬ"


@dataclass(frozen=True, slots=True)
class RoundLine:
    """One round of one election: seats, outcome in words, the elected with votes, final or draft."""

    election: str
    title: str
    round: int
    seats: int
    outcome: str
    elected: tuple[str, ...]
    final: bool


@dataclass(frozen=True, slots=True)
class Summary:
    """The congress summary."""

    header: Header
    title: str
    congress: str
    rounds: tuple[RoundLine, ...]
    head: str
    ruleset: str
    fingerprint: str
    draft: bool


def outcome_short(r: RoundResult) -> str:
    """The outcome in a few words."""
    o = r.outcome
    if isinstance(o, Admitted):
        return f"Đủ điều kiện: {len(o.elected)} người"
    if isinstance(o, Complete):
        return f"Đủ số lượng ({len(o.elected)}/{r.seats})"
    if isinstance(o, Tie):
        return f"Bằng phiếu: {len(o.tied)} người cho {o.seats} chỗ"
    if isinstance(o, Nominated):
        tie = f"; bằng phiếu: {len(o.tied)} người cho {o.places} chỗ, chờ trưởng ban chọn" if o.tied else ""
        return f"Giới thiệu {len(o.proposed)} người{tie}"
    assert isinstance(o, Shortfall)
    return f"Thiếu {o.seats_left} người ({len(o.elected)}/{r.seats})"


def build_summary(
    data: ElectionData, results: tuple[ElectionResult, ...] | None = None, *, finalized: Mapping[tuple[str, int], bool]
) -> Summary:
    """Every round of every election; the fingerprint covers every round's data."""
    results = results if results is not None else tally_all(data)
    by_id = {er.election: er for er in results}
    lines: list[RoundLine] = []
    prints: list[str] = []
    for e in data.elections:
        for rnd, r in zip(e.rounds, by_id[e.id].rounds, strict=True):
            votes = {c.no: c for c in r.candidates}
            elected = tuple(
                f"{votes[no].name} ({votes[no].votes}; {percent_vi(votes[no].hundredths)})" for no in r.elected
            )
            final = finalized.get((e.id, rnd.number), False) and not has_errors(r.problems)
            lines.append(RoundLine(e.id, e.title or e.id, rnd.number, rnd.seats, outcome_short(r), elected, final))
            prints.append(f"{e.id}:{rnd.number}:{fingerprint(data, e, rnd)}")
    c = data.congress
    return Summary(
        header=Header(c.organization.upper(), congress_line(c), place_date(c.place, c.date)),
        title=TITLE,
        congress=c.title,
        rounds=tuple(lines),
        head=next((m.name for m in c.counting_committee if m.role is Role.HEAD), ""),
        ruleset=ruleset_short(ruleset(data.ruleset, data.parameters)),
        fingerprint=hashlib.sha256("\n".join(prints).encode()).hexdigest(),
        draft=not all(line.final for line in lines),
    )


def summary_document(s: Summary) -> Document:
    """The summary as one table under the document head."""
    h = s.header
    rows = tuple(
        (
            line.title,
            str(line.round),
            str(line.seats),
            line.outcome,
            "; ".join(line.elected) or "—",
            "Chính thức" if line.final else "Bản nháp",
        )
        for line in s.rounds
    )
    pending = [f"{line.election} lần {line.round}" for line in s.rounds if not line.final]
    draft = draft_blocks((f"Lần bầu chưa chốt hoặc còn lỗi: {', '.join(pending)}.",)) if pending else []
    blocks = (
        heading(h.organization, h.congress, h.party, h.place_date),
        para(s.title, "title"),
        para(s.congress, "subject"),
        *draft,
        Table(
            ("Cuộc bầu", "Lần", "Cần bầu", "Kết quả", "Người trúng cử (số phiếu; tỷ lệ %)", "Tình trạng"),
            rows,
            (0.22, 0.06, 0.07, 0.15, 0.38, 0.12),
            "LCCLLC",
            size=11,
        ),
        para("Kết quả bầu cử được báo cáo cấp ủy cấp trên trực tiếp xem xét, chuẩn y theo quy định.", "item"),
        signatures(s.head, (), room=14),
    )
    return Document(
        title=f"{s.title} — {s.congress}",
        blocks=blocks,
        fingerprint=s.fingerprint,
        label=f"{s.ruleset} · tổng hợp {len(s.rounds)} lần bầu",
        watermark=DRAFT_MARK if s.draft else "",
    )
