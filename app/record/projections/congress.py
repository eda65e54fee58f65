"""Projections of the congress's events onto the congress table (one row, id 1)."""

from __future__ import annotations

from typing import Any

from app.record.codec import committee_text, exclusions_text, parameters_text
from app.record.events import (
    BackupFolderSet,
    CongressCreated,
    CongressCreatedV1,
    CongressUpdated,
    EntryModeSet,
    HandoverExported,
    OperatorChosen,
    ParametersSet,
    PinSet,
    RecordConverted,
)
from app.record.projection import Envelope, Projection, ProjectionFault, projects
from ballot.model import Congress

KEY = (1,)


def congress_columns(c: Congress) -> dict[str, Any]:
    """The congress table's columns of a congress."""
    return {
        "organization": c.organization,
        "title": c.title,
        "term": c.term,
        "kind": c.kind.value,
        "place": c.place,
        "date": c.date,
        "summoned": c.electorate.summoned,
        "exclusions": exclusions_text(c.electorate),
        "attending": c.attending,
        "committee": committee_text(c),
    }


@projects(CongressCreatedV1, CongressCreated)
def created(p: Projection, env: Envelope, ev: CongressCreatedV1 | CongressCreated) -> None:
    """The one congress row; a first-version record leaves the id and secret to the conversion record."""
    if p.get("congress", *KEY) is not None:
        raise ProjectionFault("projection.congress_exists")
    new = ev if isinstance(ev, CongressCreated) else None
    row = {
        "id": 1,
        "ruleset": ev.ruleset,
        **congress_columns(ev.congress),
        "parameters": parameters_text(ev.parameters),
        "head_pin": ev.head_pin,
        "backup_folder": None,
        "entry_mode": 1 if new is None else new.entry_mode,
        "uid": None if new is None else new.uid,
        "secret": None if new is None else new.secret,
    }
    p.insert("congress", row, env.seq)


@projects(RecordConverted)
def converted(p: Projection, env: Envelope, ev: RecordConverted) -> None:
    """The congress's id and secret, as the older version had stored them without a record."""
    p.need("congress", *KEY)
    p.update("congress", KEY, {"uid": ev.uid, "secret": ev.secret}, env.seq)


@projects(CongressUpdated)
def updated(p: Projection, env: Envelope, ev: CongressUpdated) -> None:
    """The congress's details."""
    p.need("congress", *KEY)
    p.update("congress", KEY, congress_columns(ev.congress), env.seq)


@projects(ParametersSet)
def parameters(p: Projection, env: Envelope, ev: ParametersSet) -> None:
    """The congress's own parameters."""
    p.need("congress", *KEY)
    p.update("congress", KEY, {"parameters": parameters_text(ev.parameters)}, env.seq)


@projects(PinSet)
def pin(p: Projection, env: Envelope, ev: PinSet) -> None:
    """The head's PIN hash."""
    p.need("congress", *KEY)
    p.update("congress", KEY, {"head_pin": ev.head_pin}, env.seq)


@projects(BackupFolderSet)
def backup_folder(p: Projection, env: Envelope, ev: BackupFolderSet) -> None:
    """The backup folder."""
    p.need("congress", *KEY)
    p.update("congress", KEY, {"backup_folder": ev.folder}, env.seq)


@projects(EntryModeSet)
def entry_mode(p: Projection, env: Envelope, ev: EntryModeSet) -> None:
    """Entries required per stack opened from now on."""
    p.need("congress", *KEY)
    p.update("congress", KEY, {"entry_mode": ev.mode}, env.seq)


@projects(OperatorChosen, HandoverExported)
def nothing(p: Projection, env: Envelope, ev: OperatorChosen | HandoverExported) -> None:
    """Recorded for the log alone: no table holds it (every later record carries the operator; the file is
    outside the database)."""
