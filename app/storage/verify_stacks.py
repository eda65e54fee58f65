"""verify for teams and stacks: the rows the log says were written (teams, stacks, passes, items, resolutions)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.storage.canonical import ballot_from_text
from app.storage.docs import ballot_doc
from app.storage.rows import LogRow, PassItemRow, PassRow, ResolutionRow, StackRow, TeamRow

ACTIONS = frozenset(
    {"team.add", "team.members", "stack.open", "pass.item", "pass.complete", "pass.merge", "stack.resolve"}
)


@dataclass
class StackExpect:
    """The teams, stacks, passes, items and resolutions the log describes."""

    teams: dict[str, list[str]] = field(default_factory=dict)
    stacks: dict[int, dict[str, Any]] = field(default_factory=dict)
    passes: dict[int, dict[str, Any]] = field(default_factory=dict)
    items: dict[tuple[int, int], dict[str, Any]] = field(default_factory=dict)
    resolutions: dict[int, dict[str, Any]] = field(default_factory=dict)


def replay(exp: StackExpect, rec: LogRow, p: dict[str, Any]) -> None:
    """Applies one log record about teams or stacks."""
    a = rec.action
    if a in ("team.add", "team.members"):
        exp.teams[p["name"]] = p["members"]
    elif a == "stack.open":
        exp.stacks[rec.seq] = {k: p[k] for k in ("election", "round", "team", "kind", "collected", "required")}
        exp.stacks[rec.seq]["state"] = "awaiting"
    elif a == "pass.item":
        if "number" in p:
            exp.passes[rec.seq] = _pass(p["stack"], p["number"], rec.operator, rec.station, None, None)
        for key, item in exp.items.items():
            if item["pass"] == p["pass"] and key[1] == p["seq"] and item["status"] == "current":
                item.update(status="superseded", changed_by=rec.seq)
        exp.items[(rec.seq, p["seq"])] = _item(p["pass"], p.get("ballot", p.get("subtotal")))
    elif a == "pass.complete":
        exp.passes[p["pass"]]["completed"] = rec.seq
        exp.stacks[p["stack"]]["state"] = p["state"]
    elif a == "pass.merge":
        exp.passes[rec.seq] = _pass(p["stack"], p["number"], p["operator"], p["station"], p["origin"], rec.seq)
        for seq, content, count in p["items"]:
            exp.items[(rec.seq, seq)] = _item(rec.seq, {"text": content, "count": count})
        exp.stacks[p["stack"]]["state"] = p["state"]
    elif a == "stack.resolve":
        exp.resolutions[rec.seq] = {
            "stack": p["stack"],
            "seq": p["seq"],
            "choice": p["choice"],
            "doc": p.get("ballot", p.get("subtotal")),
        }
        exp.stacks[p["stack"]]["state"] = p["state"]


def _pass(stack: int, number: int, operator: str, station: str, origin: str | None, done: int | None) -> dict[str, Any]:
    return {
        "stack": stack,
        "number": number,
        "operator": operator,
        "station": station,
        "origin": origin,
        "completed": done,
    }


def _item(pass_id: int, doc: Any) -> dict[str, Any]:
    return {"pass": pass_id, "doc": doc, "status": "current", "changed_by": None}


def _doc(kind: str, content: str, count: int) -> Any:
    """A stored item as its log record wrote it."""
    try:
        if kind == "ballots":
            return ballot_doc(ballot_from_text(content, count, None))
        return json.loads(content)
    except (ValueError, KeyError):
        return {"unreadable": content}


def compare(s: Session, exp: StackExpect) -> Iterator[tuple[str, str]]:
    """(where, what) for every row that differs from the log."""
    teams = {t.name: json.loads(t.members) for t in s.scalars(select(TeamRow))}
    if teams != exp.teams:
        yield "Tổ kiểm phiếu", "danh sách tổ hoặc thành viên khác với nhật ký"
    stacks = {st.id: st for st in s.scalars(select(StackRow))}
    for sid in sorted(set(stacks) | set(exp.stacks)):
        st, want = stacks.get(sid), exp.stacks.get(sid)
        have = None
        if st is not None:
            have = {
                "election": st.election_id,
                "round": st.round_no,
                "team": st.team,
                "kind": st.kind,
                "collected": st.collected,
                "required": st.required,
                "state": st.state,
            }
        if have != want:
            yield f"Tập phiếu #{sid}", "khác với nhật ký (tổ, số phiếu, số lần nhập hoặc trạng thái)"
    kinds = {sid: st.kind for sid, st in stacks.items()}
    passes = {p.id: p for p in s.scalars(select(PassRow))}
    for pid in sorted(set(passes) | set(exp.passes)):
        p, wp = passes.get(pid), exp.passes.get(pid)
        hp = None if p is None else _pass(p.stack_id, p.number, p.operator, p.station, p.origin, p.completed)
        if hp != wp:
            yield f"Lần nhập #{pid}", "khác với nhật ký (người nhập, máy hoặc trạng thái)"
    yield from _items(s, exp, kinds, passes)
    for r in s.scalars(select(ResolutionRow)):
        want = exp.resolutions.pop(r.id, None)
        have = {
            "stack": r.stack_id,
            "seq": r.seq,
            "choice": r.choice,
            "doc": _doc(kinds.get(r.stack_id, ""), r.content, r.count),
        }
        if have != want:
            yield f"Quyết định #{r.id}", "khác với nhật ký hoặc không do chương trình ghi"
    for rid in exp.resolutions:
        yield f"Quyết định #{rid}", "đã bị xóa khỏi bảng"


def _items(
    s: Session, exp: StackExpect, kinds: dict[int, str], passes: dict[int, PassRow]
) -> Iterator[tuple[str, str]]:
    seen = set()
    for it in s.scalars(select(PassItemRow)):
        key = (it.log_seq, it.seq)
        seen.add(key)
        want = exp.items.get(key)
        p = passes.get(it.pass_id)
        kind = kinds.get(p.stack_id, "") if p is not None else ""
        merged = want is not None and isinstance(want["doc"], dict) and set(want["doc"]) == {"text", "count"}
        doc = {"text": it.content, "count": it.count} if merged else _doc(kind, it.content, it.count)
        have = {"pass": it.pass_id, "doc": doc, "status": it.status, "changed_by": it.changed_by}
        if have != want:
            yield f"Phiếu thứ {it.seq} của lần nhập #{it.pass_id}", "khác với bản ghi nhật ký đã ghi nó"
    for key in sorted(set(exp.items) - seen):
        yield f"Phiếu thứ {key[1]} (bản ghi #{key[0]})", "đã bị xóa khỏi bảng các lần nhập"


__all__ = ["ACTIONS", "StackExpect", "compare", "replay"]
