"""Checking a database: the log's hash chain, every row against the log record that wrote it, every seal."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.fileformat.writer import congress_dict, fingerprint
from app.storage import queries, verify_stacks
from app.storage.canonical import GENESIS, record_hash, sha256
from app.storage.docs import ballot_doc, election_doc, parameters_doc, result_doc, round_doc
from app.storage.rows import BallotRow, CandidateRow, ElectionRow, LogRow, RoundRow, SubtotalRow
from ballot.election import tally_all


@dataclass
class Fault:
    """The first thing found changed outside the program."""

    where: str
    vi: str

    def __str__(self) -> str:
        return f"{self.where}: {self.vi}"


@dataclass
class Report:
    """What verify found: per-round lines, and the first fault (None when everything agrees)."""

    lines: list[str] = field(default_factory=list)
    fault: Fault | None = None
    records: int = 0
    last_hash: str = GENESIS


@dataclass
class Expected:
    """The state the log says the tables must hold."""

    congress: dict[str, Any] = field(default_factory=dict)
    elections: dict[str, dict[str, Any]] = field(default_factory=dict)
    rounds: dict[tuple[str, int], dict[str, Any]] = field(default_factory=dict)
    ballots: dict[int, dict[str, Any]] = field(default_factory=dict)
    subtotals: dict[int, dict[str, Any]] = field(default_factory=dict)
    writer: dict[str, int] = field(default_factory=dict)
    stacks: verify_stacks.StackExpect = field(default_factory=verify_stacks.StackExpect)


def verify(s: Session) -> Report:
    """Runs every check and stops at the first fault."""
    report = Report()
    logs = list(s.scalars(select(LogRow).order_by(LogRow.seq)))
    report.records = len(logs)
    report.fault = _chain(logs)
    if report.fault is not None:
        return report
    report.last_hash = logs[-1].hash if logs else GENESIS
    exp = Expected()
    for rec in logs:
        _replay(exp, rec)
    report.fault = next(_compare(s, exp), None)
    if report.fault is None:
        report.fault = _seals(s, report)
    return report


def _chain(logs: list[LogRow]) -> Fault | None:
    prev = GENESIS
    for i, r in enumerate(logs, 1):
        where = f"Nhật ký, bản ghi #{r.seq}"
        if r.seq != i:
            return Fault(f"Nhật ký, vị trí {i}", f"thiếu hoặc sai số thứ tự bản ghi (gặp #{r.seq}, phải là #{i})")
        if sha256(r.payload) != r.data_hash:
            return Fault(where, "dữ liệu của bản ghi đã bị sửa (mã băm dữ liệu không khớp)")
        if r.prev_hash != prev:
            return Fault(where, "chuỗi mã băm bị đứt: bản ghi trước đó đã bị sửa hoặc xóa")
        if record_hash(r.seq, r.at, r.station, r.operator, r.action, r.data_hash, r.prev_hash) != r.hash:
            return Fault(where, "bản ghi đã bị sửa (thời gian, máy, người nhập, thao tác hoặc mã băm)")
        prev = r.hash
    return None


def _replay(exp: Expected, rec: LogRow) -> None:
    p = json.loads(rec.payload)
    a = rec.action
    if a == "create":
        exp.congress = {
            "ruleset": p["ruleset"],
            "congress": p["congress"],
            "parameters": p["parameters"],
            "head_pin": p["head_pin"],
            "backup_folder": None,
            "entry_mode": 1,
        }
    elif a == "congress.update":
        exp.congress["congress"] = p["congress"]
    elif a == "parameters":
        exp.congress["parameters"] = p["parameters"]
    elif a == "pin":
        exp.congress["head_pin"] = p["head_pin"]
    elif a == "backup.folder":
        exp.congress["backup_folder"] = p["folder"]
    elif a == "entry.mode":
        exp.congress["entry_mode"] = p["mode"]
    elif a in verify_stacks.ACTIONS:
        verify_stacks.replay(exp.stacks, rec, p)
    elif a in ("election.add", "election.update"):
        eid = p["election"]["id"]
        exp.elections[eid] = {"doc": p["election"], "position": p["position"], "removed": None}
        exp.rounds[(eid, 1)] = {"doc": p["round"], "final": None}
    elif a == "election.remove":
        exp.elections[p["election"]]["removed"] = p["reason"]
    elif a == "election.hand_votes":
        doc = exp.elections[p["election"]]["doc"]
        doc.pop("hand_votes", None)
        if p["hand_votes"]:
            doc["hand_votes"] = p["hand_votes"]
    elif a == "round.start":
        exp.elections[p["election"]]["doc"]["candidates"] = p["candidates"]
        exp.rounds[(p["election"], p["round"]["round"])] = {"doc": p["round"], "final": None}
    elif a == "round.counts":
        exp.rounds[(p["election"], p["round"]["round"])]["doc"] = p["round"]
    elif a == "ballot":
        exp.ballots[rec.seq] = _entry(p["election"], p["round"], p["seq"], p["ballot"])
    elif a == "ballot.correct":
        old = exp.ballots[p["ballot"]]
        old.update(
            status="voided" if p["replacement"] is None else "superseded", changed_by=rec.seq, reason=p["reason"]
        )
        if p["replacement"] is not None:
            exp.ballots[rec.seq] = _entry(old["election"], old["round"], old["seq"], p["replacement"])
    elif a == "subtotal":
        exp.subtotals[rec.seq] = _entry(p["election"], p["round"], None, p["subtotal"])
    elif a == "subtotal.void":
        exp.subtotals[p["subtotal"]].update(status="voided", changed_by=rec.seq, reason=p["reason"])
    elif a == "round.finalize":
        final = [p["fingerprint"], p.get("at") or rec.at, p["by"], p["result"]]
        exp.rounds[(p["election"], p["round"])]["final"] = final
    elif a == "round.reopen":
        exp.rounds[(p["election"], p["round"])]["final"] = None


def _entry(election: str, rnd: int, seq: int | None, doc: Any) -> dict[str, Any]:
    return {
        "election": election,
        "round": rnd,
        "seq": seq,
        "doc": doc,
        "status": "current",
        "changed_by": None,
        "reason": None,
    }


def _compare(s: Session, exp: Expected) -> Iterator[Fault]:
    """Each row against the state the log describes, in the order the log wrote them."""
    c = queries.congress_row(s)
    got = {
        "ruleset": c.ruleset,
        "congress": congress_dict(c.to_domain()),
        "parameters": parameters_doc(c.parameters_domain()),
        "head_pin": c.head_pin,
        "backup_folder": c.backup_folder,
        "entry_mode": c.entry_mode,
    }
    for key, value in exp.congress.items():
        if got[key] != value:
            yield Fault("Thông tin đại hội", f"mục {key} khác với nhật ký")
    cands: dict[str, list[Any]] = {}
    for cr in s.scalars(select(CandidateRow).order_by(CandidateRow.election_id, CandidateRow.position)):
        cands.setdefault(cr.election_id, []).append(cr.to_domain())
    erows = {e.id: e for e in s.scalars(select(ElectionRow))}
    for eid in sorted(set(erows) | set(exp.elections)):
        e, want = erows.get(eid), exp.elections.get(eid)
        if e is None or want is None:
            yield Fault(f"Cuộc bầu {eid!r}", "có trong bảng mà không có trong nhật ký, hoặc ngược lại")
            continue
        have = {"doc": election_doc(e.to_domain(tuple(cands.get(eid, ())), ())), "position": e.position}
        have["removed"] = e.removed
        if have != want:
            yield Fault(f"Cuộc bầu {eid!r}", "khác với nhật ký (tên, số lượng, danh sách hoặc trạng thái)")
    rrows = {(r.election_id, r.number): r for r in s.scalars(select(RoundRow))}
    for rkey in sorted(set(rrows) | set(exp.rounds)):
        r, wr = rrows.get(rkey), exp.rounds.get(rkey)
        where = f"Cuộc bầu {rkey[0]!r}, lần {rkey[1]}"
        if r is None or wr is None:
            yield Fault(where, "có trong bảng mà không có trong nhật ký, hoặc ngược lại")
            continue
        final = None
        if r.fingerprint is not None:
            final = [r.fingerprint, r.finalized_at, r.finalized_by, json.loads(r.votes or "null")]
        if round_doc(r.to_domain()) != wr["doc"] or final != wr["final"]:
            yield Fault(where, "số liệu hoặc dấu chốt của lần bầu khác với nhật ký")
    yield from _compare_entries(s, exp)
    for where, what in verify_stacks.compare(s, exp.stacks):
        yield Fault(where, what)


def _compare_entries(s: Session, exp: Expected) -> Iterator[Fault]:
    brows = {b.id: b for b in s.scalars(select(BallotRow))}
    for bid in sorted(set(brows) | set(exp.ballots)):
        b, want = brows.get(bid), exp.ballots.get(bid)
        if b is None:
            yield Fault(f"Phiếu #{bid}", f"đã bị xóa khỏi bảng phiếu (nhật ký bản ghi #{bid} đã ghi nó)")
            continue
        where = f"Phiếu #{bid} (cuộc bầu {b.election_id!r}, lần {b.round_no}, phiếu thứ {b.seq})"
        if want is None:
            yield Fault(where, "không do chương trình ghi: không có bản ghi nhật ký nào ghi phiếu này")
            continue
        try:
            doc = ballot_doc(b.to_domain())
        except (ValueError, KeyError):
            doc = {"unreadable": b.content}
        have = {
            "election": b.election_id,
            "round": b.round_no,
            "seq": b.seq,
            "doc": doc,
            "status": b.status,
            "changed_by": b.changed_by,
            "reason": b.reason,
        }
        if have != want:
            what = "nội dung" if have["doc"] != want["doc"] else "trạng thái hoặc vị trí"
            yield Fault(where, f"{what} của phiếu khác với bản ghi nhật ký #{bid} đã ghi nó")
    trows = {t.id: t for t in s.scalars(select(SubtotalRow))}
    for tid in sorted(set(trows) | set(exp.subtotals)):
        t, wt = trows.get(tid), exp.subtotals.get(tid)
        where = f"Số liệu tổ #{tid}"
        if t is None or wt is None:
            yield Fault(where, "có trong bảng mà không có trong nhật ký, hoặc ngược lại")
            continue
        have = {
            "election": t.election_id,
            "round": t.round_no,
            "seq": None,
            "doc": json.loads(t.content),
            "status": t.status,
            "changed_by": t.changed_by,
            "reason": t.reason,
        }
        if have != wt:
            yield Fault(where, f"khác với bản ghi nhật ký #{tid} đã ghi nó")


def _seals(s: Session, report: Report) -> Fault | None:
    """Re-tallies every round from the stored ballots; a finalized round must match its fingerprint and result."""
    data = queries.election_data(s)
    results = {(er.election, r.round): r for er in tally_all(data) for r in er.rounds}
    sealed = {
        (r.election_id, r.number): r for r in s.scalars(select(RoundRow).where(RoundRow.fingerprint.is_not(None)))
    }
    for e in data.elections:
        for rnd in e.rounds:
            fp = fingerprint(data, e, rnd)
            row = sealed.get((e.id, rnd.number))
            where = f"Cuộc bầu {e.id!r}, lần {rnd.number}"
            if row is None:
                report.lines.append(f"{e.id} lần {rnd.number}: chưa chốt — dấu vân tay {fp}")
                continue
            if row.fingerprint != fp:
                return Fault(where, "dữ liệu đã bị thay đổi sau khi chốt (dấu vân tay không khớp)")
            if json.loads(row.votes or "null") != result_doc(results[(e.id, rnd.number)]):
                return Fault(where, "kiểm lại từ các phiếu cho kết quả khác với kết quả đã ghi khi chốt")
            report.lines.append(f"{e.id} lần {rnd.number}: khớp — {fp}")
    return None


__all__ = ["Fault", "Report", "verify"]
