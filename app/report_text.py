"""A round's result as a readable Vietnamese table for the terminal."""

from __future__ import annotations

import unicodedata

from ballot.model import ElectionKind, InvalidReason, Pause
from ballot.outcome import Admitted, Complete, Nominated, Shortfall, Tie
from ballot.tally import RoundResult, Status
from ballot.text import percent_text

REASONS_VI = {
    InvalidReason.NOT_ISSUED: "không do Ban kiểm phiếu phát ra",
    InvalidReason.OVER_LIMIT: "để lại quá số lượng cần bầu",
    InvalidReason.NONE_KEPT: "gạch hết tên",
    InvalidReason.SINGLE_NO_CHOICE: "không đánh dấu hoặc đánh dấu cả hai ô",
    InvalidReason.WRITE_IN: "ghi thêm tên ngoài danh sách",
    InvalidReason.MARKED: "có dấu hiệu riêng",
    InvalidReason.OUTSIDE_POOL: "ghi tên người ngoài danh sách giới thiệu",
}

STATUS_VI = {
    Status.ELECTED: "trúng cử",
    Status.TIED: "bằng phiếu",
    Status.NOT_ELECTED: "",
    Status.PROPOSED: "được giới thiệu",
    Status.NOT_PROPOSED: "",
}


def percent_vi(hundredths: int) -> str:
    """Vietnamese percentage: 9388 → '93,88%'."""
    return percent_text(hundredths, ",") + "%"


def _width(s: str) -> int:
    return sum(0 if unicodedata.combining(ch) else 1 for ch in s)


def _pad(s: str, n: int) -> str:
    return s + " " * max(0, n - _width(s))


def outcome_vi(r: RoundResult, names: dict[int, str]) -> str:
    """The outcome in words, with what the congress must decide."""
    o = r.outcome
    if isinstance(o, Admitted):
        return f"Được đưa vào danh sách: {len(o.elected)} người."
    if isinstance(o, Nominated):
        return nomination_vi(o, names)
    if isinstance(o, Complete):
        return f"Đã bầu đủ {r.seats} người."
    if isinstance(o, Tie):
        tied = ", ".join(f"{no}. {names[no]}" for no in o.tied)
        return (
            f"BẰNG PHIẾU: {len(o.tied)} người ({tied}) có số phiếu bằng nhau cho {o.seats} chỗ còn lại. "
            "Đoàn Chủ tịch cần tổ chức bầu tiếp giữa những người này."
        )
    assert isinstance(o, Shortfall)
    return (
        f"THIẾU: mới có {len(o.elected)} người trúng cử, còn {o.seats_left} chỗ. "
        "Đại hội quyết định bầu tiếp (danh sách, số lượng) hay dừng, bầu ít hơn số lượng."
    )


def nomination_vi(o: Nominated, names: dict[int, str]) -> str:
    """A nomination ballot's outcome: who is proposed, and a tie left to the committee head."""
    proposed = ", ".join(f"{no}. {names[no]}" for no in o.proposed) or "không có ai"
    line = f"Được giới thiệu: {proposed}."
    if o.choice is not None:
        line += f" (Trưởng ban {o.choice.decision.by} đã chọn trong số những người bằng phiếu.)"
    if o.tied:
        tied = ", ".join(f"{no}. {names[no]}" for no in o.tied)
        line += f" BẰNG PHIẾU: {tied} cho {o.places} chỗ còn lại; trưởng ban kiểm phiếu chọn."
    if o.short:
        line += f" Còn {o.short} chỗ không có ai được ghi tên."
    return line


def pause_text(title: str, p: Pause) -> str:
    """A paused election: why, who decided, and whether it resumed."""
    whom = f"đồng chí {p.intended}" if p.intended else "người được dự kiến"
    why = f"{whom} không trúng cử cấp ủy" if p.reason.value == "intended_not_elected" else "lý do khác"
    note = f": {p.decision.note}" if p.decision.note else ""
    line = f"{title} — TẠM DỪNG, xin ý kiến cấp ủy cấp trên ({why}); {p.decision.by} quyết định{note}."
    if p.resumed is not None:
        line += f" Đã tiếp tục theo ý kiến của {p.resumed.by}."
    return line


def _base_line(r: RoundResult) -> str:
    t = r.threshold
    if r.kind is ElectionKind.OPINION:
        return f"Số có mặt: {t.base}; cần ít nhất {t.votes_needed} phiếu đồng ý"
    if r.kind is ElectionKind.NOMINATION:
        return f"Triệu tập: {t.summoned}, trừ {t.excluded}, cơ sở tính: {t.base}; giới thiệu {r.propose} người"
    return f"Triệu tập: {t.summoned}, trừ {t.excluded}, cơ sở tính: {t.base}; cần ít nhất {t.votes_needed} phiếu"


def round_text(r: RoundResult, title: str) -> str:
    """The round's table: candidates, votes, % of the base, who is elected, problems."""
    b = r.ballots
    names = {c.no: c.name for c in r.candidates}
    lines = [
        f"{title} — lần bầu thứ {r.round} ({r.election})",
        f"Số lượng cần bầu: {r.seats}",
        _base_line(r),
        f"Phiếu phát ra {b.issued}, thu vào {b.collected}, đã kiểm {b.counted}, hợp lệ {b.valid}, không hợp lệ {b.invalid}",
    ]
    lines += [f"  - {REASONS_VI[k]}: {v}" for k, v in sorted(b.invalid_by_reason.items())]
    width = max([_width(c.name) for c in r.candidates] + [10])
    lines.append(f"{'STT':>4}  {_pad('Họ và tên', width)}  {'Số phiếu':>8}  {'Tỷ lệ':>8}  Kết quả")
    for c in r.candidates:
        lines.append(
            f"{c.no:>4}  {_pad(c.name, width)}  {c.votes:>8}  {percent_vi(c.hundredths):>8}  {STATUS_VI[c.status]}"
        )
    lines.append(outcome_vi(r, names))
    for p in r.problems:
        lines.append(f"[{p.code.value}] {p.message('vi')} ({p.path})")
    return "\n".join(lines)
