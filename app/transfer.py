"""The open election file in and out of a congress database: one import and one export, used by the window
and the command line alike. The export carries every finalized round's seal and the log's last hash."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

from app import congress as congress_mod
from app import reports
from app.db import Actor, Database, discard_files
from app.errors import Refused, UserError
from app.fileformat import load
from app.fileformat.reader import Seal, not_yet_stored
from app.fileformat.writer import dumps, fingerprint
from app.record.codec import SealedResult
from app.record.events import BallotRecorded, ElectionAdded, RoundFinalized, RoundStarted, SubtotalRecorded
from app.record.log import Tx
from ballot.election import tally_all
from ballot.model import ElectionData

Seals = dict[tuple[str, int], Seal]


def import_file(source: str | Path, target: str | Path, actor: Actor, head_pin: str | None = None) -> Database:
    """A new congress database made from an election file: checked, then written in one transaction (one record
    per election, round, ballot, subtotal and seal); nothing is left behind when it fails."""
    lf = load(source)
    missing = not_yet_stored(lf.data)
    if missing is not None:  # the database would lose it silently (issue 12: storage of the added fields)
        raise UserError("file.not_yet_storable", {"field": missing[1], "path": missing[0]}, missing[0])
    db = congress_mod.create(
        target, lf.data.congress, actor, ruleset=lf.data.ruleset, head_pin=head_pin, parameters=lf.data.parameters
    )
    try:
        with db.writing(actor) as tx:
            import_data(tx, lf.data, lf.seals)
    except BaseException:
        db.close()
        if db.path is not None:
            discard_files(db.path)
        raise
    return db


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
