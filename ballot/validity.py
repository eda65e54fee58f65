"""Whether a ballot is valid, and why not (Quy chế 190, Art. 15; 244, Art. 17 cl. 2)."""

from __future__ import annotations

import enum

from ballot.model import (
    Ballot,
    Form,
    InvalidReason,
    Mark,
    MarkedBallot,
    Round,
    RuledInvalidBallot,
    StruckBallot,
)


class BallotFault(enum.StrEnum):
    """Why a ballot cannot be recorded at all (a data-entry fault, not an invalid ballot)."""

    UNKNOWN_CANDIDATE = "unknown_candidate"
    WRONG_FORM = "wrong_form"
    BAD_COUNT = "bad_count"
    REASON_NOT_FOR_FORM = "reason_not_for_form"


def ballot_fault(ballot: Ballot, rnd: Round, form: Form) -> tuple[BallotFault, int | None] | None:
    """The first reason this ballot does not fit the round's paper, with the number at fault."""
    if ballot.count < 1:
        return BallotFault.BAD_COUNT, ballot.count
    on_list = set(rnd.candidates)
    if isinstance(ballot, StruckBallot):
        if form is not Form.STRIKE_OUT:
            return BallotFault.WRONG_FORM, None
        for no in sorted(ballot.struck):
            if no not in on_list:
                return BallotFault.UNKNOWN_CANDIDATE, no
    elif isinstance(ballot, MarkedBallot):
        if form is not Form.AGREE_DISAGREE:
            return BallotFault.WRONG_FORM, None
        for no in sorted(ballot.marks):
            if no not in on_list:
                return BallotFault.UNKNOWN_CANDIDATE, no
    else:
        return _reason_fault(ballot, rnd, form)
    return None


def _reason_fault(ballot: RuledInvalidBallot, rnd: Round, form: Form) -> tuple[BallotFault, int | None] | None:
    reason = ballot.reason
    strike = form is Form.STRIKE_OUT
    if reason in (InvalidReason.OVER_LIMIT, InvalidReason.NONE_KEPT) and not strike:
        return BallotFault.REASON_NOT_FOR_FORM, None
    if reason is InvalidReason.SINGLE_NO_CHOICE and len(rnd.candidates) != 1:
        return BallotFault.REASON_NOT_FOR_FORM, None
    return None


def invalid_reason(ballot: Ballot, rnd: Round) -> InvalidReason | None:
    """None for a valid ballot, else why it is invalid.

    Strike-out: valid when it keeps at least one and at most `seats` names.
    Agree/disagree with one name: valid with exactly one box marked.
    Agree/disagree with several names: always valid; a row marked in both boxes
    or in neither gives that person no vote (190 Art. 15, Art. 30 cl. 1).
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
    if len(rnd.candidates) == 1:
        mark = ballot.marks.get(rnd.candidates[0], Mark.NONE)
        if mark not in (Mark.AGREE, Mark.DISAGREE):
            return InvalidReason.SINGLE_NO_CHOICE
    return None
