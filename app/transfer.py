"""The open election file in and out of a congress database: one import and one export, used by the window
and the command line alike.

The export is signed by the exporting station's key (purpose election) and carries the congress's id, its
registered stations, every finalized round's seal with the head's signature, the log's last hash and the signed
head of the log. An import makes a new congress (its own id and log, this station its head): a round arrives
finalized only when its seal is signed by a key this station accepts — its own, or one the user trusts after
comparing its fingerprint (`trust`); any other seal is left off, the round imported as not finalized, and said."""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from app import backup as backup_mod
from app import congress as congress_mod
from app import elections as elections_mod
from app import reports
from app import stations as stations_mod
from app.db import Actor, Database, open_database
from app.errors import Refused
from app.fileformat import jsontext, loads
from app.fileformat.reader import LoadedFile, Seal
from app.fileformat.writer import document, fingerprint
from app.filesig import names_of, seal_signature, sign_document
from app.keys import StationKey, parse_fingerprint
from app.record.codec import SealedResult
from app.record.events import BallotRecorded, ElectionAdded, RoundStarted, SubtotalRecorded
from app.record.log import Tx, now
from app.rounds import sealed
from app.storage import lockfile
from app.storage.engine import sqlite_path, url_for
from app.storage.errors import ExistsError, StorageError, translated
from ballot.election import tally_all, withdrawn
from ballot.model import ElectionData

Seals = dict[tuple[str, int], Seal]
PART = ".part"
#: What a killed import may leave beside the target.
STRAY_SUFFIXES = ("", "-wal", "-shm", "-journal", lockfile.SUFFIX)


@dataclass(frozen=True, slots=True)
class SealCheck:
    """A sealed round of a file being imported: whether it arrives finalized (`accepted`), and why not
    (`status`: own, trusted, untrusted — a good signature by a key not accepted —, unsigned, invalid), with the
    signer's fingerprint and the name the file gives it."""

    election: str
    round: int
    status: str
    fingerprint: str | None
    name: str | None

    @property
    def accepted(self) -> bool:
        """The round is imported finalized."""
        return self.status in ("own", "trusted")


def check_seals(source: str | Path, actor: Actor, trust: Iterable[str] = ()) -> list[SealCheck]:
    """Each sealed round of an election file, as an import by this actor would take it."""
    raw_bytes = jsontext.read_bytes(source)
    return seal_checks(loads(raw_bytes), jsontext.parse(jsontext.decode(raw_bytes)), actor, trust)


def seal_checks(lf: LoadedFile, doc: Any, actor: Actor, trust: Iterable[str] = ()) -> list[SealCheck]:
    """The seals of a loaded file (and its raw document, which holds the signatures)."""
    own = actor.signer().fingerprint
    trusted = {parse_fingerprint(t) for t in trust}
    names = names_of(doc) if isinstance(doc, Mapping) else {}
    finals = _raw_finals(doc)
    uid = doc.get("congress_uid") if isinstance(doc, Mapping) else None
    out = []
    for election, round_no in lf.seals:
        status, fp = seal_signature(finals.get((election, round_no)), uid, election, round_no)
        if status == "valid":
            status = "own" if fp == own else "trusted" if fp in trusted else "untrusted"
        out.append(SealCheck(election, round_no, status, fp, names.get(fp or "")))
    return out


def _raw_finals(doc: Any) -> dict[tuple[str, int], Any]:
    out: dict[tuple[str, int], Any] = {}
    elections = doc.get("elections") if isinstance(doc, Mapping) else None
    for e in elections if isinstance(elections, list) else []:
        rounds = e.get("rounds") if isinstance(e, Mapping) else None
        for r in rounds if isinstance(rounds, list) else []:
            if isinstance(r, Mapping) and r.get("final") is not None:
                out[(str(e.get("id")), r.get("round"))] = r["final"]  # type: ignore[index]
    return out


