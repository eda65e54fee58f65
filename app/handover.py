"""Several counting stations without a shared server: each works on a copy of the head's database and hands
its completed entry passes over as a signed file (USB stick), which the head's station checks and merges.

The file is canonical JSON carrying the congress id and an HMAC-SHA256 over everything else, keyed by the
congress's secret (made with the congress, in every copy of its database). A file altered on the way, or made
for another congress, is refused before anything is written. Merging is one transaction with one record per
merged pass (a stack it makes definitive adds its ballots' records).
"""

from __future__ import annotations

import hashlib
import hmac
import json
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import backup as backup_mod
from app.checks import ballot_refusal, check_subtotal
from app.db import Actor, Database
from app.errors import Refused, UserError
from app.progress import projection, stack_dict
from app.record.canonical import dumps, sha256
from app.record.codec import ballot_from_text, ballot_text, subtotal_from_text, subtotal_text
from app.record.events import HandoverExported, PassMerged, RawItem, TeamAdded
from app.record.fields import Doc, RecordFault, integer, text
from app.record.kinds import EntryStatus, StackKind
from app.record.log import Tx
from app.record.stackstate import differences, entry_size, machine, state_of
from app.stacks import open_in, promote
from app.storage import queries
from app.storage.rows import ElectionRow, LogRow, PassItemRow, PassRow, RoundRow, StackRow, TeamRow
from app.texts import Phrase
from ballot.double_entry import Entry, Refusal, enter

FORMAT = "kiemphieu-entries"
VERSION = 1


def sign(secret: str, doc: dict[str, Any]) -> str:
    """HMAC-SHA256 of the canonical document, keyed by the congress's secret."""
    return hmac.new(bytes.fromhex(secret), dumps(doc).encode("utf-8"), hashlib.sha256).hexdigest()


def copy_for_station(db: Database, path: str | Path) -> Path:
    """A complete copy of this congress database for another station (SQLite online backup, then checked)."""
    dest = Path(path)
    if not db.is_sqlite:
        raise Refused("handover.shared_server", {}, "path")
    if dest.exists():
        raise Refused("handover.copy_exists", {"path": str(dest)}, "path")
    with db.reading() as s:
        last = s.scalar(select(LogRow.hash).order_by(LogRow.seq.desc()).limit(1)) or ""
    backup_mod.copy_checked(db.engine, dest, last)
    return dest


def export_entries(db: Database, actor: Actor, path: str | Path) -> int:
    """Writes this station's completed passes to a signed file; how many passes."""
    with db.writing(actor) as tx:
        s = tx.orm
        c = queries.congress_row(s)
        q = select(PassRow).where(
            PassRow.station == actor.station, PassRow.completed.is_not(None), PassRow.origin.is_(None)
        )
        passes = [_pass_doc(s, p) for p in s.scalars(q.order_by(PassRow.id))]
        doc = {
            "format": FORMAT,
            "version": VERSION,
            "congress": c.uid,
            "station": actor.station,
            "exported_at": tx.at,
            "passes": passes,
        }
        content = dumps({**doc, "mac": sign(c.secret or "", doc)})
        tx.append(HandoverExported(len(passes), Path(path).name, sha256(content)))
    Path(path).write_text(content, encoding="utf-8")
    return len(passes)


def _pass_doc(s: Session, p: PassRow) -> dict[str, Any]:
    st = s.get(StackRow, p.stack_id)
    assert st is not None
    q = select(PassItemRow.seq, PassItemRow.content, PassItemRow.count).where(
        PassItemRow.pass_id == p.id, PassItemRow.status == EntryStatus.CURRENT.value
    )
    return {
        "id": p.id,
        "election": st.election_id,
        "round": st.round_no,
        "team": st.team,
        "kind": st.kind,
        "collected": st.collected,
        "operator": p.operator,
        "station": p.station,
        "items": [[seq, content, count] for seq, content, count in sorted(s.execute(q))],
    }


def merge_entries(db: Database, actor: Actor, path: str | Path) -> int:
    """Checks a station's file and merges its passes (each compared as it arrives); how many were new."""
    try:
        doc = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        raise Refused("handover.unreadable", {"file": Path(path).name}, "file") from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise Refused("handover.not_handover", {"file": Path(path).name}, "file")
    mac = doc.pop("mac", "")
    with db.writing(actor) as tx:
        c = queries.congress_row(tx.orm)
        if doc.get("congress") != c.uid:
            raise Refused("handover.other_congress", {}, "file")
        if not isinstance(mac, str) or not hmac.compare_digest(mac, sign(c.secret or "", doc)):
            raise Refused("handover.altered", {}, "file")
        try:
            d = Doc(doc, "")
            passes = [_read_pass(v, p) for v, p in d.items("passes")]
            station = d.text("station")
        except RecordFault as fault:
            raise Refused("handover.malformed", {"field": fault.path}, fault.path) from None
        return sum(_merge_pass(tx, c.uid or "", station, p) for p in passes)


