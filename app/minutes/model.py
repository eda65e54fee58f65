"""The minutes of one round (biên bản kiểm phiếu) as a plain value, built from the data and its tally (RULES.md §8)."""

from __future__ import annotations

from dataclasses import dataclass

from app.errors import UserError
from app.fileformat.writer import fingerprint
from app.minutes import wording as w
from app.report_text import percent_vi
from app.texts import text
from ballot.election import ElectionResult, tally_all
from ballot.model import (
    CommitteeMember,
    Election,
    ElectionData,
    ElectionKind,
    Form,
    InvalidReason,
    Purpose,
    Role,
    Round,
)
from ballot.problems import Code, Problem, has_errors
from ballot.rulesets import ruleset
from ballot.tally import RoundResult, Status

TITLE = "BIÊN BẢN KIỂM PHIẾU"


@dataclass(frozen=True, slots=True)
class Header:
    """The top of an official party document: the organisation and congress (left), the party and date (right)."""

    organization: str
    congress: str
    place_date: str
    party: str = w.PARTY


@dataclass(frozen=True, slots=True)
class Entry:
    """A name on the election list, at its place (STT) on the ballot."""

    stt: int
    name: str
    note: str


@dataclass(frozen=True, slots=True)
class Member:
    """A member of the counting committee and their role in words."""

    name: str
    role: str


@dataclass(frozen=True, slots=True)
class Count:
    """A labelled number, e.g. an exclusion with its reason or invalid ballots of one reason."""

    label: str
    count: int


@dataclass(frozen=True, slots=True)
class Electorate:
    """Summoned − exclusions = base, the votes needed, and who was there."""

    noun: str
    summoned: int
    exclusions: tuple[Count, ...]
    base: int
    votes_needed: int
    attending: int
    present: int | None


@dataclass(frozen=True, slots=True)
class Ballots:
    """Ballots issued, collected, counted, valid and invalid with each reason."""

    issued: int
    collected: int
    counted: int
    valid: int
    invalid: int
    invalid_reasons: tuple[Count, ...]


@dataclass(frozen=True, slots=True)
class VoteRow:
    """One candidate's votes in ballot order; `disagree` only on the agree/disagree form."""

    stt: int
    name: str
    note: str
    votes: int
    disagree: int | None
    percent: str
    result: str


@dataclass(frozen=True, slots=True)
class ElectedRow:
    """An elected (or admitted) candidate, most votes first."""

    order: int
    name: str
    votes: int
    percent: str


@dataclass(frozen=True, slots=True)
class Minutes:
    """Everything the printed minutes of one round say, in the order they say it."""

    election: str
    round: int
    opinion: bool
    form: str
    header: Header
    title: str
    subject: str
    decision: str
    basis: tuple[str, ...]
    committee: tuple[Member, ...]
    seats: int
    candidates: tuple[Entry, ...]
    electorate: Electorate
    ballots: Ballots
    percent_header: str
    votes: tuple[VoteRow, ...]
    elected_intro: str
    elected: tuple[ElectedRow, ...]
    outcome: tuple[str, ...]
    approval: str
    adoption: str
    head: str
    members: tuple[str, ...]
    ruleset: str
    fingerprint: str
    draft: bool
    problems: tuple[str, ...]
    hand_votes: tuple[str, ...] = ()

    @property
    def agree_disagree(self) -> bool:
        """The votes table has a disagree column."""
        return self.form == Form.AGREE_DISAGREE.value


def find_round(data: ElectionData, election_id: str, round_no: int | None) -> tuple[Election, Round]:
    """The election and its round (the last when `round_no` is None); a `UserError` names what is missing."""
    try:
        election = data.election(election_id)
    except KeyError:
        known = ", ".join(e.id for e in data.elections) or "—"
        raise UserError("minutes.no_election", {"election": election_id, "known": known}, "--election") from None
    if not election.rounds:
        raise UserError("minutes.no_rounds", {"election": election_id}, "--election")
    if round_no is None:
        return election, election.rounds[-1]
    for rnd in election.rounds:
        if rnd.number == round_no:
            return election, rnd
    raise UserError(
        "minutes.no_round", {"election": election_id, "round": round_no, "rounds": len(election.rounds)}, "--round"
    )


def round_result(results: tuple[ElectionResult, ...], election_id: str, round_no: int) -> RoundResult:
    """The tallied round out of a congress's results."""
    for er in results:
        if er.election == election_id:
            for r in er.rounds:
                if r.round == round_no:
                    return r
    raise KeyError((election_id, round_no))


