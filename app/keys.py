"""Station keys: one Ed25519 key pair per computer and user account, and the signatures made with it.

The private key lives in the user's data folder (`<data>/keys/station.key`, PEM PKCS#8, folder 0700, file
0600) and never enters a database, a copy or an export. A key is known to others by its public key (base64url,
43 characters) and its fingerprint (the first 16 hex digits of SHA-256 of the raw public key). Every
signature is domain-separated: Ed25519 over `b"kiemphieu/" + purpose + b"/1\\n" + message`, so a signature
made for one purpose (a log record) can never be passed off as another (a round's seal). `docs/signatures.md`
fixes every message, so that another program (`tools/kiemphieu_verify.py`) can check them.
"""

from __future__ import annotations

import base64
import binascii
import datetime
import hashlib
import json
import os
import re
import stat
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from app.errors import UserError

#: What a signature may be for; the purpose is part of the signed bytes.
PURPOSES = frozenset({"log", "election", "seal", "handover", "anchor"})
#: The station's private key file inside `<data>/keys`.
KEY_FILE = "station.key"
#: The small file a station hands to the head so that its key can be registered (public key only).
STATION_KEY_FORMAT = "kiemphieu-station-key/1"
#: Roles a registered key can have.
ROLES = ("head", "station")
_HEX = frozenset("0123456789abcdef")
_URLSAFE = bytes.maketrans(b"+/", b"-_")
_HEX64 = re.compile("[0-9a-f]{64}").fullmatch


class KeyFault(UserError):
    """A key, a key file or a signed value that cannot be used: a code, its parameters and the place."""


# --- where keys live, and files only their owner can read ------------------------------------------------


def data_folder() -> Path:
    """`$KIEMPHIEU_DATA_DIR`, else the user's data folder (the same folder congress databases go to)."""
    from app.storage.engine import default_folder

    return default_folder()


def private_folder(folder: Path, *parts: str) -> Path:
    """`folder/parts…`, made if needed and kept readable by its owner only (0700 on POSIX)."""
    path = folder.joinpath(*parts)
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    if os.name == "posix":
        mode = stat.S_IMODE(path.stat().st_mode)
        if mode & 0o077:
            path.chmod(0o700)
    return path


