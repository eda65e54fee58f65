"""Independent double (and triple) entry of a stack, walked through every transition and refusal (RULES.md §9)."""

from __future__ import annotations

import pytest

from ballot.double_entry import (
    AwaitingEntry,
    Definitive,
    EntriesDiffer,
    Entry,
    Refusal,
    differences,
    enter,
    resolve,
    settle,
    start,
)
from ballot.model import Ballot, InvalidReason, RuledInvalidBallot
from tests.factories import struck

A = (struck(3), struck(3, 4), RuledInvalidBallot(InvalidReason.MARKED))
B = (struck(3), struck(3, 7), RuledInvalidBallot(InvalidReason.MARKED))


def test_single_entry_is_definitive_at_once() -> None:
    """Single entry (chosen per congress): the first complete entry is definitive."""
    s = enter(start(1, 3), Entry("Lan", A))
    assert isinstance(s, Definitive) and s.items == A


def test_identical_double_entry_is_definitive() -> None:
    """Two operators enter the same stack blind; identical entries are accepted."""
    s1 = enter(start(2, 3), Entry("Lan", A))
    assert isinstance(s1, AwaitingEntry) and len(s1.entries) == 1
    s2 = enter(s1, Entry("Minh", A))
    assert isinstance(s2, Definitive) and s2.items == A and len(s2.entries) == 2


def test_second_entry_must_come_from_a_different_operator() -> None:
    """The same operator twice is refused, whatever they typed."""
    s1 = enter(start(2, 3), Entry("Lan", A))
    assert isinstance(s1, AwaitingEntry)
    assert enter(s1, Entry("Lan", A)) is Refusal.SAME_OPERATOR


def test_an_entry_of_the_wrong_length_is_refused() -> None:
    """Every entry covers the whole stack: ballot i is sequence number i."""
    assert enter(start(2, 3), Entry("Lan", A[:2])) is Refusal.WRONG_LENGTH


def test_differences_are_listed_side_by_side_and_the_head_resolves() -> None:
    """Entries differ on ballot 2: the head keeps one reading; only then is the stack definitive."""
    s1 = enter(start(2, 3), Entry("Lan", A))
    s2 = enter(s1, Entry("Minh", B))  # type: ignore[arg-type]
    assert isinstance(s2, EntriesDiffer)
    assert [(d.seq, d.readings) for d in s2.differences] == [(2, (A[1], B[1]))]
    assert resolve(s2, 2, 0, by_head=False) is Refusal.NOT_HEAD
    assert resolve(s2, 1, 0, by_head=True) is Refusal.UNKNOWN_POSITION
    assert resolve(s2, 2, 5, by_head=True) is Refusal.NOT_A_CHOICE
    done = resolve(s2, 2, 1, by_head=True)
    assert isinstance(done, Definitive) and done.items == B


def test_a_third_entry_settles_what_it_agrees_on() -> None:
    """Where two entries differ, a third operator's entry settles each difference it agrees with."""
    c_items: tuple[Ballot, ...] = (struck(4), B[1], A[2])  # slips on ballot 1, agrees with B on ballot 2
    s2 = enter(enter(start(2, 3), Entry("Lan", A)), Entry("Minh", B))  # type: ignore[arg-type]
    assert isinstance(s2, EntriesDiffer)
    assert enter(s2, Entry("Minh", c_items)) is Refusal.SAME_OPERATOR
    assert enter(s2, Entry("Hoa", c_items[:1])) is Refusal.WRONG_LENGTH
    s3 = enter(s2, Entry("Hoa", c_items))
    assert isinstance(s3, Definitive) and s3.items == B
    undecided = enter(s2, Entry("Hoa", (A[0], struck(9), A[2])))
    assert isinstance(undecided, EntriesDiffer) and [d.seq for d in undecided.open] == [2]


def test_triple_entry_needs_three_identical_entries() -> None:
    """Triple entry: two identical entries are not yet enough."""
    s2 = enter(enter(start(3, 3), Entry("Lan", A)), Entry("Minh", A))  # type: ignore[arg-type]
    assert isinstance(s2, AwaitingEntry)
    assert isinstance(enter(s2, Entry("Hoa", A)), Definitive)


def test_definitive_stacks_accept_nothing_more() -> None:
    """Once definitive, further entries and resolutions are refused; resolving before any difference too."""
    done = enter(start(1, 3), Entry("Lan", A))
    assert enter(done, Entry("Minh", A)) is Refusal.ALREADY_DEFINITIVE
    assert resolve(done, 1, 0, by_head=True) is Refusal.ALREADY_DEFINITIVE
    assert resolve(start(2, 3), 1, 0, by_head=True) is Refusal.NOTHING_TO_RESOLVE
    s2 = enter(enter(start(2, 3), Entry("Lan", A)), Entry("Minh", B))  # type: ignore[arg-type]
    partly = EntriesDiffer(s2.entries, s2.differences, ((2, B[1]),))  # type: ignore[union-attr]
    assert enter(partly, Entry("Hoa", A)) is Refusal.NOTHING_TO_RESOLVE


def test_required_entries_are_one_to_three() -> None:
    """Single, double or triple entry, chosen per congress."""
    with pytest.raises(ValueError, match="1, 2 or 3"):
        start(4, 3)
    assert differences([Entry("a", A), Entry("b", A)]) == ()


def test_the_head_settles_a_difference_with_their_own_reading() -> None:
    """The head reads paper ballot 2 again and types it: that reading is accepted, even if neither entry had it."""
    s2 = enter(enter(start(2, 3), Entry("Lan", A)), Entry("Minh", B))  # type: ignore[arg-type]
    assert isinstance(s2, EntriesDiffer)
    third = struck(3, 4, 7)
    assert settle(s2, 2, third, by_head=False) is Refusal.NOT_HEAD
    assert settle(s2, 1, third, by_head=True) is Refusal.UNKNOWN_POSITION
    done = settle(s2, 2, third, by_head=True)
    assert isinstance(done, Definitive) and done.items == (A[0], third, A[2])
    assert settle(done, 2, third, by_head=True) is Refusal.ALREADY_DEFINITIVE
    assert settle(start(2, 3), 2, third, by_head=True) is Refusal.NOTHING_TO_RESOLVE
