"""Rounds: another round as the congress decided, the counts of ballots issued and collected, finalizing (the
head's seal, then a checked backup copy) and reopening."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import backup as backup_mod
from app import guards, stations
from app.checks import need_reason
from app.db import Actor, Database
from app.errors import Refused, UserError
from app.fileformat.writer import fingerprint
from app.progress import team_problems as round_team_problems
from app.record.codec import SealedResult
from app.record.events import RoundCountsSet, RoundReopened, RoundSealed, RoundStarted
from app.record.log import Tx
from app.storage import queries
from app.storage.rows import CandidateRow, RoundRow
from app.texts import ProblemWords
from ballot.election import tally_all
from ballot.model import Candidate, Decision, ElectionData, Purpose, Role, Round
from ballot.problems import Level
from ballot.tally import RoundResult
from ballot.text import nfc


def start_round(
    db: Database,
    actor: Actor,
    election_id: str,
    *,
    seats: int,
    candidates: tuple[int, ...],
    decision: Decision,
    purpose: Purpose = Purpose.ELECTION,
    new_candidates: tuple[Candidate, ...] = (),
    tie_break_needs_majority: bool = False,
) -> int:
    """Another round as the congress decided (its list, seats, purpose, who decided); the last round must be
    finalized. New names the congress added join the election's list. Its number."""
    with db.writing(actor) as tx:
        s = tx.orm
        guards.election_row(s, election_id)
        last = s.scalars(
            select(RoundRow).where(RoundRow.election_id == election_id).order_by(RoundRow.number.desc()).limit(1)
        ).first()
        if last is not None and last.fingerprint is None:
            raise Refused("round.last_not_final", {"round": last.number}, "round")
        listed = [
            c.to_domain()
            for c in s.scalars(
                select(CandidateRow).where(CandidateRow.election_id == election_id).order_by(CandidateRow.position)
            )
        ]
        known = {c.no for c in listed}
        for c in new_candidates:
            if c.no in known:
                raise Refused("round.candidate_exists", {"no": c.no}, "new_candidates")
            known.add(c.no)
            listed.append(c)
        _check_round_list(seats, candidates, known)
        number = (last.number if last else 0) + 1
        decision = replace(decision, by=nfc(decision.by), note=nfc(decision.note), at=decision.at or tx.at)
        rnd = Round(
            number,
            seats,
            tuple(candidates),
            0,
            0,
            purpose=purpose,
            decision=decision,
            tie_break_needs_majority=tie_break_needs_majority,
        )
        tx.append(RoundStarted(election_id, rnd, tuple(listed)))
        return number


def _check_round_list(seats: int, candidates: tuple[int, ...], known: set[int]) -> None:
    if seats < 1:
        raise Refused("input.seats_min", {}, "seats")
    if not candidates:
        raise Refused("input.list_empty", {}, "candidates")
    if len(set(candidates)) != len(candidates):
        raise Refused("round.candidate_twice", {}, "candidates")
    for no in candidates:
        if no not in known:
            raise Refused("round.unknown_candidate", {"no": no}, "candidates")


def set_counts(
    db: Database,
    actor: Actor,
    election_id: str,
    round_no: int,
    *,
    ballots_issued: int,
    ballots_collected: int,
    present: int | None,
) -> None:
    """Ballots issued and collected, and those present at the vote."""
    if min(ballots_issued, ballots_collected, 0 if present is None else present) < 0:
        raise Refused("input.negative", {}, "round")
    with db.writing(actor) as tx:
        rr = guards.open_round_row(tx.orm, election_id, round_no)
        rnd = replace(
            rr.to_domain(), ballots_issued=ballots_issued, ballots_collected=ballots_collected, present=present
        )
        tx.append(RoundCountsSet(election_id, rnd))


@dataclass(frozen=True, slots=True)
class Finalized:
    """A finalized round: its fingerprint, and the checked backup copy (or why there is none)."""

    fingerprint: str
    backup: Path | None = None
    backup_error: UserError | None = None


def finalize(db: Database, actor: Actor, election_id: str, round_no: int, pin: str) -> Finalized:
    """Locks the round with its fingerprint and result (the head's PIN); then copies the database to the backup
    folder and checks the copy. A failed copy leaves the round finalized and says why."""
    with db.writing(actor) as tx:
        s = tx.orm
        stations.need_pin(tx, pin, "round.finalize")
        guards.open_round_row(s, election_id, round_no)
        data = queries.election_data(s)
        _need_settled_pool(s, data, election_id)
        fp, result = _seal(data, election_id, round_no)
        errors = [
            p for p in (*result.problems, *round_team_problems(s, election_id, round_no)) if p.level is Level.ERROR
        ]
        if errors:
            raise Refused("round.has_errors", {"problems": [ProblemWords(p) for p in errors]}, "round")
        by = _head_name(data) or actor.operator
        tx.append(sealed(tx, election_id, round_no, fp, by, SealedResult.of(result), tx.at))
        last_hash = tx.head.hash
        folder = queries.congress_row(s).backup_folder
    return Finalized(fp, *_backup(db, folder, f"{election_id}-lan{round_no}", last_hash))


def sealed(
    tx: Tx, election_id: str, round_no: int, fp: str, by: str, result: SealedResult, at: str, trusted: str | None = None
) -> RoundSealed:
    """The finalize record: the seal signed by this (the head's) station key for this congress (purpose seal)."""
    assert tx.signer is not None
    seal = tx.signer.seal(stations.uid_of(tx), election_id, round_no, fp, at, by)
    return RoundSealed(election_id, round_no, fp, by, result, at, seal["key"], seal["signature"], trusted)


def _need_settled_pool(s: Session, data: ElectionData, election_id: str) -> None:
    """An election drawing on another's result is finalized only once that result is (its list follows it)."""
    pool = data.election(election_id).candidate_pool
    if pool is None:
        return
    source = next((e for e in data.elections if e.id == pool.election), None)
    if source is None or not source.rounds:
        return
    last = source.rounds[-1].number
    rr = s.get(RoundRow, (source.id, last))
    if rr is None or rr.fingerprint is None:
        raise Refused("round.pool_source_open", {"source": source.title or source.id, "round": last}, "round")


def _seal(data: ElectionData, election_id: str, round_no: int) -> tuple[str, RoundResult]:
    e = data.election(election_id)
    rnd = next(r for r in e.rounds if r.number == round_no)
    result = next(r for er in tally_all(data) if er.election == election_id for r in er.rounds if r.round == round_no)
    return fingerprint(data, e, rnd), result


def _head_name(data: ElectionData) -> str:
    return next((m.name for m in data.congress.counting_committee if m.role is Role.HEAD), "")


def _backup(db: Database, folder: str | None, label: str, last_hash: str) -> tuple[Path | None, UserError | None]:
    if folder is None or db.path is None:
        return None, None
    try:
        return backup_mod.backup(db.engine, db.path, Path(folder), label, last_hash), None
    except UserError as exc:
        return None, exc


def reopen(db: Database, actor: Actor, election_id: str, round_no: int, pin: str, reason: str) -> None:
    """Unlocks a finalized round (the head's PIN and a reason); not when a later round exists."""
    reason = need_reason(reason)
    with db.writing(actor) as tx:
        s = tx.orm
        stations.need_pin(tx, pin, "round.reopen")
        rr = guards.round_row(s, election_id, round_no)
        if rr.fingerprint is None:
            raise Refused("round.not_final", {"round": round_no}, "round")
        if guards.round_count(s, election_id) > round_no:
            raise Refused("round.later_exists", {"round": round_no}, "round")
        tx.append(RoundReopened(election_id, round_no, reason))