def write_private(path: Path, data: bytes) -> None:
    """Writes the file atomically (temporary file, fsync, rename) with mode 0600: whole or not at all."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    if os.name == "posix":
        dfd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dfd)
        finally:
            os.close(dfd)


def check_private(path: Path) -> None:
    """Refuses a file that another user owns or that others can read or write (POSIX)."""
    if os.name != "posix":
        return
    st = path.stat()
    if st.st_uid != os.getuid():
        raise KeyFault("key.not_owner", {"path": str(path)}, str(path))
    mode = stat.S_IMODE(st.st_mode)
    if mode & 0o077:
        raise KeyFault("key.exposed", {"path": str(path), "mode": f"{mode:04o}"}, str(path))


# --- encodings and fingerprints ----------------------------------------------------------------------------


def b64(data: bytes) -> str:
    """base64url without padding (`base64.urlsafe_b64encode`, written out: one is made per record)."""
    return binascii.b2a_base64(data, newline=False).translate(_URLSAFE).rstrip(b"=").decode("ascii")


def unb64(text: str) -> bytes:
    """The bytes of base64url text without padding; ValueError for anything else."""
    if not isinstance(text, str) or not text.isascii() or "=" in text:
        raise ValueError("not base64url text")
    try:
        raw = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except binascii.Error as e:
        raise ValueError(str(e)) from None
    if b64(raw) != text:  # only the one canonical spelling (no stray characters, no loose bits)
        raise ValueError("not canonical base64url")
    return raw


def canonical(doc: Any) -> bytes:
    """Sorted keys, no spaces, non-ASCII kept, UTF-8: the bytes a document is signed as."""
    return json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def fingerprint(public: bytes | str) -> str:
    """The first 16 hex digits of SHA-256 of the raw 32-byte public key (lowercase; `grouped` to show it)."""
    raw = public_bytes(public) if isinstance(public, str) else public
    return hashlib.sha256(raw).hexdigest()[:16]


def grouped(value: str) -> str:
    """Hex in groups of four, upper case: 'A1B2-C3D4-E5F6-0718' (a key) or the 16 groups of a SHA-256."""
    v = value.upper()
    return "-".join(v[i : i + 4] for i in range(0, len(v), 4))


def parse_fingerprint(text: str) -> str:
    """A fingerprint as people type it ('a1b2-C3D4 e5f6 0718') in its stored form ('a1b2c3d4e5f60718')."""
    fp = "".join(ch for ch in str(text).lower() if ch not in "- ")
    if len(fp) != 16 or not set(fp) <= _HEX:
        raise KeyFault("key.bad_fingerprint", {"value": str(text)[:40]}, "fingerprint")
    return fp


def public_bytes(text: str) -> bytes:
    """The raw 32-byte public key of its base64url text (43 characters), checked to be an Ed25519 point."""
    try:
        raw = unb64(text)
        if len(raw) != 32:
            raise ValueError("not 32 bytes")
        Ed25519PublicKey.from_public_bytes(raw)
    except ValueError:
        raise KeyFault("key.bad_public", {"value": str(text)[:60]}, "key") from None
    return raw


def is_hex64(value: Any) -> bool:
    """A SHA-256 in lowercase hex (a record's hash, a round's fingerprint)."""
    return isinstance(value, str) and _HEX64(value) is not None


# --- domain-separated signatures ---------------------------------------------------------------------------


def message(purpose: str, payload: bytes) -> bytes:
    """The bytes actually signed: `kiemphieu/<purpose>/1\\n` then the payload."""
    if purpose not in PURPOSES:
        raise ValueError(f"unknown signature purpose {purpose!r}")
    return b"kiemphieu/" + purpose.encode("ascii") + b"/1\n" + payload


def verify(public: bytes | str, purpose: str, payload: bytes, signature: Any) -> bool:
    """Whether `signature` (base64url) is the key's signature of the payload for this purpose; never raises."""
    try:
        raw = public_bytes(public) if isinstance(public, str) else public
        sig = unb64(signature)
        if len(sig) != 64:
            return False
        Ed25519PublicKey.from_public_bytes(raw).verify(sig, message(purpose, payload))
    except (InvalidSignature, ValueError, KeyFault):
        return False
    return True


#: What every log record's signed message starts with.
_LOG_MESSAGE = b"kiemphieu/log/1\n"


def log_payload(record_hash: str) -> bytes:
    """What a log record's signature covers: its 64-hex `hash`, as ASCII."""
    if not is_hex64(record_hash):
        raise ValueError("a record hash is 64 lowercase hex digits")
    return record_hash.encode("ascii")


def head_payload(congress: str, seq: int, record_hash: str) -> bytes:
    """What a signed head covers: the congress, the record number and its hash."""
    return canonical({"congress": congress, "seq": seq, "hash": record_hash})


def seal_payload(congress: str, election: str, round_no: int, fp: str, at: str, by: str) -> bytes:
    """What a round's seal signature covers (purpose `seal`)."""
    return canonical(
        {"congress": congress, "election": election, "round": round_no, "fingerprint": fp, "at": at, "by": by}
    )


