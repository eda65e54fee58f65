"""Whether a ballot is valid, and why not (Quy chế 190, Art. 15; 244, Art. 17 cl. 2)."""

from __future__ import annotations

import enum
from collections.abc import Collection
from collections.abc import Set as AbstractSet

from ballot.model import (
    Ballot,
    ElectionKind,
    Form,
    InvalidReason,
    Mark,
    MarkedBallot,
    NominatedBallot,
    Round,
    RuledInvalidBallot,
    StruckBallot,
)
from ballot.rulesets import Parameters

_DEFAULTS = Parameters()


class BallotFault(enum.StrEnum):
    """Why a ballot cannot be recorded at all (a data-entry fault, not an invalid ballot)."""

    UNKNOWN_CANDIDATE = "unknown_candidate"
    WRONG_FORM = "wrong_form"
    BAD_COUNT = "bad_count"
    REASON_NOT_FOR_FORM = "reason_not_for_form"


#: The form each kind of entered ballot belongs to.
_FORM_OF: dict[type, Form] = {
    StruckBallot: Form.STRIKE_OUT,
    MarkedBallot: Form.AGREE_DISAGREE,
    NominatedBallot: Form.WRITTEN,
}


def ballot_fault(
    ballot: Ballot, rnd: Round, form: Form, on_list: Collection[int] | None = None
) -> tuple[BallotFault, int | None] | None:
    """The first reason this ballot does not fit the round's paper, with the number at fault.

    `on_list` may pass the round's numbers as a set, so that checking many ballots stays linear (and a ballot whose
    numbers are all listed is checked in one step).
    """
    if ballot.count < 1:
        return BallotFault.BAD_COUNT, ballot.count
    if isinstance(ballot, RuledInvalidBallot):
        return _reason_fault(ballot, rnd, form)
    if _FORM_OF[type(ballot)] is not form:
        return BallotFault.WRONG_FORM, None
    listed = (
        on_list if isinstance(on_list, frozenset | set) else frozenset(rnd.candidates if on_list is None else on_list)
    )
    numbers = _numbers(ballot)
    if not listed >= numbers:
        return BallotFault.UNKNOWN_CANDIDATE, min(no for no in numbers if no not in listed)
    if isinstance(ballot, NominatedBallot) and ballot.outside_pool < 0:
        return BallotFault.BAD_COUNT, ballot.outside_pool
    return None


def _numbers(ballot: StruckBallot | MarkedBallot | NominatedBallot) -> AbstractSet[int]:
    """The candidate numbers a ballot names: struck, marked or written."""
    if isinstance(ballot, StruckBallot):
        return ballot.struck
    if isinstance(ballot, NominatedBallot):
        return ballot.names
    return ballot.marks.keys()


def _reason_fault(ballot: RuledInvalidBallot, rnd: Round, form: Form) -> tuple[BallotFault, int | None] | None:
    """A reason the program decides from the marks can only be given where that form can produce it."""
    reason = ballot.reason
    allowed_on = {
        InvalidReason.OVER_LIMIT: (Form.STRIKE_OUT, Form.WRITTEN),
        InvalidReason.NONE_KEPT: (Form.STRIKE_OUT,),
        InvalidReason.OUTSIDE_POOL: (Form.WRITTEN,),
        InvalidReason.SINGLE_NO_CHOICE: (Form.AGREE_DISAGREE,),
    }
    if reason in allowed_on and form not in allowed_on[reason]:
        return BallotFault.REASON_NOT_FOR_FORM, None
    if reason is InvalidReason.SINGLE_NO_CHOICE and len(rnd.candidates) != 1:
        return BallotFault.REASON_NOT_FOR_FORM, None
    return None


def invalid_reason(
    ballot: Ballot, rnd: Round, kind: ElectionKind = ElectionKind.ELECTION, params: Parameters = _DEFAULTS
) -> InvalidReason | None:
    """None for a valid ballot, else why it is invalid.

    Strike-out: valid when it keeps at least one and at most `seats` names.
    Agree/disagree with one name: valid with exactly one box marked — on an election ballot only;
    an opinion ballot's blank row is no support and the ballot stays valid (RULES.md §5).
    Agree/disagree with several names: always valid; a row marked in both boxes
    or in neither gives that person no vote (190 Art. 15, Art. 30 cl. 1).
    Nomination: a blank ballot is valid (no support); more names than `seats`, or a name outside
    the pool, make it invalid [V: parameters `nomination_over_limit_invalid`, `nomination_outside_pool_invalid`].
    """
    if isinstance(ballot, RuledInvalidBallot):
        return ballot.reason
    if isinstance(ballot, StruckBallot):
        kept = len(rnd.candidates) - len(ballot.struck)
        if kept > rnd.seats:
            return InvalidReason.OVER_LIMIT
        if kept == 0:
            return InvalidReason.NONE_KEPT
        return None
    if isinstance(ballot, NominatedBallot):
        if params.nomination_over_limit_invalid and ballot.written > rnd.seats:
            return InvalidReason.OVER_LIMIT
        if params.nomination_outside_pool_invalid and ballot.outside_pool:
            return InvalidReason.OUTSIDE_POOL
        return None
    if kind is ElectionKind.ELECTION and len(rnd.candidates) == 1:
        mark = ballot.marks.get(rnd.candidates[0], Mark.NONE)
        if mark not in (Mark.AGREE, Mark.DISAGREE):
            return InvalidReason.SINGLE_NO_CHOICE
    return None
