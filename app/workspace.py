"""One open congress database: every user action is one transaction and one entry-log record."""

from __future__ import annotations

import json
import secrets
import uuid
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import replace
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session, sessionmaker

from app import backup as backup_mod
from app.ballot_entry import BallotEntry
from app.fileformat.reader import Seal
from app.fileformat.writer import candidate_dict, congress_dict, fingerprint, hand_votes_doc
from app.people import MIN_PIN, check_pin, hash_pin
from app.stations import Handover
from app.storage import access, guards, migrate, queries
from app.storage.canonical import dumps as dumps_doc
from app.storage.docs import election_doc, parameters_doc, result_doc, round_doc
from app.storage.engine import WRITE, is_url, sqlite_path, url_for
from app.storage.errors import CorruptError, ExistsError, NotFoundError, translated
from app.storage.log import Appender
from app.storage.log import head as log_head
from app.storage.records import LogEntry, RoundStatus, StoredBallot, StoredSubtotal
from app.storage.rows import (
    BallotRow,
    CandidateRow,
    CongressRow,
    ElectionRow,
    LogRow,
    RoundRow,
    SubtotalRow,
    hand_votes_text,
)
from app.storage.rows import parameters_text as params_text
from app.storage.validate import Refused, check_congress, check_election
from app.storage.verify import Report as VerifyReport
from app.storage.verify import verify as verify_session
from app.teams import TeamsAndStacks, round_team_problems
from ballot.election import ElectionResult, tally_all
from ballot.model import (
    Candidate,
    Congress,
    Decision,
    Election,
    ElectionData,
    HandVote,
    Purpose,
    Round,
)
from ballot.problems import Level
from ballot.rulesets import RULESETS, Parameters
from ballot.tally import RoundResult
from ballot.text import nfc


