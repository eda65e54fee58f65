"""What the minutes and the results export are made from (an election file or a congress database), and where
they go (a file written whole or not at all).

The window (its database already open) and the command line (a file or `--db`) build the same `Source`.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.errors import UserError
from app.fileformat.reader import Seal
from app.fileformat.writer import fingerprint
from ballot.election import ElectionResult, tally_all
from ballot.model import Election, ElectionData, Round


@dataclass(frozen=True, slots=True)
class Source:
    """The data, its tally, which rounds are finalized (and their seal still matches), and the log (database only)."""

    data: ElectionData
    results: tuple[ElectionResult, ...]
    finalized: dict[tuple[str, int], bool]
    log: Callable[[], list[Any]] | None = None  # the entry log's printable records (database only)
    pending: dict[tuple[str, int], int] = field(default_factory=dict)  # stacks not yet definitive
    changed: dict[tuple[str, int], bool] = field(default_factory=dict)  # sealed, but the data no longer matches
    #: A finalized round's seal signature that holds: (the signing key's fingerprint, the signature).
    signed: dict[tuple[str, int], tuple[str, str]] = field(default_factory=dict)


def from_file(path: str) -> Source:
    """An election file: a round is final when sealed and its seal still matches its data (its seal signature
    printed when it holds)."""
    from app.fileformat import jsontext, loads
    from app.filesig import seal_signature

    raw_bytes = jsontext.read_bytes(path)
    lf = loads(raw_bytes)
    doc = jsontext.parse(jsontext.decode(raw_bytes))
    data = lf.data
    finalized, changed, signed = {}, {}, {}
    raw = {
        (str(e.get("id")), r.get("round")): r.get("final") for e in _list(doc, "elections") for r in _list(e, "rounds")
    }
    for e in data.elections:
        for r in e.rounds:
            key = (e.id, r.number)
            finalized[key], changed[key] = sealed(lf.seals.get(key), data, e, r)
            final = raw.get(key)
            status, fp = seal_signature(final, doc.get("congress_uid") if isinstance(doc, dict) else None, *key)
            if finalized[key] and status == "valid" and fp and isinstance(final, dict):
                signed[key] = (fp, str(final["signature"]))
    return Source(data, tally_all(data), finalized, changed=changed, signed=signed)


def _list(doc: Any, key: str) -> list[Any]:
    value = doc.get(key) if isinstance(doc, dict) else None
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def sealed(seal: Seal | None, data: ElectionData, election: Election, rnd: Round) -> tuple[bool, bool]:
    """(final: sealed and the seal still matches the data, changed: sealed but the data no longer matches)."""
    if seal is None:
        return False, False
    same = seal.fingerprint == fingerprint(data, election, rnd)
    return same, not same


def from_database(db: Any) -> Source:
    """An open congress database (`app.db.Database`): read as the window reads it (`app.printing`)."""
    from app import printing

    return printing.source(db)


def from_db(target: str) -> Source:
    """A congress database by path or URL, opened this once as this computer and its user (the log read before
    closing)."""
    from app import printing
    from app.storage.opening import open_db

    with open_db(target, read_only=True) as db:
        src = printing.source(db)
        records = printing.entry_log(db).records
    return Source(src.data, src.results, src.finalized, lambda: list(records), src.pending, src.changed, src.signed)


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
