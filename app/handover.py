"""Several counting stations without a shared server: each works on a copy of the head's database and hands
its completed entry passes over as a signed file (USB stick), which the head's station checks and merges.

The file (`kiemphieu-entries`, version 2) is canonical JSON carrying the congress's id, a file id of its own, the
station's key fingerprint, the signed head of the station's log, and the passes, signed by the station's key
(purpose handover, docs/signatures.md). The head's station accepts a file only when it is signed by a station
key the congress registered, for this congress, never seen before (each file once), and only for stacks the
head's station opened — a merge never opens a stack. A refused file changes nothing; the attempt is logged
(`handover.refused`, with the reason's code). An accepted file is one transaction: `handover.accepted`, then one
record per merged pass (a stack it makes definitive adds its ballots' records).
"""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import backup as backup_mod
from app.checks import ballot_refusal, check_subtotal
from app.db import Actor, Database
from app.errors import Refused, UserError
from app.filesig import file_signature, sign_document
from app.keys import KeyFault, SignedHead, fingerprint, grouped
from app.progress import projection, stack_dict
from app.record.canonical import dumps, sha256
from app.record.codec import ballot_from_text, ballot_text, subtotal_from_text, subtotal_text
from app.record.events import HandoverAccepted, HandoverRefused, HandoverWritten, PassMerged, RawItem
from app.record.events.stations import Head
from app.record.fields import Doc, RecordFault, integer, text
from app.record.kinds import EntryStatus, StackKind
from app.record.log import Tx
from app.record.stackstate import differences, entry_size, machine, state_of
from app.stacks import promote
from app.storage import queries
from app.storage.rows import (
    ElectionRow,
    HandoverFileRow,
    LogRow,
    PassItemRow,
    PassRow,
    RoundRow,
    StackRow,
    StationRow,
)
from app.texts import Phrase
from ballot.double_entry import Entry, Refusal, enter

FORMAT = "kiemphieu-entries"
VERSION = 2
#: A hand-over file larger than this is refused unread (1,600 ballots × 3 passes take well under 10 MB).
MAX_BYTES = 64 * 1024 * 1024


def copy_for_station(db: Database, path: str | Path) -> Path:
    """A complete copy of this congress database for another station (SQLite online backup, then checked). Its
    last record is signed: the copy carries the signed head of the log (a backup anchor for `verify`)."""
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
    """Writes this station's completed passes to a file signed by its key; how many passes."""
    out = Path(path)
    with db.writing(actor) as tx:
        s = tx.orm
        assert tx.signer is not None
        uid = queries.congress_row(s).uid or ""
        q = select(PassRow).where(
            PassRow.station == actor.station, PassRow.completed.is_not(None), PassRow.origin.is_(None)
        )
        passes = [_pass_doc(s, p) for p in s.scalars(q.order_by(PassRow.id))]
        file_id = str(uuid.uuid4())
        doc = {
            "format": FORMAT,
            "version": VERSION,
            "congress": uid,
            "id": file_id,
            "station": actor.station,
            "fingerprint": tx.signer.fingerprint,
            "exported_at": tx.at,
            "log_head": tx.signer.head(uid, tx.head.seq, tx.head.hash).to_doc(),
            "passes": passes,
        }
        content = dumps(sign_document(doc, tx.signer, tx.at, purpose="handover"))
        tx.append(HandoverWritten(len(passes), file_id, out.name, sha256(content)))
    backup_mod.write_whole(out, content)
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


class HandoverRefusal(Refused):
    """A hand-over file refused: the reason's code and words, and what the head's log keeps of the attempt."""

    def __init__(self, code: str, params: dict[str, object] | None = None, path: str = "file") -> None:
        super().__init__(code, params or {}, path)


def merge_entries(db: Database, actor: Actor, path: str | Path) -> int:
    """Checks a station's signed file and merges its passes (each compared as it arrives); how many were new.
    A file that is refused changes nothing, and the attempt is logged (`handover.refused`)."""
    name = Path(path).name
    try:
        with Path(path).open("rb") as f:
            raw = f.read(MAX_BYTES + 1)
        if len(raw) > MAX_BYTES:
            raise ValueError("too large")
        content = raw.decode("utf-8")
        doc = json.loads(content)
    except (OSError, UnicodeDecodeError, ValueError):
        raise Refused("handover.unreadable", {"file": name}, "file") from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise Refused("handover.not_handover", {"file": name}, "file")
    digest = sha256(content)
    claimed = doc.get("id") if isinstance(doc.get("id"), str) else None
    claimed_fp = doc.get("fingerprint") if isinstance(doc.get("fingerprint"), str) else None
    try:
        with db.writing(actor) as tx:
            return _accept(tx, doc, digest)
    except Refused as refusal:
        detail = tuple(sorted((k, _shown(v)) for k, v in refusal.params.items()))
        with db.writing(actor) as tx:
            tx.append(HandoverRefused(refusal.code, digest, claimed, claimed_fp, detail))
        raise


