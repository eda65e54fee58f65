"""Reading the open election file `kiemphieu-election/1` into `ballot` values, validating everything."""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from fractions import Fraction
from pathlib import Path
from typing import Any

from app.fileformat.fields import (
    FileFault,
    arr,
    candidate_no,
    choice,
    integer,
    items,
    need,
    obj,
    text,
)
from ballot.election import PoolCycle, next_round, order, tally_all, threshold_for
from ballot.model import (
    Ballot,
    Body,
    Candidate,
    CandidatePool,
    CommitteeMember,
    Congress,
    CongressKind,
    Decision,
    Election,
    ElectionData,
    ElectionKind,
    Electorate,
    Exclusion,
    HandVote,
    HandVoteTopic,
    InvalidReason,
    Mark,
    MarkedBallot,
    PoolTake,
    Purpose,
    Role,
    Round,
    RuledInvalidBallot,
    StruckBallot,
    Subtotal,
)
from ballot.problems import Code
from ballot.rulesets import RULESETS, Parameters
from ballot.tally import RoundResult, tally_round
from ballot.validity import BallotFault, ballot_fault

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
    try:
        raw = Path(path).read_bytes()
    except FileNotFoundError:
        raise FileFault("", f"file not found: {path}", f"không tìm thấy tệp {path}") from None
    except IsADirectoryError:
        raise FileFault("", f"{path} is a folder, not a file", f"{path} là thư mục, không phải tệp") from None
    except OSError as e:
        raise FileFault("", f"cannot read {path}: {e.strerror}", f"không đọc được tệp {path}: {e.strerror}") from None
    return loads(raw)


def loads(raw: bytes | str) -> LoadedFile:
    """Parses and validates the text of an election file."""
    if isinstance(raw, bytes):
        try:
            raw = raw.decode("utf-8-sig")
        except UnicodeDecodeError as e:
            raise FileFault(f"byte {e.start}", "the file is not UTF-8 text", "tệp không phải văn bản UTF-8") from None
    try:
        doc = json.loads(raw)
    except json.JSONDecodeError as e:
        raise FileFault(
            f"line {e.lineno} column {e.colno}",
            f"not valid JSON ({e.msg}); the file may be cut short",
            f"không phải JSON hợp lệ ({e.msg}); tệp có thể bị cắt cụt",
        ) from None
    return read_document(doc)


def read_document(doc: Any) -> LoadedFile:
    """Validates a parsed document and builds the election data."""
    top = obj(doc, "")
    fmt = top.get("format")
    if fmt != FORMAT:
        raise FileFault(
            "format",
            f"{fmt!r} is not a kiemphieu election file ({FORMAT})",
            f"{fmt!r} không phải tệp bầu cử kiemphieu ({FORMAT})",
        )
    rs = top.get("ruleset") or RULESETS["qd190-2024"].id
    if rs not in RULESETS:
        raise FileFault("ruleset", f"unknown rule set {rs!r}", f"không có quy chế {rs!r}")
    params = _parameters(top.get("parameters"), RULESETS[rs].parameters)
    congress = _congress(need(top, "congress", ""), "congress")
    probe = ElectionData(rs, congress, (), params)
    elections: list[Election] = []
    seals: dict[tuple[str, int], Seal] = {}
    for i, e in enumerate(arr(top.get("elections", []), "elections")):
        elections.append(_election(e, f"elections[{i}]", probe, seals))
    data = ElectionData(rs, congress, tuple(elections), params)
    _check_ids_and_pools(data)
    return LoadedFile(data, seals, text(top.get("log_hash"), "log_hash"))


