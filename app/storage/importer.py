"""Putting a loaded election file into a new database: one transaction, one log record per row."""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.errors import UserError
from app.fileformat.writer import candidate_dict, fingerprint
from app.storage.canonical import dumps
from app.storage.docs import ballot_doc, election_doc, result_doc, round_doc, subtotal_payload
from app.storage.log import Appender
from app.storage.rows import BallotRow, CandidateRow, ElectionRow, RoundRow, SubtotalRow
from ballot.election import tally_all
from ballot.model import ElectionData, Round

Seals = dict[tuple[str, int], tuple[str, str, str]]


def import_into(s: Session, log: Appender, data: ElectionData, seals: Seals) -> None:
    """Elections, rounds, ballots, subtotals and seals, each written as the matching user action would."""
    results = {(er.election, r.round): r for er in tally_all(data) for r in er.rounds}
    for position, e in enumerate(data.elections, 1):
        row = ElectionRow(position=position)
        row.from_domain(e)
        s.add(row)
        s.add_all(CandidateRow.from_domain(e.id, i, c) for i, c in enumerate(e.candidates, 1))
        for rnd in e.rounds:
            rr = RoundRow()
            rr.from_domain(e.id, rnd)
            s.add(rr)
            if rnd.number == 1:
                log.append("election.add", {"election": election_doc(e), "position": position, "round": round_doc(rnd)})
            else:
                log.append(
                    "round.start",
                    {
                        "election": e.id,
                        "round": round_doc(rnd),
                        "candidates": [candidate_dict(c) for c in e.candidates],
                    },
                )
            _entries(s, log, e.id, rnd)
            seal = seals.get((e.id, rnd.number))
            if seal is not None:
                fp = fingerprint(data, e, rnd)
                if fp != seal[0]:
                    raise UserError(
                        f"Tệp ghi lần bầu {rnd.number} của cuộc bầu {e.id!r} đã chốt, nhưng dữ liệu không khớp "
                        "dấu vân tay đã ghi: tệp đã bị thay đổi sau khi chốt. Không nhập tệp này.",
                        f"{e.id} round {rnd.number}: sealed fingerprint does not match the data",
                    )
                result = result_doc(results[(e.id, rnd.number)])
                rr.fingerprint, rr.finalized_at, rr.finalized_by = fp, seal[1] or log.at, seal[2] or log.operator
                rr.votes = dumps(result)
                log.append(
                    "round.finalize",
                    {
                        "election": e.id,
                        "round": rnd.number,
                        "fingerprint": fp,
                        "by": rr.finalized_by,
                        "at": rr.finalized_at,
                        "result": result,
                    },
                )


def _entries(s: Session, log: Appender, election_id: str, rnd: Round) -> None:
    """Each ballot and subtotal of the round as its own log record."""
    rows: list[BallotRow | SubtotalRow] = []
    for seq, b in enumerate(rnd.ballots, 1):
        bid = log.next_seq()
        log.append("ballot", {"election": election_id, "round": rnd.number, "seq": seq, "ballot": ballot_doc(b)})
        rows.append(BallotRow.from_domain(bid, election_id, rnd.number, seq, b))
    for t in rnd.subtotals:
        sid = log.next_seq()
        doc = subtotal_payload(t)
        log.append("subtotal", {"election": election_id, "round": rnd.number, "subtotal": doc})
        rows.append(
            SubtotalRow(id=sid, election_id=election_id, round_no=rnd.number, content=dumps(doc), status="current")
        )
    s.add_all(rows)
