"""Look-ups the services share, each refusing with a code: a missing election or round, a finalized round (the
head's PIN: `app.stations.need_pin`)."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import Refused
from app.storage.rows import BallotRow, ElectionRow, RoundRow, SubtotalRow


def election_row(s: Session, election_id: str) -> ElectionRow:
    """The election's row; refused when missing or removed."""
    row = s.get(ElectionRow, election_id)
    if row is None or row.removed is not None:
        raise Refused("election.not_found", {"election": election_id}, "election")
    return row


def round_row(s: Session, election_id: str, round_no: int) -> RoundRow:
    """The round's row; refused when the election or the round is missing."""
    election_row(s, election_id)
    rr = s.get(RoundRow, (election_id, round_no))
    if rr is None:
        raise Refused("round.not_found", {"election": election_id, "round": round_no}, "round")
    return rr


def open_round_row(s: Session, election_id: str, round_no: int) -> RoundRow:
    """The round's row, refused when finalized (the head must reopen it with the PIN first)."""
    rr = round_row(s, election_id, round_no)
    if rr.fingerprint is not None:
        raise Refused("round.finalized", {"election": election_id, "round": round_no}, "round")
    return rr


def has_entries(s: Session, election_id: str) -> bool:
    """Whether the election has any ballot or subtotal."""
    b = s.scalar(select(BallotRow.id).where(BallotRow.election_id == election_id).limit(1))
    t = s.scalar(select(SubtotalRow.id).where(SubtotalRow.election_id == election_id).limit(1))
    return b is not None or t is not None


def round_count(s: Session, election_id: str) -> int:
    """How many rounds the election has."""
    return int(s.scalar(select(func.count()).select_from(RoundRow).where(RoundRow.election_id == election_id)) or 0)


def any_final(s: Session) -> bool:
    """Whether any round of the congress is finalized."""
    return s.scalar(select(RoundRow.number).where(RoundRow.fingerprint.is_not(None)).limit(1)) is not None