def _read_pass(value: Any, path: str) -> dict[str, Any]:
    d = Doc(value, path)
    items = d.each("items", lambda v, p: _raw(v, p))
    return {
        "id": d.integer("id"),
        "election": d.text("election"),
        "round": d.integer("round", 1),
        "team": d.text("team"),
        "kind": d.enum("kind", StackKind),
        "collected": d.integer("collected", 1),
        "operator": d.text("operator"),
        "station": d.text("station"),
        "items": items,
    }


def _raw(value: Any, path: str) -> RawItem:
    if not isinstance(value, list) or len(value) != 3:
        raise RecordFault("record.type", {"expected": "[seq, text, count]", "found": "value"}, path)
    return integer(value[0], f"{path}[0]", 1), text(value[1], f"{path}[1]"), integer(value[2], f"{path}[2]", 1)


def _merge_pass(tx: Tx, uid: str, station: str, p: dict[str, Any]) -> int:
    """One pass from the file: skipped if merged before, else stored, compared and logged; 1 when new."""
    s = tx.orm
    origin = f"{uid}/{station}/{p['id']}"
    if s.scalar(select(PassRow.id).where(PassRow.origin == origin)) is not None:
        return 0
    st = _stack_for(tx, p)
    where = {"team": st.team, "election": st.election_id, "round": st.round_no, "operator": p["operator"]}
    row = stack_dict(st)
    size = entry_size(row)
    items = {seq: (content, count) for seq, content, count in p["items"]}
    if sorted(items) != list(range(1, size + 1)) or len(items) != len(p["items"]):
        raise Refused("handover.incomplete", where, "file")
    canonical = _checked(s, st, items, where)
    nxt = enter(machine(projection(s), row), Entry(p["operator"], tuple(canonical[i] for i in range(1, size + 1))))
    if isinstance(nxt, Refusal):
        raise Refused("handover.refusal", {**where, "problem": Phrase(f"stack.refusal.{nxt.value}")}, "file")
    number = len(s.scalars(select(PassRow.id).where(PassRow.stack_id == st.id)).all()) + 1
    raw = tuple((seq, *canonical[seq]) for seq in sorted(canonical))
    event = PassMerged(
        st.id, tx.next_seq, number, origin, p["operator"], p["station"], raw, state_of(nxt), differences(nxt)
    )
    tx.append(event)
    promote(tx, row, nxt)
    return 1


def _stack_for(tx: Tx, p: dict[str, Any]) -> StackRow:
    """The head's stack for this pass, opened here when only the station had opened it."""
    s = tx.orm
    q = select(StackRow).where(
        StackRow.election_id == p["election"],
        StackRow.round_no == p["round"],
        StackRow.team == p["team"],
        StackRow.kind == p["kind"].value,
    )
    st = s.scalars(q).first()
    if st is not None:
        if st.collected != p["collected"]:
            params = {"team": st.team, "file": p["collected"], "here": st.collected}
            raise Refused("handover.stack_size", params, "file")
        return st
    rr = s.get(RoundRow, (p["election"], p["round"]))
    erow = s.get(ElectionRow, p["election"])
    if rr is None or rr.fingerprint is not None or erow is None or erow.removed is not None:
        raise Refused("handover.round_closed", {"election": p["election"], "round": p["round"]}, "file")
    if s.scalar(select(TeamRow.id).where(TeamRow.name == p["team"])) is None:
        tx.append(TeamAdded(p["team"], ()))
    sid = open_in(tx, p["election"], p["round"], p["team"], p["collected"], p["kind"])
    found = s.get(StackRow, sid)
    assert found is not None
    return found


def _checked(
    s: Session, st: StackRow, items: dict[int, tuple[str, int]], where: dict[str, Any]
) -> dict[int, tuple[str, int]]:
    """Every item must be a ballot (or sheet) the round accepts, as if typed here; its canonical text."""
    rr = s.get(RoundRow, (st.election_id, st.round_no))
    erow = s.get(ElectionRow, st.election_id)
    assert rr is not None and erow is not None
    rnd = rr.to_domain()
    out = {}
    for seq, (content, count) in items.items():
        try:
            if st.kind == StackKind.BALLOTS:
                ballot = ballot_from_text(content, count, None)
                if ballot_refusal(ballot, rnd, erow.kind) is not None or count != 1:
                    raise ValueError(seq)
                out[seq] = (ballot_text(ballot), 1)
            else:
                out[seq] = (subtotal_text(check_subtotal(subtotal_from_text(content, "item"), rnd)), 1)
        except (ValueError, UserError):
            raise Refused("handover.bad_item", {**where, "seq": seq}, "file") from None
    return out
