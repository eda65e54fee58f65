"""Elections and their lists: added, changed before any ballot, removed, the congress's show-of-hands votes."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import func, select

from app import guards
from app.checks import check_election, need_reason
from app.db import Actor, Database
from app.errors import Refused
from app.record.events import ElectionAdded, ElectionRemoved, ElectionUpdated, HandVotesSet
from app.storage import queries
from app.storage.rows import ElectionRow, RoundRow
from ballot.election import same_person, withdrawn
from ballot.model import Election, HandVote, Round, Withdrawal


def first_round(election: Election, gone: frozenset[int] = frozenset()) -> Round:
    """Round 1: the election's seats and its list but those allowed to withdraw, counts 0."""
    return Round(1, election.seats, tuple(c.no for c in election.candidates if c.no not in gone), 0, 0)


def add(db: Database, actor: Actor, election: Election) -> None:
    """A new election with round 1: its seats, all its candidates, counts 0."""
    add_all(db, actor, (election,))


def add_all(db: Database, actor: Actor, new: tuple[Election, ...]) -> None:
    """New elections in this order, in one transaction (a congress's proposed sequence): all or none."""
    checked = tuple(check_election(e) for e in new)
    ids = [e.id for e in checked]
    if len(set(ids)) != len(ids):
        twice = next(i for i in ids if ids.count(i) > 1)
        raise Refused("election.exists", {"election": twice}, "election.id")
    with db.writing(actor) as tx:
        s = tx.orm
        position = s.scalar(select(func.max(ElectionRow.position))) or 0
        data = queries.election_data(s, with_ballots=False)
        for e in checked:
            if s.get(ElectionRow, e.id) is not None:
                raise Refused("election.exists", {"election": e.id}, "election.id")
            position += 1
            tx.append(ElectionAdded(e, position, first_round(e, withdrawn(data, e))))


def update(db: Database, actor: Actor, election: Election) -> None:
    """Title, body, seats, candidates, pool, surplus; refused once a ballot is entered.

    The election's withdrawals and pause are kept as recorded (their own actions change them); a withdrawal
    follows its person when the list is reordered, and a person with a recorded request cannot leave the list.
    """
    election = check_election(election)
    with db.writing(actor) as tx:
        s = tx.orm
        row = guards.election_row(s, election.id)
        if guards.has_entries(s, election.id) or guards.round_count(s, election.id) > 1:
            raise Refused("election.has_ballots", {"election": election.id}, "election")
        rr = guards.open_round_row(s, election.id, 1)
        data = queries.election_data(s, with_ballots=False)
        stored = data.election(election.id)
        election = replace(
            election, withdrawals=_follow(stored, election), pause=stored.pause, hand_votes=stored.hand_votes
        )
        rnd = replace(
            first_round(election, withdrawn(data, election)),
            ballots_issued=rr.ballots_issued,
            ballots_collected=rr.ballots_collected,
            present=rr.present,
        )
        tx.append(ElectionUpdated(election, row.position, rnd))


def _follow(stored: Election, new: Election) -> tuple[Withdrawal, ...]:
    """The stored requests renumbered to their person's number on the new list."""
    out = []
    for w in stored.withdrawals:
        person = stored.candidate(w.no)
        match = next((c for c in new.candidates if same_person(c, person)), None)
        if match is None:
            raise Refused("withdrawal.person_removed", {"name": person.name}, "election.candidates")
        out.append(replace(w, no=match.no))
    return tuple(out)


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
