"""Writing `ballot` values back to the open election file, and the fingerprint of a round's data."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from app.fileformat.reader import FORMAT, Seal
from ballot.model import (
    Ballot,
    Candidate,
    Congress,
    Decision,
    Election,
    ElectionData,
    Electorate,
    HandVote,
    MarkedBallot,
    NominatedBallot,
    Pause,
    Round,
    RuledInvalidBallot,
    StruckBallot,
    Subtotal,
    Withdrawal,
)
from ballot.rulesets import Parameters


def electorate_dict(e: Electorate) -> dict[str, Any]:
    """summoned and each exclusion with its reason."""
    return {"summoned": e.summoned, "exclusions": [{"reason": x.reason, "count": x.count} for x in e.exclusions]}


def congress_dict(c: Congress) -> dict[str, Any]:
    """The congress block (its level only when set)."""
    d: dict[str, Any] = {
        "organization": c.organization,
        "title": c.title,
        "term": c.term,
        "kind": c.kind.value,
        "place": c.place,
        "date": c.date,
        "electorate": electorate_dict(c.electorate),
        "attending": c.attending,
        "counting_committee": [{"name": m.name, "role": m.role.value} for m in c.counting_committee],
    }
    if c.level is not None:
        d["level"] = c.level.value
    return d


def candidate_dict(c: Candidate) -> dict[str, Any]:
    """One candidate; the note only when there is one."""
    d: dict[str, Any] = {"no": c.no, "name": c.name}
    if c.note:
        d["note"] = c.note
    return d


def ballot_dict(b: Ballot) -> dict[str, Any]:
    """One paper ballot, or a stack of identical ones."""
    d: dict[str, Any]
    if isinstance(b, StruckBallot):
        d = {"struck": sorted(b.struck)}
    elif isinstance(b, MarkedBallot):
        d = {"marks": {str(no): m.value for no, m in sorted(b.marks.items())}}
    elif isinstance(b, NominatedBallot):
        d = {"names": sorted(b.names)}
        if b.outside_pool:
            d["outside_pool"] = b.outside_pool
    else:
        assert isinstance(b, RuledInvalidBallot)
        d = {"invalid": b.reason.value}
    if b.count != 1:
        d["count"] = b.count
    if b.team:
        d["team"] = b.team
    return d


def subtotal_dict(s: Subtotal) -> dict[str, Any]:
    """A team's hand-counted totals."""
    d: dict[str, Any] = {
        "team": s.team,
        "ballots": s.ballots,
        "invalid": {k.value: v for k, v in sorted(s.invalid.items())},
        "votes": {str(k): v for k, v in sorted(s.votes.items())},
    }
    if any(s.disagree.values()):
        d["disagree"] = {str(k): v for k, v in sorted(s.disagree.items())}
    return d


def decision_dict(x: Decision) -> dict[str, Any]:
    """Who decided, the note and when."""
    return {"by": x.by, "note": x.note, "at": x.at}


def withdrawal_dict(w: Withdrawal) -> dict[str, Any]:
    """A request to withdraw, the presidium's proposal and the congress's vote (counts only when counted)."""
    d: dict[str, Any] = {"no": w.no, "proposal": w.proposal.value, "method": w.method.value}
    if w.agree is not None or w.disagree or w.abstain:
        d.update(agree=w.agree, disagree=w.disagree, abstain=w.abstain)
    if w.allowed is not None:
        d["allowed"] = w.allowed
    if w.round != 1:
        d["round"] = w.round
    if w.reason:
        d["reason"] = w.reason
    return d


def pause_dict(p: Pause) -> dict[str, Any]:
    """The pause: why, whom the convening committee intended, who decided, and the resumption."""
    d: dict[str, Any] = {"reason": p.reason.value, "intended": p.intended, **decision_dict(p.decision)}
    d["resumed"] = None if p.resumed is None else decision_dict(p.resumed)
    return d


def round_dict(r: Round) -> dict[str, Any]:
    """One round with its ballots and subtotals."""
    d: dict[str, Any] = {
        "round": r.number,
        "purpose": r.purpose.value,
        "seats": r.seats,
        "candidates": list(r.candidates),
        "ballots_issued": r.ballots_issued,
        "ballots_collected": r.ballots_collected,
    }
    if r.present is not None:
        d["present"] = r.present
    if r.tie_break_needs_majority:
        d["tie_break_needs_majority"] = True
    if r.decision is not None:
        d["decision"] = decision_dict(r.decision)
    if r.head_choice is not None:
        d["head_choice"] = {"chosen": list(r.head_choice.chosen), **decision_dict(r.head_choice.decision)}
    d["ballots"] = [ballot_dict(b) for b in r.ballots]
    if r.subtotals:
        d["subtotals"] = [subtotal_dict(s) for s in r.subtotals]
    return d


