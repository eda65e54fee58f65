"""The minutes of one round (biên bản kiểm phiếu) as a plain value, built from the data and its tally (RULES.md §8)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from app.errors import UserError
from app.fileformat.writer import fingerprint
from app.minutes import wording as w
from app.report_text import percent_vi
from app.texts import text
from ballot import withdrawal
from ballot.election import ElectionResult, attending_for, tally_all
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
from ballot.outcome import Nominated
from ballot.problems import Code, Problem, has_errors
from ballot.rulesets import ruleset
from ballot.tally import RoundResult, Status
from ballot.threshold import majority

TITLE = "BIÊN BẢN KIỂM PHIẾU"


@dataclass(frozen=True, slots=True)
class Header:
    """The top of an official party document: the organisation, congress and term (left), the party and date (right)."""

    organization: str
    congress: str
    place_date: str
    party: str = w.PARTY
    term: str = ""


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
    """Summoned − exclusions = base, the votes needed, who was there and who was absent at the vote.

    An opinion ballot's base is those attending: it prints no summoned-based line (`summoned_based` False).
    """

    noun: str
    summoned: int
    exclusions: tuple[Count, ...]
    base: int
    votes_needed: int
    attending: int
    present: int | None
    absent: int | None = None
    summoned_based: bool = True


@dataclass(frozen=True, slots=True)
class Ballots:
    """Ballots issued, collected, counted, valid and invalid with each reason; teams that counted by hand."""

    issued: int
    collected: int
    counted: int
    valid: int
    invalid: int
    invalid_reasons: tuple[Count, ...]
    hand_counted: str = ""


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
    """An elected (or admitted) candidate, most votes first, with the note that tells namesakes apart."""

    order: int
    name: str
    votes: int
    percent: str
    note: str = ""


@dataclass(frozen=True, slots=True)
class Minutes:
    """Everything the printed minutes of one round say, in the order they say it.

    `fingerprint` is the round's SHA-256 (`kiemphieu verify` prints the same); `signing_key` the fingerprint of
    the head's key that signed the round's seal, printed on the signature page, and `seal_signature` that
    signature, carried by the QR code with the fingerprint (finalized rounds only).
    """

    election: str
    round: int
    opinion: bool
    form: str
    header: Header
    title: str
    subject: str
    decision: str
    basis: tuple[str, ...]
    committee_intro: str
    committee: tuple[Member, ...]
    seats_label: str
    seats: int
    list_intro: str
    candidates: tuple[Entry, ...]
    electorate: Electorate
    tie_rule: tuple[str, ...]
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
    label: str
    fingerprint: str
    draft: bool
    in_progress: bool
    problems: tuple[str, ...]
    codes: tuple[str, ...] = ()
    hand_votes: tuple[str, ...] = ()
    signing_key: str = ""
    seal_signature: str = ""
    #: A nomination ballot (phiếu giới thiệu): a ranking of the pool, the proposed, the head's choice on a tie.
    nomination: bool = False
    #: The requests to withdraw from this round's list, with the presidium's proposal and the congress's vote.
    withdrawals: tuple[str, ...] = ()

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
        raise UserError("minutes.no_election", {"election": election_id, "known": known}, "election") from None
    if not election.rounds:
        raise UserError("minutes.no_rounds", {"election": election_id}, "election")
    if round_no is None:
        return election, election.rounds[-1]
    for rnd in election.rounds:
        if rnd.number == round_no:
            return election, rnd
    raise UserError(
        "minutes.no_round", {"election": election_id, "round": round_no, "rounds": len(election.rounds)}, "round"
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
    signing_key: str = "",
    changed: bool = False,
    seal_signature: str = "",
) -> Minutes:
    """The minutes of a round (the last when `round_no` is None); tallies the congress unless `results` are given.

    `changed`: the round was finalized but its data no longer matches the seal (a draft that says so).
    """
    election, rnd = find_round(data, election_id, round_no)
    result = round_result(results if results is not None else tally_all(data), election.id, rnd.number)
    return build_minutes(
        data,
        election,
        rnd,
        result,
        finalized=finalized,
        pending_stacks=pending_stacks,
        signing_key=signing_key,
        changed=changed,
        seal_signature=seal_signature,
    )


def build_minutes(
    data: ElectionData,
    election: Election,
    rnd: Round,
    result: RoundResult,
    *,
    finalized: bool,
    pending_stacks: int = 0,
    signing_key: str = "",
    changed: bool = False,
    seal_signature: str = "",
) -> Minutes:
    """The minutes of one round; a draft unless finalized, free of errors and every stack definitive.

    A draft whose ballots are not all counted concludes nothing: it says how far the count has come.
    """
    congress = data.congress
    rules = ruleset(data.ruleset, data.parameters)
    opinion = election.kind is ElectionKind.OPINION
    nomination = election.kind is ElectionKind.NOMINATION
    tie_break = rnd.purpose is Purpose.TIE_BREAK
    t, b = result.threshold, result.ballots
    names = {c.no: c.name for c in result.candidates}
    by_no = {c.no: c for c in result.candidates}
    stt = {no: i + 1 for i, no in enumerate(rnd.candidates)}
    electorate = election.electorate or congress.electorate
    noun = w.voter_noun(congress.kind)
    found = list(result.problems)
    if pending_stacks:
        found.append(Problem(Code.E112, "teams", {"pending": pending_stacks}))
    draft_reasons: tuple[str, ...]
    if changed:
        finalized, draft_reasons = False, (w.CHANGED_AFTER_FINALIZING,)
    else:
        draft_reasons = () if finalized else (w.NOT_FINALIZED,)
    in_progress = b.counted < b.collected or (b.collected == 0 and not finalized)
    title = election.title or election.id
    minutes = Minutes(
        election=election.id,
        round=rnd.number,
        opinion=opinion,
        form=result.form.value,
        header=Header(
            organization=congress.organization.upper(),
            congress=w.congress_title(congress),
            place_date=w.place_date(w.locality(congress.place, congress.organization), congress.date),
            term=w.term_line(congress),
        ),
        title=TITLE,
        subject=w.subject(election.title, rnd.number, tie_break, opinion),
        decision=w.decision(rnd.decision),
        basis=w.basis(rules, election.body, opinion),
        committee_intro=w.committee_intro(congress.kind),
        committee=tuple(Member(m.name, w.ROLE_VI[m.role]) for m in _committee_order(data)),
        seats_label=w.seats_label(election.body, rnd.number, congress.kind),
        seats=rnd.seats,
        hand_votes=w.hand_votes(election.hand_votes) if rnd.number == 1 else (),
        list_intro=w.list_intro(len(rnd.candidates), congress.kind, opinion),
        candidates=tuple(Entry(stt[no], names[no], by_no[no].note) for no in rnd.candidates),
        electorate=Electorate(
            noun=noun,
            summoned=electorate.summoned,
            exclusions=tuple(Count(x.reason, x.count) for x in electorate.exclusions),
            base=electorate.base,
            votes_needed=t.votes_needed,
            attending=congress.attending,
            present=rnd.present,
            absent=None if opinion or rnd.present is None else max(electorate.summoned - rnd.present, 0),
            summoned_based=not opinion,
        ),
        tie_rule=_tie_rule(data, election, rnd, result) if tie_break else (),
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
            hand_counted=w.hand_counted(_hand_counted(rnd)),
        ),
        percent_header=w.percent_header(congress.kind, opinion),
        votes=tuple(
            VoteRow(
                stt[c.no],
                c.name,
                c.note,
                c.votes,
                c.disagree,
                percent_vi(c.hundredths),
                "" if in_progress else _row_result(c.status, opinion),
            )
            for c in result.candidates
        ),
        elected_intro="" if in_progress else w.elected_intro(result, title, noun, congress.kind),
        elected=()
        if in_progress
        else tuple(
            ElectedRow(i + 1, names[no], by_no[no].votes, percent_vi(by_no[no].hundredths), by_no[no].note)
            for i, no in enumerate(result.elected)
        ),
        outcome=(w.in_progress(b.counted, b.collected),)
        if in_progress
        else w.outcome(result, names, rnd.number, rules.parameters.tie_break_needs_majority),
        approval="" if in_progress else w.approval(election.body, opinion),
        adoption=w.adoption(congress.kind),
        head=next((m.name for m in congress.counting_committee if m.role is Role.HEAD), ""),
        members=tuple(m.name for m in congress.counting_committee if m.role is not Role.HEAD),
        ruleset=w.ruleset_short(rules),
        label=f"{title} — lần {rnd.number}",
        fingerprint=fingerprint(data, election, rnd),
        draft=bool(draft_reasons) or has_errors(found),
        in_progress=in_progress,
        problems=draft_reasons + tuple(p.message("vi") for p in found),
        codes=tuple(p.code.value for p in found),
        signing_key=signing_key if finalized else "",
        seal_signature=seal_signature if finalized else "",
        withdrawals=_withdrawals(data, election, rnd.number),
    )
    if nomination:
        return _nomination(minutes, data, election, rnd, result, in_progress)
    return minutes


def _withdrawals(data: ElectionData, election: Election, round_no: int) -> tuple[str, ...]:
    """Each request to withdraw from this round's list, decided as the rules say (RULES.md §4)."""
    if not election.withdrawals:
        return ()
    params = ruleset(data.ruleset, data.parameters).parameters
    out = []
    for d in withdrawal.decisions(election, attending_for(data, election), params):
        req = d.request
        if req.round != round_no:
            continue
        c = election.candidate(req.no)
        out.append(
            w.withdrawal_line(
                name_note(c.name, c.note),
                req.reason,
                req.proposal.value,
                req.method.value,
                None if req.agree is None else (req.agree, req.disagree, req.abstain),
                d.votes_needed,
                d.status.value,
                req.allowed is not None,
            )
        )
    return tuple(out)


