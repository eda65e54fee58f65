"""Every round of every election to Excel (.xlsx, openpyxl) or CSV, for committees that work with the numbers.

- Excel: a summary sheet ("Tổng hợp": one row per round, the congress code) and one sheet per election with,
  for each round, the base, the ballot counts, every candidate with votes and % in ballot order, the elected,
  and the problems in words. Counts are numbers, percentages numbers with a % format (the value is the
  rounded % of the minutes: 93,88 % is 0.9388).
- CSV: one file, one row per candidate of each round, the election and round in columns; UTF-8 with a byte
  order mark so that Excel opens the Vietnamese right; comma-separated, decimal point ('93.88'), the same
  numbers as `kiemphieu tally --json`.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from app.minutes.source import Source
from app.minutes.wording import ADMITTED, STATUS
from app.results.fingerprint import congress_fingerprint, round_fingerprints
from app.texts import text
from ballot.election import ElectionResult
from ballot.model import Election, ElectionKind, InvalidReason, Purpose, Round
from ballot.outcome import Nominated
from ballot.tally import RoundResult, Status

FORMATS: tuple[str, str] = (".xlsx", ".csv")
PERCENT_FORMAT = "0.00%"
SUMMARY_SHEET = "Tổng hợp"
BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")


@dataclass(frozen=True, slots=True)
class RoundRows:
    """One round with what the export prints about it."""

    election: Election
    rnd: Round
    result: RoundResult
    final: bool
    fingerprint: str
    changed: bool = False

    @property
    def opinion(self) -> bool:
        return self.election.kind is ElectionKind.OPINION

    @property
    def nomination(self) -> bool:
        return self.election.kind is ElectionKind.NOMINATION

    @property
    def counting(self) -> bool:
        """Ballots still being counted: the numbers so far, no conclusion (as in the minutes)."""
        b = self.result.ballots
        return b.counted < b.collected or (b.collected == 0 and not self.final)

    @property
    def votes_needed(self) -> int | None:
        """The fewest votes that pass; none for a tie-break decided by the most votes (no majority test)."""
        t = self.result.threshold
        return t.votes_needed if t.majority_test else None


def rounds(src: Source) -> Iterator[RoundRows]:
    """Every round of every election in file order, with its tally, whether it is locked, and its fingerprint."""
    by_id: dict[str, ElectionResult] = {er.election: er for er in src.results}
    prints = {(e, n): fp for e, n, fp in round_fingerprints(src.data)}
    for e in src.data.elections:
        for rnd, r in zip(e.rounds, by_id[e.id].rounds, strict=True):
            key = (e.id, rnd.number)
            yield RoundRows(e, rnd, r, src.finalized.get(key, False), prints[key], src.changed.get(key, False))


def _status(rr: RoundRows, status: Status) -> str:
    if rr.counting:
        return ""
    if rr.opinion:
        return ADMITTED if status is Status.ELECTED else ""
    return STATUS[status]


def _percent(hundredths: int) -> float:
    """The displayed percentage as a spreadsheet fraction: 9388 → 0.9388 (shown 93,88 %)."""
    return hundredths / 10000


def _outcome(rr: RoundRows) -> str:
    from app.minutes.summary import outcome_short
    from app.minutes.wording import in_progress

    b = rr.result.ballots
    return in_progress(b.counted, b.collected) if rr.counting else outcome_short(rr.result)


def _elected(rr: RoundRows) -> tuple[int, ...]:
    """The elected (admitted, or proposed by a nomination ballot), none while the count goes on."""
    if rr.counting:
        return ()
    o = rr.result.outcome
    return o.proposed if isinstance(o, Nominated) else rr.result.elected


def _locked(rr: RoundRows) -> str:
    if rr.changed:
        return "Dữ liệu đã thay đổi sau khi chốt"
    return "Đã chốt" if rr.final else "Chưa chốt"


def _problems(r: RoundResult) -> str:
    return "; ".join(f"{p.message('vi')} ({p.code.value})" for p in r.problems)


# ---- CSV ------------------------------------------------------------------------------------------------------

CSV_COLUMNS = (
    "Mã cuộc bầu",
    "Cuộc bầu",
    "Lần bầu",
    "Số lượng cần bầu",
    "Phát ra",
    "Thu vào",
    "Đã kiểm",
    "Hợp lệ",
    "Không hợp lệ",
    "Cơ sở tính",
    "Số phiếu cần đạt",
    "STT",
    "Số hiệu",
    "Họ và tên",
    "Ghi chú",
    "Số phiếu",
    "Không đồng ý",
    "Tỷ lệ %",
    "Kết quả",
    "Thứ tự trúng cử",
    "Tình trạng",
    "Vấn đề",
)


def csv_bytes(src: Source) -> bytes:
    """One row per candidate of each round, UTF-8 with a byte order mark."""
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(CSV_COLUMNS)
    for rr in rounds(src):
        r, b = rr.result, rr.result.ballots
        order = {no: i for i, no in enumerate(_elected(rr), 1)}
        needed = rr.votes_needed
        for stt, c in enumerate(r.candidates, 1):
            w.writerow(
                (
                    rr.election.id,
                    rr.election.title,
                    rr.rnd.number,
                    rr.rnd.seats,
                    b.issued,
                    b.collected,
                    b.counted,
                    b.valid,
                    b.invalid,
                    r.threshold.base,
                    "" if needed is None else needed,
                    stt,
                    c.no,
                    c.name,
                    c.note,
                    c.votes,
                    "" if c.disagree is None else c.disagree,
                    f"{c.hundredths // 100}.{c.hundredths % 100:02d}",
                    _status(rr, c.status),
                    order.get(c.no, ""),
                    _locked(rr),
                    _problems(r),
                )
            )
    return ("\ufeff" + out.getvalue()).encode("utf-8")


# ---- Excel ----------------------------------------------------------------------------------------------------


def _cut(text: str, n: int) -> str:
    """At most `n` characters, cut at a word rather than inside one."""
    if len(text) <= n:
        return text
    head = text[: n + 1]
    return head.rsplit(" ", 1)[0] if " " in head else text[:n]


def sheet_name(title: str, taken: set[str]) -> str:
    """A valid, unique sheet name from an election's title: at most 31 characters, cut at a word, none of []:*?/\\."""
    base = " ".join(BAD_SHEET_CHARS.sub(" ", title[4:] if title.casefold().startswith("bầu ") else title).split())
    base = (base[:1].upper() + base[1:]) or "Cuộc bầu"
    name, k = _cut(base, 31), 2
    while name.casefold() in {t.casefold() for t in taken}:
        suffix = f" ({k})"
        name = _cut(base, 31 - len(suffix)) + suffix
        k += 1
    taken.add(name)
    return name


