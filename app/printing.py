"""What the window and the command line print from a congress database — the same function for the same
document: a round's minutes, and the entry log."""

from __future__ import annotations

from dataclasses import dataclass

from app import reports
from app.db import Database
from app.fileformat.writer import fingerprint
from app.minutes import EntryLog, Minutes, minutes_for, records_from_log
from ballot.election import ElectionResult, tally_all
from ballot.model import ElectionData

Key = tuple[str, int]


@dataclass(frozen=True, slots=True)
class Printed:
    """The data the minutes are made from: its tally, which rounds are final, and stacks not yet definitive."""

    data: ElectionData
    results: tuple[ElectionResult, ...]
    finalized: dict[Key, bool]
    pending: dict[Key, int]


def source(db: Database) -> Printed:
    """A round is final when it is finalized and its seal still matches its data."""
    data = reports.data(db)
    seals = reports.seals(db)
    finalized, pending = {}, {}
    for e in data.elections:
        for r in e.rounds:
            seal = seals.get((e.id, r.number))
            finalized[(e.id, r.number)] = seal is not None and seal.fingerprint == fingerprint(data, e, r)
            pending[(e.id, r.number)] = reports.pending_stacks(db, e.id, r.number)
    return Printed(data, tally_all(data), finalized, pending)


def round_minutes(db: Database, election_id: str, round_no: int | None = None) -> Minutes:
    """The minutes of a round (the last when None), a draft unless final."""
    from app.minutes.model import find_round

    src = source(db)
    election, rnd = find_round(src.data, election_id, round_no)
    key = (election.id, rnd.number)
    return minutes_for(
        src.data,
        election.id,
        rnd.number,
        finalized=src.finalized[key],
        results=src.results,
        pending_stacks=src.pending[key],
    )


def entry_log(db: Database, lang: str = "vi") -> EntryLog:
    """The entry log, every record in words (Vietnamese for the archive), ready to print."""
    data = reports.data(db)
    titles = {e.id: e.title for e in data.elections}
    return EntryLog(data.congress, records_from_log(reports.log(db), titles, lang))