def _parameters(value: Any, defaults: Parameters) -> Parameters | None:
    """The congress's own parameters (190 Art. 1), each checked."""
    if value is None:
        return None
    d = obj(value, "parameters")
    p = defaults

    def share(key: str) -> Fraction:
        try:
            f = Fraction(str(d[key]))
        except (ValueError, ZeroDivisionError):
            raise FileFault(
                f"parameters.{key}", f"{d[key]!r} is not a share", f"{d[key]!r} không phải là tỷ lệ"
            ) from None
        if not 0 <= f <= 1:
            raise FileFault(f"parameters.{key}", "must be between 0 and 1", "phải nằm trong khoảng 0 đến 1")
        return f

    if "surplus_cap" in d:
        p = replace(p, surplus_cap=share("surplus_cap"))
    if "opinion_threshold" in d:
        p = replace(p, opinion_threshold=share("opinion_threshold"))
    if "surplus_rounding" in d:
        r = d["surplus_rounding"]
        if r not in ("floor", "half_up", "ceil"):
            raise FileFault(
                "parameters.surplus_rounding", f"{r!r} is not floor, half_up or ceil", f"{r!r} không hợp lệ"
            )
        p = replace(p, surplus_rounding=r)
    if "small_body_cap" in d:
        p = replace(p, small_body_cap=integer(d["small_body_cap"], "parameters.small_body_cap"))
    if "tie_break_needs_majority" in d:
        p = replace(
            p, tie_break_needs_majority=_flag(d["tie_break_needs_majority"], "parameters.tie_break_needs_majority")
        )
    return p


def _flag(value: Any, path: str) -> bool:
    if not isinstance(value, bool):
        raise FileFault(path, "must be true or false", "phải là true hoặc false")
    return value


def _electorate(value: Any, path: str) -> Electorate:
    d = obj(value, path)
    summoned = integer(need(d, "summoned", path), f"{path}.summoned", 1)
    exclusions = items(d.get("exclusions", []), f"{path}.exclusions", _exclusion)
    e = Electorate(summoned, tuple(exclusions))
    if e.base < 1:
        raise FileFault(
            f"{path}.exclusions",
            f"the exclusions ({e.excluded}) leave no one of the {summoned} summoned",
            f"số trừ ra ({e.excluded}) không để lại ai trong {summoned} người được triệu tập",
        )
    return e


def _exclusion(value: Any, path: str) -> Exclusion:
    d = obj(value, path)
    return Exclusion(text(d.get("reason"), f"{path}.reason"), integer(need(d, "count", path), f"{path}.count"))


def _member(value: Any, path: str) -> CommitteeMember:
    d = obj(value, path)
    return CommitteeMember(
        text(need(d, "name", path), f"{path}.name", True), choice(d.get("role", "member"), Role, f"{path}.role")
    )


def _congress(value: Any, path: str) -> Congress:
    d = obj(value, path)
    electorate = _electorate(need(d, "electorate", path), f"{path}.electorate")
    attending = d.get("attending")
    return Congress(
        organization=text(d.get("organization"), f"{path}.organization"),
        title=text(d.get("title"), f"{path}.title"),
        term=text(d.get("term"), f"{path}.term"),
        kind=choice(d.get("kind", "delegates"), CongressKind, f"{path}.kind"),
        electorate=electorate,
        attending=electorate.base if attending is None else integer(attending, f"{path}.attending"),
        place=text(d.get("place"), f"{path}.place"),
        date=text(d.get("date"), f"{path}.date"),
        counting_committee=tuple(items(d.get("counting_committee", []), f"{path}.counting_committee", _member)),
    )


def _candidate(value: Any, path: str) -> Candidate:
    d = obj(value, path)
    return Candidate(
        no=integer(need(d, "no", path), f"{path}.no", 1),
        name=text(need(d, "name", path), f"{path}.name", True),
        note=text(d.get("note"), f"{path}.note"),
    )


