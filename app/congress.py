"""The congress: creating its database, its details, rules, the head's PIN, the backup folder, the entry mode,
and who is at the keyboard."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

from app import guards, people, stations
from app.checks import check_congress
from app.db import Actor, Database, discard_files, new_database
from app.errors import Refused
from app.people import MIN_PIN, pin_fault
from app.record.events import (
    BackupFolderSet,
    CongressCreatedV3,
    CongressUpdated,
    EntryModeSet,
    OperatorChosen,
    ParametersSet,
)
from app.record.kinds import ENTRY_MODES
from app.record.log import Tx
from app.storage import queries
from ballot.model import Congress
from ballot.rulesets import DEFAULT_RULESET, RULESETS, Parameters
from ballot.text import nfc


def _check_pin_policy(pin: str) -> None:
    """At least `MIN_PIN` digits (`pin.too_short`, `pin.not_digits`)."""
    code = pin_fault(pin)
    if code is not None:
        raise Refused(code, {"min": MIN_PIN}, "pin")


def create(
    target: str | Path,
    congress: Congress,
    actor: Actor,
    *,
    ruleset: str = DEFAULT_RULESET,
    head_pin: str | None = None,
    parameters: Parameters | None = None,
    then: Callable[[Tx], object] | None = None,
) -> Database:
    """A new congress database (never over one that exists), open. This station's key is registered as the
    head's (the first record, signed by it); the head's PIN is kept beside that key, never in the database.
    `then` writes more in the same transaction (an import: the congress with all its data, or nothing)."""
    if ruleset not in RULESETS:
        raise Refused("congress.ruleset", {"ruleset": ruleset}, "ruleset")
    congress = check_congress(congress)
    if head_pin is not None:
        _check_pin_policy(head_pin)
    key = actor.signer()
    db, made = new_database(target)
    try:
        uid = str(uuid.uuid4())
        event = CongressCreatedV3(
            ruleset=ruleset,
            congress=congress,
            parameters=parameters,
            uid=uid,
            station=key.registration(actor.station, "head"),
        )
        with db.writing(actor) as tx:
            tx.append(event)
            if then is not None:
                then(tx)
        if head_pin is not None:
            people.store_pin_hash(uid, people.hash_pin(head_pin), stations.data_of(key))
    except BaseException:
        db.close()
        if made and db.path is not None:
            discard_files(db.path)
        raise
    return db


def update(db: Database, actor: Actor, congress: Congress) -> None:
    """Details, electorate, attending, counting committee; the base is locked once a round is finalized."""
    congress = check_congress(congress)
    with db.writing(actor) as tx:
        s = tx.orm
        old = queries.congress_row(s).to_domain()
        if (old.electorate, old.attending) != (congress.electorate, congress.attending) and guards.any_final(s):
            raise Refused("congress.electorate_locked", {}, "congress.electorate")
        tx.append(CongressUpdated(congress))


def set_parameters(db: Database, actor: Actor, parameters: Parameters | None) -> None:
    """The congress's own parameters (190 Art. 1), or back to the rule set's; not once a round is finalized.
    On the head's station only (the record is signed by the head's key)."""
    with db.writing(actor) as tx:
        stations.need_head(tx, "parameters")
        if guards.any_final(tx.orm):
            raise Refused("congress.parameters_locked", {}, "parameters")
        tx.append(ParametersSet(parameters))


def set_pin(db: Database, actor: Actor, new_pin: str, old_pin: str = "") -> None:
    """Sets or changes the head's PIN on the head's station; changing needs the old one (kept beside the head's
    key, never in the database)."""
    stations.set_pin(db, actor, new_pin, old_pin)


def set_backup_folder(db: Database, actor: Actor, path: str | Path | None) -> None:
    """After each finalize the database is copied there and checked (None: no copies)."""
    folder = None if path is None else str(Path(path).resolve())
    with db.writing(actor) as tx:
        tx.append(BackupFolderSet(folder))


def set_entry_mode(db: Database, actor: Actor, mode: int, pin: str) -> None:
    """Single, double or triple independent entry for stacks opened from now on (the head's PIN)."""
    if mode not in ENTRY_MODES:
        raise Refused("congress.entry_mode", {"mode": mode}, "mode")
    with db.writing(actor) as tx:
        stations.need_pin(tx, pin, "entry.mode")
        tx.append(EntryModeSet(mode))


def choose_operator(db: Database, actor: Actor, name: str) -> Actor:
    """Who is at this station's keyboard from now on: logged, and the actor every later record carries."""
    name = nfc(name)
    if not name:
        raise Refused("operator.empty", {}, "operator")
    chosen = actor.as_operator(name)
    with db.writing(chosen) as tx:
        tx.append(OperatorChosen(name))
    return chosen
