"""`verify` by replay: the log's chain, every record decoded, the projection rebuilt from the log into an empty
database by the same projector, every table, row and column compared with what is stored, and every
finalized round re-tallied from the rebuilt data against its seal.

Everything found is a `Finding` (a code, its parameters, the record, table, row and column it names); the
texts are in the catalogue. Nothing here parses a stored table value: a garbage value is simply a difference.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import suppress
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Engine, create_engine
from sqlalchemy.orm import Session
from sqlalchemy.pool import StaticPool

from app.anchors import Given
from app.errors import UserError
from app.keyring import Keyring, KnownKey
from app.keys import fingerprint, grouped, seal_payload
from app.keys import verify as verify_signature
from app.record.canonical import GENESIS, dumps, record_hash, sha256
from app.record.events import (
    CongressCreated,
    CongressCreatedV3,
    Event,
    RecordConverted,
    RoundFinalized,
    RoundReopened,
    RoundSealed,
    decode,
)
from app.record.projection import Envelope, Key, Projection, ProjectionFault, key_text
from app.record.projector import project
from app.record.sql import TABLES, AlchemySql, Sql, SqliteSql
from app.texts import Phrase

LOG = (
    "SELECT seq, at, station, operator, action, payload, data_hash, prev_hash, hash, key, signature "
    "FROM log ORDER BY seq"
)
#: Tables not projected from the log: the log itself (Alembic's version table is not in the metadata).
NOT_PROJECTED = frozenset({"log"})


@dataclass(frozen=True, slots=True)
class Finding:
    """Something stored that the log does not account for: a code, its parameters, and what it names."""

    code: str
    params: Mapping[str, object] = field(default_factory=dict)
    seq: int | None = None
    table: str | None = None
    key: str | None = None
    column: str | None = None

    def phrase(self) -> Phrase:
        """The finding in words (a table named as stored, with what it holds in words)."""
        table = (
            None
            if self.table is None
            else Phrase("verify.table", {"name": self.table, "words": table_words(self.table)})
        )
        return Phrase(
            self.code, {**self.params, "seq": self.seq, "table": table, "key": self.key, "column": self.column}
        )


def table_words(name: str) -> Phrase:
    """What a table holds, in words (`table.<name>` in the catalogue; every projected table has one)."""
    return Phrase(f"table.{name}")


@dataclass(frozen=True, slots=True)
class RoundCheck:
    """A round re-tallied from the rebuilt data: finalized or not, its fingerprint now, and whether its seal holds."""

    election: str
    round: int
    finalized: bool
    fingerprint: str
    ok: bool


@dataclass(frozen=True, slots=True)
class AnchorResult:
    """How the log compares with an anchor taken from elsewhere (or this station's own): `ok`, `missing` (the
    newest `missing` records are gone), `differs`, `not_found`, `reopened` (a round fingerprint whose round was
    reopened since) or `changed` (its round's data no longer gives it)."""

    source: str
    kind: str
    status: str
    seq: int | None = None
    missing: int = 0

    @property
    def ok(self) -> bool:
        """The log still holds what was anchored."""
        return self.status == "ok"


@dataclass
class Report:
    """What verify found: the records walked, the last hash, the rounds re-tallied, the keys the log registers,
    the anchors compared, the findings (first first)."""

    records: int = 0
    last_hash: str = GENESIS
    rounds: list[RoundCheck] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    unsigned_older: int = 0
    signed: int = 0
    keys: list[KnownKey] = field(default_factory=list)
    head_rekeyed: list[int] = field(default_factory=list)
    anchors: list[AnchorResult] = field(default_factory=list)
    congress: str | None = None

    @property
    def ok(self) -> bool:
        """Nothing found."""
        return not self.findings

    @property
    def first(self) -> Finding | None:
        """The first finding, if any."""
        return self.findings[0] if self.findings else None


def verify(
    conn: Connection,
    anchors: Sequence[Given] = (),
    own: Callable[[str], Given | None] | None = None,
    head: str | None = None,
) -> Report:
    """Every check, on the stored database at `conn`; then the log against this station's own anchor for the
    congress the log names (`own(uid)`) and each anchor given; with `head` (a key fingerprint, e.g. printed on
    the minutes), the log must register that key as the head's."""
    report = Report()
    stored = AlchemySql(conn)
    try:
        rows = stored.all(LOG, {})
    except Exception:  # a database without a readable log table is a finding, never a crash
        report.findings.append(Finding("verify.schema", table="log"))
        return report
    report.records = len(rows)
    envelopes = _chain(rows, report)
    if envelopes is None:
        return report
    report.last_hash = envelopes[-1].hash if envelopes else GENESIS
    events = _decode(envelopes, report)
    if events is None:
        return report
    report.congress = _congress_id(events)
    if not _seals(envelopes, events, report):
        return report
    engine = _empty_database()
    try:
        raw = engine.raw_connection()
        rebuilt = SqliteSql(raw.driver_connection)  # type: ignore[arg-type]
        p = Projection(rebuilt, provenance=True)
        if not _replay(p, envelopes, events, report):
            return report
        report.findings.extend(_compare(stored, rebuilt, p, len(envelopes)))
        try:
            p.check_promotions(None)
        except ProjectionFault as fault:  # the log ends inside a stack's promotion: its newest records are missing
            problem = Phrase(fault.code, fault.params)
            report.findings.append(Finding("verify.projection", {"problem": problem}, seq=len(envelopes)))
        _retally(engine, p, report)
        raw.close()
    finally:
        _release(engine)
    mine = None
    if own is not None and report.congress:
        with suppress(UserError, OSError):
            mine = own(report.congress)
    for given in [mine, *anchors] if mine is not None else anchors:
        result = _anchored(given, envelopes, events, report)
        report.anchors.append(result)
        if not result.ok:
            params = {"source": given.source, "missing": result.missing, "anchored": given.seq}
            report.findings.append(Finding(f"verify.anchor.{result.status}", params, seq=result.seq, table="log"))
    heads = {k.registration.fingerprint for k in report.keys if k.registration.role == "head"}
    if head is not None and head not in heads:
        report.findings.append(Finding("verify.head_key", {"fingerprint": grouped(head)}, table="log"))
    return report


_SPARE: list[Engine] = []


def _empty_database() -> Engine:
    """An empty in-memory database with the program's schema (one engine kept per process, so the re-tally's
    compiled queries are reused: SQLAlchemy keys them by the engine's dialect)."""
    from app.storage.rows import Base

    engine = _SPARE.pop() if _SPARE else create_engine("sqlite://", poolclass=StaticPool)
    Base.metadata.drop_all(engine)
    Base.metadata.create_all(engine)
    return engine


def _release(engine: Engine) -> None:
    _SPARE.append(engine)


def _chain(rows: Sequence[Sequence[Any]], report: Report) -> list[Envelope] | None:
    """Contiguous numbers, each record's data hash, chained hash and signature (against the keys the log has
    registered up to it: `app.keyring`); the first bad record is a finding, and nothing after it is trusted."""
    out, prev = [], GENESIS
    ring = Keyring()
    for i, r in enumerate(rows, 1):
        seq, at, station, operator, action, payload, data_hash, prev_hash, h, key, sig = r
        if isinstance(seq, bool) or seq != i:
            params = {"position": i, "found": _shown(seq)}
            report.findings.append(Finding("verify.seq", params, seq=i, table="log", key=f"seq={i}", column="seq"))
            return None
        bad = next((f for f, v in zip(FIELDS, r[1:9], strict=True) if not isinstance(v, str)), None)
        if bad is None:
            bad = next((f for f, v in (("key", key), ("signature", sig)) if not isinstance(v, str | None)), None)
        if bad is not None:
            report.findings.append(Finding("verify.field", seq=i, table="log", key=f"seq={i}", column=bad))
            return None
        if sha256(payload) != data_hash:
            column = "payload, data_hash"
            report.findings.append(Finding("verify.data_hash", seq=i, table="log", key=f"seq={i}", column=column))
            return None
        if prev_hash != prev:
            report.findings.append(Finding("verify.prev_hash", seq=i, table="log", key=f"seq={i}", column="prev_hash"))
            return None
        if record_hash(seq, at, station, operator, action, data_hash, prev_hash) != h:
            column = "at, station, operator, action, hash"
            report.findings.append(Finding("verify.hash", seq=i, table="log", key=f"seq={i}", column=column))
            return None
        fault = ring.check(seq, action, payload, h, key, sig)
        if fault is not None:
            problem = Phrase(fault.code, {"seq": seq, "key": grouped(fault.key or "") or "—"})
            column = "key, signature"
            report.findings.append(
                Finding("verify.signature", {"problem": problem}, seq=seq, table="log", key=f"seq={seq}", column=column)
            )
            _keys(ring, report)
            return None
        out.append(Envelope(seq, at, station, operator, action, payload, data_hash, prev_hash, h, key, sig))
        prev = h
    _keys(ring, report)
    return out


def _keys(ring: Keyring, report: Report) -> None:
    report.unsigned_older, report.signed = ring.unsigned_older, ring.signed
    report.keys = sorted(ring.keys.values(), key=lambda k: k.since)
    report.head_rekeyed = list(ring.head_rekeyed)


def _congress_id(events: Sequence[Event]) -> str | None:
    """The congress's id, as the log gives it (its creation, or an older database's conversion)."""
    uid = None
    for ev in events:
        if isinstance(ev, CongressCreated | CongressCreatedV3 | RecordConverted):
            uid = ev.uid
    return uid


def _seals(envelopes: Sequence[Envelope], events: Sequence[Event], report: Report) -> bool:
    """Each signed seal (`round.finalize@2`): signed by the key that signed its record, for this congress."""
    for env, ev in zip(envelopes, events, strict=True):
        if not isinstance(ev, RoundSealed):
            continue
        ok = False
        with suppress(UserError):
            fp = fingerprint(ev.key)
            payload = seal_payload(report.congress or "", ev.election, ev.round, ev.fingerprint, ev.at, ev.by)
            ok = fp == env.key and verify_signature(ev.key, "seal", payload, ev.signature)
        if not ok:
            params = {"election": ev.election, "round": ev.round}
            report.findings.append(Finding("verify.seal_signature", params, seq=env.seq, table="log", column="payload"))
            return False
    return True


def _anchored(given: Given, envelopes: Sequence[Envelope], events: Sequence[Event], report: Report) -> AnchorResult:
    """One anchor: a record (number and hash) compared with the log; a bare hash found as a record's, or as a
    round fingerprint sealed by a finalize record still in force whose round's data still gives it; a printed
    seal (`kiemphieu-seal/1`) must also be the head's signature that record carries. A head's key replaced
    after an anchored record is a finding: the anchor does not vouch for what that key signed."""
    last = len(envelopes)
    if given.congress is not None and given.congress != report.congress:
        return AnchorResult(given.source, given.kind, "other_congress", given.seq)
    seq = given.seq
    if seq is None:
        seq = next((env.seq for env in envelopes if env.hash == given.hash), None)
        if seq is None:
            return _round_anchor(given, envelopes, events, report)
    elif last < seq:
        return AnchorResult(given.source, given.kind, "missing", seq, seq - last)
    elif envelopes[seq - 1].hash != given.hash:
        return AnchorResult(given.source, given.kind, "differs", seq)
    if any(r > seq for r in report.head_rekeyed):
        return AnchorResult(given.source, given.kind, "rekeyed", seq)
    return AnchorResult(given.source, given.kind, "ok", seq)


def _round_anchor(given: Given, envelopes: Sequence[Envelope], events: Sequence[Event], report: Report) -> AnchorResult:
    reopened: set[tuple[str, int]] = set()
    for env, ev in zip(reversed(envelopes), reversed(events), strict=True):
        if isinstance(ev, RoundReopened):
            reopened.add((ev.election, ev.round))
        elif isinstance(ev, RoundFinalized | RoundSealed) and ev.fingerprint == given.hash:
            where = (ev.election, ev.round)
            if where in reopened:
                return AnchorResult(given.source, "round", "reopened", env.seq)
            if given.signature is not None:
                signed = isinstance(ev, RoundSealed) and ev.signature == given.signature
                if not signed or env.key != given.key:
                    return AnchorResult(given.source, "seal", "other_seal", env.seq)
            now = next((r.fingerprint for r in report.rounds if (r.election, r.round) == where), None)
            return AnchorResult(given.source, "round", "ok" if now == given.hash else "changed", env.seq)
    return AnchorResult(given.source, given.kind, "not_found")


FIELDS = ("at", "station", "operator", "action", "payload", "data_hash", "prev_hash", "hash")


def _decode(envelopes: list[Envelope], report: Report) -> list[Event] | None:
    events = []
    for env in envelopes:
        try:
            events.append(decode(env.action, env.payload))
        except UserError as fault:
            report.findings.append(
                Finding(
                    "verify.undecodable",
                    {"field": fault.path, "problem": Phrase(fault.code, fault.params)},
                    seq=env.seq,
                )
            )
            return None
    return events


def _replay(p: Projection, envelopes: list[Envelope], events: list[Event], report: Report) -> bool:
    """Projects every record in order into the empty database; a record it cannot apply is a finding."""
    env: Envelope | None = None
    try:
        for env, ev in zip(envelopes, events, strict=True):
            project(p, env, ev)
    except ProjectionFault as fault:
        seq = None if env is None else env.seq
        report.findings.append(Finding("verify.projection", {"problem": Phrase(fault.code, fault.params)}, seq=seq))
        return False
    return True


def _sort_key(key: Key) -> tuple[tuple[int, Any], ...]:
    return tuple((0, v) if isinstance(v, int) and not isinstance(v, bool) else (1, str(v)) for v in key)


def _shown(value: object) -> str:
    text = "NULL" if value is None else json.dumps(value, ensure_ascii=False) if isinstance(value, str) else str(value)
    return text if len(text) <= 80 else text[:79] + "…"


#: Tables whose key is the number of the record that wrote the row.
BY_RECORD = {"ballot": "id", "subtotal": "id", "team": "id", "stack": "id", "entry_pass": "id", "resolution": "id"}
BY_RECORD_ITEM = {"pass_item": "log_seq"}


def _compare(stored: Sql, rebuilt: Sql, p: Projection, last: int) -> Iterator[Finding]:
    """Every table, row and column: stored against rebuilt, on raw values; the first difference of each table.
    A row whose key names a record after the log's last one means the log's newest records are missing."""
    for name, t in TABLES.items():
        if name in NOT_PROJECTED:
            continue
        try:
            have = {tuple(r[t.columns.index(k)] for k in t.key): r for r in stored.all(t.select, {})}
        except Exception:  # a missing or unreadable table is a finding
            yield Finding("verify.schema", table=name)
            continue
        want = {tuple(r[t.columns.index(k)] for k in t.key): r for r in rebuilt.all(t.select, {})}
        if have == want:  # equal values are of equal types in every column (INTEGER and TEXT affinity)
            continue
        for key in sorted(set(have) | set(want), key=_sort_key):
            h, w = have.get(key), want.get(key)
            where = key_text(name, key)
            if w is None:
                column = BY_RECORD.get(name) or BY_RECORD_ITEM.get(name)
                seq = h[t.columns.index(column)] if column and h is not None else None
                if isinstance(seq, int) and not isinstance(seq, bool) and seq > last:
                    yield Finding("verify.row_after_log", {"last": last}, seq=seq, table=name, key=where)
                else:
                    yield Finding("verify.row_extra", table=name, key=where)
                break
            writer = p.writer(name, key, t.key[0])
            if h is None:
                yield Finding("verify.row_missing", seq=writer, table=name, key=where)
                break
            column = next(
                (c for c, a, b in zip(t.columns, h, w, strict=True) if a != b or type(a) is not type(b)), None
            )
            if column is not None:
                i = t.columns.index(column)
                params = {"stored": _shown(h[i]), "expected": _shown(w[i])}
                yield Finding("verify.row_changed", params, p.writer(name, key, column), name, where, column)
                break


def _retally(engine: Any, p: Projection, report: Report) -> None:
    """Every round re-tallied from the rebuilt data; a finalized round's fingerprint and result against its seal."""
    from app.fileformat.writer import fingerprint
    from app.record.codec import SealedResult
    from app.storage import queries
    from ballot.election import tally_all

    with Session(engine) as s:
        if queries.congress_or_none(s) is None:
            return
        data = queries.election_data(s)
        sealed = queries.seals(s)
    results = {(er.election, r.round): r for er in tally_all(data) for r in er.rounds}
    for e in data.elections:
        for rnd in e.rounds:
            fp = fingerprint(data, e, rnd)
            seal = sealed.get((e.id, rnd.number))
            if seal is None:
                report.rounds.append(RoundCheck(e.id, rnd.number, False, fp, True))
                continue
            key = (e.id, rnd.number)
            result = dumps(SealedResult.of(results[key]).doc())
            ok = seal.fingerprint == fp and seal.votes == result
            report.rounds.append(RoundCheck(e.id, rnd.number, True, fp, ok))
            if not ok:
                column = "fingerprint" if seal.fingerprint != fp else "votes"
                params = {"election": e.id, "round": rnd.number}
                report.findings.append(
                    Finding(
                        f"verify.seal_{column}",
                        params,
                        p.writer("round", key, column),
                        "round",
                        key_text("round", key),
                        column,
                    )
                )
