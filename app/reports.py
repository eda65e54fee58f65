"""Reading an open congress: its data and results, a round's status, the entered ballots and subtotals, the
entry log, the teams' progress, and `verify`."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import func, select

from app import progress as progress_mod
from app.db import Actor, Database
from app.errors import UserError
from app.fileformat.reader import Seal
from app.record.canonical import GENESIS
from app.record.events import Event, decode
from app.record.kinds import EntryStatus
from app.record.verify import Report
from app.record.verify import verify as verify_connection
from app.storage import queries
from app.storage.rows import BallotRow, LogRow, ScanPageRow, SubtotalRow
from ballot.election import ElectionResult, tally_all
from ballot.model import Ballot, ElectionData, Subtotal
from ballot.problems import Problem
from ballot.rulesets import Parameters

BallotStatus = Literal["current", "superseded", "voided"]


@dataclass(frozen=True, slots=True)
class RoundStatus:
    """Whether a round is finalized (locked), its seal, and how many ballots are entered."""

    finalized: bool
    fingerprint: str
    finalized_at: str
    finalized_by: str
    entered: int


@dataclass(frozen=True, slots=True)
class StoredBallot:
    """One entered ballot as stored: who entered it, when, and whether it still counts."""

    id: int
    seq: int
    ballot: Ballot
    at: str
    operator: str
    station: str
    status: BallotStatus
    reason: str
    scan: int | None = None  # the scanned page it came from (app.scans)


@dataclass(frozen=True, slots=True)
class StoredSubtotal:
    """One team's subtotal as stored."""

    id: int
    subtotal: Subtotal
    at: str
    operator: str
    status: BallotStatus
    reason: str


@dataclass(frozen=True, slots=True)
class LogEntry:
    """One entry-log record, with the event it holds (None when it cannot be read: `verify` says why)."""

    seq: int
    at: str
    station: str
    operator: str
    action: str
    payload: str
    data_hash: str
    prev_hash: str
    hash: str
    event: Event | None
    key: str | None = None  # the signer's key fingerprint (None: an older version's unsigned record)
    signature: str | None = None


def data(db: Database) -> ElectionData:
    """The whole congress; each round with its current ballots."""
    with db.reading() as s:
        return queries.election_data(s)


def results(db: Database) -> tuple[ElectionResult, ...]:
    """The tally of every round."""
    return tally_all(data(db))


def parameters(db: Database) -> Parameters | None:
    """The congress's own parameters, if set."""
    with db.reading() as s:
        return queries.congress_row(s).parameters_domain()


def backup_folder(db: Database) -> Path | None:
    """The folder finalized rounds are copied to."""
    with db.reading() as s:
        folder = queries.congress_row(s).backup_folder
    return None if folder is None else Path(folder)


def has_pin(db: Database, actor: Actor | None = None) -> bool:
    """Whether this station (the actor's, else this computer's) keeps the head's PIN for the congress."""
    from app import people
    from app.keys import data_folder
    from app.stations import data_of

    uid = db.uid
    folder = data_folder() if actor is None else data_of(actor.signer())
    return bool(uid) and people.has_head_pin(str(uid), folder)


def entry_mode(db: Database) -> int:
    """1 single entry, 2 double, 3 triple."""
    with db.reading() as s:
        return int(queries.congress_row(s).entry_mode)


def round_status(db: Database, election_id: str, round_no: int) -> RoundStatus:
    """The round's seal and how many ballots are entered."""
    from app import guards

    with db.reading() as s:
        r = guards.round_row(s, election_id, round_no)
        entered = s.scalar(
            select(func.coalesce(func.sum(BallotRow.count), 0)).where(
                BallotRow.election_id == election_id,
                BallotRow.round_no == round_no,
                BallotRow.status == EntryStatus.CURRENT.value,
            )
        )
        return RoundStatus(
            finalized=r.fingerprint is not None,
            fingerprint=r.fingerprint or "",
            finalized_at=r.finalized_at or "",
            finalized_by=r.finalized_by or "",
            entered=int(entered or 0),
        )


