"""The statuses and kinds the projection tables hold, as enums (compared by identity, worded by the catalogue)."""

from __future__ import annotations

import enum


class EntryStatus(enum.StrEnum):
    """A ballot, subtotal or pass item: counting, replaced by a correction (or re-entry), or voided."""

    CURRENT = "current"
    SUPERSEDED = "superseded"
    VOIDED = "voided"


class StackKind(enum.StrEnum):
    """A team's stack: paper ballots entered one by one, or the team's hand-count sheet."""

    BALLOTS = "ballots"
    SUBTOTAL = "subtotal"


class StackState(enum.StrEnum):
    """Where a stack's independent entries stand (ballot.double_entry's states)."""

    AWAITING = "awaiting"
    DIFFER = "differ"
    DEFINITIVE = "definitive"


#: Entries a congress may require per stack: single, double, triple.
ENTRY_MODES = (1, 2, 3)
