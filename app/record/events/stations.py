"""Events of the congress's station keys and of what the head's station accepts from others: signing started,
stations registered, re-keyed or asking to be, the head re-keyed, wrong PIN tries, hand-over files accepted or
refused (docs/signatures.md)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Self

from app.keys import KeyFault, Registration, grouped
from app.record.events.base import Event, Titles, event
from app.record.fields import Doc, RecordFault, text
from app.texts import Phrase


def registration_from(d: Doc, role: str) -> Registration:
    """A registration document `{"name", "key", "fingerprint", "role"}` read strictly (the fingerprint must be
    the key's, the role the one this event registers); a `RecordFault` naming the field otherwise."""
    doc = {k: d.text(k) for k in ("name", "key", "fingerprint", "role")}
    if doc["role"] != role:
        raise RecordFault("record.enum", {"value": doc["role"]}, d.at("role"))
    try:
        return Registration.from_doc(doc, d.path)
    except KeyFault:
        raise RecordFault("record.registration", {}, d.at("fingerprint")) from None


def _who(reg: Registration) -> dict[str, object]:
    return {"name": reg.name, "fingerprint": grouped(reg.fingerprint)}


@event
@dataclass(frozen=True, slots=True)
class SigningStarted(Event):
    """An older database's log signed from here on: the converting station registered as the head's (its PIN
    hash, if the database kept one, moved beside its key and out of the database)."""

    NAME = "signing.started"

    station: Registration
    schema: str
    pin_moved: bool

    def to_doc(self) -> dict[str, Any]:
        return {"station": self.station.to_doc(), "schema": self.schema, "pin_moved": self.pin_moved}

    @classmethod
    def from_doc(cls, d: Doc) -> Self:
        ev = cls(registration_from(d.obj("station"), "head"), d.text("schema"), d.boolean("pin_moved"))
        d.done()
        return ev

    def words(self, titles: Titles) -> Phrase:
        return Phrase("event.signing.started.words", _who(self.station))


@dataclass(frozen=True, slots=True)
class _Registered(Event):
    registration: Registration

    ROLE = "station"

    def to_doc(self) -> dict[str, Any]:
        return self.registration.to_doc()

    @classmethod
    def from_doc(cls, d: Doc) -> Self:
        ev = cls(registration_from(d, cls.ROLE))
        d.done()
        return ev

    def words(self, titles: Titles) -> Phrase:
        return Phrase(f"event.{self.NAME}.words", _who(self.registration))


@event
@dataclass(frozen=True, slots=True)
class StationRegistered(_Registered):
    """A station's key registered by the head (its copy made, or its key file read): it may write from here on."""

    NAME = "station.registered"


@event
@dataclass(frozen=True, slots=True)
class StationRequested(_Registered):
    """A station not yet registered asks to be (on a shared server), signed by its own key: it grants nothing."""

    NAME = "station.requested"


@event
@dataclass(frozen=True, slots=True)
class StationRekeyed(Event):
    """A station that lost its key file: its new key registered by the head, the old one retired from here on."""

    NAME = "station.rekeyed"

    registration: Registration
    old: str

    def to_doc(self) -> dict[str, Any]:
        return {**self.registration.to_doc(), "old": self.old}

    @classmethod
    def from_doc(cls, d: Doc) -> Self:
        ev = cls(registration_from(d, "station"), d.text("old"))
        d.done()
        return ev

    def words(self, titles: Titles) -> Phrase:
        return Phrase("event.station.rekeyed.words", {**_who(self.registration), "old": grouped(self.old)})


@event
@dataclass(frozen=True, slots=True)
class HeadRekeyed(Event):
    """The head's station lost its key: a new key, signed by itself, with the reason; the old one retired.
    `verify` accepts it but reports it prominently."""

    NAME = "head.rekeyed"

    registration: Registration
    old: str
    reason: str

    def to_doc(self) -> dict[str, Any]:
        return {**self.registration.to_doc(), "old": self.old, "reason": self.reason}

    @classmethod
    def from_doc(cls, d: Doc) -> Self:
        ev = cls(registration_from(d, "head"), d.text("old"), d.text("reason"))
        d.done()
        return ev

    def words(self, titles: Titles) -> Phrase:
        params = {**_who(self.registration), "old": grouped(self.old), "reason": self.reason}
        return Phrase("event.head.rekeyed.words", params)


@event
@dataclass(frozen=True, slots=True)
class PinFailed(Event):
    """A wrong PIN given for an action that needs it: wrong tries in a row, and the wait now imposed."""

    NAME = "pin.failed"

    attempted: str
    failures: int
    wait: int

    def to_doc(self) -> dict[str, Any]:
        return {"attempted": self.attempted, "failures": self.failures, "wait": self.wait}

    @classmethod
    def from_doc(cls, d: Doc) -> Self:
        ev = cls(d.text("attempted"), d.integer("failures", 1), d.integer("wait", 0))
        d.done()
        return ev

    def words(self, titles: Titles) -> Phrase:
        params = {"action": Phrase(f"event.{self.attempted}"), "failures": self.failures, "wait": self.wait}
        return Phrase("event.pin.failed.words", params)


@dataclass(frozen=True, slots=True)
class Head:
    """A station's signed head of its log, as a hand-over file carries it: record number and hash."""

    seq: int
    hash: str

    def doc(self) -> dict[str, Any]:
        return {"seq": self.seq, "hash": self.hash}


@event
@dataclass(frozen=True, slots=True)
class HandoverAccepted(Event):
    """A station's hand-over file accepted (each file once): its id, SHA-256, the station key that signed it,
    that station's signed head of its log, and how many passes it carried; the passes follow."""

    NAME = "handover.accepted"

    file: str
    sha256: str
    fingerprint: str
    head: Head
    passes: int

    def to_doc(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "sha256": self.sha256,
            "fingerprint": self.fingerprint,
            "head": self.head.doc(),
            "passes": self.passes,
        }

    @classmethod
    def from_doc(cls, d: Doc) -> Self:
        h = d.obj("head")
        head = Head(h.integer("seq", 0), h.text("hash"))
        h.done()
        ev = cls(d.text("file"), d.text("sha256"), d.text("fingerprint"), head, d.integer("passes", 0))
        d.done()
        return ev

    def words(self, titles: Titles) -> Phrase:
        params = {"fingerprint": grouped(self.fingerprint), "passes": self.passes, "seq": self.head.seq}
        return Phrase("event.handover.accepted.words", {**params, "sha256": self.sha256})


@event
@dataclass(frozen=True, slots=True)
class HandoverRefused(Event):
    """A hand-over file refused (forged, altered, replayed, foreign, for a stack the head never opened…): the
    reason's code and its details as shown, the file's SHA-256, and its id and signer as the file claims them."""

    NAME = "handover.refused"

    reason: str
    sha256: str
    file: str | None
    fingerprint: str | None
    detail: tuple[tuple[str, str], ...] = ()

    def to_doc(self) -> dict[str, Any]:
        return {
            "reason": self.reason,
            "sha256": self.sha256,
            "file": self.file,
            "fingerprint": self.fingerprint,
            "detail": dict(self.detail),
        }

    @classmethod
    def from_doc(cls, d: Doc) -> Self:
        detail = tuple((k, text(v, p)) for k, v, p in d.entries("detail"))
        ev = cls(d.text("reason"), d.text("sha256"), d.opt_text("file"), d.opt_text("fingerprint"), detail)
        d.done()
        return ev

    def words(self, titles: Titles) -> Phrase:
        fp = grouped(self.fingerprint) if self.fingerprint else "—"
        reason = Phrase(self.reason, {"file": self.file or "—", **dict(self.detail)})
        return Phrase("event.handover.refused.words", {"reason": reason, "fingerprint": fp})
