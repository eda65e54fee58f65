"""Anchors against truncation, kept by each station outside the database.

After each commit the station appends `seq hash` (the last record it wrote) to
`<data>/anchors/<congress uid>.log`. No fsync: an anchor behind the database is harmless (a later line
catches up), and one ahead of it cannot happen, since the line is written after the commit. Whoever deletes
the newest records from the database cannot delete them from this file on every station; `verify` compares
and says "the newest N records are missing" or "record N differs from what this station wrote".
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.keys import KeyFault, data_folder, is_hex64, private_folder, write_private

#: The file is rewritten with its last line once it grows beyond this many bytes.
COMPACT_AT = 256 * 1024
_UID_CHARS = frozenset("0123456789abcdefABCDEF-")


@dataclass(frozen=True, slots=True)
class Anchor:
    """A record this station wrote: its number and hash."""

    seq: int
    hash: str

    def line(self) -> str:
        """`seq hash` and a newline."""
        return f"{self.seq} {self.hash}\n"


@dataclass(frozen=True, slots=True)
class AnchorCheck:
    """How a log compares with an anchor: `ok`, `missing` (the newest `missing` records are gone) or `differs`."""

    status: str
    anchor: Anchor
    last_seq: int
    missing: int = 0

    @property
    def ok(self) -> bool:
        """The log still holds the anchored record unchanged."""
        return self.status == "ok"


def anchor_path(congress: str, folder: Path | None = None) -> Path:
    """`<data>/anchors/<congress uid>.log` (the uid is checked, so it can never name another file)."""
    if not congress or len(congress) > 64 or not set(congress) <= _UID_CHARS:
        raise KeyFault("anchor.bad_congress", {"congress": congress[:64]}, "congress")
    return private_folder(folder or data_folder(), "anchors") / f"{congress.lower()}.log"


def note(congress: str, seq: int, record_hash: str, folder: Path | None = None) -> None:
    """Appends the last record this station wrote (call after the commit)."""
    if seq < 1 or not is_hex64(record_hash):
        raise ValueError("an anchor is a record number ≥ 1 and a 64-hex hash")
    path = anchor_path(congress, folder)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    try:
        os.write(fd, Anchor(seq, record_hash).line().encode("ascii"))
        size = os.fstat(fd).st_size
    finally:
        os.close(fd)
    if size > COMPACT_AT:
        compact(congress, folder)


def _parse(line: bytes) -> Anchor | None:
    parts = line.split()
    if len(parts) != 2 or not parts[0].isdigit():
        return None
    h = parts[1].decode("ascii", "replace")
    return Anchor(int(parts[0]), h) if is_hex64(h) and int(parts[0]) >= 1 else None


def last(congress: str, folder: Path | None = None) -> Anchor | None:
    """The last well-formed line (a line torn by a crash is skipped), or None when this station has none."""
    path = anchor_path(congress, folder)
    try:
        with path.open("rb") as f:
            f.seek(0, os.SEEK_END)
            size = f.tell()
            f.seek(max(0, size - 4096))
            tail = f.read()
    except FileNotFoundError:
        return None
    for line in reversed(tail.split(b"\n")):
        found = _parse(line)
        if found is not None:
            return found
    return None


def compact(congress: str, folder: Path | None = None) -> None:
    """Rewrites the file with only its last anchor, atomically."""
    found = last(congress, folder)
    if found is not None:
        write_private(anchor_path(congress, folder), found.line().encode("ascii"))


def compare(anchor: Anchor, last_seq: int, hash_at: Callable[[int], str | None]) -> AnchorCheck:
    """The log (its last record number and a look-up of a record's hash) against an anchor."""
    if last_seq < anchor.seq:
        return AnchorCheck("missing", anchor, last_seq, anchor.seq - last_seq)
    if hash_at(anchor.seq) != anchor.hash:
        return AnchorCheck("differs", anchor, last_seq)
    return AnchorCheck("ok", anchor, last_seq)
