"""Projection of scanned pages onto the scan_page table: a page read, people's decisions on its doubts, and the
ballot (or scanned pass's item) it became — which must be exactly what the reading and the decisions make
(`app.scan.ballots.page_ballot`), once."""

from __future__ import annotations

import json
from typing import Any

from app.record.canonical import dumps
from app.record.codec import ballot_text
from app.record.events.scans import ScanDecided, ScanPageRecorded
from app.record.kinds import StackKind, StackState
from app.record.projection import Envelope, Projection, ProjectionFault, Row, projects
from app.record.projections.entry import open_round
from app.record.scanpage import BALLOT, page_ballot, row_verdicts
from app.record.stackstate import entry_size
from ballot.model import Ballot

SAME_PAGE = "SELECT id FROM scan_page WHERE sha256 = :h AND status != 'rejected'"
SAME_PLACE = (
    "SELECT id FROM scan_page WHERE stack_id = :s AND position = :p AND status != 'rejected'"
    " AND fed_station = :fs AND fed_operator = :fo"
)


def reading_doc(ev: ScanPageRecorded) -> dict[str, Any]:
    """What the reader read, as the table keeps it."""
    return {
        "struck": list(ev.struck),
        "marks": [[no, m] for no, m in ev.marks],
        "doubtful": list(ev.doubtful),
        "reasons": [[c, dict(p)] for c, p in ev.reasons],
    }


def ballot_of(row: Row) -> Ballot | None:
    """The ballot a stored page makes now (None while a doubt is open or when rejected)."""
    if row["status"] == "rejected":
        return None
    r, d = json.loads(row["reading"]), json.loads(row["decisions"])
    codes = [c for c, _ in r["reasons"]]
    return page_ballot(row["form"], r["struck"], [tuple(m) for m in r["marks"]], r["doubtful"], codes, d)


@projects(ScanPageRecorded)
def page_recorded(p: Projection, env: Envelope, ev: ScanPageRecorded) -> None:
    """A page: a rejected one is only kept; a read one belongs to an open round, is not a page already counted
    (same image), and in a scanned pass takes a free place of an open ballot stack of that round (each person's
    scan of a stack is its own pass: the places are those of the pages this person fed)."""
    rejected = ev.status == "rejected"
    if not rejected:
        if ev.election is None or ev.round is None:
            raise ProjectionFault("projection.scan_round", page=env.seq)
        open_round(p, ev.election, ev.round)
        if p.sql.one(SAME_PAGE, {"h": ev.sha256}) is not None:
            raise ProjectionFault("projection.scan_twice", sha=ev.sha256[:12])
        if ev.stack is not None:
            st = p.need("stack", ev.stack)
            if (st["kind"], st["election_id"], st["round_no"]) != (StackKind.BALLOTS, ev.election, ev.round):
                raise ProjectionFault("projection.scan_stack", stack=ev.stack)
            if st["state"] == StackState.DEFINITIVE or not 1 <= (ev.position or 0) <= entry_size(st):
                raise ProjectionFault("projection.scan_stack", stack=ev.stack)
            place = {"s": ev.stack, "p": ev.position, "fs": env.station, "fo": env.operator}
            if p.sql.one(SAME_PLACE, place) is not None:
                raise ProjectionFault("projection.scan_stack", stack=ev.stack)
    state = "rejected" if rejected else "waiting" if ev.status == "doubtful" else "read"
    row = {
        "id": env.seq,
        "sha256": ev.sha256,
        "file": ev.file,
        "source": ev.source,
        "page": ev.page,
        "election_id": ev.election,
        "round_no": ev.round,
        "status": ev.status,
        "form": ev.form,
        "reading": dumps(reading_doc(ev)),
        "decisions": dumps({}),
        "state": state,
        "ballot": None,
        "stack_id": None if rejected else ev.stack,
        "position": None if rejected else ev.position,
        "fed_station": env.station,
        "fed_operator": env.operator,
    }
    p.insert("scan_page", row, env.seq)


@projects(ScanDecided)
def decided(p: Projection, env: Envelope, ev: ScanDecided) -> None:
    """A decision on a page not yet counted: a doubtful row's verdict of its form, or the ruling on the ballot."""
    row = p.need("scan_page", ev.page)
    if row["status"] == "rejected" or row["ballot"] is not None:
        raise ProjectionFault("projection.scan_decided", page=ev.page)
    reading = json.loads(row["reading"])
    if ev.row is not None and (ev.row not in reading["doubtful"] or ev.verdict not in row_verdicts(row["form"])):
        raise ProjectionFault("projection.scan_row", page=ev.page, row=ev.row)
    decisions = json.loads(row["decisions"])
    decisions[BALLOT if ev.row is None else str(ev.row)] = ev.verdict
    row = {**row, "decisions": dumps(decisions)}
    state = "decided" if ballot_of(row) is not None else "waiting"
    p.update("scan_page", (ev.page,), {"decisions": row["decisions"], "state": state}, env.seq)


def counted(p: Projection, env: Envelope, page: int, ballot: Ballot, stack: int | None, position: int | None) -> None:
    """A page becomes a ballot (or its scanned pass's item) once, as exactly what its reading and decisions make."""
    row = p.need("scan_page", page)
    made = ballot_of(row)
    if made is None or row["ballot"] is not None or (row["stack_id"], row["position"]) != (stack, position):
        raise ProjectionFault("projection.scan_counted", page=page)
    if ballot_text(made) != ballot_text(ballot) or ballot.count != 1:
        raise ProjectionFault("projection.scan_ballot", page=page)
    p.update("scan_page", (page,), {"ballot": env.seq, "state": "counted"}, env.seq)