class Workspace(BallotEntry, TeamsAndStacks, Handover):
    """One congress database (SQLite file or PostgreSQL URL), used by one station and operator."""

    def __init__(self, target: str | Path, engine: Engine, *, station: str, operator: str) -> None:
        self.target = str(target)
        self.engine = engine
        self.station = nfc(station)
        self.operator = nfc(operator)
        self._read = sessionmaker(engine, expire_on_commit=False)
        self._write = sessionmaker(engine.execution_options(**{WRITE: True}), expire_on_commit=False)
        self.last_backup: Path | None = None
        self._ballot_conn: Any = None
        self._held: access.Held | None = None

    # ---- opening --------------------------------------------------------------------------------------------

    @classmethod
    def create(
        cls,
        target: str | Path,
        congress: Congress,
        *,
        ruleset: str = "qd190-2024",
        station: str,
        operator: str,
        head_pin: str | None = None,
        parameters: Parameters | None = None,
    ) -> Workspace:
        """A new congress database; refuses to overwrite one that exists."""
        if ruleset not in RULESETS:
            raise Refused(f"Không có quy chế {ruleset!r}.", f"unknown rule set {ruleset!r}")
        congress = check_congress(congress)
        if head_pin is not None and len(head_pin) < MIN_PIN:
            raise Refused(f"Mã PIN phải có ít nhất {MIN_PIN} ký tự.", "PIN too short")
        url = url_for(target)
        path = sqlite_path(url)
        made = False
        with translated(str(target)):
            if path is not None:
                if path.exists() and path.stat().st_size > 0:
                    raise ExistsError("storage.exists", {"path": str(path)})
                path.parent.mkdir(parents=True, exist_ok=True)
            held = access.hold_new(url)  # i09 hook: the program's lock on the new file (app/storage/access.py)
            made = path is not None
            engine = held.engine
            try:
                if migrate.current(engine) is not None:
                    raise ExistsError("Cơ sở dữ liệu này đã có dữ liệu kiểm phiếu.", "database is not empty")
                migrate.upgrade(engine)
                ws = cls(target, engine, station=station, operator=operator)
                with ws._action() as (s, log):
                    row = CongressRow(id=1, ruleset=ruleset, head_pin=None if head_pin is None else hash_pin(head_pin))
                    row.from_domain(congress)
                    row.parameters = None if parameters is None else params_text(parameters)
                    row.entry_mode, row.uid, row.secret = 1, str(uuid.uuid4()), secrets.token_hex(32)
                    s.add(row)
                    log.append(
                        "create",
                        {
                            "ruleset": ruleset,
                            "congress": congress_dict(congress),
                            "parameters": parameters_doc(parameters),
                            "head_pin": row.head_pin,
                        },
                    )
            except BaseException:
                engine.dispose()
                if made and path is not None:
                    for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
                        with suppress(OSError):
                            p.unlink()
                held.release()
                raise
        ws._held = held
        return ws

    @classmethod
    def open(cls, target: str | Path, *, station: str, operator: str, read_only: bool = False) -> Workspace:
        """An existing congress database, brought to the current schema; `read_only`: only read, never locked."""
        url = url_for(target)
        path = sqlite_path(url)
        if path is not None and not path.is_file():
            raise NotFoundError(f"Không tìm thấy cơ sở dữ liệu {path}.", f"{path} not found")
        with translated(str(target)):
            held = access.hold(url, write=not read_only)  # i09 hook: lock, file check, read-only opening
            engine = held.engine
            try:
                if migrate.current(engine) is None:
                    raise CorruptError(
                        f"{target} không phải cơ sở dữ liệu kiểm phiếu.", "no kiemphieu schema in this database"
                    )
                migrate.upgrade(engine)
                ws = cls(target, engine, station=station, operator=operator)
                with ws._read() as s:
                    queries.congress_row(s)
            except LookupError:
                held.release()
                raise CorruptError(f"{target} không có dữ liệu đại hội.", "no congress row") from None
            except BaseException:
                held.release()
                raise
        ws._held = held
        return ws

    def close(self) -> None:
        """Releases the database."""
        self._drop_ballot_conn()
        self.engine.dispose()
        if self._held is not None:  # i09 hook: frees the program's lock (app/storage/access.py)
            self._held.release()
            self._held = None

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def set_operator(self, name: str) -> None:
        """Who is at the keyboard from now on."""
        self.operator = nfc(name)

    @property
    def is_sqlite(self) -> bool:
        """Whether the data is in a SQLite file."""
        return not is_url(self.target) or self.target.startswith("sqlite")

    @contextmanager
    def _action(self) -> Iterator[tuple[Session, Appender]]:
        """One user action: one write transaction with a log appender."""
        with translated(self.target), self._write.begin() as s:
            yield s, Appender(s, self.station, self.operator)

    @contextmanager
    def _reading(self) -> Iterator[Session]:
        with translated(self.target), self._read() as s:
            yield s

    # ---- reading --------------------------------------------------------------------------------------------

    def data(self) -> ElectionData:
        """The whole congress; each round with its current ballots."""
        with self._reading() as s:
            return queries.election_data(s)

    def results(self) -> tuple[ElectionResult, ...]:
        """The tally of every round."""
        return tally_all(self.data())

    def parameters(self) -> Parameters | None:
        """The congress's own parameters, if set."""
        with self._reading() as s:
            return queries.congress_row(s).parameters_domain()

    def backup_folder(self) -> Path | None:
        """The folder finalized rounds are copied to."""
        with self._reading() as s:
            folder = queries.congress_row(s).backup_folder
        return None if folder is None else Path(folder)

    def round_status(self, election_id: str, round_no: int) -> RoundStatus:
        """The round's seal and how many ballots are entered."""
        with self._reading() as s:
            r = guards.round_row(s, election_id, round_no)
            entered = s.scalar(
                select(func.coalesce(func.sum(BallotRow.count), 0)).where(
                    BallotRow.election_id == election_id, BallotRow.round_no == round_no, BallotRow.status == "current"
                )
            )
            return RoundStatus(
                finalized=r.fingerprint is not None,
                fingerprint=r.fingerprint or "",
                finalized_at=r.finalized_at or "",
                finalized_by=r.finalized_by or "",
                entered=int(entered or 0),
            )

    def entries(self, election_id: str, round_no: int) -> list[StoredBallot]:
        """Every ballot row of a round (current, superseded, voided) in entry order."""
        with self._reading() as s:
            q = (
                select(BallotRow, LogRow.at, LogRow.operator, LogRow.station)
                .join(LogRow, LogRow.seq == BallotRow.id)
                .where(BallotRow.election_id == election_id, BallotRow.round_no == round_no)
                .order_by(BallotRow.seq, BallotRow.id)
            )
            return [
                StoredBallot(b.id, b.seq, b.to_domain(), at, op, st, b.status, b.reason or "")  # type: ignore[arg-type]
                for b, at, op, st in s.execute(q)
            ]

    def subtotals(self, election_id: str, round_no: int) -> list[StoredSubtotal]:
        """Every subtotal row of a round, in entry order."""
        with self._reading() as s:
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

    def log(self) -> list[LogEntry]:
        """The entry log, oldest first."""
        with self._reading() as s:
            return [
                LogEntry(
                    r.seq,
                    r.at,
                    r.station,
                    r.operator,
                    r.action,
                    json.loads(r.payload),
                    r.data_hash,
                    r.prev_hash,
                    r.hash,
                )
                for r in s.scalars(select(LogRow).order_by(LogRow.seq))
            ]

    def last_hash(self) -> str:
        """The hash of the last log record: it seals everything written so far."""
        with self._reading() as s:
            return log_head(s)[1]

    def seals(self) -> dict[tuple[str, int], Seal]:
        """Each finalized round's fingerprint, when and by whom."""
        with self._reading() as s:
            rows = s.scalars(select(RoundRow).where(RoundRow.fingerprint.is_not(None)))
            return {
                (r.election_id, r.number): Seal(r.fingerprint or "", r.finalized_at or "", r.finalized_by or "")
                for r in rows
            }

    def verify(self) -> VerifyReport:
        """Recomputes the log's chain, checks each row against its log record and each seal against a re-tally."""
        with self._reading() as s:
            return verify_session(s)

    def has_pin(self) -> bool:
        """Whether the head's PIN is set."""
        with self._reading() as s:
            return queries.congress_row(s).head_pin is not None

    # ---- the congress ---------------------------------------------------------------------------------------

    def update_congress(self, congress: Congress) -> None:
        """Details, electorate, attending, counting committee; the base is locked once a round is finalized."""
        congress = check_congress(congress)
        with self._action() as (s, log):
            row = queries.congress_row(s)
            old = row.to_domain()
            if (old.electorate, old.attending) != (congress.electorate, congress.attending) and guards.any_final(s):
                raise Refused(
                    "Đã có lần bầu được chốt: không thể sửa số triệu tập, số trừ ra hoặc số có mặt. "
                    "Hãy mở lại lần bầu đó trước.",
                    "electorate is locked by a finalized round",
                )
            row.from_domain(congress)
            log.append("congress.update", {"congress": congress_dict(congress)})

    def set_parameters(self, parameters: Parameters | None) -> None:
        """The congress's own parameters (190 Art. 1), or back to the rule set's."""
        with self._action() as (s, log):
            if guards.any_final(s):
                raise Refused(
                    "Đã có lần bầu được chốt: không thể đổi tham số.", "parameters locked by a finalized round"
                )
            queries.congress_row(s).parameters = None if parameters is None else params_text(parameters)
            log.append("parameters", {"parameters": parameters_doc(parameters)})

    def set_head_pin(self, new_pin: str, old_pin: str = "") -> None:
        """Sets or changes the head's PIN; changing needs the old one."""
        if len(new_pin) < MIN_PIN:
            raise Refused(f"Mã PIN phải có ít nhất {MIN_PIN} ký tự.", "PIN too short")
        with self._action() as (s, log):
            row = queries.congress_row(s)
            if row.head_pin is not None and not check_pin(old_pin, row.head_pin):
                raise Refused("Mã PIN cũ của trưởng ban không đúng.", "wrong PIN")
            row.head_pin = hash_pin(new_pin)
            log.append("pin", {"head_pin": row.head_pin})

    def set_backup_folder(self, path: str | Path | None) -> None:
        """After each finalize the database is copied there and checked."""
        folder = None if path is None else str(Path(path).resolve())
        with self._action() as (s, log):
            queries.congress_row(s).backup_folder = folder
            log.append("backup.folder", {"folder": folder})

    # ---- elections and rounds -------------------------------------------------------------------------------

    def add_election(self, election: Election) -> None:
        """A new election with round 1: its seats, all its candidates, counts 0."""
        election = check_election(election)
        with self._action() as (s, log):
            if s.get(ElectionRow, election.id) is not None:
                raise Refused(f"Đã có cuộc bầu mã {election.id!r}.", f"election {election.id!r} exists")
            position = (s.scalar(select(func.max(ElectionRow.position))) or 0) + 1
            row = ElectionRow(position=position)
            row.from_domain(election)
            s.add(row)
            rnd = _first_round(election)
            _put_candidates(s, election)
            rr = RoundRow()
            rr.from_domain(election.id, rnd)
            s.add(rr)
            log.append(
                "election.add", {"election": election_doc(election), "position": position, "round": round_doc(rnd)}
            )

    def update_election(self, election: Election) -> None:
        """Title, body, seats, candidates, pool, surplus; refused once a ballot is entered."""
        election = check_election(election)
        with self._action() as (s, log):
            row = guards.election_row(s, election.id)
            if guards.has_entries(s, election.id) or guards.round_count(s, election.id) > 1:
                raise Refused(
                    "Cuộc bầu đã có phiếu: không thể sửa danh sách hay số lượng.", "election has ballots already"
                )
            row.from_domain(election)
            for c in s.scalars(select(CandidateRow).where(CandidateRow.election_id == election.id)):
                s.delete(c)
            s.flush()
            _put_candidates(s, election)
            rnd = _first_round(election)
            rr = guards.round_row(s, election.id, 1)
            rnd = replace(
                rnd, ballots_issued=rr.ballots_issued, ballots_collected=rr.ballots_collected, present=rr.present
            )
            rr.from_domain(election.id, rnd)
            log.append(
                "election.update",
                {"election": election_doc(election), "position": row.position, "round": round_doc(rnd)},
            )

    def remove_election(self, election_id: str, reason: str) -> None:
        """Marks an election removed (kept, logged); only while it has no ballots."""
        reason = guards.need_reason(reason)
        with self._action() as (s, log):
            row = guards.election_row(s, election_id)
            if guards.has_entries(s, election_id):
                raise Refused("Cuộc bầu đã có phiếu: không thể xóa.", "election has ballots")
            users = s.scalars(
                select(ElectionRow.id).where(ElectionRow.pool_election == election_id, ElectionRow.removed.is_(None))
            ).all()
            if users:
                raise Refused(
                    f"Cuộc bầu {', '.join(users)} lấy danh sách từ cuộc bầu này: không thể xóa.", "used as a pool"
                )
            row.removed = reason
            log.append("election.remove", {"election": election_id, "reason": reason})

    def start_round(
        self,
        election_id: str,
        *,
        seats: int,
        candidates: tuple[int, ...],
        purpose: Purpose = Purpose.ELECTION,
        decision: Decision,
        new_candidates: tuple[Candidate, ...] = (),
        tie_break_needs_majority: bool = False,
    ) -> int:
        """Another round as the congress decided (its list, seats, purpose); the last round must be finalized."""
        with self._action() as (s, log):
            erow = guards.election_row(s, election_id)
            last = s.scalars(
                select(RoundRow).where(RoundRow.election_id == election_id).order_by(RoundRow.number.desc()).limit(1)
            ).first()
            if last is not None and last.fingerprint is None:
                raise Refused(
                    f"Lần bầu thứ {last.number} chưa chốt: chốt kết quả trước khi bầu tiếp.", "last round not finalized"
                )
            known = {c.no for c in s.scalars(select(CandidateRow).where(CandidateRow.election_id == election_id))}
            pos = len(known)
            for c in new_candidates:
                if c.no in known:
                    raise Refused(f"Số thứ tự {c.no} đã có trong danh sách.", f"candidate {c.no} exists")
                known.add(c.no)
                pos += 1
                s.add(CandidateRow.from_domain(election_id, pos, c))
            _check_round_list(seats, candidates, known)
            number = (last.number if last else 0) + 1
            decision = replace(decision, by=nfc(decision.by), note=nfc(decision.note), at=decision.at or log.at)
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
            rr = RoundRow()
            rr.from_domain(election_id, rnd)
            s.add(rr)
            s.flush()
            cands = [
                c.to_domain()
                for c in s.scalars(
                    select(CandidateRow).where(CandidateRow.election_id == erow.id).order_by(CandidateRow.position)
                )
            ]
            log.append(
                "round.start",
                {"election": election_id, "round": round_doc(rnd), "candidates": [candidate_dict(c) for c in cands]},
            )
            return number

    def set_round_counts(
        self, election_id: str, round_no: int, *, ballots_issued: int, ballots_collected: int, present: int | None
    ) -> None:
        """Ballots issued and collected, and those present at the vote."""
        if min(ballots_issued, ballots_collected, 0 if present is None else present) < 0:
            raise Refused("Số phiếu không được âm.", "negative count")
        with self._action() as (s, log):
            rr = guards.open_round_row(s, election_id, round_no)
            rr.ballots_issued, rr.ballots_collected, rr.present = ballots_issued, ballots_collected, present
            log.append("round.counts", {"election": election_id, "round": round_doc(rr.to_domain())})

    def set_hand_votes(self, election_id: str, votes: tuple[HandVote, ...]) -> None:
        """The congress's show-of-hands votes on the seats and the list (quoted in the minutes); not once finalized."""
        if any(min(v.agree, v.disagree, v.abstain) < 0 for v in votes):
            raise Refused("Số biểu quyết không được âm.", "negative hand-vote count")
        if len({v.topic for v in votes}) != len(votes):
            raise Refused("Mỗi nội dung chỉ ghi một kết quả biểu quyết.", "a hand-vote topic twice")
        with self._action() as (s, log):
            row = guards.election_row(s, election_id)
            sealed = s.scalar(
                select(func.count())
                .select_from(RoundRow)
                .where(RoundRow.election_id == election_id, RoundRow.fingerprint.is_not(None))
            )
            if sealed:
                raise Refused(
                    "Cuộc bầu đã có lần bầu được chốt: không sửa kết quả biểu quyết được nữa.", "election finalized"
                )
            row.hand_votes = hand_votes_text(votes)
            log.append("election.hand_votes", {"election": election_id, "hand_votes": hand_votes_doc(votes)})

    # ---- finalizing -----------------------------------------------------------------------------------------

    def finalize_round(self, election_id: str, round_no: int, pin: str) -> str:
        """Locks the round with its fingerprint and result (needs the head's PIN); then backs up; the fingerprint."""
        with self._action() as (s, log):
            self._need_pin(s, pin)
            rr = guards.open_round_row(s, election_id, round_no)
            data = queries.election_data(s)
            fp, result = _seal(data, election_id, round_no)
            errors = [
                p for p in (*result.problems, *round_team_problems(s, election_id, round_no)) if p.level is Level.ERROR
            ]
            if errors:
                raise Refused(
                    "Chưa thể chốt: " + "; ".join(p.message("vi") for p in errors),
                    "round has error-level problems",
                )
            by = _head_name(data) or self.operator
            rr.fingerprint, rr.finalized_at, rr.finalized_by = fp, log.at, by
            rr.votes = dumps_doc(result_doc(result))
            log.append(
                "round.finalize",
                {"election": election_id, "round": round_no, "fingerprint": fp, "by": by, "result": result_doc(result)},
            )
        self._backup(f"{election_id}-lan{round_no}")
        return fp

    def reopen_round(self, election_id: str, round_no: int, pin: str, reason: str) -> None:
        """Unlocks a finalized round (needs the head's PIN and a reason)."""
        reason = guards.need_reason(reason)
        with self._action() as (s, log):
            self._need_pin(s, pin)
            rr = guards.round_row(s, election_id, round_no)
            if rr.fingerprint is None:
                raise Refused(f"Lần bầu thứ {round_no} chưa chốt.", "round is not finalized")
            if guards.round_count(s, election_id) > round_no:
                raise Refused("Đã có lần bầu sau lần này: không thể mở lại.", "a later round exists")
            rr.fingerprint = rr.finalized_at = rr.finalized_by = rr.votes = None
            log.append("round.reopen", {"election": election_id, "round": round_no, "reason": reason})

    def _refuse_direct_entry(self) -> None:
        """In double or triple entry, ballots and subtotals go through stacks entered independently."""
        if self.entry_mode() != 1:
            raise Refused(
                "Đại hội nhập phiếu độc lập nhiều lần: hãy nhập theo tập phiếu của tổ.",
                "direct entry in entry mode 2–3",
            )

    def _need_pin(self, s: Session, pin: str) -> None:
        stored = queries.congress_row(s).head_pin
        if stored is None:
            raise Refused("Chưa đặt mã PIN của trưởng ban kiểm phiếu.", "no head PIN set")
        if not check_pin(pin, stored):
            raise Refused("Mã PIN của trưởng ban không đúng.", "wrong PIN")

    def _backup(self, label: str) -> None:
        folder = self.backup_folder()
        if folder is None or not self.is_sqlite:
            return
        source = sqlite_path(url_for(self.target))
        assert source is not None
        self.last_backup = backup_mod.backup(self.engine, source, folder, label, self.last_hash())

    def import_data(self, data: ElectionData, seals: dict[tuple[str, int], tuple[str, str, str]]) -> None:
        """Everything of a loaded file in one transaction, one log record per row (see app.storage.importer)."""
        from app.storage.importer import import_into

        with self._action() as (s, log):
            import_into(s, log, data, seals)


