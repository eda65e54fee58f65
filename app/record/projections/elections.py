"""Projections of elections and rounds onto the election, candidate and round tables."""

from __future__ import annotations

from typing import Any

from app.record.canonical import dumps
from app.record.codec import (
    candidates_text,
    decision_text,
    electorate_text,
    hand_votes_text,
    head_choice_text,
    pause_text,
    withdrawals_text,
)
from app.record.events import (
    ElectionAdded,
    ElectionRemoved,
    ElectionUpdated,
    HandVotesSet,
    RoundCountsSet,
    RoundFinalized,
    RoundReopened,
    RoundSealed,
    RoundStarted,
)
from app.record.projection import Envelope, Projection, ProjectionFault, Row, projects
from ballot.model import Candidate, Election, Round

CANDIDATES = "SELECT no, position, name, note FROM candidate WHERE election_id = :e ORDER BY position"
COUNTS = ("ballots_issued", "ballots_collected", "present")


def election_columns(e: Election, position: int) -> dict[str, Any]:
    """The election table's columns (not `removed`)."""
    return {
        "id": e.id,
        "position": position,
        "title": e.title,
        "body": e.body.value,
        "kind": e.kind.value,
        "seats": e.seats,
        "electorate": None if e.electorate is None else electorate_text(e.electorate),
        "pool_election": None if e.candidate_pool is None else e.candidate_pool.election,
        "pool_take": None if e.candidate_pool is None else e.candidate_pool.take.value,
        "max_surplus": e.max_surplus,
        "hand_votes": hand_votes_text(e.hand_votes),
        "propose": e.propose,
        "withdrawals": withdrawals_text(e.withdrawals),
        "pause": pause_text(e.pause),
    }


def round_columns(election_id: str, r: Round) -> dict[str, Any]:
    """The round table's header columns (not the seal)."""
    return {
        "election_id": election_id,
        "number": r.number,
        "seats": r.seats,
        "candidates": candidates_text(r.candidates),
        "ballots_issued": r.ballots_issued,
        "ballots_collected": r.ballots_collected,
        "present": r.present,
        "purpose": r.purpose.value,
        "tie_break_needs_majority": int(r.tie_break_needs_majority),
        "decision": decision_text(r.decision),
        "head_choice": head_choice_text(r.head_choice),
    }


SEAL = {
    "fingerprint": None,
    "finalized_at": None,
    "finalized_by": None,
    "votes": None,
    "seal_key": None,
    "seal_signature": None,
}


def _candidate(election_id: str, position: int, c: Candidate) -> Row:
    return {"election_id": election_id, "no": c.no, "position": position, "name": c.name, "note": c.note}


def election(p: Projection, election_id: str) -> Row:
    """The election's row, which must exist and not be removed."""
    row = p.need("election", election_id)
    if row["removed"] is not None:
        raise ProjectionFault("projection.removed", election=election_id)
    return row


def round_row(p: Projection, election_id: str, number: int, open_: bool | None = None) -> Row:
    """The round's row; `open_` True/False: it must (not) be finalized."""
    row = p.need("round", election_id, number)
    if open_ is not None and (row["fingerprint"] is None) != open_:
        raise ProjectionFault(
            "projection.round_open" if row["fingerprint"] is None else "projection.round_final",
            election=election_id,
            round=number,
        )
    return row


@projects(ElectionAdded)
def added(p: Projection, env: Envelope, ev: ElectionAdded) -> None:
    """The election, its candidates in list order, its round 1."""
    e = ev.election
    if p.get("election", e.id) is not None:
        raise ProjectionFault("projection.election_exists", election=e.id)
    if ev.round.number != 1:
        raise ProjectionFault("projection.round_number", election=e.id, round=ev.round.number)
    p.insert("election", {**election_columns(e, ev.position), "removed": None}, env.seq)
    for i, c in enumerate(e.candidates, 1):
        p.insert("candidate", _candidate(e.id, i, c), env.seq)
    p.insert("round", {**round_columns(e.id, ev.round), **SEAL}, env.seq)


