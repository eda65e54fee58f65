"""The keys a congress's log registers, replayed record by record, and each record's signature checked.

`verify --db` walks the log once; for each record (after its chain is checked) it calls `Keyring.check`, which
answers with the first fault (a code and the record) or None. Registrations are log records
(docs/signatures.md): the head's key in `create` / `congress.created` / `signing.started` (payload member
`station`), `station.registered`, `station.rekeyed`, `head.rekeyed`; `station.requested` grants nothing.
Records before the first signed one are "unsigned (older version)"; after it, every record must be signed, and
a record only a signing version writes (`SIGNED_ONLY`) is never unsigned.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from app.keys import KeyFault, Registration, log_payload, verify

#: Actions (without their `@version`) that only the head's key may sign: what needs the head's PIN.
HEAD_ACTIONS = frozenset(
    {
        "create",
        "congress.created",
        "signing.started",
        "pin",
        "parameters",
        "entry.mode",
        "round.finalize",
        "round.reopen",
        "stack.resolve",
        "round.head_choice",
        "station.registered",
        "station.rekeyed",
    }
)
#: Actions whose payload member `station` registers the head's key: the first signed record of a log.
ROOT_ACTIONS = frozenset({"create", "congress.created", "signing.started"})
#: Records (action with its version) only a version that signs writes: never unsigned, even at the start of a
#: log — so taking every signature off a signed log does not pass it off as an older version's.
SIGNED_ONLY = frozenset(
    {
        "create@3",
        "signing.started",
        "station.registered",
        "station.requested",
        "station.rekeyed",
        "head.rekeyed",
        "pin@2",
        "pin.failed",
        "round.finalize@2",
        "entries.export@2",
        "handover.accepted",
        "handover.refused",
    }
)


@dataclass(frozen=True, slots=True)
class SignatureFault:
    """The first record whose signature does not hold: a code (`log.unsigned`, `log.unknown_key`, …)."""

    code: str
    seq: int
    key: str | None = None


@dataclass(slots=True)
class KnownKey:
    """A registered key: who holds it, its role, the record that registered it and the one that retired it."""

    registration: Registration
    since: int
    retired: int | None = None


@dataclass(slots=True)
class Keyring:
    """The keys registered so far in a log, and what was seen."""

    keys: dict[str, KnownKey] = field(default_factory=dict)
    signing: bool = False
    unsigned_older: int = 0
    signed: int = 0
    head_rekeyed: list[int] = field(default_factory=list)

    def head(self) -> Registration | None:
        """The head's key in force."""
        for k in self.keys.values():
            if k.registration.role == "head" and k.retired is None:
                return k.registration
        return None

    def check(
        self, seq: int, action: str, payload: str, record_hash: str, key: str | None, signature: str | None
    ) -> SignatureFault | None:
        """Checks one record (its chain already checked) and applies the registration it makes."""
        if not key and not signature:
            if self.signing or action in SIGNED_ONLY:
                return SignatureFault("log.unsigned", seq)
            self.unsigned_older += 1
            return None
        self.signing = True
        name = action.split("@", 1)[0]
        body = _json(payload)
        reg = _registration(body.get("station") if name in ROOT_ACTIONS else body)
        if name in ROOT_ACTIONS:
            if any(k.registration.role == "head" for k in self.keys.values()):
                return SignatureFault("log.second_root", seq)
            if reg is None or reg.role != "head":
                return SignatureFault("log.bad_registration", seq)
            self.keys[reg.fingerprint] = KnownKey(reg, seq)
        elif name == "head.rekeyed":
            old = self.keys.get(str(body.get("old")))
            if reg is None or reg.role != "head" or old is None or old.registration.role != "head":
                return SignatureFault("log.bad_registration", seq)
            old.retired = seq
            self.keys[reg.fingerprint] = KnownKey(reg, seq)
            self.head_rekeyed.append(seq)
        elif name == "station.requested":
            if reg is None or key != reg.fingerprint or not verify(reg.key, "log", log_payload(record_hash), signature):
                return SignatureFault("log.bad_signature", seq, key)
            self.signed += 1
            return None
        known = self.keys.get(key or "")
        if known is None:
            return SignatureFault("log.unknown_key", seq, key)
        if known.retired is not None and known.retired < seq:
            return SignatureFault("log.key_retired", seq, key)
        if not verify(known.registration.key, "log", log_payload(record_hash), signature):
            return SignatureFault("log.bad_signature", seq, key)
        if name in HEAD_ACTIONS and known.registration.role != "head":
            return SignatureFault("log.needs_head_key", seq, key)
        self.signed += 1
        return self._register(name, seq, body, reg)

    def _register(self, name: str, seq: int, body: dict[str, Any], reg: Registration | None) -> SignatureFault | None:
        if name == "station.registered":
            if reg is None or reg.role != "station" or reg.fingerprint in self.keys:
                return SignatureFault("log.bad_registration", seq)
            self.keys[reg.fingerprint] = KnownKey(reg, seq)
        elif name == "station.rekeyed":
            old = self.keys.get(str(body.get("old")))
            new = reg is not None and reg.role == "station" and reg.fingerprint not in self.keys
            if reg is None or not new or old is None or old.registration.role != "station":
                return SignatureFault("log.bad_registration", seq)
            old.retired = seq
            self.keys[reg.fingerprint] = KnownKey(reg, seq)
        return None


def _json(payload: str) -> dict[str, Any]:
    try:
        body = json.loads(payload)
    except ValueError:
        return {}
    return body if isinstance(body, dict) else {}


def _registration(doc: Any) -> Registration | None:
    try:
        return Registration.from_doc(doc)
    except KeyFault:
        return None
