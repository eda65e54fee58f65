"""Checks made on what people entered, before anything is written: values in NFC, or a coded refusal."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace

from app.errors import InvalidInput, Refused
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
    NominatedBallot,
    Round,
    RuledInvalidBallot,
    StruckBallot,
    Subtotal,
)
from ballot.text import nfc
from ballot.validity import BallotFault, ballot_fault


def nfc_ballot(b: Ballot) -> Ballot:
    """The ballot with its team name in NFC (blank team: none)."""
    team = nfc(b.team).strip() or None if b.team else None
    return b if team == b.team else replace(b, team=team)


_OPINION, _NOMINATION = ElectionKind.OPINION.value, ElectionKind.NOMINATION.value  # read once: a save asks


def paper_form(rnd: Round, election_kind: str) -> Form:
    """The round's paper: per-name agree/disagree for an opinion ballot, written names for a nomination ballot."""
    if election_kind == _OPINION:
        return Form.AGREE_DISAGREE
    if election_kind == _NOMINATION:
        return Form.WRITTEN
    return rnd.form


def ballot_refusal(
    ballot: Ballot, rnd: Round, election_kind: str, path: str = "ballot", on_list: Collection[int] | None = None
) -> Refused | None:
    """Why this ballot cannot be entered in this round, or None (`on_list`: the round's numbers as a set, when the
    caller keeps one)."""
    form = paper_form(rnd, election_kind)
    if not isinstance(ballot, StruckBallot | MarkedBallot | RuledInvalidBallot | NominatedBallot):
        return InvalidInput("ballot.not_a_ballot", {"kind": type(ballot).__name__}, path)
    if not rnd.candidates:
        return InvalidInput("ballot.list_empty", {}, path)
    fault = ballot_fault(ballot, rnd, form, on_list)
    if fault is None:
        return None
    kind, no = fault
    if kind is BallotFault.BAD_COUNT:
        return InvalidInput("ballot.count_min", {"count": no}, f"{path}.count")
    if kind is BallotFault.UNKNOWN_CANDIDATE:
        return InvalidInput("ballot.not_on_paper", {"no": no}, path)
    if kind is BallotFault.WRONG_FORM:
        return InvalidInput(f"ballot.form.{form.value}", {}, path)
    return InvalidInput("ballot.reason_form", {}, f"{path}.invalid")


def check_ballot(
    ballot: Ballot, rnd: Round, election_kind: str, path: str = "ballot", on_list: Collection[int] | None = None
) -> None:
    """Refuses a ballot that does not fit the round's paper."""
    refusal = ballot_refusal(ballot, rnd, election_kind, path, on_list)
    if refusal is not None:
        raise refusal


def check_congress(c: Congress) -> Congress:
    """The congress in NFC, with a usable electorate."""
    if c.electorate.summoned < 1:
        raise InvalidInput("input.summoned_min", {}, "congress.electorate.summoned")
    if any(x.count < 0 for x in c.electorate.exclusions) or c.attending < 0:
        raise InvalidInput("input.negative", {}, "congress")
    if c.electorate.base < 1:
        raise InvalidInput("input.base_empty", {}, "congress.electorate.exclusions")
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
    """The election in NFC, with an id, a title, seats and a list of distinct numbers.

    The list may be empty while it waits for its names (a proposed election whose pool is not decided yet);
    no ballot can be entered until it has them.
    """
    eid = nfc(e.id).strip()
    if not eid:
        raise InvalidInput("input.election_id", {}, "election.id")
    if not nfc(e.title).strip():
        raise InvalidInput("input.election_title", {}, "election.title")
    if e.seats < 1:
        raise InvalidInput("input.seats_min", {}, "election.seats")
    if e.propose is not None and (e.kind is not ElectionKind.NOMINATION or e.propose < 1):
        raise InvalidInput("input.propose", {}, "election.propose")
    nos = [c.no for c in e.candidates]
    if len(set(nos)) != len(nos) or (nos and min(nos) < 1):
        raise InvalidInput("input.numbers", {}, "election.candidates")
    if e.electorate is not None and e.electorate.base < 1:
        raise InvalidInput("input.base_empty", {}, "election.electorate.exclusions")
    if e.candidate_pool is not None and e.candidate_pool.election == eid:
        raise InvalidInput("input.pool_self", {}, "election.candidate_pool")
    return replace(
        e,
        id=eid,
        title=nfc(e.title).strip(),
        electorate=None if e.electorate is None else _nfc_electorate(e.electorate),
        rounds=(),
    )


def check_subtotal(t: Subtotal, rnd: Round) -> Subtotal:
    """The subtotal with its team in NFC, naming only candidates of the round, no negative counts."""
    team = nfc(t.team).strip()
    if not team:
        raise InvalidInput("input.team_empty", {}, "subtotal.team")
    on_list = set(rnd.candidates)
    for no in [*t.votes, *t.disagree]:
        if no not in on_list:
            raise InvalidInput("ballot.not_on_paper", {"no": no}, "subtotal.votes")
    counts = [t.ballots, *t.invalid.values(), *t.votes.values(), *t.disagree.values()]
    if min(counts) < 0:
        raise InvalidInput("input.negative", {}, "subtotal")
    if t.invalid_total > t.ballots:
        raise InvalidInput("input.invalid_over_ballots", {}, "subtotal.invalid")
    return replace(t, team=team)


def need_reason(reason: str) -> str:
    """The reason in NFC; refused when blank."""
    reason = nfc(reason).strip()
    if not reason:
        raise Refused("input.reason", {}, "reason")
    return reason
