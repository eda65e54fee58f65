"""Reading the open election file `kiemphieu-election/1` into `ballot` values, validating everything."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from fractions import Fraction
from pathlib import Path
from typing import Any

from app.fileformat import jsontext
from app.fileformat.fields import (
    FileFault,
    Limits,
    arr,
    choice,
    flag,
    integer,
    items,
    name,
    need,
    obj,
    shown,
    text,
)
from app.fileformat.rounds import Budget, decision, read_round
from ballot.election import PoolCycle, order, tally_all, threshold_for, withdrawn
from ballot.model import (
    Body,
    Candidate,
    CandidatePool,
    CommitteeMember,
    Congress,
    CongressKind,
    CongressLevel,
    Election,
    ElectionData,
    ElectionKind,
    Electorate,
    Exclusion,
    HandVote,
    HandVoteTopic,
    Pause,
    PauseReason,
    PoolTake,
    Proposal,
    Role,
    Round,
    VoteMethod,
    Withdrawal,
)
from ballot.problems import Code
from ballot.rulesets import RULESETS, Parameters
from ballot.tally import RoundResult, tally_round

FORMAT = "kiemphieu-election/1"


@dataclass(frozen=True, slots=True)
class Seal:
    """A round the committee finalised: the fingerprint of its data when it was final."""

    fingerprint: str
    at: str = ""
    by: str = ""


@dataclass(frozen=True, slots=True)
class LoadedFile:
    """The election data and what the file records about it (seals, the entry log's last hash)."""

    data: ElectionData
    seals: dict[tuple[str, int], Seal] = field(default_factory=dict)
    log_hash: str = ""


def load(path: str | Path) -> LoadedFile:
    """Reads and validates an election file; every fault is a `FileFault` naming its place."""
    return loads(jsontext.read_bytes(path))


def loads(raw: bytes | str) -> LoadedFile:
    """Parses and validates the text of an election file."""
    return read_document(jsontext.parse(jsontext.decode(raw)))


def read_document(doc: Any) -> LoadedFile:
    """Validates a parsed document and builds the election data."""
    top = obj(doc, "")
    fmt = top.get("format")
    if fmt != FORMAT:
        raise FileFault("file.not_format", {"value": shown(fmt), "format": FORMAT}, "format")
    rs = top.get("ruleset") or RULESETS["qd190-2024"].id
    if not isinstance(rs, str) or rs not in RULESETS:
        raise FileFault("file.unknown_ruleset", {"value": shown(rs), "allowed": ", ".join(RULESETS)}, "ruleset")
    params = _parameters(top.get("parameters"), RULESETS[rs].parameters)
    congress = _congress(need(top, "congress", ""), "congress")
    probe = ElectionData(rs, congress, (), params)
    elections: list[Election] = []
    seals: dict[tuple[str, int], Seal] = {}
    budget = Budget()
    for i, e in enumerate(arr(top.get("elections", []), "elections", Limits.ELECTIONS)):
        elections.append(_election(e, f"elections[{i}]", probe, seals, budget))
    data = ElectionData(rs, congress, tuple(elections), params)
    _check_ids_and_pools(data)
    return LoadedFile(data, seals, name(top.get("log_hash"), "log_hash", False))


_SHARE = r"(\d{1,6}(\.\d{1,9})?|\d{1,6}/\d{1,6})"


def _parameters(value: Any, defaults: Parameters) -> Parameters | None:
    """The congress's own parameters (190 Art. 1), each checked."""
    if value is None:
        return None
    d = obj(value, "parameters")
    p = defaults

    def share(key: str) -> Fraction:
        raw = d[key]
        here = f"parameters.{key}"
        literal = str(raw) if isinstance(raw, int | float | str) and not isinstance(raw, bool) else ""
        try:
            f = Fraction(literal) if _is_share(literal) else None
        except ZeroDivisionError:
            f = None
        if f is None:
            raise FileFault("file.not_share", {"value": shown(raw)}, here)
        if not 0 <= f <= 1:
            raise FileFault("file.share_range", {"value": shown(raw)}, here)
        return f

    if "surplus_cap" in d:
        p = replace(p, surplus_cap=share("surplus_cap"))
    if "opinion_threshold" in d:
        p = replace(p, opinion_threshold=share("opinion_threshold"))
    if "surplus_rounding" in d:
        r = d["surplus_rounding"]
        if r not in ("floor", "half_up", "ceil"):
            allowed = "floor, half_up, ceil"
            raise FileFault("file.not_choice", {"value": shown(r), "allowed": allowed}, "parameters.surplus_rounding")
        p = replace(p, surplus_rounding=r)
    if "small_body_cap" in d:
        p = replace(p, small_body_cap=integer(d["small_body_cap"], "parameters.small_body_cap"))
    for key in ("tie_break_needs_majority", "nomination_over_limit_invalid", "nomination_outside_pool_invalid"):
        if key in d:
            p = replace(p, **{key: flag(d[key], f"parameters.{key}")})  # type: ignore[arg-type]
    if "withdrawal_majority_of" in d:
        m = d["withdrawal_majority_of"]
        if m not in ("attending", "votes_cast"):
            allowed = "attending, votes_cast"
            raise FileFault(
                "file.not_choice", {"value": shown(m), "allowed": allowed}, "parameters.withdrawal_majority_of"
            )
        p = replace(p, withdrawal_majority_of=m)
    return p


def _is_share(literal: str) -> bool:
    """A plain decimal or n/d, a few digits long (never an exponent that would take memory to expand)."""
    return re.fullmatch(_SHARE, literal) is not None


def _electorate(value: Any, path: str) -> Electorate:
    d = obj(value, path)
    summoned = integer(need(d, "summoned", path), f"{path}.summoned", 1)
    exclusions = items(d.get("exclusions", []), f"{path}.exclusions", _exclusion)
    e = Electorate(summoned, tuple(exclusions))
    if e.base < 1:
        raise FileFault("file.no_one_left", {"excluded": e.excluded, "summoned": summoned}, f"{path}.exclusions")
    return e


def _exclusion(value: Any, path: str) -> Exclusion:
    d = obj(value, path)
    return Exclusion(text(d.get("reason"), f"{path}.reason"), integer(need(d, "count", path), f"{path}.count"))


def _member(value: Any, path: str) -> CommitteeMember:
    d = obj(value, path)
    return CommitteeMember(
        name(need(d, "name", path), f"{path}.name"), choice(d.get("role", "member"), Role, f"{path}.role")
    )


def _congress(value: Any, path: str) -> Congress:
    d = obj(value, path)
    electorate = _electorate(need(d, "electorate", path), f"{path}.electorate")
    attending = d.get("attending")
    level = d.get("level")
    return Congress(
        organization=text(d.get("organization"), f"{path}.organization"),
        title=text(d.get("title"), f"{path}.title"),
        term=name(d.get("term"), f"{path}.term", False),
        kind=choice(d.get("kind", "delegates"), CongressKind, f"{path}.kind"),
        electorate=electorate,
        attending=electorate.base if attending is None else integer(attending, f"{path}.attending"),
        place=text(d.get("place"), f"{path}.place"),
        date=name(d.get("date"), f"{path}.date", False),
        counting_committee=tuple(items(d.get("counting_committee", []), f"{path}.counting_committee", _member)),
        level=None if level is None else choice(level, CongressLevel, f"{path}.level"),
    )


def _candidate(value: Any, path: str) -> Candidate:
    d = obj(value, path)
    return Candidate(
        no=integer(need(d, "no", path), f"{path}.no", 1),
        name=name(need(d, "name", path), f"{path}.name"),
        note=text(d.get("note"), f"{path}.note"),
    )


def _election(
    value: Any, path: str, probe: ElectionData, seals: dict[tuple[str, int], Seal], budget: Budget
) -> Election:
    d = obj(value, path)
    eid = name(need(d, "id", path), f"{path}.id")
    candidates = items(need(d, "candidates", path), f"{path}.candidates", _candidate, Limits.CANDIDATES)
    seen: set[int] = set()
    for i, c in enumerate(candidates):
        if c.no in seen:
            raise FileFault("file.number_repeated", {"no": c.no}, f"{path}.candidates[{i}].no")
        seen.add(c.no)
    kind = choice(d.get("kind") or "election", ElectionKind, f"{path}.kind")
    if d.get("seats") is None and kind is ElectionKind.OPINION:
        seats = len(candidates)
    else:
        seats = integer(need(d, "seats", path), f"{path}.seats", 1)
    pool = None
    if d.get("candidate_pool") is not None:
        ppath = f"{path}.candidate_pool"
        pd = obj(d["candidate_pool"], ppath)
        pool = CandidatePool(
            name(need(pd, "election", ppath), f"{ppath}.election"),
            choice(need(pd, "take", ppath), PoolTake, f"{ppath}.take"),
        )
    electorate = None if d.get("electorate") is None else _electorate(d["electorate"], f"{path}.electorate")
    max_surplus = d.get("max_surplus")
    propose = d.get("propose")
    if propose is not None and kind is not ElectionKind.NOMINATION:
        raise FileFault("file.propose_not_nomination", {}, f"{path}.propose")
    election = Election(
        id=eid,
        title=text(d.get("title"), f"{path}.title"),
        body=choice(d.get("body") or "other", Body, f"{path}.body"),
        seats=seats,
        candidates=tuple(candidates),
        kind=kind,
        electorate=electorate,
        candidate_pool=pool,
        max_surplus=None if max_surplus is None else integer(max_surplus, f"{path}.max_surplus"),
        hand_votes=tuple(items(d.get("hand_votes", []), f"{path}.hand_votes", _hand_vote)),
        withdrawals=_withdrawals(d.get("withdrawals", []), f"{path}.withdrawals", seen),
        pause=None if d.get("pause") is None else _pause(d["pause"], f"{path}.pause"),
        propose=None if propose is None else integer(propose, f"{path}.propose", 1),
    )
    params = probe.parameters
    rounds: list[Round] = []
    prior: list[RoundResult] = []
    raw_rounds = arr(d.get("rounds", []), f"{path}.rounds", Limits.ROUNDS)
    for i, r in enumerate(raw_rounds):
        rpath = f"{path}.rounds[{i}]"
        gone = withdrawn(probe, election, i + 1)
        rnd = read_round(r, rpath, i + 1, election, prior, gone, budget)
        rounds.append(rnd)
        if i + 1 < len(raw_rounds):  # the next round's defaults follow from this one's result
            prior.append(tally_round(election, rnd, threshold_for(probe, election, rnd), params))
        final = obj(r, rpath).get("final")
        if final is not None:
            fd = obj(final, f"{rpath}.final")
            seals[(eid, rnd.number)] = Seal(
                name(need(fd, "fingerprint", f"{rpath}.final"), f"{rpath}.final.fingerprint"),
                name(fd.get("at"), f"{rpath}.final.at", False),
                name(fd.get("by"), f"{rpath}.final.by", False),
            )
    return replace(election, rounds=tuple(rounds))


def _hand_vote(value: Any, path: str) -> HandVote:
    d = obj(value, path)
    return HandVote(
        choice(need(d, "topic", path), HandVoteTopic, f"{path}.topic"),
        integer(need(d, "agree", path), f"{path}.agree"),
        integer(d.get("disagree", 0), f"{path}.disagree"),
        integer(d.get("abstain", 0), f"{path}.abstain"),
    )


def _withdrawals(value: Any, path: str, known: set[int]) -> tuple[Withdrawal, ...]:
    """Requests to withdraw: each of a candidate of the election, once per round."""
    out = tuple(items(value, path, _withdrawal))
    seen: set[tuple[int, int]] = set()
    for i, w in enumerate(out):
        if w.no not in known:
            raise FileFault("file.not_in_election", {"no": w.no}, f"{path}[{i}].no")
        if (w.no, w.round) in seen:
            raise FileFault("file.withdrawal_twice", {"no": w.no}, f"{path}[{i}]")
        seen.add((w.no, w.round))
    return out


def _withdrawal(value: Any, path: str) -> Withdrawal:
    d = obj(value, path)
    agree = d.get("agree")
    allowed = d.get("allowed")
    return Withdrawal(
        no=integer(need(d, "no", path), f"{path}.no", 1),
        proposal=choice(need(d, "proposal", path), Proposal, f"{path}.proposal"),
        agree=None if agree is None else integer(agree, f"{path}.agree"),
        disagree=integer(d.get("disagree", 0), f"{path}.disagree"),
        abstain=integer(d.get("abstain", 0), f"{path}.abstain"),
        method=choice(d.get("method", "hands"), VoteMethod, f"{path}.method"),
        allowed=None if allowed is None else flag(allowed, f"{path}.allowed"),
        round=integer(d.get("round", 1), f"{path}.round", 1, Limits.ROUNDS),
        reason=text(d.get("reason"), f"{path}.reason"),
    )


def _pause(value: Any, path: str) -> Pause:
    d = obj(value, path)
    resumed = d.get("resumed")
    return Pause(
        reason=choice(need(d, "reason", path), PauseReason, f"{path}.reason"),
        decision=decision(d, path),
        intended=name(d.get("intended"), f"{path}.intended", False),
        resumed=None if resumed is None else decision(resumed, f"{path}.resumed"),
    )


def _check_ids_and_pools(data: ElectionData) -> None:
    """Unique election ids; pools name another election of the file; every pooled candidate is in its pool."""
    ids: dict[str, int] = {}
    for i, e in enumerate(data.elections):
        if e.id in ids:
            raise FileFault("file.election_id_twice", {"id": e.id}, f"elections[{i}].id")
        ids[e.id] = i
    for i, e in enumerate(data.elections):
        cp = e.candidate_pool
        if cp is not None and (cp.election not in ids or cp.election == e.id):
            raise FileFault("file.pool_not_election", {"id": cp.election}, f"elections[{i}].candidate_pool.election")
        if cp is not None and cp.take is PoolTake.PROPOSED:
            source = data.elections[ids[cp.election]]
            if source.kind is not ElectionKind.NOMINATION:
                raise FileFault("file.pool_not_nomination", {"id": cp.election}, f"elections[{i}].candidate_pool.take")
    try:
        order(data)
    except PoolCycle as c:
        raise FileFault("file.pool_cycle", {}, f"elections[{ids[str(c)]}].candidate_pool") from None
    if all(e.candidate_pool is None for e in data.elections):
        return
    for er in tally_all(data):
        for r in er.rounds:
            for p in r.problems:
                if p.code is Code.E204:
                    no, pool = p.params["no"], p.params["election"]
                    raise FileFault(f"file.not_among_{p.params['take']}", {"no": no, "id": pool}, p.path)


__all__ = ["FORMAT", "LoadedFile", "Seal", "load", "loads", "read_document"]
