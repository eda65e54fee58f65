"""Stacks entered independently, inside one session: the state machine rebuilt from stored passes, and promotion.

The state machine of `ballot.double_entry` runs over stored items — (canonical text, count) pairs, the exact
text a pass wrote — so comparing two passes compares stored text and decodes only the differences.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from app.storage.canonical import ballot_from_text, dumps, record_hash, sha256
from app.storage.docs import ballot_doc
from app.storage.log import Appender
from app.storage.rows import (
    BallotRow,
    LogRow,
    PassItemRow,
    PassRow,
    ResolutionRow,
    StackRow,
    SubtotalRow,
    subtotal_from,
)
from app.storage.validate import Refused
from ballot.double_entry import Definitive, EntriesDiffer, Entry, Refusal, State, enter, resolve, settle, start
from ballot.model import Ballot, Subtotal

#: One item of a pass as stored: canonical text and count.
Item = tuple[str, int]

REFUSALS_VI = {
    Refusal.SAME_OPERATOR: (
        "Lần nhập này phải do một người khác nhập (mỗi lần nhập độc lập một người).",
        "same operator",
    ),
    Refusal.NOT_HEAD: ("Chỉ trưởng ban kiểm phiếu mới được quyết định chỗ khác nhau.", "not the head"),
    Refusal.WRONG_LENGTH: ("Lần nhập chưa đủ các phiếu của tập phiếu.", "wrong length"),
    Refusal.ALREADY_DEFINITIVE: ("Tập phiếu đã xác định: không nhận thêm lần nhập nào.", "stack is definitive"),
    Refusal.NOTHING_TO_RESOLVE: ("Tập phiếu không có chỗ khác nhau cần quyết định.", "nothing to resolve"),
    Refusal.UNKNOWN_POSITION: ("Phiếu số này không nằm trong các chỗ khác nhau.", "not a differing ballot"),
    Refusal.NOT_A_CHOICE: ("Chỉ được chọn một trong các lần nhập.", "not one of the entries"),
}

STATE_NAMES = {"AwaitingEntry": "awaiting", "EntriesDiffer": "differ", "Definitive": "definitive"}


@dataclass(frozen=True, slots=True)
class Reading:
    """One differing ballot: its sequence number and each pass's reading (decoded), with who entered it."""

    seq: int
    readings: tuple[Ballot | Subtotal, ...]
    operators: tuple[str, ...]


def refuse(r: Refusal) -> Refused:
    """The user-facing refusal for a state-machine refusal."""
    return Refused(*REFUSALS_VI[r])


def state_name(state: State[Item]) -> str:
    """awaiting | differ | definitive."""
    return STATE_NAMES[type(state).__name__]


def entry_size(st: StackRow) -> int:
    """Items in one complete entry: every ballot of a ballot stack, one sheet of a subtotal stack."""
    return st.collected if st.kind == "ballots" else 1


def decode(st: StackRow, item: Item) -> Ballot | Subtotal:
    """A stored item as a `ballot` value."""
    content, count = item
    return ballot_from_text(content, count, st.team) if st.kind == "ballots" else subtotal_from(content)


def item_doc(st: StackRow, item: Item) -> dict[str, Any]:
    """What a log record carries for one item: the ballot as the file writes it, or the subtotal sheet."""
    if st.kind == "ballots":
        return {"ballot": ballot_doc(ballot_from_text(item[0], item[1], None))}
    return {"subtotal": json.loads(item[0])}


def pass_items(s: Session, pass_id: int) -> dict[int, Item]:
    """A pass's current items by sequence number."""
    q = select(PassItemRow.seq, PassItemRow.content, PassItemRow.count).where(
        PassItemRow.pass_id == pass_id, PassItemRow.status == "current"
    )
    return {seq: (content, count) for seq, content, count in s.execute(q)}


def completed_passes(s: Session, stack_id: int) -> list[PassRow]:
    """The stack's completed passes, in the order they were completed."""
    q = select(PassRow).where(PassRow.stack_id == stack_id, PassRow.completed.is_not(None))
    return sorted(s.scalars(q), key=lambda p: p.completed or 0)


