"""The head's PIN (scrypt with a salt) and this computer's name (the default station)."""

from __future__ import annotations

import hashlib
import hmac
import os
import socket

N, R, P = 2**14, 8, 1
MIN_PIN = 4


def hash_pin(pin: str, salt: bytes | None = None) -> str:
    """'scrypt$n$r$p$salt$hash' for a PIN."""
    salt = os.urandom(16) if salt is None else salt
    digest = hashlib.scrypt(pin.encode("utf-8"), salt=salt, n=N, r=R, p=P, dklen=32)
    return f"scrypt${N}${R}${P}${salt.hex()}${digest.hex()}"


def check_pin(pin: str, stored: str | None) -> bool:
    """Whether the PIN matches the stored scrypt hash (constant-time comparison)."""
    if not stored:
        return False
    try:
        _, n, r, p, salt, digest = stored.split("$")
        got = hashlib.scrypt(pin.encode("utf-8"), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p), dklen=32)
    except ValueError:
        return False
    return hmac.compare_digest(got.hex(), digest)


def default_station() -> str:
    """This computer's name, the default station."""
    return socket.gethostname() or "máy-1"
