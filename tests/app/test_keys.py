"""Station keys: made once, kept readable by their owner only, refused when damaged or exposed; signatures."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app import keys
from app.keys import KeyFault, StationKey

posix = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@posix
def test_first_use_makes_a_private_key_file_and_later_uses_load_it(tmp_path: Path) -> None:
    key = keys.station_key(tmp_path)
    path = tmp_path / "keys" / "station.key"
    assert key.path == path and path.read_bytes().startswith(b"-----BEGIN PRIVATE KEY-----")
    assert mode(path) == 0o600 and mode(path.parent) == 0o700
    again = keys.station_key(tmp_path)
    assert again.public == key.public and again.fingerprint == key.fingerprint
    assert len(key.public) == 43 and len(key.fingerprint) == 16 and "PRIVATE" not in repr(key)
    assert not list(path.parent.glob(".*.tmp"))  # the temporary file is gone


def test_data_folder_follows_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KIEMPHIEU_DATA_DIR", str(tmp_path / "d"))
    assert keys.key_path() == tmp_path / "d" / "keys" / "station.key"
    assert keys.station_key().path == tmp_path / "d" / "keys" / "station.key"


def test_fingerprint_is_the_first_16_hex_of_sha256_of_the_raw_key() -> None:
    """A1B2-C3D4-E5F6-0718 is how people read it; typed back in any case or grouping it is the same key."""
    import hashlib

    key = StationKey.of(Ed25519PrivateKey.from_private_bytes(bytes(range(32))))
    assert key.fingerprint == hashlib.sha256(key.public_raw).hexdigest()[:16]
    assert keys.fingerprint(key.public) == key.fingerprint
    shown = keys.grouped(key.fingerprint)
    assert len(shown) == 19 and shown.count("-") == 3 and shown == shown.upper()
    assert keys.parse_fingerprint(shown) == key.fingerprint
    assert keys.parse_fingerprint(shown.lower().replace("-", " ")) == key.fingerprint
    for bad in ("A1B2-C3D4", "G1B2-C3D4-E5F6-0718", ""):
        with pytest.raises(KeyFault) as e:
            keys.parse_fingerprint(bad)
        assert e.value.code == "key.bad_fingerprint"


@posix
def test_a_key_file_others_can_read_is_refused_and_says_how_to_fix_it(tmp_path: Path) -> None:
    key = keys.station_key(tmp_path)
    assert key.path is not None
    key.path.chmod(0o644)
    with pytest.raises(KeyFault) as e:
        keys.station_key(tmp_path)
    assert e.value.code == "key.exposed" and e.value.params["mode"] == "0644"
    assert "chmod 600" in e.value.message("vi") and "chmod 600" in e.value.message("en")
    assert key.path.exists()  # never replaced
    key.path.chmod(0o600)
    assert keys.station_key(tmp_path).public == key.public


@posix
def test_a_loose_keys_folder_is_tightened(tmp_path: Path) -> None:
    (tmp_path / "keys").mkdir(mode=0o755)
    (tmp_path / "keys").chmod(0o755)
    keys.station_key(tmp_path)
    assert mode(tmp_path / "keys") == 0o700


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"not a key at all",
        b"-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n",
        "khóa".encode(),
    ],
)
def test_a_damaged_key_file_is_refused_not_replaced(tmp_path: Path, content: bytes) -> None:
    keys.station_key(tmp_path)
    path = keys.key_path(tmp_path)
    keys.write_private(path, content)
    with pytest.raises(KeyFault) as e:
        keys.station_key(tmp_path)
    assert e.value.code == "key.damaged" and str(path) in e.value.message("vi")
    assert path.read_bytes() == content


def test_a_foreign_or_encrypted_key_is_refused(tmp_path: Path) -> None:
    keys.station_key(tmp_path)
    path = keys.key_path(tmp_path)
    ecdsa = ec.generate_private_key(ec.SECP256R1()).private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    keys.write_private(path, ecdsa)
    with pytest.raises(KeyFault) as e:
        keys.load_station_key(tmp_path)
    assert e.value.code == "key.not_ed25519"
    locked = Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(b"mat-khau"),
    )
    keys.write_private(path, locked)
    with pytest.raises(KeyFault) as e:
        keys.load_station_key(tmp_path)
    assert e.value.code == "key.damaged"


def test_missing_and_unreadable_key_files(tmp_path: Path) -> None:
    with pytest.raises(KeyFault) as e:
        keys.load_station_key(tmp_path)
    assert e.value.code == "key.missing"
    keys.key_path(tmp_path).parent.mkdir(parents=True)
    keys.key_path(tmp_path).mkdir(mode=0o700)  # a folder where the file should be
    with pytest.raises(KeyFault) as e:
        keys.load_station_key(tmp_path)
    assert e.value.code == "key.unreadable"


def test_a_new_key_sets_the_old_file_aside(tmp_path: Path) -> None:
    """A station that lost (or broke) its key gets a new one; the old file is kept, renamed, never deleted."""
    old = keys.station_key(tmp_path)
    new = keys.create_station_key(tmp_path)
    assert new.public != old.public
    assert keys.load_station_key(tmp_path).public == new.public
    aside = list((tmp_path / "keys").glob("station.key.old-*"))
    assert (
        len(aside) == 1
        and keys.StationKey.of(
            serialization.load_pem_private_key(aside[0].read_bytes(), None)  # type: ignore[arg-type]
        ).public
        == old.public
    )


def test_an_interrupted_write_leaves_the_old_file_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "f"
    keys.write_private(path, b"old")

    def boom(*_: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError):
        keys.write_private(path, b"new")
    assert path.read_bytes() == b"old" and [p.name for p in tmp_path.iterdir()] == ["f"]


def test_signatures_are_bound_to_their_purpose_and_message(tmp_path: Path) -> None:
    key = keys.station_key(tmp_path)
    h = "3f" * 32
    sig = key.sign_log(h)
    assert keys.verify(key.public, "log", keys.log_payload(h), sig)
    assert keys.verify(key.public_raw, "log", h.encode(), sig)
    assert not keys.verify(key.public, "seal", keys.log_payload(h), sig)  # another purpose
    assert not keys.verify(key.public, "log", keys.log_payload("3e" + h[2:]), sig)  # another record
    other = keys.create_station_key(tmp_path / "other")
    assert not keys.verify(other.public, "log", keys.log_payload(h), sig)  # another key
    for junk in ("", "!!", sig[:-2], sig + "AA", None, 7, "=" + sig[1:]):
        assert not keys.verify(key.public, "log", keys.log_payload(h), junk)
    assert not keys.verify("not-a-key", "log", keys.log_payload(h), sig)
    with pytest.raises(ValueError):
        keys.message("minutes", b"")
    with pytest.raises(ValueError):
        keys.log_payload("ABC")
    assert keys.message("log", b"x") == b"kiemphieu/log/1\nx"


def test_public_keys_are_checked() -> None:
    for bad in ("", "A" * 42, "A" * 44, "+" * 43, "é" * 43):
        with pytest.raises(KeyFault) as e:
            keys.public_bytes(bad)
        assert e.value.code == "key.bad_public"


def test_signed_head_and_seal(tmp_path: Path) -> None:
    key = keys.station_key(tmp_path)
    head = key.head("uid-1", 12, "ab" * 32)
    doc = head.to_doc()
    assert set(doc) == {"seq", "hash", "key", "signature"} and doc["key"] == key.public
    again = keys.SignedHead.from_doc(json.loads(json.dumps(doc)))
    assert again == head and again.valid_for("uid-1") and again.fingerprint == key.fingerprint
    assert not again.valid_for("uid-2")  # bound to its congress
    assert not keys.SignedHead(13, head.hash, head.key, head.signature).valid_for("uid-1")
    for bad in (None, [], {**doc, "seq": -1}, {**doc, "seq": True}, {**doc, "hash": "x"}, {**doc, "key": ""}):
        with pytest.raises(KeyFault):
            keys.SignedHead.from_doc(bad)
    seal = key.seal("uid-1", "bch", 1, "cd" * 32, "2025-05-20T10:00", "Trần Thị Bình")
    payload = keys.seal_payload("uid-1", "bch", 1, "cd" * 32, "2025-05-20T10:00", "Trần Thị Bình")
    assert keys.verify(seal["key"], "seal", payload, seal["signature"])
    assert not keys.verify(seal["key"], "anchor", payload, seal["signature"])


def test_registrations_check_their_fingerprint(tmp_path: Path) -> None:
    key = keys.station_key(tmp_path)
    reg = key.registration("Máy 2")
    assert keys.Registration.from_doc(reg.to_doc()) == reg and reg.role == "station"
    with pytest.raises(KeyFault) as e:
        keys.Registration.from_doc({**reg.to_doc(), "fingerprint": "0" * 16})
    assert e.value.code == "key.fingerprint_mismatch"
    for bad in ({**reg.to_doc(), "role": "admin"}, {**reg.to_doc(), "name": ""}, "x"):
        with pytest.raises(KeyFault):
            keys.Registration.from_doc(bad)


def test_station_key_file_carries_the_public_key_only(tmp_path: Path) -> None:
    key = keys.station_key(tmp_path)
    path = tmp_path / "may-2.kiemphieu-key"
    reg = keys.write_station_key_file(path, key, "Máy 2 — Lê Văn Cường")
    text = path.read_text(encoding="utf-8")
    body = b"".join(key.pem().splitlines()[1:-1]).decode()
    assert body[:20] not in text and "PRIVATE" not in text
    assert keys.read_station_key_file(path) == reg and reg.fingerprint == key.fingerprint


def test_a_station_key_file_with_a_private_key_or_damage_is_refused(tmp_path: Path) -> None:
    key = keys.station_key(tmp_path)
    leaked = tmp_path / "leaked"
    leaked.write_bytes(key.pem())
    with pytest.raises(KeyFault) as e:
        keys.read_station_key_file(leaked)
    assert e.value.code == "keyfile.private"
    good = tmp_path / "good"
    keys.write_station_key_file(good, key, "Máy 2")
    doc = json.loads(good.read_text(encoding="utf-8"))
    cases = {
        "json": b"{",
        "format": json.dumps({**doc, "format": "x"}).encode(),
        "fp": json.dumps({**doc, "fingerprint": "0" * 16}).encode(),
        "key": json.dumps({**doc, "key": "A" * 43}).encode(),
        "list": b"[]",
        "bytes": b"\xff\xfe",
    }
    for name, raw in cases.items():
        p = tmp_path / name
        p.write_bytes(raw)
        with pytest.raises(KeyFault) as e:
            keys.read_station_key_file(p)
        assert e.value.code == "keyfile.damaged", name
    with pytest.raises(KeyFault) as e:
        keys.read_station_key_file(tmp_path / "absent")
    assert e.value.code == "keyfile.unreadable"
