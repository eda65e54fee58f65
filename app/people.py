"""The head's PIN (scrypt, at least 6 digits, wrong tries counted with a growing wait) and this computer's name.

The PIN hash is kept with the head's station, beside its key (`<data>/keys/<congress uid>.head`, mode 0600),
never in the database or a station copy: whoever holds a copy cannot search it offline. The same small file
counts wrong tries, so restarting the window does not reset the wait.
"""

from __future__ import annotations

import json
import os
import socket
import time
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidKey
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from app.errors import Refused, UserError
from app.keys import KeyFault, data_folder, private_folder, write_private

#: scrypt cost of a new PIN hash: one try takes ≥ 100 ms on the committee's laptop (`python -m bench pin`).
N, R, P = 2**15, 8, 1
#: A PIN has at least this many digits, and digits only.
MIN_PIN = 6
#: Wrong tries allowed before each further try has to wait.
FREE_TRIES = 5
#: The wait after the 5th wrong try; it doubles with each further one, up to `MAX_WAIT` (seconds).
FIRST_WAIT, MAX_WAIT = 30, 3600
HEAD_FORMAT = "kiemphieu-head/1"


def pin_fault(pin: str) -> str | None:
    """The code of what is wrong with a new PIN (`pin.too_short`, `pin.not_digits`), or None."""
    if not (pin.isascii() and pin.isdigit()):
        return "pin.not_digits"
    if len(pin) < MIN_PIN:
        return "pin.too_short"
    return None


def require_pin_policy(pin: str) -> None:
    """Refuses a new PIN that is not at least `MIN_PIN` digits (the window and the command line call this)."""
    code = pin_fault(pin)
    if code is not None:
        raise UserError(code, {"min": MIN_PIN}, "pin")


def _scrypt(salt: bytes, n: int, r: int, p: int) -> Scrypt:
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p)


def hash_pin(pin: str, salt: bytes | None = None, cost: tuple[int, int, int] | None = None) -> str:
    """'scrypt$n$r$p$salt$hash' for a PIN."""
    salt = os.urandom(16) if salt is None else salt
    n, r, p = cost or (N, R, P)
    digest = _scrypt(salt, n, r, p).derive(pin.encode("utf-8"))
    return f"scrypt${n}${r}${p}${salt.hex()}${digest.hex()}"


def check_pin(pin: str, stored: str | None) -> bool:
    """Whether the PIN matches the stored scrypt hash (the library compares in constant time)."""
    if not stored:
        return False
    try:
        _, n, r, p, salt, digest = stored.split("$")
        _scrypt(bytes.fromhex(salt), int(n), int(r), int(p)).verify(pin.encode("utf-8"), bytes.fromhex(digest))
    except (ValueError, InvalidKey):
        return False
    return True


def needs_rehash(stored: str) -> bool:
    """A hash made with less than today's cost (an older version's), to be replaced at the next right PIN."""
    try:
        _, n, r, p, _salt, _digest = stored.split("$")
        return (int(n), int(r), int(p)) < (N, R, P)
    except ValueError:
        return True


def wait_after(failures: int) -> int:
    """Seconds before the next try after this many wrong tries in a row: none up to 5, then 30 s, 60 s, … 1 h."""
    if failures < FREE_TRIES:
        return 0
    return min(FIRST_WAIT << min(failures - FREE_TRIES, 16), MAX_WAIT)


@dataclass(frozen=True, slots=True)
class HeadState:
    """What the head's station keeps for one congress: the PIN hash and the wrong tries in a row."""

    pin: str | None = None
    failures: int = 0
    wait_until: float = 0.0


class WrongPin(Refused):
    """A wrong PIN: the refusal, and what the caller logs (`pin.failed`): the action tried, wrong tries in a row
    and the wait now imposed."""

    def __init__(self, attempt: PinTry, attempted: str = "") -> None:
        code = "pin.wrong_wait" if attempt.wait else "pin.wrong"
        super().__init__(code, {"failures": attempt.failures, "seconds": attempt.wait}, "pin")
        self.attempt = attempt
        self.attempted = attempted


