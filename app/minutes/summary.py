"""A one-page summary of the congress: every election, its rounds, who was elected, what awaits approval.

Its code is the congress code (`app.results.congress_fingerprint`), which `kiemphieu verify FILE` prints.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from app.minutes import wording as w
from app.minutes.document import Document, Keep, Para, Signatures, Table, para
from app.minutes.layout import draft_blocks, fingerprint_blocks, heading, signatures
from app.minutes.model import Header
from app.report_text import percent_vi
from app.results.fingerprint import congress_fingerprint
from ballot.election import ElectionResult, tally_all
from ballot.model import Body, ElectionData, ElectionKind, Role
from ballot.outcome import Admitted, Complete, Nominated, Shortfall, Tie
from ballot.problems import has_errors
from ballot.rulesets import ruleset
from ballot.tally import RoundResult

TITLE = "TỔNG HỢP KẾT QUẢ BẦU CỬ"


@dataclass(frozen=True, slots=True)
class RoundLine:
    """One round of one election: seats, outcome in words, the elected with votes, its standing."""

    election: str
    title: str
    round: int
    seats: int
    outcome: str
    elected: tuple[str, ...]
    final: bool
    status: str


@dataclass(frozen=True, slots=True)
class Summary:
    """The congress summary; `fingerprint` is the congress code."""

    header: Header
    title: str
    congress: str
    rounds: tuple[RoundLine, ...]
    approval: tuple[str, ...]
    head: str
    ruleset: str
    fingerprint: str
    draft: bool
    #: Elections paused to ask the higher standing committee (and resumed), as decisions with who made them.
    pauses: tuple[str, ...] = ()


def outcome_short(r: RoundResult) -> str:
    """The outcome in a few words."""
    o = r.outcome
    if isinstance(o, Admitted):
        return f"Đủ điều kiện: {w.count_vi(len(o.elected))} người"
    if isinstance(o, Complete):
        return f"Đủ số lượng ({w.count_vi(len(o.elected))}/{w.count_vi(r.seats)})"
    if isinstance(o, Tie):
        return f"Bằng phiếu: {w.count_vi(len(o.tied))} người cho {w.count_vi(o.seats)} chỗ"
    if isinstance(o, Nominated):
        tie = f"; bằng phiếu: {len(o.tied)} người cho {o.places} chỗ, chờ trưởng ban chọn" if o.tied else ""
        return f"Giới thiệu {w.count_vi(len(o.proposed))} người{tie}"
    assert isinstance(o, Shortfall)
    return f"Thiếu {w.count_vi(o.seats_left)} người ({w.count_vi(len(o.elected))}/{w.count_vi(r.seats)})"


def _elected(r: RoundResult) -> tuple[str, ...]:
    """'Nguyễn Văn An, 1975 (101; 86,32%)': the note tells namesakes apart; a nomination ballot's proposed."""
    by_no = {c.no: c for c in r.candidates}
    out = []
    for no in r.outcome.proposed if isinstance(r.outcome, Nominated) else r.elected:
        c = by_no[no]
        note = f", {c.note}" if c.note else ""
        out.append(f"{c.name}{note} ({w.count_vi(c.votes)}; {percent_vi(c.hundredths)})")
    return tuple(out)


def build_summary(
    data: ElectionData, results: tuple[ElectionResult, ...] | None = None, *, finalized: Mapping[tuple[str, int], bool]
) -> Summary:
    """Every round of every election; a round still being counted concludes nothing."""
    results = results if results is not None else tally_all(data)
    by_id = {er.election: er for er in results}
    lines: list[RoundLine] = []
    bodies: set[Body] = set()
    opinion = nomination = False
    pauses: list[str] = []
    for e in data.elections:
        is_opinion = e.kind in (ElectionKind.OPINION, ElectionKind.NOMINATION)  # reported, not approved
        p = e.pause
        if p is not None:
            title = e.title or e.id
            d = p.decision
            pauses.append(w.pause_line(title, p.reason.value, p.intended, d.by, d.at, d.note))
            if p.resumed is not None:
                pauses.append(w.resumed_line(title, p.resumed.by, p.resumed.at, p.resumed.note))
            elif not any(r.ballots or r.subtotals for r in e.rounds):
                continue  # paused, nothing counted: the decision is printed, not a draft round
        for rnd, r in zip(e.rounds, by_id[e.id].rounds, strict=True):
            final = finalized.get((e.id, rnd.number), False) and not has_errors(r.problems)
            b = r.ballots
            counting = b.counted < b.collected or (b.collected == 0 and not final)
            outcome = w.in_progress(b.counted, b.collected) if counting else outcome_short(r)
            elected = () if counting else _elected(r)
            status = w.round_status(e.body, is_opinion, final)
            lines.append(RoundLine(e.id, e.title or e.id, rnd.number, rnd.seats, outcome, elected, final, status))
            if e.kind is ElectionKind.NOMINATION:
                nomination = True
            elif is_opinion:
                opinion = True
            else:
                bodies.add(e.body)
    c = data.congress
    return Summary(
        header=Header(
            c.organization.upper(),
            w.congress_title(c),
            w.place_date(w.locality(c.place, c.organization), c.date),
            term=w.term_line(c),
        ),
        title=TITLE,
        congress=c.title,
        rounds=tuple(lines),
        approval=w.summary_approval(frozenset(bodies), opinion, nomination),
        head=next((m.name for m in c.counting_committee if m.role is Role.HEAD), ""),
        ruleset=w.ruleset_short(ruleset(data.ruleset, data.parameters)),
        fingerprint=congress_fingerprint(data),
        draft=not all(line.final for line in lines),
        pauses=tuple(pauses),
    )


def summary_document(s: Summary) -> Document:
    """The summary as one table under the document head; its last rows, approval, signature and code together."""
    h = s.header
    rows = tuple(
        (
            line.title,
            str(line.round),
            w.count_vi(line.seats),
            line.outcome,
            "\n".join(line.elected) or "—",
            line.status,
        )
        for line in s.rounds
    )
    pending = [f"{line.title} (lần {line.round})" for line in s.rounds if not line.final]
    draft = draft_blocks((f"Lần bầu chưa chốt hoặc còn lỗi: {'; '.join(pending)}.",)) if pending else []
    table = Table(
        ("Cuộc bầu", "Lần", "Cần bầu", "Kết quả", "Người trúng cử (số phiếu; tỷ lệ %)", "Tình trạng"),
        rows,
        (0.21, 0.06, 0.08, 0.15, 0.36, 0.14),
        "LCCLLC",
        size=11,
    )
    closing: tuple[Para | Table | Signatures, ...] = (
        table,
        *(para(text, "item") for text in s.pauses),
        *(para(text, "item") for text in s.approval),
        signatures(s.head, (), room=14),
        *fingerprint_blocks("Mã tổng hợp của đại hội", s.fingerprint),
    )
    blocks = (
        heading(h.organization, h.congress, h.party, h.place_date, h.term),
        para(s.title, "title"),
        para(s.congress, "subject"),
        *draft,
        Keep(closing),
    )
    return Document(
        title=f"{s.title} — {s.congress}",
        blocks=blocks,
        fingerprint=s.fingerprint,
        label=f"{s.ruleset} · tổng hợp {w.count_vi(len(s.rounds))} lần bầu",
        watermark=w.DRAFT_MARK if s.draft else "",
    )
