"""Anchors against truncation, kept by each station outside the database.

After each commit the station appends `seq hash` (the last record it wrote) to
`<data>/anchors/<congress uid>.log`. No fsync: an anchor behind the database is harmless (a later line
catches up), and one ahead of it cannot happen, since the line is written after the commit. Whoever deletes
the newest records from the database cannot delete them from this file on every station; `verify` compares
and says "the newest N records are missing" or "record N differs from what this station wrote".
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.keys import KeyFault, SignedHead, data_folder, is_hex64, private_folder, write_private

#: What the QR code of a finalized round's minutes carries: this, the round fingerprint, the head's key
#: fingerprint and its seal signature (app.minutes.document.seal_qr).
SEAL_QR = "kiemphieu-seal/1"
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


class Writer:
    """This station's anchor file for one congress, kept open for appending while the database is (one `write`
    a commit); compacted to its last line once beyond `COMPACT_AT`."""

    def __init__(self, congress: str, folder: Path) -> None:
        self.congress, self.folder = congress, folder
        self.path = anchor_path(congress, folder)
        self._fd: int | None = None
        self._size = 0

    def note(self, seq: int, record_hash: str) -> None:
        """Appends one line (call after the commit; the record's number and hash as the log holds them)."""
        if self._fd is None:
            self._fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
            self._size = os.fstat(self._fd).st_size
        line = f"{seq} {record_hash}\n".encode("ascii")
        os.write(self._fd, line)
        self._size += len(line)
        if self._size > COMPACT_AT:
            self.close()
            compact(self.congress, self.folder)

    def close(self) -> None:
        """Gives the file back."""
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None


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


@dataclass(frozen=True, slots=True)
class Given:
    """An anchor to check a log against: a record (its number and hash) — this station's own, a backup's last,
    an export's or hand-over file's signed head — or a bare 64-hex hash (a record's, or a round fingerprint
    printed on the minutes, `seq` None)."""

    source: str
    kind: str
    seq: int | None
    hash: str
    congress: str | None = None  # the congress a signed head names (checked against the log's)
    key: str | None = None  # a printed seal: the head's key fingerprint and its signature
    signature: str | None = None


def own(congress: str, folder: Path | None = None) -> Given | None:
    """This station's own anchor for the congress (the last record it wrote), if it keeps one."""
    found = last(congress, folder)
    return None if found is None else Given(str(anchor_path(congress, folder)), "station", found.seq, found.hash)


def from_argument(value: str) -> Given:
    """`--anchor FILE_OR_HASH`: a record hash or round fingerprint (64 hex digits, grouped or not), an export or
    hand-over file (its signed head, checked to be this congress's; an older export: its last hash), a backup
    database (its last record) or a station's anchor file (its last line). A `KeyFault` says why not."""
    plain = "".join(ch for ch in value.lower() if ch not in "- ")
    path = Path(value)
    if is_hex64(plain) and not path.exists():
        return Given(value, "hash", None, plain)
    seal = value.split()
    if len(seal) == 4 and seal[0] == SEAL_QR and is_hex64(seal[1]):
        return Given(value[:40] + "…", "seal", None, seal[1], None, seal[2].lower(), seal[3])
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise KeyFault("anchor.unreadable", {"source": value, "reason": e.strerror or str(e)}, "anchor") from None
    if raw.startswith(b"SQLite format 3\x00"):
        return _backup(value, path)
    if raw.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
        return _signed_file(value, raw)
    for line in reversed(raw.split(b"\n")):
        found = _parse(line)
        if found is not None:
            return Given(value, "station", found.seq, found.hash)
    raise KeyFault("anchor.not_anchor", {"source": value}, "anchor")


def _backup(value: str, path: Path) -> Given:
    """A backup or copy of the database: its last record (read-only; another file than the one verified)."""
    try:
        conn = sqlite3.connect(f"file:{path.absolute()}?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT seq, hash FROM log ORDER BY seq DESC LIMIT 1").fetchone()
        finally:
            conn.close()
    except sqlite3.Error as e:
        raise KeyFault("anchor.unreadable", {"source": value, "reason": str(e)}, "anchor") from None
    if row is None or not isinstance(row[0], int) or not is_hex64(row[1]):
        raise KeyFault("anchor.not_anchor", {"source": value}, "anchor")
    return Given(value, "backup", int(row[0]), str(row[1]))


def _signed_file(value: str, raw: bytes) -> Given:
    """An export (`congress_uid`, `log_head`) or hand-over file (`congress`, `log_head`): its signed head."""
    try:
        doc = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError):
        raise KeyFault("anchor.not_anchor", {"source": value}, "anchor") from None
    if not isinstance(doc, dict):
        raise KeyFault("anchor.not_anchor", {"source": value}, "anchor")
    if "log_head" not in doc:
        if is_hex64(doc.get("log_hash")):
            return Given(value, "hash", None, str(doc["log_hash"]))  # an older export: its last hash
        raise KeyFault("anchor.not_anchor", {"source": value}, "anchor")
    uid = doc.get("congress_uid", doc.get("congress"))
    try:
        head = SignedHead.from_doc(doc["log_head"])
    except KeyFault:
        raise KeyFault("anchor.bad_head", {"source": value}, "anchor") from None
    if not isinstance(uid, str) or not head.valid_for(uid):
        raise KeyFault("anchor.bad_head", {"source": value}, "anchor")
    return Given(value, "signed_head", head.seq, head.hash, uid)