def import_file(
    source: str | Path,
    target: str | Path,
    actor: Actor,
    head_pin: str | None = None,
    trust: Iterable[str] = (),
) -> Database:
    """A new congress database made from an election file: all of it, or nothing at the target's name.

    On SQLite the database is built in `<target>.part` beside the target (same folder, so the rename is atomic),
    made self-contained (journal checkpointed, rollback-journal mode), checked (`integrity_check`, the entry log
    reaching its last hash), synced, and only then given the target's name: a killed import leaves either no
    database or a complete one; its `.part` files are removed by the next import of the same name (whoever
    imports holds the target's lock, so a `.part` without a live importer is a stray). On PostgreSQL the congress
    and the file's data are written in one transaction (one record per election, round, ballot, subtotal and
    seal): a failed or killed import leaves no record, and the next import of the same database proceeds.

    A round arrives finalized only when its seal is signed by this station's key or a key in `trust` (compared by
    the user); `check_seals` says which beforehand."""
    raw_bytes = jsontext.read_bytes(source)
    lf = loads(raw_bytes)
    checks = seal_checks(lf, jsontext.parse(jsontext.decode(raw_bytes)), actor, trust)
    accepted = {(c.election, c.round): c.fingerprint for c in checks if c.accepted}
    lf = replace(lf, seals={k: v for k, v in lf.seals.items() if k in accepted})
    path = sqlite_path(url_for(target))
    if path is None:  # a server: the congress and all its data in one transaction
        return _create(target, lf, actor, head_pin, lambda tx: import_data(tx, lf.data, lf.seals, accepted))
    with translated(str(path)):
        path.parent.mkdir(parents=True, exist_ok=True)
        with lockfile.acquire(path):
            remove_strays(path)
            if path.exists():
                if path.stat().st_size > 0:
                    raise ExistsError("storage.exists", {"path": str(path)})
                path.unlink()  # an empty file (made by a save dialog, say): nothing to keep
            part = part_path(path)
            try:
                with _create(part, lf, actor, head_pin) as db:
                    with db.writing(actor) as tx:
                        import_data(tx, lf.data, lf.seals, accepted)
                    last = reports.last_hash(db)
                seal(part, last)
                _rename(part, path)
            except BaseException:
                remove_strays(path)
                raise
            return open_database(path, actor)


def _create(
    target: str | Path, lf: LoadedFile, actor: Actor, head_pin: str | None, then: Callable[[Tx], object] | None = None
) -> Database:
    data = lf.data
    return congress_mod.create(
        target, data.congress, actor, ruleset=data.ruleset, head_pin=head_pin, parameters=data.parameters, then=then
    )


def part_path(target: Path) -> Path:
    """Where the database is built before it takes the target's name."""
    return target.with_name(target.name + PART)


def remove_strays(target: Path) -> None:
    """The `.part` files of an import that did not finish (the caller holds the target's lock)."""
    part = part_path(target)
    for suffix in STRAY_SUFFIXES:
        with contextlib.suppress(FileNotFoundError):
            Path(f"{part}{suffix}").unlink()