def _election(value: Any, path: str, probe: ElectionData, seals: dict[tuple[str, int], Seal]) -> Election:
    d = obj(value, path)
    eid = text(need(d, "id", path), f"{path}.id", True)
    candidates = items(need(d, "candidates", path), f"{path}.candidates", _candidate)
    seen: set[int] = set()
    for i, c in enumerate(candidates):
        if c.no in seen:
            raise FileFault(
                f"{path}.candidates[{i}].no",
                f"candidate number {c.no} appears twice",
                f"số thứ tự {c.no} bị trùng",
            )
        seen.add(c.no)
    kind = choice(d.get("kind") or "election", ElectionKind, f"{path}.kind")
    seats_raw = d.get("seats")
    if seats_raw is None and kind is ElectionKind.OPINION:
        seats = len(candidates)
    else:
        seats = integer(need(d, "seats", path), f"{path}.seats", 1)
    pool = None
    if d.get("candidate_pool") is not None:
        pd = obj(d["candidate_pool"], f"{path}.candidate_pool")
        pool = CandidatePool(
            text(need(pd, "election", f"{path}.candidate_pool"), f"{path}.candidate_pool.election", True),
            choice(need(pd, "take", f"{path}.candidate_pool"), PoolTake, f"{path}.candidate_pool.take"),
        )
    electorate = None if d.get("electorate") is None else _electorate(d["electorate"], f"{path}.electorate")
    max_surplus = d.get("max_surplus")
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
    )
    rounds: list[Round] = []
    prior: list[RoundResult] = []
    for i, r in enumerate(arr(d.get("rounds", []), f"{path}.rounds")):
        rpath = f"{path}.rounds[{i}]"
        rnd = _round(r, rpath, i + 1, election, prior)
        rounds.append(rnd)
        prior.append(tally_round(election, rnd, threshold_for(probe, election, rnd)))
        final = obj(r, rpath).get("final")
        if final is not None:
            fd = obj(final, f"{rpath}.final")
            seals[(eid, rnd.number)] = Seal(
                text(need(fd, "fingerprint", f"{rpath}.final"), f"{rpath}.final.fingerprint", True),
                text(fd.get("at"), f"{rpath}.final.at"),
                text(fd.get("by"), f"{rpath}.final.by"),
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


def _round(value: Any, path: str, number: int, election: Election, prior: list[RoundResult]) -> Round:
    d = obj(value, path)
    given = d.get("round", number)
    if integer(given, f"{path}.round", 1) != number:
        raise FileFault(
            f"{path}.round",
            f"round {given} is out of order; expected {number}",
            f"lần bầu {given} sai thứ tự; phải là {number}",
        )
    purpose = choice(d.get("purpose") or "election", Purpose, f"{path}.purpose")
    default_seats, default_list = next_round(election, prior, purpose)
    seats = default_seats if d.get("seats") is None else integer(d["seats"], f"{path}.seats", 1)
    listed = (
        default_list
        if d.get("candidates") is None
        else tuple(items(d["candidates"], f"{path}.candidates", candidate_no))
    )
    known = {c.no for c in election.candidates}
    for i, no in enumerate(listed):
        if no not in known:
            raise FileFault(
                f"{path}.candidates[{i}]",
                f"{no} is not a candidate of this election",
                f"số {no} không có trong danh sách của cuộc bầu",
            )
        if listed.index(no) != i:
            raise FileFault(f"{path}.candidates[{i}]", f"{no} is on the ballot twice", f"số {no} có hai lần trên phiếu")
    present = d.get("present")
    decision = None
    if d.get("decision") is not None:
        dd = obj(d["decision"], f"{path}.decision")
        decision = Decision(
            text(need(dd, "by", f"{path}.decision"), f"{path}.decision.by", True),
            text(dd.get("note"), f"{path}.decision.note"),
            text(dd.get("at"), f"{path}.decision.at"),
        )
    shell = Round(
        number=number,
        seats=seats,
        candidates=listed,
        ballots_issued=integer(need(d, "ballots_issued", path), f"{path}.ballots_issued"),
        ballots_collected=integer(need(d, "ballots_collected", path), f"{path}.ballots_collected"),
        present=None if present is None else integer(present, f"{path}.present"),
        purpose=purpose,
        tie_break_needs_majority=_flag(d.get("tie_break_needs_majority", False), f"{path}.tie_break_needs_majority"),
        decision=decision,
    )
    form = election.form(shell)
    ballots = [
        _ballot(b, f"{path}.ballots[{i}]", shell, form)
        for i, b in enumerate(arr(d.get("ballots", []), f"{path}.ballots"))
    ]
    subtotals = items(d.get("subtotals", []), f"{path}.subtotals", lambda v, p: _subtotal(v, p, shell))
    return replace(shell, ballots=tuple(ballots), subtotals=tuple(subtotals))


def _ballot(value: Any, path: str, rnd: Round, form: Any) -> Ballot:
    d = obj(value, path)
    count = integer(d.get("count", 1), f"{path}.count", 1)
    team = text(d.get("team"), f"{path}.team") or None
    present = [k for k in ("struck", "marks", "invalid") if k in d]
    if len(present) != 1:
        raise FileFault(
            path,
            "a ballot needs exactly one of struck, marks or invalid",
            "mỗi phiếu phải có đúng một trong các mục struck, marks hoặc invalid",
        )
    key = present[0]
    ballot: Ballot
    if key == "struck":
        nos = items(d["struck"], f"{path}.struck", candidate_no)
        if len(set(nos)) != len(nos):
            raise FileFault(f"{path}.struck", "a name is struck twice", "một tên bị gạch hai lần")
        ballot = StruckBallot(frozenset(nos), count, team)
    elif key == "marks":
        md = obj(d["marks"], f"{path}.marks")
        ballot = MarkedBallot(
            {candidate_no(k, f"{path}.marks"): choice(v, Mark, f"{path}.marks.{k}") for k, v in md.items()},
            count,
            team,
        )
    else:
        ballot = RuledInvalidBallot(choice(d["invalid"], InvalidReason, f"{path}.invalid"), count, team)
    fault = ballot_fault(ballot, rnd, form)
    if fault is not None:
        raise _ballot_fault(fault, path, key)
    return ballot


def _ballot_fault(fault: tuple[BallotFault, int | None], path: str, key: str) -> FileFault:
    kind, no = fault
    if kind is BallotFault.UNKNOWN_CANDIDATE:
        return FileFault(
            f"{path}.{key}", f"{no} is not a candidate of this round", f"số {no} không có trên phiếu của lần bầu này"
        )
    if kind is BallotFault.WRONG_FORM:
        want = "marks (agree/disagree form)" if key == "struck" else "struck (strike-out form)"
        vi = "phiếu đồng ý/không đồng ý" if key == "struck" else "phiếu gạch tên"
        return FileFault(
            f"{path}.{key}", f"this round's ballot is the other form: use {want}", f"lần bầu này dùng mẫu {vi}"
        )
    return FileFault(
        f"{path}.invalid",
        "this reason does not apply to this round's ballot form",
        "lý do này không áp dụng cho mẫu phiếu của lần bầu",
    )


def _subtotal(value: Any, path: str, rnd: Round) -> Subtotal:
    d = obj(value, path)
    on_list = set(rnd.candidates)

    def per_candidate(key: str) -> dict[int, int]:
        out: dict[int, int] = {}
        for k, v in obj(d.get(key, {}), f"{path}.{key}").items():
            no = candidate_no(k, f"{path}.{key}")
            if no not in on_list:
                raise FileFault(
                    f"{path}.{key}.{k}",
                    f"{no} is not a candidate of this round",
                    f"số {no} không có trên phiếu của lần bầu này",
                )
            out[no] = integer(v, f"{path}.{key}.{k}")
        return out

    invalid = {
        choice(k, InvalidReason, f"{path}.invalid.{k}"): integer(v, f"{path}.invalid.{k}")
        for k, v in obj(d.get("invalid", {}), f"{path}.invalid").items()
    }
    return Subtotal(
        team=text(d.get("team"), f"{path}.team"),
        ballots=integer(need(d, "ballots", path), f"{path}.ballots"),
        invalid=invalid,
        votes=per_candidate("votes"),
        disagree=per_candidate("disagree"),
    )


def _check_ids_and_pools(data: ElectionData) -> None:
    """Unique election ids; pools name another election of the file; every pooled candidate is in its pool."""
    ids: dict[str, int] = {}
    for i, e in enumerate(data.elections):
        if e.id in ids:
            raise FileFault(
                f"elections[{i}].id", f"election id {e.id!r} appears twice", f"mã cuộc bầu {e.id!r} bị trùng"
            )
        ids[e.id] = i
    for i, e in enumerate(data.elections):
        cp = e.candidate_pool
        if cp is not None and (cp.election not in ids or cp.election == e.id):
            raise FileFault(
                f"elections[{i}].candidate_pool.election",
                f"{cp.election!r} is not another election of this file",
                f"{cp.election!r} không phải một cuộc bầu khác trong tệp",
            )
    try:
        order(data)
    except PoolCycle as c:
        i = ids[str(c)]
        raise FileFault(
            f"elections[{i}].candidate_pool",
            "candidate pools refer to each other in a circle",
            "các danh sách nguồn tham chiếu vòng tròn",
        ) from None
    for er in tally_all(data):
        for r in er.rounds:
            for p in r.problems:
                if p.code is Code.E204:
                    raise FileFault(
                        p.path,
                        f"candidate {p.params['no']} is not among the {p.params['take']} of election {p.params['election']!r}",
                        f"người số {p.params['no']} không thuộc danh sách {_take_vi(str(p.params['take']))} của cuộc bầu {p.params['election']!r}",
                    )


def _take_vi(take: str) -> str:
    return "trúng cử" if take == "elected" else "không trúng cử"