def _first_round(election: Election) -> Round:
    return Round(1, election.seats, tuple(c.no for c in election.candidates), 0, 0)


def _put_candidates(s: Session, election: Election) -> None:
    for i, c in enumerate(election.candidates, 1):
        s.add(CandidateRow.from_domain(election.id, i, c))


def _check_round_list(seats: int, candidates: tuple[int, ...], known: set[int]) -> None:
    if seats < 1:
        raise Refused("Số lượng cần bầu phải ít nhất là 1.", "seats < 1")
    if not candidates:
        raise Refused("Danh sách bầu không được trống.", "empty list")
    if len(set(candidates)) != len(candidates):
        raise Refused("Một người có hai lần trong danh sách.", "duplicate candidate")
    for no in candidates:
        if no not in known:
            raise Refused(f"Số {no} không có trong danh sách của cuộc bầu.", f"unknown candidate {no}")


def _seal(data: ElectionData, election_id: str, round_no: int) -> tuple[str, RoundResult]:
    e = data.election(election_id)
    rnd = next(r for r in e.rounds if r.number == round_no)
    result = next(r for er in tally_all(data) if er.election == election_id for r in er.rounds if r.round == round_no)
    return fingerprint(data, e, rnd), result


def _head_name(data: ElectionData) -> str:
    return next((m.name for m in data.congress.counting_committee if m.role.value == "head"), "")