def seal(part: Path, last_hash: str) -> None:
    """Makes the built file self-contained and durable, then checks it (as a backup copy is checked)."""
    conn = sqlite3.connect(part, isolation_level=None)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode=DELETE")
    finally:
        conn.close()
    wal = Path(f"{part}-wal")
    if wal.exists() and wal.stat().st_size > 0:
        raise StorageError("storage.import_check_failed", {"problem": "-wal left", "path": str(part)})
    try:
        backup_mod.check(part, last_hash)
    except sqlite3.DatabaseError as e:
        raise StorageError("storage.import_check_failed", {"problem": str(e), "path": str(part)}) from e
    fd = os.open(part, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _rename(part: Path, target: Path) -> None:
    """Gives the built file the target's name without replacing a file someone made meanwhile."""
    try:
        os.link(part, target)  # fails if the name is taken
    except FileExistsError:
        raise ExistsError("storage.exists", {"path": str(target)}) from None
    except OSError:  # no hard links here (FAT, some network shares): the lock keeps other importers out
        if target.exists() and target.stat().st_size > 0:
            raise ExistsError("storage.exists", {"path": str(target)}) from None
        os.replace(part, target)
    else:
        part.unlink()
    backup_mod.sync_folder(target.parent)


def import_data(
    tx: Tx, data: ElectionData, seals: Seals, signers: Mapping[tuple[str, int], str | None] | None = None
) -> None:
    """Elections, rounds, ballots, subtotals and seals, each recorded as the matching user action would be; each
    seal signed again by this (the new congress's head's) key, naming the key whose seal in the file it trusted
    (`signers`)."""
    results = {(er.election, r.round): r for er in tally_all(data) for r in er.rounds}
    for position, e in enumerate(data.elections, 1):
        if not e.rounds:  # a paused election has no round yet: its round 1 waits, empty, as in the window
            tx.append(ElectionAdded(e, position, elections_mod.first_round(e, withdrawn(data, e))))
        for rnd in e.rounds:
            header = replace(rnd, ballots=(), subtotals=())
            if rnd.number == 1:
                tx.append(ElectionAdded(replace(e, rounds=()), position, header))
            else:
                tx.append(RoundStarted(e.id, header, e.candidates))
            for seq, b in enumerate(rnd.ballots, 1):
                tx.append(BallotRecorded(e.id, rnd.number, seq, b))
            for t in rnd.subtotals:
                tx.append(SubtotalRecorded(e.id, rnd.number, t))
            seal = seals.get((e.id, rnd.number))
            if seal is None:
                continue
            fp = fingerprint(data, e, rnd)
            if fp != seal.fingerprint:
                raise Refused("transfer.seal_mismatch", {"election": e.id, "round": rnd.number}, f"elections[{e.id}]")
            result = SealedResult.of(results[(e.id, rnd.number)])
            trusted = (signers or {}).get((e.id, rnd.number))
            by, at = seal.by or tx.actor.operator, seal.at or tx.at
            tx.append(sealed(tx, e.id, rnd.number, fp, by, result, at, trusted))


def export_document(db: Database, key: StationKey) -> dict[str, Any]:
    """The congress as an open election file: each finalized round's seal with the head's signature, the
    congress's id and registered stations, the log's last hash and its signed head, and the file signed by `key`
    (this station's)."""
    from app.storage import queries

    with db.reading() as s:
        data = queries.election_data(s)
        rows = queries.seals(s)
        uid = queries.congress_row(s).uid or ""
    seals = {k: Seal(r.fingerprint or "", r.finalized_at or "", r.finalized_by or "") for k, r in rows.items()}
    head = reports.log_head(db)
    doc = document(data, seals, head[1] if head else "")
    for e in doc["elections"]:
        for r in e["rounds"]:
            row = rows.get((e["id"], r["round"]))
            if row is not None and row.seal_key and row.seal_signature:
                r["final"].update({"key": row.seal_key, "signature": row.seal_signature})
    doc["congress_uid"] = uid
    doc["stations"] = [
        {"name": st.name, "key": st.key, "fingerprint": st.fingerprint, "role": st.role}
        for st in stations_mod.stations(db)
        if st.role in ("head", "station")
    ]
    if head is not None:
        doc["log_head"] = key.head(uid, *head).to_doc()
    return sign_document(doc, key, now())


def export_text(db: Database, key: StationKey | None = None) -> str:
    """The signed election file as indented UTF-8 JSON text (by this computer's key unless another is given)."""
    from app.record.log import this_station

    doc = export_document(db, key or this_station())
    return json.dumps(doc, ensure_ascii=False, indent=1) + "\n"


def export_file(db: Database, path: str | Path, key: StationKey | None = None) -> Path:
    """Writes the signed election file beside its place, then renames it into place (never a half-written
    file)."""
    out = Path(path)
    backup_mod.write_whole(out, export_text(db, key))
    return out
