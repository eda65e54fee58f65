"""The congress code: one SHA-256 over every round's fingerprint, printed by the summary and by `kiemphieu verify`.

Definition (kept stable; other tools may recompute it): take the congress's rounds in file order — elections in
order, each election's rounds in order — and for each the line `ELECTION_ID:ROUND:FINGERPRINT\\n`, where
FINGERPRINT is the round's 64-digit lower-case SHA-256 (`app.fileformat.writer.fingerprint`, the same that
`kiemphieu verify` prints per round). The congress code is the lower-case hex SHA-256 of those lines joined,
UTF-8 encoded. A congress without rounds has the SHA-256 of the empty string.
"""

from __future__ import annotations

import hashlib

from app.fileformat.writer import fingerprint
from ballot.model import ElectionData


def round_fingerprints(data: ElectionData) -> tuple[tuple[str, int, str], ...]:
    """(election id, round, fingerprint) of every round, in file order."""
    return tuple((e.id, r.number, fingerprint(data, e, r)) for e in data.elections for r in e.rounds)


def congress_fingerprint(data: ElectionData) -> str:
    """The SHA-256 over the ordered list of each round's fingerprint (see the module docstring)."""
    text = "".join(f"{e}:{n}:{fp}\n" for e, n, fp in round_fingerprints(data))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
