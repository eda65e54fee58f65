"""Checks made before anything is written: a refusal is a Vietnamese message and its English."""

from __future__ import annotations

from dataclasses import replace

from app.errors import UserError
from ballot.model import (
    Ballot,
    CommitteeMember,
    Congress,
    Election,
    ElectionKind,
    Electorate,
    Exclusion,
    Form,
    MarkedBallot,
    Round,
    RuledInvalidBallot,
    StruckBallot,
    Subtotal,
)
from ballot.text import nfc
from ballot.validity import BallotFault, ballot_fault


class Refused(UserError):
    """The action does not fit the data as it stands (a locked round, a wrong PIN, …)."""


class InvalidInput(Refused):
    """What was entered cannot be stored as it is."""


def nfc_ballot(b: Ballot) -> Ballot:
    """The ballot with its team name in NFC (blank team: none)."""
    team = nfc(b.team).strip() or None if b.team else None
    return b if team == b.team else replace(b, team=team)


def ballot_refusal(ballot: Ballot, rnd: Round, election_kind: str) -> tuple[str, str] | None:
    """Why this ballot cannot be entered in this round (Vietnamese, English), or None."""
    form = Form.AGREE_DISAGREE if election_kind == ElectionKind.OPINION.value else rnd.form
    if not isinstance(ballot, StruckBallot | MarkedBallot | RuledInvalidBallot):
        return "Không nhận ra loại phiếu.", f"not a ballot: {type(ballot).__name__}"
    fault = ballot_fault(ballot, rnd, form)
    if fault is None:
        return None
    kind, no = fault
    if kind is BallotFault.BAD_COUNT:
        return f"Số phiếu giống nhau phải ít nhất là 1 (đã nhập {no}).", f"count {no} < 1"
    if kind is BallotFault.UNKNOWN_CANDIDATE:
        return f"Số {no} không có trên phiếu của lần bầu này.", f"{no} is not a candidate of this round"
    if kind is BallotFault.WRONG_FORM:
        vi = "phiếu đồng ý/không đồng ý" if form is Form.AGREE_DISAGREE else "phiếu gạch tên"
        return f"Lần bầu này dùng mẫu {vi}.", "wrong ballot form for this round"
    return "Lý do này không áp dụng cho mẫu phiếu của lần bầu.", "reason does not apply to this form"


def check_congress(c: Congress) -> Congress:
    """The congress in NFC, with a usable electorate."""
    if c.electorate.summoned < 1:
        raise InvalidInput("Số được triệu tập phải ít nhất là 1.", "summoned < 1")
    if any(x.count < 0 for x in c.electorate.exclusions) or c.attending < 0:
        raise InvalidInput("Các con số không được âm.", "negative count")
    if c.electorate.base < 1:
        raise InvalidInput("Số trừ ra không để lại ai trong số được triệu tập.", "base < 1")
    return replace(
        c,
        organization=nfc(c.organization),
        title=nfc(c.title),
        term=nfc(c.term),
        place=nfc(c.place),
        date=nfc(c.date),
        electorate=_nfc_electorate(c.electorate),
        counting_committee=tuple(CommitteeMember(nfc(m.name), m.role) for m in c.counting_committee),
    )


def _nfc_electorate(e: Electorate) -> Electorate:
    return Electorate(e.summoned, tuple(Exclusion(nfc(x.reason), x.count) for x in e.exclusions))


def check_election(e: Election) -> Election:
    """The election in NFC, with an id, seats and a list of distinct numbers."""
    eid = nfc(e.id).strip()
    if not eid:
        raise InvalidInput("Cuộc bầu cần có mã.", "election id is empty")
    if e.seats < 1:
        raise InvalidInput("Số lượng cần bầu phải ít nhất là 1.", "seats < 1")
    if not e.candidates:
        raise InvalidInput("Danh sách bầu không được trống.", "no candidates")
    nos = [c.no for c in e.candidates]
    if len(set(nos)) != len(nos) or min(nos) < 1:
        raise InvalidInput("Số thứ tự của người trong danh sách phải khác nhau và từ 1 trở lên.", "bad numbers")
    if e.electorate is not None and e.electorate.base < 1:
        raise InvalidInput("Số trừ ra không để lại ai trong số được triệu tập.", "base < 1")
    if e.candidate_pool is not None and e.candidate_pool.election == eid:
        raise InvalidInput("Cuộc bầu không thể lấy danh sách từ chính nó.", "pool refers to itself")
    return replace(
        e,
        id=eid,
        title=nfc(e.title),
        electorate=None if e.electorate is None else _nfc_electorate(e.electorate),
        rounds=(),
    )


def check_subtotal(t: Subtotal, rnd: Round) -> Subtotal:
    """The subtotal with its team in NFC, naming only candidates of the round, no negative counts."""
    team = nfc(t.team).strip()
    if not team:
        raise InvalidInput("Cần ghi tên tổ kiểm phiếu.", "team is empty")
    on_list = set(rnd.candidates)
    for no in [*t.votes, *t.disagree]:
        if no not in on_list:
            raise InvalidInput(f"Số {no} không có trên phiếu của lần bầu này.", f"{no} not on this round's list")
    counts = [t.ballots, *t.invalid.values(), *t.votes.values(), *t.disagree.values()]
    if min(counts) < 0:
        raise InvalidInput("Các con số không được âm.", "negative count")
    if t.invalid_total > t.ballots:
        raise InvalidInput("Số phiếu không hợp lệ lớn hơn số phiếu của tổ.", "invalid > ballots")
    return replace(t, team=team)