@dataclass(frozen=True, slots=True)
class PinTry:
    """One try of the PIN: right or wrong, wrong tries in a row now, seconds to wait before the next."""

    ok: bool
    failures: int
    wait: int

    def refusal(self, attempted: str = "") -> WrongPin:
        """The refusal to show for a wrong PIN (logged as `pin.failed` when `attempted` names the action)."""
        return WrongPin(self, attempted)


def head_path(congress: str, folder: Path | None = None) -> Path:
    """`<data>/keys/<congress uid>.head`."""
    if not congress or len(congress) > 64 or not set(congress) <= set("0123456789abcdefABCDEF-"):
        raise KeyFault("anchor.bad_congress", {"congress": congress[:64]}, "congress")
    return private_folder(folder or data_folder(), "keys") / f"{congress.lower()}.head"


def head_state(congress: str, folder: Path | None = None) -> HeadState:
    """The stored state (empty when this station keeps none for the congress); a damaged file is refused."""
    path = head_path(congress, folder)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return HeadState()
    except OSError as e:
        raise KeyFault("key.unreadable", {"path": str(path), "reason": e.strerror or str(e)}, str(path)) from None
    try:
        doc = json.loads(raw)
        pin, failures, until = doc["pin"], doc["failures"], doc["wait_until"]
        if doc.get("format") != HEAD_FORMAT or doc.get("congress") != congress.lower():
            raise ValueError("another file")
        if not (pin is None or isinstance(pin, str)) or type(failures) is not int or failures < 0:
            raise ValueError("bad field")
        return HeadState(pin, failures, float(until))
    except (ValueError, KeyError, TypeError):
        raise KeyFault("pin.store_damaged", {"path": str(path)}, str(path)) from None


def _save(congress: str, state: HeadState, folder: Path | None) -> None:
    doc = {
        "format": HEAD_FORMAT,
        "congress": congress.lower(),
        "pin": state.pin,
        "failures": state.failures,
        "wait_until": state.wait_until,
    }
    write_private(head_path(congress, folder), json.dumps(doc, indent=1).encode("utf-8"))


def has_head_pin(congress: str, folder: Path | None = None) -> bool:
    """Whether this station keeps a PIN for the congress."""
    return head_state(congress, folder).pin is not None


def store_pin_hash(congress: str, stored: str, folder: Path | None = None) -> None:
    """Keeps an existing hash (e.g. the one an older version kept in the database) as the head's PIN."""
    _save(congress, HeadState(stored), folder)


def try_head_pin(congress: str, pin: str, folder: Path | None = None, now: float | None = None) -> PinTry:
    """Checks the PIN, counting wrong tries; while a wait runs, refuses without checking (`pin.wait`)."""
    now = time.time() if now is None else now
    state = head_state(congress, folder)
    if state.pin is None:
        raise UserError("pin.not_set", {}, "pin")
    left = min(state.wait_until, now + MAX_WAIT) - now
    if left > 0:
        raise UserError("pin.wait", {"seconds": int(left + 0.999)}, "pin")
    if check_pin(pin, state.pin):
        stored = hash_pin(pin) if needs_rehash(state.pin) else state.pin
        if state.failures or stored != state.pin:
            _save(congress, HeadState(stored), folder)
        return PinTry(True, 0, 0)
    failures = state.failures + 1
    wait = wait_after(failures)
    _save(congress, HeadState(state.pin, failures, now + wait if wait else 0.0), folder)
    return PinTry(False, failures, wait)


def set_head_pin(congress: str, new_pin: str, old_pin: str | None = None, folder: Path | None = None) -> PinTry | None:
    """Sets the PIN (≥ 6 digits); changing it needs the old one, tried like any other PIN.

    Returns the failed try when the old PIN was wrong (nothing changed; the caller logs and refuses), else None.
    """
    require_pin_policy(new_pin)
    if has_head_pin(congress, folder):
        attempt = try_head_pin(congress, old_pin or "", folder)
        if not attempt.ok:
            return attempt
    _save(congress, HeadState(hash_pin(new_pin)), folder)
    return None


def default_station() -> str:
    """This computer's name, the default station."""
    return socket.gethostname() or "máy-1"