def name_note(name: str, note: str) -> str:
    """'Nguyễn Văn An (1975)'."""
    return f"{name} ({note})" if note else name


def _nomination(
    m: Minutes, data: ElectionData, election: Election, rnd: Round, result: RoundResult, in_progress: bool
) -> Minutes:
    """The minutes of a nomination ballot: the pool, the names written ranked, the proposed and the head's choice."""
    o = result.outcome
    assert isinstance(o, Nominated)
    by_no = {c.no: c for c in result.candidates}
    stt = {no: i + 1 for i, no in enumerate(rnd.candidates)}
    source = ""
    pool = election.candidate_pool
    if pool is not None:
        src = next((e for e in data.elections if e.id == pool.election), None)
        source = w.nomination_source(src.title or src.id if src else pool.election, pool.take.value)
    choice = o.choice
    chosen = tuple(name_note(by_no[no].name, by_no[no].note) for no in (choice.chosen if choice else ()))
    tied, places = o.tied, o.places
    if choice is not None:  # the tie the head settled: every name with the chosen names' count
        cut = min(by_no[no].votes for no in choice.chosen)
        tied, places = tuple(no for no in o.ranking if by_no[no].votes == cut), len(choice.chosen)
    tied_votes = by_no[tied[0]].votes if tied else 0
    at_cut = {stt[no] for no in tied if no not in o.proposed}
    ranked = sorted(
        (replace(v, result=w.STATUS[Status.TIED]) if v.stt in at_cut and not in_progress else v for v in m.votes),
        key=lambda v: (-v.votes, v.stt),
    )
    reasons = tuple(
        replace(x, label=w.NOMINATION_OVER_LIMIT) if x.label == text("invalid.over_limit", None, "vi") else x
        for x in m.ballots.invalid_reasons
    )
    return replace(
        m,
        nomination=True,
        subject=w.subject(election.title or w.NOMINATION_SUBJECT, rnd.number, False, False),
        basis=w.basis(ruleset(data.ruleset, data.parameters), election.body, False, nomination=True),
        seats_label=w.nomination_seats_label(),
        list_intro=w.nomination_list_intro(len(rnd.candidates), source),
        tie_rule=(w.nomination_places(election.places), w.nomination_rule(election.places)),
        ballots=replace(m.ballots, invalid_reasons=reasons),
        votes=tuple(ranked),
        elected_intro="" if in_progress else w.nomination_intro(len(o.proposed)),
        elected=()
        if in_progress
        else tuple(
            ElectedRow(i + 1, by_no[no].name, by_no[no].votes, percent_vi(by_no[no].hundredths), by_no[no].note)
            for i, no in enumerate(o.proposed)
        ),
        outcome=m.outcome
        if in_progress
        else w.nomination_outcome(
            tuple(name_note(by_no[no].name, by_no[no].note) for no in tied),
            tied_votes,
            places,
            o.short,
            chosen,
            choice.decision.by if choice else "",
            choice.decision.at if choice else "",
            choice.decision.note if choice else "",
        ),
        approval="" if in_progress else w.nomination_approval(),
        candidates=tuple(Entry(stt[no], by_no[no].name, by_no[no].note) for no in rnd.candidates),
    )


