"""Entering ballots and team subtotals, correcting and voiding them. Nothing is deleted: a correction
supersedes, a void marks, each with who, when and why.

A ballot save is the hot path: on SQLite its transaction runs on the connection kept for ballot saves
(`Database.ballot_writing`) — the same check, the same record and the same projection as anywhere else.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from functools import lru_cache

from sqlalchemy import select

from app import guards, reports
from app.checks import check_ballot, check_subtotal, need_reason, nfc_ballot, paper_form
from app.db import Actor, Database
from app.errors import Refused
from app.record.codec import subtotal_from_text
from app.record.events import BallotCorrected, BallotRecorded, SubtotalRecorded, SubtotalVoided
from app.record.kinds import EntryStatus
from app.record.log import Tx, head_of
from app.reports import StoredBallot
from app.storage import queries
from app.storage.rows import BallotRow, LogRow, SubtotalRow
from app.texts import Phrase, text
from ballot.model import Ballot, Form, Round, StruckBallot, Subtotal
from ballot.validity import ballot_fault

#: The round a ballot goes into, the paper's shape, the entry mode and the last entry number, in one query.
PROBE = (
    "SELECT r.fingerprint, r.candidates, r.seats, e.kind, e.removed, (SELECT entry_mode FROM congress WHERE id = 1),"
    " (SELECT coalesce(max(seq), 0) FROM ballot WHERE election_id = :e AND round_no = :n), h.seq, h.hash, h.at"
    " FROM round AS r JOIN election AS e ON r.election_id = e.id"
    " LEFT JOIN (SELECT seq, hash, at FROM log ORDER BY seq DESC LIMIT 1) AS h ON 1 = 1"
    " WHERE r.election_id = :e AND r.number = :n"
)
ELECTION = "SELECT removed FROM election WHERE id = :e"
#: What a round can hold and what it holds so far (asked only for a stack of several ballots).
ROOM = (
    "SELECT r.ballots_collected, r.present, (SELECT attending FROM congress WHERE id = 1),"
    " (SELECT coalesce(sum(count), 0) FROM ballot WHERE election_id = :e AND round_no = :n AND status = 'current')"
    " FROM round AS r WHERE r.election_id = :e AND r.number = :n"
)
SHEETS = "SELECT content FROM subtotal WHERE election_id = :e AND round_no = :n AND status = 'current'"


class Limit(enum.StrEnum):
    """What bounds the ballots of a round: those collected, else those present at the vote, else those
    attending the congress."""

    COLLECTED = "collected"
    PRESENT = "present"
    ATTENDING = "attending"


@dataclass(frozen=True, slots=True)
class Room:
    """How many ballots a round can hold, and which count says so."""

    limit: int
    by: Limit


def room(collected: int, present: int | None, attending: int) -> Room | None:
    """The round's bound: ballots collected; before they are entered, those present at the vote; else those
    attending the congress; None when none is known."""
    for value, by in ((collected, Limit.COLLECTED), (present or 0, Limit.PRESENT), (attending, Limit.ATTENDING)):
        if value > 0:
            return Room(value, by)
    return None


def stack_refusal(count: int, counted: int, bound: Room | None) -> Refused | None:
    """A stack of identical ballots that would take the round past its bound, refused with the numbers (a single
    ballot is never refused here: E102 reports a count that does not match)."""
    if count <= 1 or bound is None or counted + count <= bound.limit:
        return None
    params = {
        "count": count,
        "counted": counted,
        "total": counted + count,
        "limit": bound.limit,
        "by": Phrase(f"entry.limit.{bound.by}"),
    }
    return Refused("entry.stack_over", params, "ballot.count")


def _check_room(tx: Tx, election_id: str, round_no: int, count: int) -> None:
    found = tx.sql.one(ROOM, {"e": election_id, "n": round_no})
    assert found is not None  # the round was just found by PROBE
    collected, present, attending, counted = found
    counted = int(counted) + sum(
        subtotal_from_text(content, "subtotal").ballots
        for (content,) in tx.sql.all(SHEETS, {"e": election_id, "n": round_no})
    )
    refusal = stack_refusal(count, counted, room(int(collected), present, int(attending)))
    if refusal is not None:
        raise refusal


@lru_cache(maxsize=64)
def _paper(candidates: str, seats: int, kind: str) -> tuple[Round, frozenset[int], Form]:
    """The round's list and seats, enough to check a ballot against, its numbers as a set, and its paper's form
    (kept: a round's list is read from the database at every save)."""
    listed = tuple(int(x) for x in candidates.split(",")) if candidates else ()
    shape = Round(1, seats, listed, 0, 0)
    return shape, frozenset(listed), paper_form(shape, kind)


def _refuse_direct(mode: object) -> None:
    if mode != 1:
        raise Refused("entry.use_stacks", {}, "entry_mode")


def record_ballot(db: Database, actor: Actor, election_id: str, round_no: int, ballot: Ballot) -> int:
    """Records one paper ballot (or a stack of identical ones); durable when it returns; its id."""
    ballot = nfc_ballot(ballot) if ballot.team is not None else ballot
    with db.ballot_writing(actor) as tx:
        key = ("round", election_id, round_no)
        probe = None if tx.memo is None else tx.memo.get(key)  # what the last save here left, if still so
        if probe is None:
            probe = tx.sql.one(PROBE, {"e": election_id, "n": round_no})
        if probe is None or probe[4] is not None:
            raise _not_there(tx, election_id, round_no)
        fingerprint, candidates, seats, kind, _, mode, top, head_seq, head_hash, head_at = probe
        tx.knows_head(head_of((head_seq, head_hash, head_at)))
        if fingerprint is not None:
            raise Refused("round.finalized", {"election": election_id, "round": round_no}, "round")
        if mode != 1:
            _refuse_direct(mode)
        shape, listed, form = _paper(candidates, seats, kind)
        if not listed or type(ballot) is not StruckBallot or ballot_fault(ballot, shape, form, listed) is not None:
            check_ballot(ballot, shape, kind, on_list=listed)  # the general check, which says why
        if ballot.count > 1:
            _check_room(tx, election_id, round_no, ballot.count)
        tx.projection.known_rounds[(election_id, round_no)] = (fingerprint, None, int(top))  # read just now
        env = tx.append(BallotRecorded(election_id, round_no, int(top) + 1, ballot))
        if tx.memo is not None:  # the round as this record leaves it, for the next save if nothing else is written
            tx.memo[key] = (*probe[:6], int(top) + 1, env.seq, env.hash, env.at)
        return env.seq


def _not_there(tx: Tx, election_id: str, round_no: int) -> Refused:
    e = tx.sql.one(ELECTION, {"e": election_id})
    if e is None or e[0] is not None:
        return Refused("election.not_found", {"election": election_id}, "election")
    return Refused("round.not_found", {"election": election_id, "round": round_no}, "round")


def correct_ballot(db: Database, actor: Actor, ballot_id: int, replacement: Ballot | None, reason: str) -> int | None:
    """Supersedes a ballot by a new reading (or voids it: None); the new ballot's id."""
    reason = need_reason(reason)
    replacement = None if replacement is None else nfc_ballot(replacement)
    with db.writing(actor) as tx:
        s = tx.orm
        old = s.get(BallotRow, ballot_id)
        if old is None:
            raise Refused("ballot.not_found", {"ballot": ballot_id}, "ballot")
        if old.status != EntryStatus.CURRENT:
            raise Refused("ballot.not_current", {"ballot": ballot_id}, "ballot")
        rr = guards.open_round_row(s, old.election_id, old.round_no)
        if replacement is not None:
            check_ballot(replacement, rr.to_domain(), guards.election_row(s, old.election_id).kind, "replacement")
        env = tx.append(BallotCorrected(ballot_id, reason, replacement))
        return None if replacement is None else env.seq


def last_ballot(db: Database, actor: Actor, election_id: str, round_no: int) -> StoredBallot | None:
    """This operator's last current ballot of the round at this station (what Ctrl+Z would take back)."""
    with db.reading() as s:
        last = s.scalar(
            select(BallotRow.id)
            .join(LogRow, LogRow.seq == BallotRow.id)
            .where(
                BallotRow.election_id == election_id,
                BallotRow.round_no == round_no,
                BallotRow.status == EntryStatus.CURRENT.value,
                LogRow.operator == actor.operator,
                LogRow.station == actor.station,
            )
            .order_by(BallotRow.id.desc())
            .limit(1)
        )
    if last is None:
        return None
    return next(b for b in reports.entries(db, election_id, round_no) if b.id == last)


def undo_last_ballot(db: Database, actor: Actor, election_id: str, round_no: int, reason: str = "") -> int | None:
    """Voids this operator's last current ballot of the round at this station; its id, or None when none."""
    last = last_ballot(db, actor, election_id, round_no)
    if last is None:
        return None
    correct_ballot(db, actor, last.id, None, reason or text("entry.undo_reason"))
    return last.id


def record_subtotal(db: Database, actor: Actor, election_id: str, round_no: int, subtotal: Subtotal) -> int:
    """Records a counting team's hand-counted totals (single entry only); its id."""
    with db.writing(actor) as tx:
        s = tx.orm
        _refuse_direct(queries.congress_row(s).entry_mode)
        rr = guards.open_round_row(s, election_id, round_no)
        subtotal = check_subtotal(subtotal, rr.to_domain())
        return tx.append(SubtotalRecorded(election_id, round_no, subtotal)).seq


def void_subtotal(db: Database, actor: Actor, subtotal_id: int, reason: str) -> None:
    """Voids a team's subtotal (kept, marked, logged)."""
    reason = need_reason(reason)
    with db.writing(actor) as tx:
        s = tx.orm
        row = s.get(SubtotalRow, subtotal_id)
        if row is None or row.status != EntryStatus.CURRENT:
            raise Refused("subtotal.not_found", {"subtotal": subtotal_id}, "subtotal")
        guards.open_round_row(s, row.election_id, row.round_no)
        tx.append(SubtotalVoided(subtotal_id, reason))
