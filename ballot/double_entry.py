"""Independent double (or triple) entry of a stack of ballots, as an explicit state machine (RULES.md §9).

A stack (a team's box or pile) is entered blind by one operator, then by
another; only identical entries are accepted. Where they differ, the head of
the counting committee resolves each differing ballot: keep the first, keep
the second, or take a further entry. Each transition returns the new state or
a typed refusal; nothing is decided silently.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

Item = TypeVar("Item")


class Refusal(enum.StrEnum):
    """Why a transition is refused."""

    SAME_OPERATOR = "same_operator"
    NOT_HEAD = "not_head"
    WRONG_LENGTH = "wrong_length"
    ALREADY_DEFINITIVE = "already_definitive"
    NOTHING_TO_RESOLVE = "nothing_to_resolve"
    UNKNOWN_POSITION = "unknown_position"
    NOT_A_CHOICE = "not_a_choice"


@dataclass(frozen=True, slots=True)
class Entry(Generic[Item]):
    """One operator's complete, blind entry of a stack: item i is the ballot with sequence number i + 1."""

    operator: str
    items: tuple[Item, ...]


@dataclass(frozen=True, slots=True)
class Difference(Generic[Item]):
    """A ballot the entries disagree on: its sequence number and each entry's reading."""

    seq: int
    readings: tuple[Item, ...]


@dataclass(frozen=True, slots=True)
class AwaitingEntry(Generic[Item]):
    """Entries so far agree; `required` entries are needed (1 single, 2 double, 3 triple)."""

    required: int
    size: int
    entries: tuple[Entry[Item], ...] = ()


@dataclass(frozen=True, slots=True)
class EntriesDiffer(Generic[Item]):
    """The entries disagree; the head resolves each difference. `resolved` maps seq → the accepted reading."""

    entries: tuple[Entry[Item], ...]
    differences: tuple[Difference[Item], ...]
    resolved: tuple[tuple[int, Item], ...] = ()

    @property
    def open(self) -> tuple[Difference[Item], ...]:
        """Differences not yet resolved."""
        done = {seq for seq, _ in self.resolved}
        return tuple(d for d in self.differences if d.seq not in done)


@dataclass(frozen=True, slots=True)
class Definitive(Generic[Item]):
    """The stack's accepted ballots: only these count in the official tally."""

    items: tuple[Item, ...]
    entries: tuple[Entry[Item], ...]


State = AwaitingEntry[Item] | EntriesDiffer[Item] | Definitive[Item]


def start(required: int, size: int) -> AwaitingEntry[Item]:
    """A new stack of `size` ballots needing `required` identical entries (1, 2 or 3)."""
    if required not in (1, 2, 3):
        raise ValueError(f"required entries must be 1, 2 or 3, not {required}")
    return AwaitingEntry(required, size)


def differences(entries: Sequence[Entry[Item]]) -> tuple[Difference[Item], ...]:
    """The positions where the entries do not all read the same, with each reading."""
    out = []
    for seq, readings in enumerate(zip(*(e.items for e in entries), strict=True), start=1):
        first = readings[0]
        if any(r != first for r in readings[1:]):
            out.append(Difference(seq, tuple(readings)))
    return tuple(out)


def enter(state: State[Item], entry: Entry[Item]) -> State[Item] | Refusal:
    """Records one complete entry; the next entry must come from a different operator."""
    if isinstance(state, Definitive):
        return Refusal.ALREADY_DEFINITIVE
    if isinstance(state, EntriesDiffer):
        return Refusal.NOTHING_TO_RESOLVE if not state.open else _further_entry(state, entry)
    if len(entry.items) != state.size:
        return Refusal.WRONG_LENGTH
    if any(e.operator == entry.operator for e in state.entries):
        return Refusal.SAME_OPERATOR
    entries = (*state.entries, entry)
    diffs = differences(entries)
    if diffs:
        return EntriesDiffer(entries, diffs)
    if len(entries) >= state.required:
        return Definitive(entry.items, entries)
    return AwaitingEntry(state.required, state.size, entries)


def _further_entry(state: EntriesDiffer[Item], entry: Entry[Item]) -> State[Item] | Refusal:
    """A third entry where two differ: it settles every difference it agrees with one earlier entry on."""
    if any(e.operator == entry.operator for e in state.entries):
        return Refusal.SAME_OPERATOR
    if len(entry.items) != len(state.entries[0].items):
        return Refusal.WRONG_LENGTH
    resolved = list(state.resolved)
    for d in state.open:
        reading = entry.items[d.seq - 1]
        if reading in d.readings:
            resolved.append((d.seq, reading))
    return _maybe_definitive(EntriesDiffer((*state.entries, entry), state.differences, tuple(resolved)))


def resolve(state: State[Item], seq: int, choice: int, by_head: bool) -> State[Item] | Refusal:
    """The head keeps entry number `choice` (0-based) for ballot `seq`; only the head may resolve."""
    if not by_head:
        return Refusal.NOT_HEAD
    if not isinstance(state, EntriesDiffer):
        return Refusal.ALREADY_DEFINITIVE if isinstance(state, Definitive) else Refusal.NOTHING_TO_RESOLVE
    match = [d for d in state.open if d.seq == seq]
    if not match:
        return Refusal.UNKNOWN_POSITION
    if not 0 <= choice < len(match[0].readings):
        return Refusal.NOT_A_CHOICE
    chosen = match[0].readings[choice]
    return _maybe_definitive(EntriesDiffer(state.entries, state.differences, (*state.resolved, (seq, chosen))))


def settle(state: State[Item], seq: int, reading: Item, by_head: bool) -> State[Item] | Refusal:
    """The head's own reading of paper ballot `seq` (a third entry of that one ballot) settles its difference."""
    if not by_head:
        return Refusal.NOT_HEAD
    if not isinstance(state, EntriesDiffer):
        return Refusal.ALREADY_DEFINITIVE if isinstance(state, Definitive) else Refusal.NOTHING_TO_RESOLVE
    if all(d.seq != seq for d in state.open):
        return Refusal.UNKNOWN_POSITION
    return _maybe_definitive(EntriesDiffer(state.entries, state.differences, (*state.resolved, (seq, reading))))


def _maybe_definitive(state: EntriesDiffer[Item]) -> State[Item]:
    if state.open:
        return state
    accepted = dict(state.resolved)
    items = tuple(accepted.get(i, item) for i, item in enumerate(state.entries[0].items, start=1))
    return Definitive(items, state.entries)
