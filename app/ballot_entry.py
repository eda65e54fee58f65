"""Recording ballots and team subtotals, correcting and voiding them: the Workspace's entry calls.

Mixed into `app.workspace.Workspace`. A ballot save is the hot path: on SQLite its three statements run on
one kept driver connection (`app.storage.fastpath`); everything else is one ORM transaction and one log record.
Nothing is deleted: a correction supersedes, a void marks, each with who, when and why.
"""

from __future__ import annotations

from contextlib import AbstractContextManager, suppress
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from app.storage import fastpath, guards
from app.storage.canonical import dumps as dumps_doc
from app.storage.docs import ballot_doc, subtotal_payload
from app.storage.errors import translated
from app.storage.log import Appender, now
from app.storage.rows import BallotRow, LogRow, SubtotalRow
from app.storage.validate import Refused, check_subtotal, nfc_ballot
from ballot.model import Ballot, Subtotal


class BallotEntry:
    """Service calls for entering ballots and subtotals (mixed into Workspace)."""

    station: str
    operator: str
    target: str
    engine: Engine
    _ballot_conn: Any
    _write: Any

    if TYPE_CHECKING:

        def _action(self) -> AbstractContextManager[tuple[Session, Appender]]: ...
        def _reading(self) -> AbstractContextManager[Session]: ...
        def _refuse_direct_entry(self) -> None: ...

    def record_ballot(self, election_id: str, round_no: int, ballot: Ballot) -> int:
        """Records one paper ballot (or a stack of identical ones); durable when it returns; its id."""
        ballot = nfc_ballot(ballot)  # the entry mode is checked inside the save's transaction (fastpath)
        args = (self.station, self.operator, now(), election_id, round_no, ballot)
        try:
            with translated(self.target):
                if self.engine.dialect.name == "sqlite":
                    return self._record_sqlite(args)
                with self._write.begin() as s:
                    return fastpath.record(s, *args)
        except fastpath.Refusal as r:
            raise Refused(*r.args) from None
        except fastpath.NotOpen:
            with self._reading() as s:
                guards.open_round_row(s, election_id, round_no)
            raise  # pragma: no cover — open_round_row always explains

    def _record_sqlite(self, args: tuple[Any, ...]) -> int:
        """The SQLite hot path on one connection kept for ballot saves (a pool checkout per save cost ~15 %)."""
        if self._ballot_conn is None:
            self._ballot_conn = self.engine.raw_connection()
        try:
            return fastpath.record_sqlite(self._ballot_conn.driver_connection, *args)
        except (fastpath.Refusal, fastpath.NotOpen):
            raise
        except BaseException:
            self._drop_ballot_conn()  # a fault of the medium: the next save starts on a fresh connection
            raise

    def _drop_ballot_conn(self) -> None:
        if self._ballot_conn is not None:
            with suppress(Exception):
                self._ballot_conn.close()
            self._ballot_conn = None

    def correct_ballot(self, ballot_id: int, replacement: Ballot | None, reason: str) -> int | None:
        """Supersedes a ballot by a new entry (or voids it: None); the old row is kept with who, when, why."""
        reason = guards.need_reason(reason)
        replacement = None if replacement is None else nfc_ballot(replacement)
        with self._action() as (s, log):
            old = s.get(BallotRow, ballot_id)
            if old is None:
                raise Refused(f"Không có phiếu số {ballot_id}.", f"no ballot {ballot_id}")
            if old.status != "current":
                raise Refused(f"Phiếu số {ballot_id} đã được sửa hoặc hủy trước đó.", "ballot is not current")
            rr = guards.open_round_row(s, old.election_id, old.round_no)
            if replacement is not None:
                guards.refuse_ballot(s, rr, replacement)
            new_id = log.next_seq()
            log.append(
                "ballot.correct",
                {
                    "ballot": ballot_id,
                    "reason": reason,
                    "replacement": None if replacement is None else ballot_doc(replacement),
                },
            )
            old.status = "voided" if replacement is None else "superseded"
            old.changed_by, old.reason = new_id, reason
            if replacement is None:
                return None
            s.add(BallotRow.from_domain(new_id, old.election_id, old.round_no, old.seq, replacement))
            return new_id

    def undo_last_ballot(self, election_id: str, round_no: int, reason: str = "Hủy phiếu vừa nhập") -> int | None:
        """Voids this operator's last current ballot of the round; its id, or None when there is none."""
        with self._reading() as s:
            last = s.scalar(
                select(BallotRow.id)
                .join(LogRow, LogRow.seq == BallotRow.id)
                .where(
                    BallotRow.election_id == election_id,
                    BallotRow.round_no == round_no,
                    BallotRow.status == "current",
                    LogRow.operator == self.operator,
                    LogRow.station == self.station,
                )
                .order_by(BallotRow.id.desc())
                .limit(1)
            )
        if last is None:
            return None
        self.correct_ballot(last, None, reason)
        return last

    def record_subtotal(self, election_id: str, round_no: int, subtotal: Subtotal) -> int:
        """Records a counting team's hand-counted totals; its id."""
        self._refuse_direct_entry()
        with self._action() as (s, log):
            rr = guards.open_round_row(s, election_id, round_no)
            subtotal = check_subtotal(subtotal, rr.to_domain())
            sid = log.next_seq()
            doc = subtotal_payload(subtotal)
            log.append("subtotal", {"election": election_id, "round": round_no, "subtotal": doc})
            s.add(
                SubtotalRow(
                    id=sid, election_id=election_id, round_no=round_no, content=dumps_doc(doc), status="current"
                )
            )
            return sid

    def void_subtotal(self, subtotal_id: int, reason: str) -> None:
        """Voids a team's subtotal (kept, marked, logged)."""
        reason = guards.need_reason(reason)
        with self._action() as (s, log):
            row = s.get(SubtotalRow, subtotal_id)
            if row is None or row.status != "current":
                raise Refused(
                    f"Không có số liệu tổ số {subtotal_id} còn hiệu lực.", f"no current subtotal {subtotal_id}"
                )
            guards.open_round_row(s, row.election_id, row.round_no)
            row.status, row.changed_by, row.reason = "voided", log.next_seq(), reason
            log.append("subtotal.void", {"subtotal": subtotal_id, "reason": reason})