def minutes_for(
    data: ElectionData,
    election_id: str,
    round_no: int | None = None,
    *,
    finalized: bool,
    results: tuple[ElectionResult, ...] | None = None,
    pending_stacks: int = 0,
) -> Minutes:
    """The minutes of a round (the last when `round_no` is None); tallies the congress unless `results` are given."""
    election, rnd = find_round(data, election_id, round_no)
    result = round_result(results if results is not None else tally_all(data), election.id, rnd.number)
    return build_minutes(data, election, rnd, result, finalized=finalized, pending_stacks=pending_stacks)


def build_minutes(
    data: ElectionData,
    election: Election,
    rnd: Round,
    result: RoundResult,
    *,
    finalized: bool,
    pending_stacks: int = 0,
) -> Minutes:
    """The minutes of one round; a draft unless finalized, free of errors and every stack definitive."""
    congress = data.congress
    rules = ruleset(data.ruleset, data.parameters)
    opinion = election.kind is ElectionKind.OPINION
    t, b = result.threshold, result.ballots
    names = {c.no: c.name for c in result.candidates}
    by_no = {c.no: c for c in result.candidates}
    stt = {no: i + 1 for i, no in enumerate(rnd.candidates)}
    electorate = election.electorate or congress.electorate
    noun = w.voter_noun(congress.kind)
    problems = tuple(f"[{p.code.value}] {p.message('vi')}" for p in result.problems)
    draft_reasons: tuple[str, ...] = () if finalized else (w.NOT_FINALIZED,)
    if pending_stacks:
        pending = Problem(Code.E112, "teams", {"pending": pending_stacks})
        draft_reasons += (f"[{pending.code.value}] {pending.message('vi')}",)
    return Minutes(
        election=election.id,
        round=rnd.number,
        opinion=opinion,
        form=result.form.value,
        header=Header(
            organization=congress.organization.upper(),
            congress=w.congress_line(congress),
            place_date=w.place_date(congress.place, congress.date),
        ),
        title=TITLE,
        subject=w.subject(election.title, rnd.number, rnd.purpose is Purpose.TIE_BREAK, opinion),
        decision=w.decision(rnd.decision),
        basis=w.basis(rules, election.body, opinion),
        committee=tuple(Member(m.name, w.ROLE_VI[m.role]) for m in _committee_order(data)),
        seats=rnd.seats,
        hand_votes=w.hand_votes(election.hand_votes) if rnd.number == 1 else (),
        candidates=tuple(Entry(stt[no], names[no], by_no[no].note) for no in rnd.candidates),
        electorate=Electorate(
            noun=noun,
            summoned=electorate.summoned,
            exclusions=tuple(Count(x.reason, x.count) for x in electorate.exclusions),
            base=electorate.base,
            votes_needed=t.votes_needed,
            attending=congress.attending,
            present=rnd.present,
        ),
        ballots=Ballots(
            issued=b.issued,
            collected=b.collected,
            counted=b.counted,
            valid=b.valid,
            invalid=b.invalid,
            invalid_reasons=tuple(
                Count(text(f"invalid.{k.value}", None, "vi"), b.invalid_by_reason[k])
                for k in InvalidReason
                if k in b.invalid_by_reason
            ),
        ),
        percent_header=w.percent_header(congress.kind, opinion),
        votes=tuple(
            VoteRow(
                stt[c.no], c.name, c.note, c.votes, c.disagree, percent_vi(c.hundredths), _row_result(c.status, opinion)
            )
            for c in result.candidates
        ),
        elected_intro=w.elected_intro(result, election.title, noun),
        elected=tuple(
            ElectedRow(i + 1, names[no], by_no[no].votes, percent_vi(by_no[no].hundredths))
            for i, no in enumerate(result.elected)
        ),
        outcome=w.outcome(result, names, rnd.number, rules.parameters.tie_break_needs_majority),
        approval=w.approval(election.body, opinion),
        adoption=w.adoption(congress.kind),
        head=next((m.name for m in congress.counting_committee if m.role is Role.HEAD), ""),
        members=tuple(m.name for m in congress.counting_committee if m.role is not Role.HEAD),
        ruleset=w.ruleset_short(rules),
        fingerprint=fingerprint(data, election, rnd),
        draft=bool(draft_reasons) or has_errors(result.problems),
        problems=draft_reasons + problems,
    )


def _committee_order(data: ElectionData) -> list[CommitteeMember]:
    """Head first, then members in the order entered."""
    cc = data.congress.counting_committee
    return [m for m in cc if m.role is Role.HEAD] + [m for m in cc if m.role is not Role.HEAD]


def _row_result(status: Status, opinion: bool) -> str:
    """The result column: elected, tied, or (opinion ballot) admitted."""
    if opinion:
        return w.ADMITTED if status is Status.ELECTED else ""
    return w.STATUS[status]
