"""A new congress database from an open election file: one transaction and one log record per row."""

from __future__ import annotations

from pathlib import Path

from app.errors import UserError
from app.fileformat import load
from app.fileformat.reader import not_yet_stored
from app.workspace import Workspace


def import_election_file(
    source: str | Path, target: str | Path, *, station: str, operator: str, head_pin: str | None = None
) -> Workspace:
    """Loads and checks the file, creates the database (never over an existing one) and writes the data."""
    lf = load(source)
    missing = not_yet_stored(lf.data)
    if missing is not None:  # the database would lose it silently (issue 12: storage of the added fields)
        raise UserError("file.not_yet_storable", {"field": missing[1], "path": missing[0]}, missing[0])
    ws = Workspace.create(
        target,
        lf.data.congress,
        ruleset=lf.data.ruleset,
        station=station,
        operator=operator,
        head_pin=head_pin,
        parameters=lf.data.parameters,
    )
    try:
        ws.import_data(lf.data, {k: (s.fingerprint, s.at, s.by) for k, s in lf.seals.items()})
    except BaseException:
        ws.close()
        raise
    return ws
