"""A new congress database from an open election file: one transaction and one log record per row."""

from __future__ import annotations

from pathlib import Path

from app.fileformat import load
from app.workspace import Workspace


def import_election_file(
    source: str | Path, target: str | Path, *, station: str, operator: str, head_pin: str | None = None
) -> Workspace:
    """Loads and checks the file, creates the database (never over an existing one) and writes the data."""
    lf = load(source)
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
