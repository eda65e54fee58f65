"""Requests to withdraw from an election's list (xin rút): the presidium's proposal, the congress's vote, the list
that follows (RULES.md §4; ballot.withdrawal decides each request)."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import select

from app import guards
from app.db import Actor, Database
from app.errors import Refused
from app.record.events import WithdrawalsSet
from app.storage import queries
from app.storage.rows import RoundRow
from ballot.election import attending_for, withdrawn
from ballot.model import Election, ElectionData, Round, Withdrawal
from ballot.text import nfc


def target_round(election: Election, has_entries: bool) -> int:
    """The round whose list a request recorded now changes: the last round while it has no ballot, else the next."""
    last = election.rounds[-1].number if election.rounds else 1
    return last + 1 if has_entries else last


def set_withdrawals(db: Database, actor: Actor, election_id: str, requests: tuple[Withdrawal, ...]) -> None:
    """Records the election's requests to withdraw, each with the presidium's proposal and the congress's vote.

    A name allowed to withdraw leaves the open round's list at once (while that round has no ballot); a request
    for a round that has ballots cannot change, and none can once a round of the election is finalized (its
    minutes quote the requests).
    """
    requests = tuple(replace(w, reason=nfc(w.reason).strip()) for w in requests)
    with db.writing(actor) as tx:
        s = tx.orm
        guards.election_row(s, election_id)
        sealed = s.scalar(
            select(RoundRow.number)
            .where(RoundRow.election_id == election_id, RoundRow.fingerprint.is_not(None))
            .limit(1)
        )
        if sealed is not None:
            raise Refused("election.finalized", {"election": election_id}, "withdrawals")
        data = queries.election_data(s)
        election = data.election(election_id)
        entries = bool(election.rounds and (election.rounds[-1].ballots or election.rounds[-1].subtotals))
        _check(data, election, requests, target_round(election, entries))
        new = replace(election, withdrawals=requests)
        tx.append(WithdrawalsSet(election_id, requests, _open_round(data, election, new, entries)))


def _check(data: ElectionData, election: Election, requests: tuple[Withdrawal, ...], target: int) -> None:
    known = {c.no for c in election.candidates}
    seen: set[tuple[int, int]] = set()
    attending = attending_for(data, election)
    before = set(election.withdrawals)
    for i, w in enumerate(requests):
        here = f"withdrawals[{i}]"
        if w.no not in known:
            raise Refused("withdrawal.not_on_list", {"no": w.no}, f"{here}.no")
        if (w.no, w.round) in seen:
            raise Refused("withdrawal.twice", {"no": w.no}, here)
        seen.add((w.no, w.round))
        if min(w.agree or 0, w.disagree, w.abstain) < 0:
            raise Refused("input.negative", {}, here)
        votes = (w.agree or 0) + w.disagree + w.abstain
        if votes > attending:
            raise Refused("withdrawal.votes_over", {"votes": votes, "attending": attending}, here)
    for i, w in enumerate(requests):
        if w not in before and w.round != target:
            raise Refused("withdrawal.round_closed", {"round": w.round, "open": target}, f"withdrawals[{i}].round")
    for w in before - set(requests):
        if w.round < target:
            raise Refused("withdrawal.round_closed", {"round": w.round, "open": target}, "withdrawals")


def _open_round(data: ElectionData, old: Election, new: Election, entries: bool) -> Round | None:
    """The last round's header with its list after the requests allowed, when it has no ballot and its list changes.

    Round 1's list is the election's list but those allowed to withdraw; a later round keeps the list the congress
    decided, less those allowed to withdraw from it.
    """
    if entries or not old.rounds:
        return None
    rnd = old.rounds[-1]
    gone = withdrawn(data, new, rnd.number)
    if rnd.number == 1:
        listed = tuple(c.no for c in new.candidates if c.no not in gone)
    else:
        listed = tuple(no for no in rnd.candidates if no not in gone)
    if listed == rnd.candidates:
        return None
    return replace(rnd, candidates=listed, ballots=(), subtotals=())
