"""What the minutes and the results export are made from (an election file or a congress database), and where
they go (a file written whole or not at all).

The window (`Workspace` already open) and the command line (a file or `--db`) build the same `Source`.
"""

from __future__ import annotations

import contextlib
import socket
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.errors import UserError
from app.fileformat.writer import fingerprint
from ballot.election import ElectionResult, tally_all
from ballot.model import ElectionData


@dataclass(frozen=True, slots=True)
class Source:
    """The data, its tally, which rounds are finalized (and their seal still matches), and the log (database only)."""

    data: ElectionData
    results: tuple[ElectionResult, ...]
    finalized: dict[tuple[str, int], bool]
    log: Callable[[], list[Any]] | None = None
    pending: dict[tuple[str, int], int] = field(default_factory=dict)  # stacks not yet definitive
    changed: dict[tuple[str, int], bool] = field(default_factory=dict)  # sealed, but the data no longer matches


def from_file(path: str) -> Source:
    """An election file: a round is final when sealed and its seal still matches its data."""
    from app.fileformat import load

    lf = load(path)
    data = lf.data
    finalized, changed = {}, {}
    for e in data.elections:
        for r in e.rounds:
            seal = lf.seals.get((e.id, r.number))
            same = seal is not None and seal.fingerprint == fingerprint(data, e, r)
            finalized[(e.id, r.number)] = same
            changed[(e.id, r.number)] = seal is not None and not same
    return Source(data, tally_all(data), finalized, changed=changed)


def from_workspace(ws: Any) -> Source:
    """An open congress database: a round is final when finalized there and its fingerprint still matches."""
    data = ws.data()
    finalized, pending, changed = {}, {}, {}
    for e in data.elections:
        for r in e.rounds:
            key = (e.id, r.number)
            finalized[key], changed[key], pending[key] = round_state(ws, data, e.id, r.number)
    log = ws.log
    return Source(data, tally_all(data), finalized, log, pending, changed)


def round_state(ws: Any, data: ElectionData, election_id: str, round_no: int) -> tuple[bool, bool, int]:
    """(finalized and its seal still matches, finalized but changed since, stacks not yet definitive)."""
    st = ws.round_status(election_id, round_no)
    e = data.election(election_id)
    rnd = next(r for r in e.rounds if r.number == round_no)
    same = st.finalized and st.fingerprint == fingerprint(data, e, rnd)
    return same, st.finalized and not same, ws.pending_stacks(election_id, round_no)


def from_db(target: str, operator: str = "kiemphieu") -> Source:
    """A congress database by path or URL, opened for reading this once (the log read before closing)."""
    from app.workspace import Workspace

    ws = Workspace.open(target, station=socket.gethostname(), operator=operator, read_only=True)  # i09 hook
    try:
        src = from_workspace(ws)
        entries = ws.log()
        return Source(src.data, src.results, src.finalized, lambda: entries, src.pending, src.changed)
    finally:
        ws.close()


WRITE_FAULTS: tuple[tuple[type[OSError], str], ...] = (
    (FileNotFoundError, "minutes.write.no_folder"),
    (IsADirectoryError, "minutes.write.is_folder"),
    (PermissionError, "minutes.write.no_permission"),
)


def write(path: str, content: bytes) -> None:
    """Writes the file whole (a temporary file renamed into place); a `UserError` if the place cannot be written."""
    target = Path(path)
    temporary = target.with_name(f".{target.name}.part")
    try:
        temporary.write_bytes(content)
        temporary.replace(target)
    except OSError as e:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
        code = next((code for kind, code in WRITE_FAULTS if isinstance(e, kind)), "minutes.write.failed")
        raise UserError(code, {"path": path, "reason": e.strerror or type(e).__name__}, "output") from None
