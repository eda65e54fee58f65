"""The congress: creating its database, its details, rules, the head's PIN, the backup folder, the entry mode,
and who is at the keyboard."""

from __future__ import annotations

import secrets
import uuid
from dataclasses import replace
from pathlib import Path

from app import guards
from app.checks import check_congress, not_storable
from app.db import Actor, Database, discard_files, new_database
from app.errors import Refused
from app.people import MIN_PIN, check_pin, hash_pin, pin_fault
from app.record.codec import ADDED_PARAMETERS, parameters_doc
from app.record.events import (
    BackupFolderSet,
    CongressCreated,
    CongressUpdated,
    EntryModeSet,
    OperatorChosen,
    ParametersSet,
    PinSet,
)
from app.record.kinds import ENTRY_MODES
from app.storage import queries
from ballot.model import Congress
from ballot.rulesets import DEFAULT_RULESET, RULESETS, Parameters
from ballot.text import nfc

_DEFAULT = Parameters()
_ADDED_DEFAULTS = {k: getattr(_DEFAULT, k) for k in ADDED_PARAMETERS}


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
) -> Database:
    """A new congress database (never over one that exists), open."""
    if ruleset not in RULESETS:
        raise Refused("congress.ruleset", {"ruleset": ruleset}, "ruleset")
    congress = check_congress(congress)
    if head_pin is not None:
        _check_pin_policy(head_pin)
    db, made = new_database(target)
    try:
        event = CongressCreated(
            ruleset=ruleset,
            congress=congress,
            parameters=parameters,
            head_pin=None if head_pin is None else hash_pin(head_pin),
            uid=str(uuid.uuid4()),
            secret=secrets.token_hex(32),
        )
        with db.writing(actor) as tx:
            tx.append(event)
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
    """The congress's own parameters (190 Art. 1), or back to the rule set's; not once a round is finalized."""
    if parameters is not None and parameters_doc(parameters) != parameters_doc(replace(parameters, **_ADDED_DEFAULTS)):
        raise not_storable("nomination_*, withdrawal_majority_of", "parameters")
    with db.writing(actor) as tx:
        if guards.any_final(tx.orm):
            raise Refused("congress.parameters_locked", {}, "parameters")
        tx.append(ParametersSet(parameters))


def set_pin(db: Database, actor: Actor, new_pin: str, old_pin: str = "") -> None:
    """Sets or changes the head's PIN; changing needs the old one."""
    _check_pin_policy(new_pin)
    with db.writing(actor) as tx:
        stored = queries.congress_row(tx.orm).head_pin
        if stored is not None and not check_pin(old_pin, stored):
            raise Refused("pin.wrong_old", {}, "old_pin")
        tx.append(PinSet(hash_pin(new_pin)))


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
        guards.need_pin(tx.orm, pin)
        tx.append(EntryModeSet(mode))


def choose_operator(db: Database, actor: Actor, name: str) -> Actor:
    """Who is at this station's keyboard from now on: logged, and the actor every later record carries."""
    name = nfc(name)
    if not name:
        raise Refused("operator.empty", {}, "operator")
    chosen = Actor(actor.station, name)
    with db.writing(chosen) as tx:
        tx.append(OperatorChosen(name))
    return chosen
