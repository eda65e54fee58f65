"""Projections of entered ballots and team subtotals onto the ballot and subtotal tables.

`ballot_row` is the one way a ballot row is made: the general path and the SQLite fast path both project a
`BallotRecorded` through `recorded` (on their own connection), with the same INSERT text.
"""

from __future__ import annotations

from app.record.codec import ballot_text, subtotal_text
from app.record.events import BallotCorrected, BallotRecorded, SubtotalRecorded, SubtotalVoided
from app.record.kinds import EntryStatus, StackKind, StackState
from app.record.projection import Envelope, Projection, ProjectionFault, Row, projects
from ballot.model import Ballot

#: The round a ballot goes into: sealed?, removed?, and the last entry number so far.
ROUND = (
    "SELECT r.fingerprint, e.removed, (SELECT coalesce(max(seq), 0) FROM ballot"
    " WHERE election_id = :e AND round_no = :n) FROM round AS r JOIN election AS e ON e.id = r.election_id"
    " WHERE r.election_id = :e AND r.number = :n"
)


_CURRENT = EntryStatus.CURRENT.value


def ballot_row(seq: int, election_id: str, round_no: int, entry: int, b: Ballot) -> Row:
    """A current ballot row: its id is the seq of the record that wrote it."""
    return {
        "id": seq,
        "election_id": election_id,
        "round_no": round_no,
        "seq": entry,
        "content": ballot_text(b),
        "count": b.count,
        "team": b.team,
        "status": _CURRENT,
        "changed_by": None,
        "reason": None,
    }


def open_round(p: Projection, election_id: str, round_no: int) -> int:
    """The round must exist, in an election not removed, and not be finalized; its last entry number."""
    found = p.known_rounds.pop((election_id, round_no), None) or p.sql.one(ROUND, {"e": election_id, "n": round_no})
    if found is None:
        raise ProjectionFault("projection.no_row", table="round", key=f"election_id={election_id}, number={round_no}")
    fingerprint, removed, top = found
    if removed is not None:
        raise ProjectionFault("projection.removed", election=election_id)
    if fingerprint is not None:
        raise ProjectionFault("projection.round_final", election=election_id, round=round_no)
    return int(top)


def definitive_stack(p: Projection, stack_id: int, kind: StackKind, election_id: str, round_no: int) -> Row:
    """The definitive stack of this kind and round that a promoted entry names."""
    st = p.need("stack", stack_id)
    if (st["kind"], st["state"], st["election_id"], st["round_no"]) != (
        kind,
        StackState.DEFINITIVE,
        election_id,
        round_no,
    ):
        raise ProjectionFault("projection.stack_not_definitive", stack=stack_id)
    return st


@projects(BallotRecorded)
def recorded(p: Projection, env: Envelope, ev: BallotRecorded) -> None:
    """A current ballot, entry number `seq` = the round's next; from a stack, the stack's next definitive item."""
    top = open_round(p, ev.election, ev.round)
    if ev.seq != top + 1:
        raise ProjectionFault("projection.ballot_seq", seq=ev.seq, expected=top + 1)
    if ev.stack is not None:
        st = definitive_stack(p, ev.stack, StackKind.BALLOTS, ev.election, ev.round)
        if ev.ballot.team != st["team"]:
            raise ProjectionFault("projection.stack_team", stack=ev.stack)
        p.promoted(ev.stack, (ballot_text(ev.ballot), ev.ballot.count))
    if ev.scan is not None:
        from app.record.projections.scans import counted

        page = p.need("scan_page", ev.scan)
        if (page["election_id"], page["round_no"]) != (ev.election, ev.round):
            raise ProjectionFault("projection.scan_counted", page=ev.scan)
        counted(p, env, ev.scan, ev.ballot, None, None)
    p.insert("ballot", ballot_row(env.seq, ev.election, ev.round, ev.seq, ev.ballot), env.seq)


@projects(BallotCorrected)
def corrected(p: Projection, env: Envelope, ev: BallotCorrected) -> None:
    """The old row superseded (or voided) with who and why; the replacement takes its entry number."""
    old = p.need("ballot", ev.ballot)
    if old["status"] != EntryStatus.CURRENT:
        raise ProjectionFault("projection.not_current", table="ballot", id=ev.ballot)
    open_round(p, old["election_id"], old["round_no"])
    status = EntryStatus.VOIDED if ev.replacement is None else EntryStatus.SUPERSEDED
    p.update("ballot", (ev.ballot,), {"status": status.value, "changed_by": env.seq, "reason": ev.reason}, env.seq)
    if ev.replacement is not None:
        row = ballot_row(env.seq, old["election_id"], old["round_no"], old["seq"], ev.replacement)
        p.insert("ballot", row, env.seq)


@projects(SubtotalRecorded)
def subtotal(p: Projection, env: Envelope, ev: SubtotalRecorded) -> None:
    """A current subtotal; from a stack, the stack's definitive sheet."""
    open_round(p, ev.election, ev.round)
    content = subtotal_text(ev.subtotal)
    if ev.stack is not None:
        st = definitive_stack(p, ev.stack, StackKind.SUBTOTAL, ev.election, ev.round)
        if ev.subtotal.team != st["team"]:
            raise ProjectionFault("projection.stack_team", stack=ev.stack)
        p.promoted(ev.stack, (content, 1))
    row = {
        "id": env.seq,
        "election_id": ev.election,
        "round_no": ev.round,
        "content": content,
        "status": _CURRENT,
        "changed_by": None,
        "reason": None,
    }
    p.insert("subtotal", row, env.seq)


@projects(SubtotalVoided)
def subtotal_voided(p: Projection, env: Envelope, ev: SubtotalVoided) -> None:
    """The subtotal voided with who and why."""
    row = p.need("subtotal", ev.subtotal)
    if row["status"] != EntryStatus.CURRENT:
        raise ProjectionFault("projection.not_current", table="subtotal", id=ev.subtotal)
    open_round(p, row["election_id"], row["round_no"])
    values = {"status": EntryStatus.VOIDED.value, "changed_by": env.seq, "reason": ev.reason}
    p.update("subtotal", (ev.subtotal,), values, env.seq)
