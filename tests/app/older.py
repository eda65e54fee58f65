"""A database as a version before signatures left it, made from one today's program wrote: its log rewritten as
that version wrote it (`create@2` carrying the PIN hash and the hand-over secret, seals without signatures, no
keys), the chain re-hashed, the tables as that version left them, and this station's anchor gone (that version
kept none). Tests of older databases, of conversions and of the verifier's "unsigned (older version)" use it."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from app.keyring import SIGNED_ONLY
from app.record.canonical import GENESIS, dumps, record_hash, sha256


def as_older_version(path: Path) -> None:
    """Rewrites the database at `path` in place (its schema, older or current, as it is)."""
    con = sqlite3.connect(path)
    try:
        _rewrite(con)
        con.commit()
    finally:
        con.close()


def _columns(con: sqlite3.Connection, table: str) -> set[str]:
    return {str(r[1]) for r in con.execute(f"PRAGMA table_info({table})")}


def _rewrite(con: sqlite3.Connection) -> None:
    signed = "key" in _columns(con, "log")
    rows = con.execute("SELECT seq, at, station, operator, action, payload FROM log ORDER BY seq").fetchall()
    prev = GENESIS
    for seq, at, station, operator, action, payload in rows:
        doc = json.loads(payload)
        if action == "create@3":
            action = "create@2"
            doc.pop("station")
            doc.update(head_pin=None, secret="ab" * 32)
        elif action == "round.finalize@2":
            action = "round.finalize"
            doc.pop("key"), doc.pop("signature"), doc.pop("trusted", None)
        elif action == "pin@2":
            raise AssertionError("a PIN record has no older form without its hash")
        assert action not in SIGNED_ONLY, action
        body = dumps(doc)
        h = record_hash(seq, at, station, operator, action, sha256(body), prev)
        unsign = ", key = NULL, signature = NULL" if signed else ""
        con.execute(
            f"UPDATE log SET action = ?, payload = ?, data_hash = ?, prev_hash = ?, hash = ?{unsign} WHERE seq = ?",
            (action, body, sha256(body), prev, h, seq),
        )
        prev = h
    tables = {str(r[0]) for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "station" in tables:
        con.execute("DELETE FROM station")
    if "seal_key" in _columns(con, "round"):
        con.execute("UPDATE round SET seal_key = NULL, seal_signature = NULL")
    if "secret" in _columns(con, "congress"):
        con.execute("UPDATE congress SET secret = ?", ("ab" * 32,))
    uid = con.execute("SELECT uid FROM congress").fetchone()[0] if "uid" in _columns(con, "congress") else None
    if uid:
        from app.anchors import anchor_path

        anchor_path(uid).unlink(missing_ok=True)
