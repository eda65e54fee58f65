"""The open election file in and out of a congress database: one import and one export, used by the window
and the command line alike. The export carries every finalized round's seal and the log's last hash."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from dataclasses import replace
from pathlib import Path

from app import backup as backup_mod
from app import congress as congress_mod
from app import reports
from app.db import Actor, Database, open_database
from app.errors import Refused, UserError
from app.fileformat import load
from app.fileformat.reader import LoadedFile, Seal, not_yet_stored
from app.fileformat.writer import dumps, fingerprint
from app.record.codec import SealedResult
from app.record.events import BallotRecorded, ElectionAdded, RoundFinalized, RoundStarted, SubtotalRecorded
from app.record.log import Tx
from app.storage import lockfile
from app.storage.engine import sqlite_path, url_for
from app.storage.errors import ExistsError, StorageError, translated
from ballot.election import tally_all
from ballot.model import ElectionData

Seals = dict[tuple[str, int], Seal]
PART = ".part"
#: What a killed import may leave beside the target.
STRAY_SUFFIXES = ("", "-wal", "-shm", "-journal", lockfile.SUFFIX)


def import_file(source: str | Path, target: str | Path, actor: Actor, head_pin: str | None = None) -> Database:
    """A new congress database made from an election file: all of it, or nothing at the target's name.

    On SQLite the database is built in `<target>.part` beside the target (same folder, so the rename is atomic),
    made self-contained (journal checkpointed, rollback-journal mode), checked (`integrity_check`, the entry log
    reaching its last hash), synced, and only then given the target's name: a killed import leaves either no
    database or a complete one; its `.part` files are removed by the next import of the same name (whoever
    imports holds the target's lock, so a `.part` without a live importer is a stray). On PostgreSQL the congress
    is created, then the file's data written in one transaction (one record per election, round, ballot,
    subtotal and seal)."""
    lf = load(source)
    missing = not_yet_stored(lf.data)
    if missing is not None:  # the database would lose it silently (issue 12: storage of the added fields)
        raise UserError("file.not_yet_storable", {"field": missing[1], "path": missing[0]}, missing[0])
    path = sqlite_path(url_for(target))
    if path is None:
        db = _create(target, lf, actor, head_pin)
        try:
            with db.writing(actor) as tx:
                import_data(tx, lf.data, lf.seals)
        except BaseException:
            db.close()
            raise
        return db
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
                        import_data(tx, lf.data, lf.seals)
                    last = reports.last_hash(db)
                seal(part, last)
                _rename(part, path)
            except BaseException:
                remove_strays(path)
                raise
            return open_database(path, actor)


def _create(target: str | Path, lf: LoadedFile, actor: Actor, head_pin: str | None) -> Database:
    data = lf.data
    return congress_mod.create(
        target, data.congress, actor, ruleset=data.ruleset, head_pin=head_pin, parameters=data.parameters
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


def import_data(tx: Tx, data: ElectionData, seals: Seals) -> None:
    """Elections, rounds, ballots, subtotals and seals, each recorded as the matching user action would be."""
    results = {(er.election, r.round): r for er in tally_all(data) for r in er.rounds}
    for position, e in enumerate(data.elections, 1):
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
            tx.append(RoundFinalized(e.id, rnd.number, fp, seal.by or tx.actor.operator, result, seal.at or tx.at))


def export_text(db: Database) -> str:
    """The congress as an open election file, with each finalized round's seal and the log's last hash."""
    return dumps(reports.data(db), reports.seals(db), reports.last_hash(db))


def export_file(db: Database, path: str | Path) -> Path:
    """Writes the election file beside its place, then renames it into place (never a half-written file)."""
    out = Path(path)
    content = export_text(db)
    tmp = out.with_name(out.name + ".tmp")
    try:
        tmp.write_text(content, encoding="utf-8")
        os.replace(tmp, out)
    except OSError as e:
        tmp.unlink(missing_ok=True)
        raise UserError("transfer.cannot_write", {"path": str(out), "why": e.strerror or str(e)}, "output") from None
    return out
