"""A stack's double-entry state, replayed from the projection through the `ballot.double_entry` machine: the
same function for the projector (which stores the state) and the services (which check before they act)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.record.codec import ballot_from_text, subtotal_from_text
from app.record.kinds import EntryStatus, StackKind, StackState
from app.record.projection import Item, Projection, ProjectionFault, Row
from ballot.double_entry import (
    AwaitingEntry,
    Definitive,
    EntriesDiffer,
    Entry,
    Refusal,
    State,
    enter,
    resolve,
    settle,
    start,
)
from ballot.model import Ballot, Subtotal

PASSES = "SELECT id, operator, completed FROM entry_pass WHERE stack_id = :s AND completed IS NOT NULL"
ITEMS = (
    "SELECT i.pass_id, i.seq, i.content, i.count FROM pass_item AS i JOIN entry_pass AS p ON p.id = i.pass_id"
    " WHERE p.stack_id = :s AND p.completed IS NOT NULL AND i.status = :c"
)
PASS_ITEMS = "SELECT seq, content, count FROM pass_item WHERE pass_id = :p AND status = :c"
RESOLUTIONS = "SELECT id, seq, choice, content, count FROM resolution WHERE stack_id = :s"


def entry_size(stack: Row) -> int:
    """Items in one complete entry: every ballot of a ballot stack, one sheet of a tally-sheet stack."""
    return int(stack["collected"]) if stack["kind"] == StackKind.BALLOTS else 1


def state_of(state: State[Item]) -> StackState:
    """The stored name of a machine state."""
    if isinstance(state, Definitive):
        return StackState.DEFINITIVE
    return StackState.DIFFER if isinstance(state, EntriesDiffer) else StackState.AWAITING


def differences(state: State[Item]) -> tuple[int, ...]:
    """The positions still open when the entries differ."""
    return tuple(d.seq for d in state.open) if isinstance(state, EntriesDiffer) else ()


def pass_items(p: Projection, pass_id: int) -> dict[int, Item]:
    """A pass's current items by position."""
    return {int(seq): (str(c), int(n)) for seq, c, n in p.sql.all(PASS_ITEMS, {"p": pass_id, "c": EntryStatus.CURRENT})}


def machine(p: Projection, stack: Row) -> State[Item]:
    """The stack's state: its completed passes and the head's decisions replayed in the order they happened."""
    size = entry_size(stack)
    items: dict[int, dict[int, Item]] = {}
    for pid, seq, content, count in p.sql.all(ITEMS, {"s": stack["id"], "c": EntryStatus.CURRENT}):
        items.setdefault(int(pid), {})[int(seq)] = (str(content), int(count))
    steps: list[tuple[int, Any]] = [(int(done), (pid, op)) for pid, op, done in p.sql.all(PASSES, {"s": stack["id"]})]
    steps += [(int(r[0]), r) for r in p.sql.all(RESOLUTIONS, {"s": stack["id"]})]
    state: State[Item] = start(int(stack["required"]), size)
    for _, step in sorted(steps, key=lambda s: s[0]):
        nxt: State[Item] | Refusal
        if len(step) == 2:
            pid, operator = step
            mine = items.get(int(pid), {})
            if sorted(mine) != list(range(1, size + 1)):
                return _broken(stack, "projection.pass_incomplete")
            nxt = enter(state, Entry(str(operator), tuple(mine[i] for i in range(1, size + 1))))
        else:
            _, seq, choice, content, count = step
            if choice is None:
                nxt = settle(state, int(seq), (str(content), int(count)), by_head=True)
            else:
                nxt = resolve(state, int(seq), int(choice), by_head=True)
        if isinstance(nxt, Refusal):
            return _broken(stack, f"projection.refusal.{nxt.value}")
        state = nxt
    return state


def _broken(stack: Row, code: str) -> State[Item]:
    raise ProjectionFault(code, stack=stack["id"])


def decode(stack: Row, item: Item) -> Ballot | Subtotal:
    """A stored item as a `ballot` value (a ballot of the stack's team, or the team's sheet)."""
    content, count = item
    if stack["kind"] == StackKind.BALLOTS:
        return ballot_from_text(content, count, stack["team"])
    return subtotal_from_text(content, "item")


@dataclass(frozen=True, slots=True)
class Reading:
    """One differing ballot: its position and each pass's reading side by side, with who entered it."""

    seq: int
    readings: tuple[Ballot | Subtotal, ...]
    operators: tuple[str, ...]


def readings(stack: Row, state: EntriesDiffer[Item]) -> list[Reading]:
    """The open differences decoded, side by side."""
    ops = tuple(e.operator for e in state.entries)
    return [Reading(d.seq, tuple(decode(stack, r) for r in d.readings), ops[: len(d.readings)]) for d in state.open]


__all__ = ["AwaitingEntry", "Definitive", "EntriesDiffer", "Reading", "decode", "machine", "readings", "state_of"]