def entries(db: Database, election_id: str, round_no: int) -> list[StoredBallot]:
    """Every ballot row of a round (current, superseded, voided) in entry order."""
    with db.reading() as s:
        q = (
            select(BallotRow, LogRow.at, LogRow.operator, LogRow.station, ScanPageRow.id)
            .join(LogRow, LogRow.seq == BallotRow.id)
            .outerjoin(ScanPageRow, ScanPageRow.ballot == BallotRow.id)
            .where(BallotRow.election_id == election_id, BallotRow.round_no == round_no)
            .order_by(BallotRow.seq, BallotRow.id)
        )
        return [
            StoredBallot(b.id, b.seq, b.to_domain(), at, op, st, b.status, b.reason or "", page)  # type: ignore[arg-type]
            for b, at, op, st, page in s.execute(q)
        ]


def subtotals(db: Database, election_id: str, round_no: int) -> list[StoredSubtotal]:
    """Every subtotal row of a round, in entry order."""
    with db.reading() as s:
        q = (
            select(SubtotalRow, LogRow.at, LogRow.operator)
            .join(LogRow, LogRow.seq == SubtotalRow.id)
            .where(SubtotalRow.election_id == election_id, SubtotalRow.round_no == round_no)
            .order_by(SubtotalRow.id)
        )
        return [
            StoredSubtotal(t.id, t.to_domain(), at, op, t.status, t.reason or "")  # type: ignore[arg-type]
            for t, at, op in s.execute(q)
        ]


def log(db: Database) -> list[LogEntry]:
    """The entry log, oldest first, each record with its event."""
    with db.reading() as s:
        rows = s.scalars(select(LogRow).order_by(LogRow.seq)).all()
        return [
            LogEntry(
                r.seq,
                r.at,
                r.station,
                r.operator,
                r.action,
                r.payload,
                r.data_hash,
                r.prev_hash,
                r.hash,
                _event(r.action, r.payload),
                r.key,
                r.signature,
            )
            for r in rows
        ]


def _event(action: Any, payload: Any) -> Event | None:
    try:
        return decode(action, payload)
    except UserError:
        return None


def log_head(db: Database) -> tuple[int, str] | None:
    """The last record's number and hash (None for an empty log): what a signed head signs."""
    with db.reading() as s:
        row = s.execute(select(LogRow.seq, LogRow.hash).order_by(LogRow.seq.desc()).limit(1)).first()
    return None if row is None else (int(row[0]), str(row[1]))


def last_hash(db: Database) -> str:
    """The hash of the last log record: it seals everything written so far."""
    with db.reading() as s:
        return s.scalar(select(LogRow.hash).order_by(LogRow.seq.desc()).limit(1)) or GENESIS


def seals(db: Database) -> dict[tuple[str, int], Seal]:
    """Each finalized round's fingerprint, when and by whom."""
    with db.reading() as s:
        return {
            k: Seal(r.fingerprint or "", r.finalized_at or "", r.finalized_by or "")
            for k, r in queries.seals(s).items()
        }


def seal_signatures(db: Database) -> dict[tuple[str, int], tuple[str, str]]:
    """Each finalized round's seal signature: (the head's key fingerprint, the signature)."""
    from app.keys import KeyFault, fingerprint

    out = {}
    with db.reading() as s:
        for k, r in queries.seals(s).items():
            if r.seal_key and r.seal_signature:
                try:
                    out[k] = (fingerprint(r.seal_key), r.seal_signature)
                except KeyFault:
                    continue
    return out


def progress(db: Database, election_id: str, round_no: int) -> progress_mod.Progress:
    """Per team and operator: entered, verified (definitive), differences open."""
    with db.reading() as s:
        return progress_mod.progress(s, election_id, round_no)


def team_problems(db: Database, election_id: str, round_no: int) -> list[Problem]:
    """Per-team reconciliation (E108–E112) of the round's stacks."""
    with db.reading() as s:
        return progress_mod.team_problems(s, election_id, round_no)


def pending_stacks(db: Database, election_id: str, round_no: int) -> int:
    """Stacks of the round not yet definitive."""
    with db.reading() as s:
        return progress_mod.pending(s, election_id, round_no)


def verify(db: Database, anchors: Sequence[str] = (), *, own: bool = True, head: str | None = None) -> Report:
    """Replays the log into an empty database and compares every table, row and column; re-tallies every round;
    checks every record's signature against the keys the log registers; then compares the log with this
    station's own anchor for the congress the log names (`own`) and each anchor given (`--anchor
    FILE_OR_HASH`; a `KeyFault` when one cannot be read); `head`: the key fingerprint the log must register as
    the head's."""
    from app import anchors as anchors_mod

    given = [anchors_mod.from_argument(a) for a in anchors]
    with db.reading() as s:
        return verify_connection(s.connection(), given, anchors_mod.own if own else None, head)
