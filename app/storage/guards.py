"""Look-ups and refusals shared by the Workspace's service calls: a missing election, a finalized round, a reason."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.storage.rows import BallotRow, ElectionRow, RoundRow, SubtotalRow
from app.storage.validate import Refused, ballot_refusal
from ballot.model import Ballot
from ballot.text import nfc


def election_row(s: Session, election_id: str) -> ElectionRow:
    """The election row; refused when missing or removed."""
    row = s.get(ElectionRow, election_id)
    if row is None or row.removed is not None:
        raise Refused(f"Không có cuộc bầu mã {election_id!r}.", f"no election {election_id!r}")
    return row


def round_row(s: Session, election_id: str, round_no: int) -> RoundRow:
    """The round row; refused when the election or the round is missing."""
    election_row(s, election_id)
    rr = s.get(RoundRow, (election_id, round_no))
    if rr is None:
        raise Refused(f"Cuộc bầu {election_id!r} không có lần bầu thứ {round_no}.", f"no round {round_no}")
    return rr


def open_round_row(s: Session, election_id: str, round_no: int) -> RoundRow:
    """The round row, refused when finalized (it must be reopened with the PIN first)."""
    rr = round_row(s, election_id, round_no)
    if rr.fingerprint is not None:
        raise Refused(
            f"Lần bầu thứ {round_no} đã chốt: muốn sửa phải mở lại bằng mã PIN của trưởng ban.", "round is finalized"
        )
    return rr


def refuse_ballot(s: Session, rr: RoundRow, ballot: Ballot) -> None:
    """Refuses a ballot that does not fit the round's paper."""
    erow = s.get(ElectionRow, rr.election_id)
    assert erow is not None
    refusal = ballot_refusal(ballot, rr.to_domain(), erow.kind)
    if refusal is not None:
        raise Refused(*refusal)


def next_ballot_seq(s: Session, election_id: str, round_no: int) -> int:
    """The next entry number of a round's ballots."""
    top = s.scalar(
        select(func.max(BallotRow.seq)).where(BallotRow.election_id == election_id, BallotRow.round_no == round_no)
    )
    return (top or 0) + 1


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


def need_reason(reason: str) -> str:
    """The reason in NFC; refused when blank."""
    reason = nfc(reason).strip()
    if not reason:
        raise Refused("Cần ghi rõ lý do.", "a reason is required")
    return reason