def election_dict(e: Election) -> dict[str, Any]:
    """One election without its rounds (hand votes only when recorded, so older fingerprints stay the same)."""
    d: dict[str, Any] = {
        "id": e.id,
        "title": e.title,
        "body": e.body.value,
        "kind": e.kind.value,
        "seats": e.seats,
        "electorate": None if e.electorate is None else electorate_dict(e.electorate),
        "candidate_pool": None
        if e.candidate_pool is None
        else {"election": e.candidate_pool.election, "take": e.candidate_pool.take.value},
        "max_surplus": e.max_surplus,
        "candidates": [candidate_dict(c) for c in e.candidates],
    }
    if e.hand_votes:
        d["hand_votes"] = hand_votes_doc(e.hand_votes)
    if e.propose is not None:
        d["propose"] = e.propose
    if e.withdrawals:
        d["withdrawals"] = [withdrawal_dict(w) for w in e.withdrawals]
    if e.pause is not None:
        d["pause"] = pause_dict(e.pause)
    return d


def hand_votes_doc(votes: tuple[HandVote, ...]) -> list[dict[str, Any]]:
    """Show-of-hands votes as the election file writes them."""
    return [{"topic": v.topic.value, "agree": v.agree, "disagree": v.disagree, "abstain": v.abstain} for v in votes]


#: Parameters added later: written only when they differ from the default, so that earlier fingerprints stay.
_ADDED_PARAMETERS = ("nomination_over_limit_invalid", "nomination_outside_pool_invalid", "withdrawal_majority_of")


def parameters_dict(p: Parameters) -> dict[str, Any]:
    """The congress's own parameters."""
    d: dict[str, Any] = {
        "surplus_cap": str(p.surplus_cap),
        "surplus_rounding": p.surplus_rounding,
        "small_body_cap": p.small_body_cap,
        "opinion_threshold": str(p.opinion_threshold),
        "tie_break_needs_majority": p.tie_break_needs_majority,
    }
    default = Parameters()
    for key in _ADDED_PARAMETERS:
        if getattr(p, key) != getattr(default, key):
            d[key] = getattr(p, key)
    return d


def canonical(doc: Any) -> bytes:
    """Sorted keys, no spaces, UTF-8: the bytes a fingerprint is taken of."""
    return json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def fingerprint(data: ElectionData, election: Election, rnd: Round) -> str:
    """SHA-256 of everything the round's result follows from: rules, electorate, list and ballots."""
    doc = {
        "ruleset": data.ruleset,
        "parameters": None if data.parameters is None else parameters_dict(data.parameters),
        "electorate": electorate_dict(election.electorate or data.congress.electorate),
        "attending": data.congress.attending,
        "election": {k: v for k, v in election_dict(election).items() if k != "candidates"},
        "candidates": [candidate_dict(c) for c in _on_ballot(election, rnd)],
        "round": round_dict(rnd),
    }
    return hashlib.sha256(canonical(doc)).hexdigest()


def _on_ballot(election: Election, rnd: Round) -> list[Candidate]:
    """The round's candidates in ballot order."""
    by_no = {c.no: c for c in election.candidates}
    return [by_no[no] for no in rnd.candidates]


def document(
    data: ElectionData, seals: dict[tuple[str, int], Seal] | None = None, log_hash: str = ""
) -> dict[str, Any]:
    """The whole election file."""
    seals = seals or {}
    elections = []
    for e in data.elections:
        ed = election_dict(e)
        rounds = []
        for r in e.rounds:
            rd = round_dict(r)
            seal = seals.get((e.id, r.number))
            if seal is not None:
                rd["final"] = {"fingerprint": seal.fingerprint, "at": seal.at, "by": seal.by}
            rounds.append(rd)
        ed["rounds"] = rounds
        elections.append(ed)
    doc: dict[str, Any] = {"format": FORMAT, "ruleset": data.ruleset, "congress": congress_dict(data.congress)}
    if data.parameters is not None:
        doc["parameters"] = parameters_dict(data.parameters)
    doc["elections"] = elections
    if log_hash:
        doc["log_hash"] = log_hash
    return doc


def dumps(data: ElectionData, seals: dict[tuple[str, int], Seal] | None = None, log_hash: str = "") -> str:
    """The election file as indented UTF-8 JSON text."""
    return json.dumps(document(data, seals, log_hash), ensure_ascii=False, indent=1) + "\n"