def _needs_majority(data: ElectionData, rnd: Round) -> bool:
    """Whether a tie-break ballot must pass the majority again: the round's own setting or the congress's rules."""
    return rnd.tie_break_needs_majority or ruleset(data.ruleset, data.parameters).parameters.tie_break_needs_majority


def _tie_rule(data: ElectionData, election: Election, rnd: Round, result: RoundResult) -> tuple[str, ...]:
    """The rule of a tie-break round in words: the earlier round where the tied passed, this ballot's rule, its basis."""
    earlier = next(
        (r.number for r in reversed(election.rounds) if r.number < rnd.number and r.purpose is Purpose.ELECTION),
        max(rnd.number - 1, 1),
    )
    t = result.threshold
    params = ruleset(data.ruleset, data.parameters).parameters
    return w.tie_rule(
        earlier=earlier,
        seats=rnd.seats,
        majority_votes=majority(t.summoned, t.excluded).votes_needed,
        kind=data.congress.kind,
        needs_majority=_needs_majority(data, rnd),
        by_congress=params.tie_break_needs_majority,
    )


def _hand_counted(rnd: Round) -> tuple[tuple[str, int], ...]:
    """Each team that reported a hand count, with its ballots, in the order reported (a team's stacks added)."""
    teams: dict[str, int] = {}
    for sub in rnd.subtotals:
        teams[sub.team] = teams.get(sub.team, 0) + sub.ballots
    return tuple(teams.items())


def _committee_order(data: ElectionData) -> list[CommitteeMember]:
    """Head first, then members in the order entered."""
    cc = data.congress.counting_committee
    return [m for m in cc if m.role is Role.HEAD] + [m for m in cc if m.role is not Role.HEAD]


def _row_result(status: Status, opinion: bool) -> str:
    """The result column: elected, tied, or (opinion ballot) admitted."""
    if opinion:
        return w.ADMITTED if status is Status.ELECTED else ""
    return w.STATUS[status]
