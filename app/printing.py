"""What the window and the command line print from a congress database — the same function for the same
document: a round's minutes, the entry log, and a round's ballots."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app import reports
from app.db import Database
from app.minutes import EntryLog, Minutes, minutes_for, records_from_log
from app.minutes.source import Source, sealed
from ballot.election import tally_all
from ballot.model import ElectionData

if TYPE_CHECKING:
    from app.scan.layout import BallotLayout


def source(db: Database) -> Source:
    """The minutes' source: a round is final when it is finalized and its seal still matches its data; changed
    when finalized but its data no longer matches; the log read when asked, while `db` is open."""
    data = reports.data(db)
    finalized, changed, pending = {}, {}, {}
    seals = reports.seals(db)
    signatures = reports.seal_signatures(db)
    for e in data.elections:
        for r in e.rounds:
            key = (e.id, r.number)
            finalized[key], changed[key] = sealed(seals.get(key), data, e, r)
            pending[key] = reports.pending_stacks(db, e.id, r.number)
    signed = {k: v for k, v in signatures.items() if finalized.get(k)}
    return Source(data, tally_all(data), finalized, lambda: list(entry_log(db).records), pending, changed, signed)


def round_state(db: Database, data: ElectionData, election_id: str, round_no: int) -> tuple[bool, bool, int]:
    """(finalized and its seal still matches, finalized but changed since, stacks not yet definitive)."""
    e = data.election(election_id)
    rnd = next(r for r in e.rounds if r.number == round_no)
    final, changed = sealed(reports.seals(db).get((election_id, round_no)), data, e, rnd)
    return final, changed, reports.pending_stacks(db, election_id, round_no)


def round_minutes(db: Database, election_id: str, round_no: int | None = None) -> Minutes:
    """The minutes of a round (the last when None), a draft unless finalized and unchanged since."""
    from app.minutes.model import find_round

    data = reports.data(db)
    election, rnd = find_round(data, election_id, round_no)
    finalized, changed, pending = round_state(db, data, election.id, rnd.number)
    key, signature = reports.seal_signatures(db).get((election.id, rnd.number), ("", ""))
    return minutes_for(
        data,
        election.id,
        rnd.number,
        finalized=finalized,
        pending_stacks=pending,
        changed=changed,
        signing_key=key,
        seal_signature=signature,
    )


def entry_log(db: Database, lang: str = "vi") -> EntryLog:
    """The entry log, every record in words (Vietnamese for the archive), ready to print."""
    data = reports.data(db)
    titles = {e.id: e.title for e in data.elections}
    return EntryLog(data.congress, records_from_log(reports.log(db), titles, lang))


def round_ballots(
    db: Database, election_id: str, round_no: int | None = None, copies: int = 1
) -> tuple[BallotLayout, bytes]:
    """A round's ballots (the last round when None) as a PDF of `copies` identical pages, with their layout — what
    `kiemphieu ballots --db` and the window print, and what the reader reads back (app/scan)."""
    from app.minutes.model import find_round
    from app.scan.printing import ballots_for

    data = reports.data(db)
    election, rnd = find_round(data, election_id, round_no)
    return ballots_for(data, election.id, rnd.number, copies)
