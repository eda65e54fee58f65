"""Signing an election file as the export will (part B writes it from the database): a test helper."""

from __future__ import annotations

from typing import Any

from app.fileformat.reader import Seal
from app.fileformat.writer import document, fingerprint
from app.filesig import sign_document
from app.keys import StationKey
from ballot.model import ElectionData

UID = "5f2c1e9a-0b7d-4c3e-9a41-2d6b8e0f7a13"
SIGNED_AT = "2025-05-20T16:30:00.000+07:00"


def seals_for(data: ElectionData, by: str = "Trần Thị Bình", at: str = "2025-05-20T16:00:00.000+07:00") -> dict:
    """A seal on every round, with the fingerprint of its data as it stands."""
    return {(e.id, r.number): Seal(fingerprint(data, e, r), at, by) for e in data.elections for r in e.rounds}


def signed_export(
    data: ElectionData,
    head: StationKey,
    signer: StationKey | None = None,
    seals: dict[tuple[str, int], Seal] | None = None,
    uid: str = UID,
    log: tuple[int, str] = (42, "ab" * 32),
) -> dict[str, Any]:
    """The election file with `congress_uid`, `stations`, each seal signed by the head, the signed head of the
    log and the file signature (by `signer`, the head by default)."""
    signer = signer or head
    seals = seals_for(data) if seals is None else seals
    doc = document(data, seals, log[1])
    for e in doc["elections"]:
        for r in e["rounds"]:
            f = r.get("final")
            if f is not None:
                f.update(head.seal(uid, e["id"], r["round"], f["fingerprint"], f["at"], f["by"]))
    doc["congress_uid"] = uid
    stations = [head.registration("Máy trưởng ban", "head").to_doc()]
    if signer is not head:
        stations.append(signer.registration("Máy trạm 2").to_doc())
    doc["stations"] = stations
    doc["log_head"] = signer.head(uid, *log).to_doc()
    return sign_document(doc, signer, SIGNED_AT)
