"""Elections and their lists: added, changed before any ballot, removed, the congress's show-of-hands votes."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import func, select

from app import guards
from app.checks import check_election, need_reason
from app.db import Actor, Database
from app.errors import Refused
from app.record.events import ElectionAdded, ElectionRemoved, ElectionUpdated, HandVotesSet
from app.storage.rows import ElectionRow, RoundRow
from ballot.model import Election, HandVote, Round


def first_round(election: Election) -> Round:
    """Round 1: the election's seats and whole list, counts 0."""
    return Round(1, election.seats, tuple(c.no for c in election.candidates), 0, 0)


def add(db: Database, actor: Actor, election: Election) -> None:
    """A new election with round 1: its seats, all its candidates, counts 0."""
    election = check_election(election)
    with db.writing(actor) as tx:
        s = tx.orm
        if s.get(ElectionRow, election.id) is not None:
            raise Refused("election.exists", {"election": election.id}, "election.id")
        position = (s.scalar(select(func.max(ElectionRow.position))) or 0) + 1
        tx.append(ElectionAdded(election, position, first_round(election)))


def update(db: Database, actor: Actor, election: Election) -> None:
    """Title, body, seats, candidates, pool, surplus; refused once a ballot is entered."""
    election = check_election(election)
    with db.writing(actor) as tx:
        s = tx.orm
        row = guards.election_row(s, election.id)
        if guards.has_entries(s, election.id) or guards.round_count(s, election.id) > 1:
            raise Refused("election.has_ballots", {"election": election.id}, "election")
        rr = guards.open_round_row(s, election.id, 1)
        rnd = replace(
            first_round(election),
            ballots_issued=rr.ballots_issued,
            ballots_collected=rr.ballots_collected,
            present=rr.present,
        )
        tx.append(ElectionUpdated(election, row.position, rnd))


def remove(db: Database, actor: Actor, election_id: str, reason: str) -> None:
    """Marks an election removed (kept, logged); only while it has no ballots and no other election draws on it."""
    reason = need_reason(reason)
    with db.writing(actor) as tx:
        s = tx.orm
        guards.election_row(s, election_id)
        if guards.has_entries(s, election_id):
            raise Refused("election.has_ballots", {"election": election_id}, "election")
        users = s.scalars(
            select(ElectionRow.id).where(ElectionRow.pool_election == election_id, ElectionRow.removed.is_(None))
        ).all()
        if users:
            raise Refused("election.used_as_pool", {"election": election_id, "users": ", ".join(users)}, "election")
        tx.append(ElectionRemoved(election_id, reason))


def set_hand_votes(db: Database, actor: Actor, election_id: str, votes: tuple[HandVote, ...]) -> None:
    """The congress's show-of-hands votes on the seats and the list (quoted in the minutes); not once finalized."""
    if any(min(v.agree, v.disagree, v.abstain) < 0 for v in votes):
        raise Refused("input.negative", {}, "hand_votes")
    if len({v.topic for v in votes}) != len(votes):
        raise Refused("election.hand_vote_twice", {}, "hand_votes")
    with db.writing(actor) as tx:
        s = tx.orm
        guards.election_row(s, election_id)
        sealed = s.scalar(
            select(func.count())
            .select_from(RoundRow)
            .where(RoundRow.election_id == election_id, RoundRow.fingerprint.is_not(None))
        )
        if sealed:
            raise Refused("election.finalized", {"election": election_id}, "hand_votes")
        tx.append(HandVotesSet(election_id, votes))
