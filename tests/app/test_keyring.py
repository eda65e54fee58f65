"""The keyring replays registrations; a record it cannot read registers nothing (its signature is still checked)."""

from __future__ import annotations

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app import texts
from app.keyring import Keyring
from app.keys import StationKey

HEAD = StationKey.of(Ed25519PrivateKey.from_private_bytes(bytes(range(32))))


def test_an_unreadable_payload_registers_nothing() -> None:
    ring = Keyring()
    h = "ab" * 32
    fault = ring.check(1, "signing.started", "{not json", h, HEAD.fingerprint, HEAD.sign_log(h))
    assert fault is not None and fault.code == "log.bad_registration" and fault.seq == 1
    assert Keyring().check(1, "ballot", "[]", h, HEAD.fingerprint, HEAD.sign_log(h)).code == "log.unknown_key"  # type: ignore[union-attr]


def test_every_fault_has_words() -> None:
    codes = [
        "unsigned",
        "unknown_key",
        "key_retired",
        "bad_signature",
        "needs_head_key",
        "bad_registration",
        "second_root",
    ]
    for code in codes:
        for lang in ("vi", "en"):
            words = texts.text(f"log.{code}", {"seq": 7, "key": "A1B2-C3D4-E5F6-0718"}, lang)
            assert "7" in words and not words.startswith("log."), (code, lang)
