"""Several counting stations without a shared server: each works on a copy of the head's database and hands its
completed entry passes over as a signed file (USB stick), which the head's station checks and merges.

The file is canonical JSON carrying the congress id and an HMAC-SHA256 over everything else, keyed by the
congress's secret (made with the congress, present in every copy of its database, never printed or logged).
A file altered on the way, or made for another congress, is refused before anything is written. Merging is one
transaction with one log record per merged pass (a stack it makes definitive adds its `ballot` records).
"""

from __future__ import annotations

import hashlib
import hmac
import json
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from app import backup as backup_mod
from app import stacks as sk
from app.storage import queries
from app.storage.canonical import ballot_from_text, dumps, sha256
from app.storage.log import Appender
from app.storage.rows import ElectionRow, PassItemRow, PassRow, RoundRow, StackRow, TeamRow, subtotal_from
from app.storage.validate import Refused, ballot_refusal, check_subtotal
from ballot.double_entry import EntriesDiffer, Entry, enter

FORMAT = "kiemphieu-entries"
VERSION = 1


class Handover:
    """Export on a station, merge on the head's station (mixed into Workspace)."""

    station: str
    operator: str

    engine: Engine
    is_sqlite: bool

    if TYPE_CHECKING:

        def _action(self) -> AbstractContextManager[tuple[Session, Appender]]: ...
        def last_hash(self) -> str: ...

    def copy_for_station(self, path: str | Path) -> Path:
        """A complete copy of this congress database for another station (SQLite online backup, then checked)."""
        dest = Path(path)
        if not self.is_sqlite:
            raise Refused("Các máy dùng chung máy chủ PostgreSQL: không cần bản sao.", "shared server: no copy needed")
        if dest.exists():
            raise Refused(f"Đã có tệp {dest}; chọn tên khác.", f"{dest} exists")
        backup_mod.copy_checked(self.engine, dest, self.last_hash())
        return dest

    def export_entries(self, path: str | Path) -> int:
        """Writes this station's completed passes to a signed file; how many passes."""
        with self._action() as (s, log):
            c = queries.congress_row(s)
            passes = [_pass_doc(s, p) for p in _station_passes(s, self.station)]
            doc = {
                "format": FORMAT,
                "version": VERSION,
                "congress": c.uid,
                "station": self.station,
                "exported_at": log.at,
                "passes": passes,
            }
            text = dumps({**doc, "mac": sign(c.secret or "", doc)})
            log.append("entries.export", {"passes": len(passes), "file": Path(path).name, "sha256": sha256(text)})
        Path(path).write_text(text, encoding="utf-8")
        return len(passes)

    def merge_entries(self, path: str | Path) -> int:
        """Checks a station's file and merges its passes (each compared as it arrives); how many were new."""
        try:
            doc = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            raise Refused(
                f"Không đọc được tệp bàn giao {Path(path).name}.", f"unreadable handover file: {exc}"
            ) from None
        if not isinstance(doc, dict) or doc.get("format") != FORMAT:
            raise Refused("Đây không phải tệp bàn giao phiếu của chương trình kiểm phiếu.", "not a handover file")
        mac = doc.pop("mac", "")
        merged = 0
        with self._action() as (s, log):
            c = queries.congress_row(s)
            if doc.get("congress") != c.uid:
                raise Refused(
                    "Tệp bàn giao này thuộc một đại hội khác: không nhập.", "handover file of another congress"
                )
            if not isinstance(mac, str) or not hmac.compare_digest(mac, sign(c.secret or "", doc)):
                raise Refused(
                    "Tệp bàn giao đã bị sửa sau khi xuất (chữ ký không khớp): không nhập.", "handover file altered"
                )
            for p in doc["passes"]:
                merged += _merge_pass(s, log, c.uid or "", doc["station"], p)
        return merged


def sign(secret: str, doc: dict[str, Any]) -> str:
    """HMAC-SHA256 of the canonical document, keyed by the congress's secret."""
    return hmac.new(bytes.fromhex(secret), dumps(doc).encode("utf-8"), hashlib.sha256).hexdigest()


def _station_passes(s: Session, station: str) -> list[PassRow]:
    q = select(PassRow).where(PassRow.station == station, PassRow.completed.is_not(None), PassRow.origin.is_(None))
    return list(s.scalars(q.order_by(PassRow.id)))


def _pass_doc(s: Session, p: PassRow) -> dict[str, Any]:
    st = s.get(StackRow, p.stack_id)
    assert st is not None
    items = sk.pass_items(s, p.id)
    return {
        "id": p.id,
        "election": st.election_id,
        "round": st.round_no,
        "team": st.team,
        "kind": st.kind,
        "collected": st.collected,
        "operator": p.operator,
        "station": p.station,
        "items": [[seq, *items[seq]] for seq in sorted(items)],
    }