def _bold_row(ws: Any, values: tuple[Any, ...]) -> None:
    from openpyxl.styles import Font

    ws.append(values)
    for cell in ws[ws.max_row]:
        cell.font = Font(bold=True)


def _summary_sheet(ws: Any, src: Source) -> None:
    from openpyxl.styles import Font

    c = src.data.congress
    ws.append((c.title,))
    ws["A1"].font = Font(bold=True, size=13)
    ws.append((c.organization,))
    ws.append(("Mã tổng hợp của đại hội (SHA-256)", congress_fingerprint(src.data)))
    ws.append(())
    _bold_row(
        ws,
        (
            "Cuộc bầu",
            "Mã",
            "Lần bầu",
            "Cần bầu",
            "Phát ra",
            "Thu vào",
            "Đã kiểm",
            "Hợp lệ",
            "Không hợp lệ",
            "Kết quả",
            "Người trúng cử",
            "Tình trạng",
            "Mã dữ liệu (SHA-256)",
        ),
    )
    for rr in rounds(src):
        r, b = rr.result, rr.result.ballots
        names = {x.no: x.name for x in r.candidates}
        ws.append(
            (
                rr.election.title,
                rr.election.id,
                rr.rnd.number,
                rr.rnd.seats,
                b.issued,
                b.collected,
                b.counted,
                b.valid,
                b.invalid,
                _outcome(rr),
                "; ".join(names[no] for no in _elected(rr)),
                _locked(rr),
                rr.fingerprint,
            )
        )
    for col, width in zip("ABCDEFGHIJKLM", (40, 8, 8, 9, 9, 9, 9, 9, 12, 24, 60, 12, 66), strict=True):
        ws.column_dimensions[col].width = width