@dataclass(frozen=True, slots=True, eq=False)
class StationKey:
    """This station's key pair (the private half never leaves this object but to its own file)."""

    private: Ed25519PrivateKey
    public_raw: bytes
    path: Path | None = None

    @classmethod
    def of(cls, private: Ed25519PrivateKey, path: Path | None = None) -> StationKey:
        """Wraps a private key, caching its public half."""
        raw = private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        return cls(private, raw, path)

    @property
    def public(self) -> str:
        """The public key as base64url (43 characters): what the congress registers."""
        return b64(self.public_raw)

    @property
    def fingerprint(self) -> str:
        """The short fingerprint (16 hex digits)."""
        return fingerprint(self.public_raw)

    def sign(self, purpose: str, payload: bytes) -> str:
        """The base64url signature of the payload for this purpose."""
        return b64(self.private.sign(message(purpose, payload)))

    def sign_log(self, record_hash: str) -> str:
        """The signature of a log record (purpose `log`, over its hash): `sign("log", log_payload(h))`, written
        out (one is made per record)."""
        if not isinstance(record_hash, str) or _HEX64(record_hash) is None:
            raise ValueError("a record hash is 64 lowercase hex digits")
        signature = self.private.sign(_LOG_MESSAGE + record_hash.encode("ascii"))
        return binascii.b2a_base64(signature, newline=False).translate(_URLSAFE).rstrip(b"=").decode("ascii")  # b64

    def head(self, congress: str, seq: int, record_hash: str) -> SignedHead:
        """The signed head of a log: its last record number and hash (purpose `anchor`)."""
        return SignedHead(seq, record_hash, self.public, self.sign("anchor", head_payload(congress, seq, record_hash)))

    def seal(self, congress: str, election: str, round_no: int, fp: str, at: str, by: str) -> dict[str, str]:
        """`{"key", "signature"}` to add to a round's `final` seal (purpose `seal`)."""
        return {
            "key": self.public,
            "signature": self.sign("seal", seal_payload(congress, election, round_no, fp, at, by)),
        }

    def registration(self, name: str, role: str = "station") -> Registration:
        """The value the congress registers for this key."""
        return Registration(name, self.public, self.fingerprint, role)

    def pem(self) -> bytes:
        """The private key as PEM PKCS#8 without passphrase (only for its own 0600 file)."""
        return self.private.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )

    def __repr__(self) -> str:
        return f"StationKey({grouped(self.fingerprint)})"


# --- the key file ------------------------------------------------------------------------------------------


def key_path(folder: Path | None = None) -> Path:
    """`<data>/keys/station.key`."""
    return (folder or data_folder()) / "keys" / KEY_FILE


def load_station_key(folder: Path | None = None) -> StationKey:
    """This station's key; a missing, foreign, exposed or damaged key file is a `KeyFault` saying why."""
    path = key_path(folder)
    try:
        check_private(path)
        data = path.read_bytes()
    except FileNotFoundError:
        raise KeyFault("key.missing", {"path": str(path)}, str(path)) from None
    except OSError as e:
        raise KeyFault("key.unreadable", {"path": str(path), "reason": e.strerror or str(e)}, str(path)) from None
    try:
        private = serialization.load_pem_private_key(data, password=None)
    except TypeError:  # encrypted with a passphrase: not a key this program made
        raise KeyFault("key.damaged", {"path": str(path)}, str(path)) from None
    except (ValueError, UnsupportedAlgorithm):
        raise KeyFault("key.damaged", {"path": str(path)}, str(path)) from None
    if not isinstance(private, Ed25519PrivateKey):
        raise KeyFault("key.not_ed25519", {"path": str(path)}, str(path))
    return StationKey.of(private, path)


def create_station_key(folder: Path | None = None) -> StationKey:
    """A new key pair for this station; a key file already there is set aside (renamed), never deleted."""
    keys = private_folder(folder or data_folder(), "keys")
    path = keys / KEY_FILE
    if path.exists():
        stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
        path.rename(keys / f"{KEY_FILE}.old-{stamp}-{os.getpid()}")
    key = StationKey.of(Ed25519PrivateKey.generate(), path)
    write_private(path, key.pem())
    return key


def station_key(folder: Path | None = None) -> StationKey:
    """This station's key, made on first use; a key file that cannot be used is refused, never replaced."""
    try:
        return load_station_key(folder)
    except KeyFault as f:
        if f.code != "key.missing":
            raise
    return create_station_key(folder)


# --- registrations, signed heads and the station key file --------------------------------------------------


def _field(doc: Mapping[str, Any], key: str, path: str, kind: type = str) -> Any:
    value = doc.get(key)
    if not isinstance(value, kind) or isinstance(value, bool) or (kind is str and not value):
        raise KeyFault("signed.malformed", {"field": f"{path}.{key}" if path else key}, f"{path}.{key}")
    return value


