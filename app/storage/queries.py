"""Reading the projection back as `ballot` values."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.record.codec import ballot_from_text
from app.record.kinds import EntryStatus
from app.storage.errors import CorruptError
from app.storage.rows import BallotRow, CandidateRow, CongressRow, ElectionRow, RoundRow, SubtotalRow
from ballot.model import Ballot, Candidate, Election, ElectionData, Subtotal

Key = tuple[str, int]


def congress_or_none(s: Session) -> CongressRow | None:
    """The one congress row, if there is one."""
    return s.get(CongressRow, 1)


def congress_row(s: Session) -> CongressRow:
    """The one congress row; a database without it is not a usable congress database."""
    row = s.get(CongressRow, 1)
    if row is None:
        raise CorruptError("storage.no_congress")
    return row


def current_ballots(s: Session) -> dict[Key, list[Ballot]]:
    """Every current ballot, per round, in entry order."""
    out: dict[Key, list[Ballot]] = defaultdict(list)
    q = (
        select(
            BallotRow.id, BallotRow.election_id, BallotRow.round_no, BallotRow.content, BallotRow.count, BallotRow.team
        )
        .where(BallotRow.status == EntryStatus.CURRENT.value)
        .order_by(BallotRow.election_id, BallotRow.round_no, BallotRow.seq, BallotRow.id)
    )
    for bid, eid, rno, content, count, team in s.execute(q):  # plain rows: a few times faster than entities
        out[(eid, rno)].append(ballot_from_text(content, count, team, f"ballot[{bid}]"))
    return out


def current_subtotals(s: Session) -> dict[Key, list[Subtotal]]:
    """Every current subtotal, per round, in entry order."""
    out: dict[Key, list[Subtotal]] = defaultdict(list)
    q = select(SubtotalRow).where(SubtotalRow.status == EntryStatus.CURRENT.value).order_by(SubtotalRow.id)
    for row in s.scalars(q):
        out[(row.election_id, row.round_no)].append(row.to_domain())
    return out


def elections(s: Session, with_ballots: bool = True) -> tuple[Election, ...]:
    """The elections not removed, in order, with their candidates and rounds."""
    cands: dict[str, list[Candidate]] = defaultdict(list)
    for c in s.scalars(select(CandidateRow).order_by(CandidateRow.election_id, CandidateRow.position)):
        cands[c.election_id].append(c.to_domain())
    ballots = current_ballots(s) if with_ballots else {}
    subtotals = current_subtotals(s) if with_ballots else {}
    rounds = defaultdict(list)
    for r in s.scalars(select(RoundRow).order_by(RoundRow.election_id, RoundRow.number)):
        key = (r.election_id, r.number)
        rounds[r.election_id].append(r.to_domain(tuple(ballots.get(key, ())), tuple(subtotals.get(key, ()))))
    rows = s.scalars(select(ElectionRow).where(ElectionRow.removed.is_(None)).order_by(ElectionRow.position))
    return tuple(e.to_domain(tuple(cands[e.id]), tuple(rounds[e.id])) for e in rows)


def election_data(s: Session, with_ballots: bool = True) -> ElectionData:
    """The whole congress with every round's current ballots."""
    c = congress_row(s)
    return ElectionData(c.ruleset, c.to_domain(), elections(s, with_ballots), c.parameters_domain())


def seals(s: Session) -> dict[Key, RoundRow]:
    """Each finalized round's row (fingerprint, when, by whom, the result)."""
    rows = s.scalars(select(RoundRow).where(RoundRow.fingerprint.is_not(None)))
    return {(r.election_id, r.number): r for r in rows}