def _round_block(ws: Any, rr: RoundRows) -> None:
    """One round on its election's sheet: heading, base and ballots, candidates in ballot order, elected, problems."""
    from openpyxl.styles import Font

    r, b, t = rr.result, rr.result.ballots, rr.result.threshold
    heading = f"Lần bầu thứ {rr.rnd.number}"
    if rr.rnd.purpose is Purpose.TIE_BREAK:
        heading += " (bầu giữa những người bằng phiếu: số phiếu cao hơn trúng cử)"
    ws.append((heading,))
    ws.cell(ws.max_row, 1).font = Font(bold=True, size=12)
    facts: list[tuple[str, Any]] = [("Số lượng cần bầu", rr.rnd.seats)]
    if rr.opinion:
        facts.append(("Số có mặt tại Đại hội (cơ sở tính)", t.base))
    else:
        facts += [("Tổng số được triệu tập", t.summoned), ("Không tính vào cơ sở", t.excluded), ("Cơ sở tính", t.base)]
    facts += [
        ("Số phiếu cần đạt", rr.votes_needed),
        ("Có mặt lúc bầu cử", rr.rnd.present),
        ("Phiếu phát ra", b.issued),
        ("Phiếu thu vào", b.collected),
        ("Phiếu đã kiểm", b.counted),
        ("Phiếu hợp lệ", b.valid),
        ("Phiếu không hợp lệ", b.invalid),
    ]
    facts += [
        ("– " + text(f"invalid.{k.value}", None, "vi"), b.invalid_by_reason[k])
        for k in InvalidReason
        if k in b.invalid_by_reason
    ]
    facts += [("Tình trạng", _locked(rr)), ("Mã dữ liệu (SHA-256)", rr.fingerprint)]
    for label, value in facts:
        ws.append((label, value))
    agree = "Đồng ý" if rr.election.form(rr.rnd).value == "agree_disagree" else "Số phiếu"
    _bold_row(ws, ("STT", "Số hiệu", "Họ và tên", "Ghi chú", agree, "Không đồng ý", "Tỷ lệ %", "Kết quả", "Thứ tự"))
    order = {no: i for i, no in enumerate(_elected(rr), 1)}
    for stt, c in enumerate(r.candidates, 1):
        ws.append(
            (
                stt,
                c.no,
                c.name,
                c.note,
                c.votes,
                c.disagree,
                _percent(c.hundredths),
                _status(rr, c.status),
                order.get(c.no),
            )
        )
        ws.cell(ws.max_row, 7).number_format = PERCENT_FORMAT
    ws.append(("Đủ điều kiện" if rr.opinion else "Được giới thiệu" if rr.nomination else "Trúng cử", _outcome(rr)))
    ws.cell(ws.max_row, 1).font = Font(bold=True)
    by_no = {c.no: c for c in r.candidates}
    for i, no in enumerate(_elected(rr), 1):
        c = by_no[no]
        ws.append((i, c.no, c.name, c.note, c.votes, None, _percent(c.hundredths)))
        ws.cell(ws.max_row, 7).number_format = PERCENT_FORMAT
    for p in r.problems:
        ws.append(("Vấn đề", p.message("vi"), p.code.value))
    ws.append(())


def workbook(src: Source) -> Any:
    """The workbook: the summary sheet first, then one sheet per election."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    summary = wb.active
    summary.title = SUMMARY_SHEET
    _summary_sheet(summary, src)
    taken = {SUMMARY_SHEET}
    sheets: dict[str, Any] = {}
    for rr in rounds(src):
        ws = sheets.get(rr.election.id)
        if ws is None:
            ws = wb.create_sheet(sheet_name(rr.election.title or rr.election.id, taken))
            sheets[rr.election.id] = ws
            ws.append((rr.election.title or rr.election.id,))
            ws.cell(1, 1).font = Font(bold=True, size=13)
            ws.append(("Mã cuộc bầu", rr.election.id))
            ws.append(())
            for col, width in zip("ABCDEFGHI", (34, 9, 30, 22, 10, 12, 10, 14, 8), strict=True):
                ws.column_dimensions[col].width = width
        _round_block(ws, rr)
    return wb


def xlsx_bytes(src: Source) -> bytes:
    """The workbook as .xlsx bytes."""
    buf = io.BytesIO()
    workbook(src).save(buf)
    return buf.getvalue()


def export_bytes(src: Source, suffix: str) -> bytes:
    """The export in the format of the suffix (.xlsx or .csv)."""
    return xlsx_bytes(src) if suffix == ".xlsx" else csv_bytes(src)