@dataclass(frozen=True, slots=True)
class Registration:
    """A key the congress knows: who holds it, the key, its fingerprint and its role (head or station)."""

    name: str
    key: str
    fingerprint: str
    role: str = "station"

    def to_doc(self) -> dict[str, str]:
        """`{"name", "key", "fingerprint", "role"}` as log payloads and files carry it."""
        return {"name": self.name, "key": self.key, "fingerprint": self.fingerprint, "role": self.role}

    @classmethod
    def from_doc(cls, doc: Any, path: str = "") -> Registration:
        """Reads and checks one (the fingerprint must be the key's, the role head or station)."""
        if not isinstance(doc, Mapping):
            raise KeyFault("signed.malformed", {"field": path or "registration"}, path)
        name, key = _field(doc, "name", path), _field(doc, "key", path)
        fp, role = _field(doc, "fingerprint", path), _field(doc, "role", path)
        if role not in ROLES:
            raise KeyFault("signed.malformed", {"field": f"{path}.role" if path else "role"}, path)
        if fingerprint(key) != fp:
            raise KeyFault("key.fingerprint_mismatch", {"fingerprint": fp}, path)
        return cls(name, key, fp, role)


@dataclass(frozen=True, slots=True)
class SignedHead:
    """The last record number and hash of a congress's log, signed by a station (purpose `anchor`)."""

    seq: int
    hash: str
    key: str
    signature: str

    @property
    def fingerprint(self) -> str:
        """The signing key's fingerprint."""
        return fingerprint(self.key)

    def to_doc(self) -> dict[str, Any]:
        """`{"seq", "hash", "key", "signature"}` (key: the signer's public key)."""
        return {"seq": self.seq, "hash": self.hash, "key": self.key, "signature": self.signature}

    @classmethod
    def from_doc(cls, doc: Any, path: str = "log_head") -> SignedHead:
        """Reads one; a malformed head is a `KeyFault` naming the field."""
        if not isinstance(doc, Mapping):
            raise KeyFault("signed.malformed", {"field": path}, path)
        seq, h = _field(doc, "seq", path, int), _field(doc, "hash", path)
        if seq < 0 or not is_hex64(h):
            raise KeyFault("signed.malformed", {"field": path}, path)
        return cls(seq, h, _field(doc, "key", path), _field(doc, "signature", path))

    def valid_for(self, congress: str) -> bool:
        """Whether the signature holds for this congress."""
        return verify(self.key, "anchor", head_payload(congress, self.seq, self.hash), self.signature)


def write_station_key_file(path: str | Path, key: StationKey, name: str) -> Registration:
    """The small file a station gives the head: its name and public key (never the private key)."""
    reg = key.registration(name)
    doc = {"format": STATION_KEY_FORMAT, **{k: v for k, v in reg.to_doc().items() if k != "role"}}
    target = Path(path)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        tmp.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return reg


def read_station_key_file(path: str | Path) -> Registration:
    """The registration a station key file offers; a file holding a private key is refused outright."""
    p = Path(path)
    try:
        raw = p.read_bytes()[:65536]
    except OSError as e:
        raise KeyFault("keyfile.unreadable", {"path": str(p), "reason": e.strerror or str(e)}, str(p)) from None
    if b"PRIVATE KEY" in raw:
        raise KeyFault("keyfile.private", {"path": str(p)}, str(p))
    try:
        doc = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise KeyFault("keyfile.damaged", {"path": str(p)}, str(p)) from None
    if not isinstance(doc, dict) or doc.get("format") != STATION_KEY_FORMAT:
        raise KeyFault("keyfile.damaged", {"path": str(p)}, str(p))
    try:
        public_bytes(str(doc.get("key", "")))
        return Registration.from_doc({**doc, "role": "station"}, "")
    except KeyFault as f:
        raise KeyFault("keyfile.damaged", {"path": str(p)}, f.path or str(p)) from None