@projects(ElectionUpdated)
def updated(p: Projection, env: Envelope, ev: ElectionUpdated) -> None:
    """The election's fields, its whole list replaced, its round 1's header."""
    e = ev.election
    election(p, e.id)
    round_row(p, e.id, ev.round.number, open_=True)
    p.update("election", (e.id,), {k: v for k, v in election_columns(e, ev.position).items() if k != "id"}, env.seq)
    for row in p.sql.all(CANDIDATES, {"e": e.id}):
        p.delete("candidate", (e.id, row[0]))
    for i, c in enumerate(e.candidates, 1):
        p.insert("candidate", _candidate(e.id, i, c), env.seq)
    header = round_columns(e.id, ev.round)
    p.update(
        "round",
        (e.id, ev.round.number),
        {k: v for k, v in header.items() if k not in ("election_id", "number")},
        env.seq,
    )


@projects(ElectionRemoved)
def removed(p: Projection, env: Envelope, ev: ElectionRemoved) -> None:
    """Marked removed, with the reason."""
    election(p, ev.election)
    p.update("election", (ev.election,), {"removed": ev.reason}, env.seq)


@projects(HandVotesSet)
def hand_votes(p: Projection, env: Envelope, ev: HandVotesSet) -> None:
    """The show-of-hands votes."""
    election(p, ev.election)
    p.update("election", (ev.election,), {"hand_votes": hand_votes_text(ev.hand_votes)}, env.seq)


@projects(RoundStarted)
def started(p: Projection, env: Envelope, ev: RoundStarted) -> None:
    """The new names added to the list (in list order) and the round's header."""
    election(p, ev.election)
    if p.get("round", ev.election, ev.round.number) is not None:
        raise ProjectionFault("projection.round_exists", election=ev.election, round=ev.round.number)
    known = {int(no): (int(pos), name, note) for no, pos, name, note in p.sql.all(CANDIDATES, {"e": ev.election})}
    for i, c in enumerate(ev.candidates, 1):
        if c.no not in known:
            p.insert("candidate", _candidate(ev.election, i, c), env.seq)
        elif known[c.no] != (i, c.name, c.note):
            raise ProjectionFault("projection.candidate", election=ev.election, no=c.no)
    p.insert("round", {**round_columns(ev.election, ev.round), **SEAL}, env.seq)


@projects(RoundCountsSet)
def counts(p: Projection, env: Envelope, ev: RoundCountsSet) -> None:
    """Ballots issued, collected and present; the rest of the header the record carries must be the round's."""
    election(p, ev.election)
    row = round_row(p, ev.election, ev.round.number, open_=True)
    header = round_columns(ev.election, ev.round)
    for k, v in header.items():
        if k not in COUNTS and row[k] != v:
            raise ProjectionFault("projection.round_header", election=ev.election, round=ev.round.number, column=k)
    p.update("round", (ev.election, ev.round.number), {k: header[k] for k in COUNTS}, env.seq)


@projects(RoundFinalized, RoundSealed)
def finalized(p: Projection, env: Envelope, ev: RoundFinalized | RoundSealed) -> None:
    """The seal: fingerprint, when (the record's time, or the file's), by whom, the result, and (from
    `round.finalize@2` on) the head's signature of the seal."""
    election(p, ev.election)
    round_row(p, ev.election, ev.round, open_=True)
    signed = ev if isinstance(ev, RoundSealed) else None
    seal = {
        "fingerprint": ev.fingerprint,
        "finalized_at": ev.at or env.at,
        "finalized_by": ev.by,
        "votes": dumps(ev.result.doc()),
        "seal_key": None if signed is None else signed.key,
        "seal_signature": None if signed is None else signed.signature,
    }
    p.update("round", (ev.election, ev.round), seal, env.seq)


@projects(RoundReopened)
def reopened(p: Projection, env: Envelope, ev: RoundReopened) -> None:
    """The seal taken off."""
    election(p, ev.election)
    round_row(p, ev.election, ev.round, open_=False)
    p.update("round", (ev.election, ev.round), SEAL, env.seq)
