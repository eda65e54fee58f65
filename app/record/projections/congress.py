"""Projections of the congress's events onto the congress table (one row, id 1)."""

from __future__ import annotations

from typing import Any

from app.record.codec import committee_text, exclusions_text, parameters_text
from app.record.events import (
    BackupFolderSet,
    CongressCreated,
    CongressCreatedV1,
    CongressCreatedV3,
    CongressUpdated,
    EntryModeSet,
    HandoverExported,
    HandoverRefused,
    HandoverWritten,
    OperatorChosen,
    ParametersSet,
    PinChanged,
    PinFailed,
    PinSet,
    RecordConverted,
)
from app.record.projection import Envelope, Projection, ProjectionFault, projects
from app.record.projections.stations import register
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
        "level": None if c.level is None else c.level.value,
    }


@projects(CongressCreatedV1, CongressCreated, CongressCreatedV3)
def created(p: Projection, env: Envelope, ev: CongressCreatedV1 | CongressCreated | CongressCreatedV3) -> None:
    """The one congress row (a first-version record leaves the id to the conversion record); from `create@3` on,
    the head's station key. The PIN hash and station secret older records carry are no longer kept in a table."""
    if p.get("congress", *KEY) is not None:
        raise ProjectionFault("projection.congress_exists")
    new = None if isinstance(ev, CongressCreatedV1) else ev
    row = {
        "id": 1,
        "ruleset": ev.ruleset,
        **congress_columns(ev.congress),
        "parameters": parameters_text(ev.parameters),
        "backup_folder": None,
        "entry_mode": 1 if new is None else new.entry_mode,
        "uid": None if new is None else new.uid,
    }
    p.insert("congress", row, env.seq)
    if isinstance(ev, CongressCreatedV3):
        register(p, env, ev.station)


@projects(RecordConverted)
def converted(p: Projection, env: Envelope, ev: RecordConverted) -> None:
    """The congress's id, as the older version had stored it without a record."""
    p.need("congress", *KEY)
    p.update("congress", KEY, {"uid": ev.uid}, env.seq)


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


@projects(OperatorChosen, HandoverExported, HandoverWritten, PinSet, PinChanged, PinFailed, HandoverRefused)
def nothing(
    p: Projection,
    env: Envelope,
    ev: OperatorChosen | HandoverExported | HandoverWritten | PinSet | PinChanged | PinFailed | HandoverRefused,
) -> None:
    """Recorded for the log alone: no table holds it (every later record carries the operator; a file is outside
    the database; the head's PIN lives beside the head's key; a refused file changed nothing)."""