def _merge_pass(s: Session, log: Appender, uid: str, station: str, p: dict[str, Any]) -> int:
    """One pass from the file: skipped if merged before, else stored, compared and logged; 1 when new."""
    origin = f"{uid}/{station}/{p['id']}"
    if s.scalar(select(PassRow.id).where(PassRow.origin == origin)) is not None:
        return 0
    st = _stack_for(s, log, p)
    where = f"tổ {st.team}, cuộc bầu {st.election_id} lần {st.round_no}"
    size = sk.entry_size(st)
    items: dict[int, sk.Item] = {int(seq): (str(content), int(count)) for seq, content, count in p["items"]}
    if sorted(items) != list(range(1, size + 1)):
        raise Refused(f"Lần nhập của {p['operator']} ({where}) không đủ các phiếu.", "incomplete pass in file")
    _check_items(s, st, items, where)
    nxt = enter(sk.machine(s, st), Entry(p["operator"], tuple(items[i] for i in range(1, size + 1))))
    if isinstance(nxt, sk.Refusal):
        vi, en = sk.REFUSALS_VI[nxt]
        raise Refused(f"{where}, người nhập {p['operator']}: {vi}", en)
    pid = log.next_seq()
    number = len(list(s.scalars(select(PassRow.id).where(PassRow.stack_id == st.id)))) + 1
    diffs = [d.seq for d in nxt.open] if isinstance(nxt, EntriesDiffer) else []
    log.append(
        "pass.merge",
        {
            "stack": st.id,
            "pass": pid,
            "number": number,
            "origin": origin,
            "operator": p["operator"],
            "station": p["station"],
            "items": [[seq, *items[seq]] for seq in sorted(items)],
            "state": sk.state_name(nxt),
            "differences": diffs,
        },
    )
    s.add(
        PassRow(
            id=pid,
            stack_id=st.id,
            number=number,
            operator=p["operator"],
            station=p["station"],
            origin=origin,
            completed=pid,
        )
    )
    s.flush()
    s.add_all(
        PassItemRow(log_seq=pid, seq=seq, pass_id=pid, content=c, count=n, status="current")
        for seq, (c, n) in sorted(items.items())
    )
    sk.settle_state(s, log, st, nxt)
    return 1


def _stack_for(s: Session, log: Appender, p: dict[str, Any]) -> StackRow:
    """The head's stack for this pass, opened here when only the station had opened it."""
    st = s.scalars(
        select(StackRow).where(
            StackRow.election_id == p["election"],
            StackRow.round_no == p["round"],
            StackRow.team == p["team"],
            StackRow.kind == p["kind"],
        )
    ).first()
    if st is not None:
        if st.collected != p["collected"]:
            raise Refused(
                f"Tổ {st.team}: số phiếu của tập ({p['collected']}) khác với máy trưởng ban ({st.collected}).",
                "stack size differs",
            )
        return st
    rr = s.get(RoundRow, (p["election"], p["round"]))
    if rr is None or rr.fingerprint is not None:
        raise Refused(f"Lần bầu thứ {p['round']} của {p['election']!r} không mở để nhập.", "round not open")
    if s.scalar(select(TeamRow.id).where(TeamRow.name == p["team"])) is None:
        tid = log.next_seq()
        log.append("team.add", {"name": p["team"], "members": []})
        s.add(TeamRow(id=tid, name=p["team"], members="[]"))
    sid = log.next_seq()
    required = int(queries.congress_row(s).entry_mode)
    doc = {"election": p["election"], "round": p["round"], "team": p["team"], "kind": p["kind"]}
    log.append("stack.open", {**doc, "collected": p["collected"], "required": required})
    st = StackRow(
        id=sid,
        election_id=p["election"],
        round_no=p["round"],
        team=p["team"],
        kind=p["kind"],
        collected=p["collected"],
        required=required,
        state="awaiting",
    )
    s.add(st)
    s.flush()
    return st


def _check_items(s: Session, st: StackRow, items: dict[int, sk.Item], where: str) -> None:
    """Every item must be a ballot (or sheet) the round accepts, as if typed at this station."""
    rr = s.get(RoundRow, (st.election_id, st.round_no))
    erow = s.get(ElectionRow, st.election_id)
    assert rr is not None and erow is not None
    rnd = rr.to_domain()
    for seq, (content, count) in items.items():
        try:
            if st.kind == "ballots":
                refusal = ballot_refusal(ballot_from_text(content, count, None), rnd, erow.kind)
                if refusal is not None or count != 1:
                    raise ValueError(refusal)
            else:
                check_subtotal(subtotal_from(content), rnd)
        except (ValueError, KeyError, Refused):
            raise Refused(f"{where}: phiếu số {seq} trong tệp không hợp với lần bầu.", f"bad item {seq}") from None
