"""Signed election files: the file's signature, each round's seal signature and the signed head of the log.

An exported file carries `congress_uid`, `stations` (the registered keys, so that a signer can be named),
`log_head` (the signed head of the entry log), a `{"key", "signature"}` in each round's `final` seal, and
`signature: {"algorithm", "key", "fingerprint", "signed_at", "value"}` over the canonical document without
`signature.value` (so `signed_at` is covered too). `verdict` gives what `kiemphieu verify FILE --json` prints;
`tools/kiemphieu_verify.py` computes the same document on its own.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from app.keys import (
    KeyFault,
    Registration,
    SignedHead,
    StationKey,
    canonical,
    fingerprint,
    seal_payload,
    verify,
)

VERDICT_FORMAT = "kiemphieu-verify/1"


def document_payload(doc: Mapping[str, Any]) -> bytes:
    """What the file signature covers: the canonical document, its `signature` without `value`."""
    out = dict(doc)
    sig = out.get("signature")
    if isinstance(sig, Mapping):
        out["signature"] = {k: v for k, v in sig.items() if k != "value"}
    else:
        out.pop("signature", None)
    return canonical(out)


def sign_document(doc: Mapping[str, Any], key: StationKey, signed_at: str, purpose: str = "election") -> dict[str, Any]:
    """The document with its `signature` (any earlier one replaced); purpose `handover` for a hand-over file."""
    out = {k: v for k, v in doc.items() if k != "signature"}
    out["signature"] = {
        "algorithm": "ed25519",
        "key": key.public,
        "fingerprint": key.fingerprint,
        "signed_at": signed_at,
    }
    out["signature"]["value"] = key.sign(purpose, document_payload(out))
    return out


def names_of(doc: Mapping[str, Any]) -> dict[str, str]:
    """Fingerprint → name of the stations the file registers (entries that do not check out are ignored)."""
    out: dict[str, str] = {}
    stations = doc.get("stations")
    for item in stations if isinstance(stations, list) else []:
        try:
            reg = Registration.from_doc(item)
        except KeyFault:
            continue
        out[reg.fingerprint] = reg.name
    return out


def _public_fp(value: Any) -> str | None:
    try:
        return fingerprint(value) if isinstance(value, str) else None
    except KeyFault:
        return None


def file_signature(doc: Mapping[str, Any], purpose: str = "election") -> dict[str, Any]:
    """`{"status", "fingerprint", "name", "signed_at"}`; status valid, invalid, unsigned or removed."""
    names = names_of(doc)
    sig = doc.get("signature")
    if sig is None:
        status = "removed" if _has_export_marks(doc) else "unsigned"
        return {"status": status, "fingerprint": None, "name": None, "signed_at": None}
    if not isinstance(sig, Mapping):
        return {"status": "invalid", "fingerprint": None, "name": None, "signed_at": None}
    fp = _public_fp(sig.get("key"))
    signed_at = sig.get("signed_at") if isinstance(sig.get("signed_at"), str) else None
    ok = (
        sig.get("algorithm") == "ed25519"
        and fp is not None
        and sig.get("fingerprint") == fp
        and verify(sig["key"], purpose, document_payload(doc), sig.get("value"))
    )
    return {
        "status": "valid" if ok else "invalid",
        "fingerprint": fp,
        "name": names.get(fp or ""),
        "signed_at": signed_at,
    }


def _has_export_marks(doc: Mapping[str, Any]) -> bool:
    """What only an export writes: the signed head of the log, or a signed seal."""
    if "log_head" in doc:
        return True
    return any(isinstance(f, Mapping) and ("signature" in f or "key" in f) for _, _, f in _finals(doc))


def _finals(doc: Mapping[str, Any]) -> Iterable[tuple[Any, Any, Any]]:
    elections = doc.get("elections")
    for e in elections if isinstance(elections, list) else []:
        rounds = e.get("rounds") if isinstance(e, Mapping) else None
        for r in rounds if isinstance(rounds, list) else []:
            if isinstance(r, Mapping) and r.get("final") is not None:
                yield (e.get("id"), r.get("round"), r["final"])


def seal_signature(final: Any, congress: Any, election: str, round_no: int) -> tuple[str, str | None]:
    """A seal's signature: (`valid` | `invalid` | `unsigned`, the signer's fingerprint)."""
    if not isinstance(final, Mapping) or ("signature" not in final and "key" not in final):
        return "unsigned", None
    fp = _public_fp(final.get("key"))
    sealed, at, by = final.get("fingerprint"), final.get("at", ""), final.get("by", "")
    if fp is None or not isinstance(congress, str) or not all(isinstance(f, str) for f in (sealed, at, by)):
        return "invalid", fp
    payload = seal_payload(congress, election, round_no, str(sealed), str(at), str(by))
    return ("valid" if verify(final["key"], "seal", payload, final.get("signature")) else "invalid"), fp


def log_head(doc: Mapping[str, Any]) -> dict[str, Any]:
    """`{"status", "seq", "hash", "fingerprint"}` of the file's signed head; status valid, invalid or absent."""
    if "log_head" not in doc:
        return {"status": "absent", "seq": None, "hash": None, "fingerprint": None}
    try:
        head = SignedHead.from_doc(doc["log_head"])
        fp = _public_fp(head.key)
    except KeyFault:
        return {"status": "invalid", "seq": None, "hash": None, "fingerprint": None}
    congress = doc.get("congress_uid")
    ok = fp is not None and isinstance(congress, str) and head.valid_for(congress)
    return {"status": "valid" if ok else "invalid", "seq": head.seq, "hash": head.hash, "fingerprint": fp}


def verdict(
    doc: Mapping[str, Any], fingerprints: Iterable[tuple[str, int, str]], signer: str | None = None
) -> dict[str, Any]:
    """The verdict on a file: its signature, its log head, and each round (election, round, recomputed fingerprint)."""
    names = names_of(doc)
    finals = {(e, r): f for e, r, f in _finals(doc)}
    congress = doc.get("congress_uid")
    rounds = []
    bad = False
    for election, round_no, fp in fingerprints:
        final = finals.get((election, round_no))
        recorded = final.get("fingerprint") if isinstance(final, Mapping) else None
        if final is None:
            seal, sig, who = "none", "none", None
        else:
            seal = "match" if recorded == fp else "mismatch"
            sig, who = seal_signature(final, congress, election, round_no)
        bad = bad or seal == "mismatch" or sig == "invalid"
        rounds.append(
            {
                "election": election,
                "round": round_no,
                "fingerprint": fp,
                "recorded": recorded if isinstance(recorded, str) else None,
                "seal": seal,
                "seal_signature": sig,
                "signer": who,
                "signer_name": names.get(who or ""),
            }
        )
    signature = file_signature(doc)
    head = log_head(doc)
    bad = bad or signature["status"] in ("invalid", "removed") or head["status"] == "invalid"
    if signer is not None and (signature["status"] != "valid" or signature["fingerprint"] != signer):
        bad = True
    return {
        "format": VERDICT_FORMAT,
        "signature": signature,
        "expected_signer": signer,
        "log_head": head,
        "rounds": rounds,
        "ok": not bad,
    }