def open_pass(s: Session, stack_id: int, operator: str, station: str) -> PassRow | None:
    """This operator's pass on the stack not yet completed, if any."""
    return s.scalars(
        select(PassRow).where(
            PassRow.stack_id == stack_id,
            PassRow.operator == operator,
            PassRow.station == station,
            PassRow.completed.is_(None),
        )
    ).first()


def machine(s: Session, st: StackRow) -> State[Item]:
    """The stack's state: completed passes and the head's decisions replayed through the state machine in order."""
    events: list[tuple[int, Any]] = [(p.completed or 0, p) for p in completed_passes(s, st.id)]
    events += [(r.id, r) for r in s.scalars(select(ResolutionRow).where(ResolutionRow.stack_id == st.id))]
    state: State[Item] = start(st.required, entry_size(st))
    for _, ev in sorted(events, key=lambda e: e[0]):
        if isinstance(ev, PassRow):
            items = pass_items(s, ev.id)
            nxt = enter(state, Entry(ev.operator, tuple(items[i] for i in range(1, entry_size(st) + 1))))
        elif ev.choice is None:
            nxt = settle(state, ev.seq, (ev.content, ev.count), by_head=True)
        else:
            nxt = resolve(state, ev.seq, ev.choice, by_head=True)
        assert not isinstance(nxt, Refusal), f"stored stack {st.id} replays to a refusal: {nxt}"
        state = nxt
    return state


def readings(s: Session, st: StackRow, state: EntriesDiffer[Item]) -> list[Reading]:
    """The open differences decoded, side by side."""
    ops = tuple(e.operator for e in state.entries)
    return [Reading(d.seq, tuple(decode(st, r) for r in d.readings), ops[: len(d.readings)]) for d in state.open]


def promote(s: Session, log: Appender, st: StackRow, state: Definitive[Item]) -> None:
    """The definitive stack's items become current ballots (or the team's subtotal): one log record each."""
    if st.kind == "subtotal":
        content, _ = state.items[0]
        sid = log.next_seq()
        log.append(
            "subtotal",
            {"election": st.election_id, "round": st.round_no, "subtotal": json.loads(content), "stack": st.id},
        )
        s.add(SubtotalRow(id=sid, election_id=st.election_id, round_no=st.round_no, content=content, status="current"))
        return
    s.flush()
    top = s.scalar(
        select(func.coalesce(func.max(BallotRow.seq), 0)).where(
            BallotRow.election_id == st.election_id, BallotRow.round_no == st.round_no
        )
    )
    logs, ballots = [], []
    seq, prev = log.seq, log.hash
    for i, (content, count) in enumerate(state.items, start=1):
        seq += 1
        doc = ballot_doc(ballot_from_text(content, count, st.team))
        body = dumps({"election": st.election_id, "round": st.round_no, "seq": top + i, "ballot": doc, "stack": st.id})
        data_hash = sha256(body)
        h = record_hash(seq, log.at, log.station, log.operator, "ballot", data_hash, prev)
        logs.append(
            {
                "seq": seq,
                "at": log.at,
                "station": log.station,
                "operator": log.operator,
                "action": "ballot",
                "payload": body,
                "data_hash": data_hash,
                "prev_hash": prev,
                "hash": h,
            }
        )
        ballots.append(
            {
                "id": seq,
                "election_id": st.election_id,
                "round_no": st.round_no,
                "seq": top + i,
                "content": content,
                "count": count,
                "team": st.team,
                "status": "current",
                "changed_by": None,
                "reason": None,
            }
        )
        prev = h
    if logs:
        s.execute(insert(LogRow.__table__), logs)  # type: ignore[arg-type]
        s.execute(insert(BallotRow.__table__), ballots)  # type: ignore[arg-type]
    log.seq, log.hash = seq, prev


def settle_state(s: Session, log: Appender, st: StackRow, state: State[Item]) -> None:
    """Stores the new state; a definitive stack's ballots count from now on."""
    st.state = state_name(state)
    if isinstance(state, Definitive):
        promote(s, log, st, state)