def _shown(value: object) -> str:
    """A refusal's parameter as its words (a phrase in Vietnamese, the archive's language)."""
    return value.text("vi") if isinstance(value, Phrase) else str(value)


def _accept(tx: Tx, doc: dict[str, Any], digest: str) -> int:
    """Every check of the file, then its acceptance and passes (the caller's transaction)."""
    s = tx.orm
    uid = queries.congress_row(s).uid or ""
    if doc.get("version") != VERSION:
        raise HandoverRefusal("handover.old_version", {"version": str(doc.get("version"))[:10]})
    if doc.get("congress") != uid:
        raise HandoverRefusal("handover.other_congress")
    signature = file_signature(doc, "handover")
    if signature["status"] != "valid":
        unsigned = signature["status"] in ("unsigned", "removed")
        raise HandoverRefusal("handover.unsigned" if unsigned else "handover.altered")
    fp = str(signature["fingerprint"])
    station = s.get(StationRow, fp)
    if station is None or station.role not in ("head", "station") or station.retired is not None:
        raise HandoverRefusal("handover.unknown_key", {"fingerprint": grouped(fp)})
    if station.key != doc["signature"]["key"] or doc.get("fingerprint") != fp:
        raise HandoverRefusal("handover.altered")
    try:
        head = SignedHead.from_doc(doc.get("log_head"))
        good_head = head.valid_for(uid) and fingerprint(head.key) == fp
    except KeyFault:
        good_head = False
    if not good_head:
        raise HandoverRefusal("handover.altered")
    try:
        d = Doc(doc, "")
        file_id, station_name = d.text("id"), d.text("station")
        passes = [_read_pass(v, p) for v, p in d.items("passes")]
    except RecordFault as fault:
        raise HandoverRefusal("handover.malformed", {"field": fault.path}, fault.path) from None
    if s.get(HandoverFileRow, file_id) is not None:
        raise HandoverRefusal("handover.replayed", {"file": file_id})
    stacks = [_stack_for(s, p) for p in passes]  # every stack the head's station opened, before anything is written
    tx.append(HandoverAccepted(file_id, digest, fp, Head(head.seq, head.hash), len(passes)))
    return sum(_merge_pass(tx, f"{uid}/{fp}", station_name, p, st) for p, st in zip(passes, stacks, strict=True))


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


def _merge_pass(tx: Tx, origin_of: str, station: str, p: dict[str, Any], st: StackRow) -> int:
    """One pass from the file: skipped if merged before (from an earlier file of the station), else stored,
    compared and logged; 1 when new."""
    s = tx.orm
    origin = f"{origin_of}/{p['id']}"
    if s.scalar(select(PassRow.id).where(PassRow.origin == origin)) is not None:
        return 0
    s.refresh(st)
    where = {"team": st.team, "election": st.election_id, "round": st.round_no, "operator": p["operator"]}
    row = stack_dict(st)
    size = entry_size(row)
    items = {seq: (content, count) for seq, content, count in p["items"]}
    if sorted(items) != list(range(1, size + 1)) or len(items) != len(p["items"]):
        raise HandoverRefusal("handover.incomplete", where)
    canonical = _checked(s, st, items, where)
    nxt = enter(machine(projection(s), row), Entry(p["operator"], tuple(canonical[i] for i in range(1, size + 1))))
    if isinstance(nxt, Refusal):
        raise HandoverRefusal("handover.refusal", {**where, "problem": Phrase(f"stack.refusal.{nxt.value}")})
    number = len(s.scalars(select(PassRow.id).where(PassRow.stack_id == st.id)).all()) + 1
    raw = tuple((seq, *canonical[seq]) for seq in sorted(canonical))
    event = PassMerged(
        st.id, tx.next_seq, number, origin, p["operator"], p["station"], raw, state_of(nxt), differences(nxt)
    )
    tx.append(event)
    promote(tx, row, nxt)
    return 1


def _stack_for(s: Session, p: dict[str, Any]) -> StackRow:
    """The head's stack for this pass; refused when the head's station never opened it (a merge never opens
    a stack), or when it differs from the station's."""
    q = select(StackRow).where(
        StackRow.election_id == p["election"],
        StackRow.round_no == p["round"],
        StackRow.team == p["team"],
        StackRow.kind == p["kind"].value,
    )
    st = s.scalars(q).first()
    if st is None:
        where = {"team": p["team"], "election": p["election"], "round": p["round"]}
        raise HandoverRefusal("handover.stack_not_opened", where)
    if st.collected != p["collected"]:
        raise HandoverRefusal("handover.stack_size", {"team": st.team, "file": p["collected"], "here": st.collected})
    rr = s.get(RoundRow, (st.election_id, st.round_no))
    if rr is None or rr.fingerprint is not None:
        raise HandoverRefusal("handover.round_closed", {"election": st.election_id, "round": st.round_no})
    return st


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
            raise HandoverRefusal("handover.bad_item", {**where, "seq": seq}) from None
    return out
