"""Events about the congress itself: created, its details, rules, PIN, backup folder, entry mode, operator."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Self

from app.keys import Registration, grouped
from app.record.codec import congress_doc, congress_from, parameters_doc, parameters_from
from app.record.events.base import Event, Titles, event
from app.record.events.stations import registration_from
from app.record.fields import Doc, RecordFault
from app.record.kinds import ENTRY_MODES
from app.texts import Phrase
from ballot.model import Congress
from ballot.rulesets import Parameters


def _congress_words(c: Congress) -> dict[str, object]:
    e = c.electorate
    return {"title": c.title, "summoned": e.summoned, "excluded": e.excluded, "attending": c.attending}


def _ruleset(ruleset: str) -> Phrase:
    return Phrase(f"ruleset.{ruleset}", {"id": ruleset})


@event
@dataclass(frozen=True, slots=True)
class CongressCreatedV1(Event):
    """The congress as the first versions created it (its id and station secret were not logged then)."""

    NAME = "create"

    ruleset: str
    congress: Congress
    parameters: Parameters | None
    head_pin: str | None

    def to_doc(self) -> dict[str, Any]:
        return {
            "ruleset": self.ruleset,
            "congress": congress_doc(self.congress),
            "parameters": None if self.parameters is None else parameters_doc(self.parameters),
            "head_pin": self.head_pin,
        }

    @classmethod
    def from_doc(cls, d: Doc) -> Self:
        params = d.opt_obj("parameters")
        ev = cls(
            d.text("ruleset"),
            congress_from(d.obj("congress")),
            None if params is None else parameters_from(params),
            d.opt_text("head_pin"),
        )
        d.done()
        return ev

    def words(self, titles: Titles) -> Phrase:
        return Phrase("event.create.words", {"ruleset": _ruleset(self.ruleset), **_congress_words(self.congress)})


@event
@dataclass(frozen=True, slots=True)
class CongressCreated(Event):
    """A new congress database: the rule set, the congress, its own parameters, the head's PIN (a scrypt hash),
    its id and station secret (carried by hand-over files), and single entry to start with."""

    NAME = "create"
    VERSION = 2

    ruleset: str
    congress: Congress
    parameters: Parameters | None
    head_pin: str | None
    uid: str
    secret: str
    entry_mode: int = 1

    def to_doc(self) -> dict[str, Any]:
        return {
            "ruleset": self.ruleset,
            "congress": congress_doc(self.congress),
            "parameters": None if self.parameters is None else parameters_doc(self.parameters),
            "head_pin": self.head_pin,
            "uid": self.uid,
            "secret": self.secret,
            "entry_mode": self.entry_mode,
        }

    @classmethod
    def from_doc(cls, d: Doc) -> Self:
        params = d.opt_obj("parameters")
        ev = cls(
            d.text("ruleset"),
            congress_from(d.obj("congress")),
            None if params is None else parameters_from(params),
            d.opt_text("head_pin"),
            d.text("uid"),
            d.text("secret"),
            _mode(d, "entry_mode"),
        )
        d.done()
        return ev

    def words(self, titles: Titles) -> Phrase:
        return Phrase("event.create.words", {"ruleset": _ruleset(self.ruleset), **_congress_words(self.congress)})


@event
@dataclass(frozen=True, slots=True)
class CongressCreatedV3(Event):
    """A new congress database: the rule set, the congress, its own parameters, its id, single entry to start
    with, and the head's station key (`station`, role head) — the first signed record, signed by that key. The
    head's PIN is kept beside the head's key, never in the record."""

    NAME = "create"
    VERSION = 3

    ruleset: str
    congress: Congress
    parameters: Parameters | None
    uid: str
    station: Registration
    entry_mode: int = 1

    def to_doc(self) -> dict[str, Any]:
        return {
            "ruleset": self.ruleset,
            "congress": congress_doc(self.congress),
            "parameters": None if self.parameters is None else parameters_doc(self.parameters),
            "uid": self.uid,
            "station": self.station.to_doc(),
            "entry_mode": self.entry_mode,
        }

    @classmethod
    def from_doc(cls, d: Doc) -> Self:
        params = d.opt_obj("parameters")
        ev = cls(
            d.text("ruleset"),
            congress_from(d.obj("congress")),
            None if params is None else parameters_from(params),
            d.text("uid"),
            registration_from(d.obj("station"), "head"),
            _mode(d, "entry_mode"),
        )
        d.done()
        return ev

    def words(self, titles: Titles) -> Phrase:
        params = {"ruleset": _ruleset(self.ruleset), **_congress_words(self.congress)}
        return Phrase("event.create.words.signed", {**params, "fingerprint": grouped(self.station.fingerprint)})


@event
@dataclass(frozen=True, slots=True)
class RecordConverted(Event):
    """An older database brought to this record format: the values its tables held without a log record."""

    NAME = "record.converted"

    uid: str | None
    secret: str | None
    schema: str

    def to_doc(self) -> dict[str, Any]:
        return {"uid": self.uid, "secret": self.secret, "schema": self.schema}

    @classmethod
    def from_doc(cls, d: Doc) -> Self:
        ev = cls(d.opt_text("uid"), d.opt_text("secret"), d.text("schema"))
        d.done()
        return ev

    def words(self, titles: Titles) -> Phrase:
        return Phrase("event.record.converted.words", {"schema": self.schema, "uid": self.uid or "—"})


@event
@dataclass(frozen=True, slots=True)
class CongressUpdated(Event):
    """The congress's details, electorate, attending and counting committee."""

    NAME = "congress.update"

    congress: Congress

    def to_doc(self) -> dict[str, Any]:
        return {"congress": congress_doc(self.congress)}

    @classmethod
    def from_doc(cls, d: Doc) -> Self:
        ev = cls(congress_from(d.obj("congress")))
        d.done()
        return ev

    def words(self, titles: Titles) -> Phrase:
        return Phrase("event.congress.update.words", _congress_words(self.congress))


@event
@dataclass(frozen=True, slots=True)
class ParametersSet(Event):
    """The congress's own parameters (190 Art. 1), or None: back to the rule set's."""

    NAME = "parameters"

    parameters: Parameters | None

    def to_doc(self) -> dict[str, Any]:
        return {"parameters": None if self.parameters is None else parameters_doc(self.parameters)}

    @classmethod
    def from_doc(cls, d: Doc) -> Self:
        params = d.opt_obj("parameters")
        ev = cls(None if params is None else parameters_from(params))
        d.done()
        return ev

    def words(self, titles: Titles) -> Phrase:
        p = self.parameters
        if p is None:
            return Phrase("event.parameters.words.default")
        return Phrase(
            "event.parameters.words",
            {
                "cap": f"{p.surplus_cap.numerator}/{p.surplus_cap.denominator}",
                "rounding": Phrase(f"rounding.{p.surplus_rounding}"),
                "small_cap": p.small_body_cap,
                "opinion": f"{p.opinion_threshold.numerator}/{p.opinion_threshold.denominator}",
                "tie": Phrase("words.yes" if p.tie_break_needs_majority else "words.no"),
            },
        )


@event
@dataclass(frozen=True, slots=True)
class PinSet(Event):
    """The head's PIN, as its scrypt hash, as versions before signatures logged it (now `pin@2`)."""

    NAME = "pin"

    head_pin: str

    def to_doc(self) -> dict[str, Any]:
        return {"head_pin": self.head_pin}

    @classmethod
    def from_doc(cls, d: Doc) -> Self:
        ev = cls(d.text("head_pin"))
        d.done()
        return ev

    def words(self, titles: Titles) -> Phrase:
        return Phrase("event.pin.words")


@event
@dataclass(frozen=True, slots=True)
class PinChanged(Event):
    """The head's PIN set (`change` false) or changed; the PIN and its hash stay beside the head's key."""

    NAME = "pin"
    VERSION = 2

    change: bool

    def to_doc(self) -> dict[str, Any]:
        return {"change": self.change}

    @classmethod
    def from_doc(cls, d: Doc) -> Self:
        ev = cls(d.boolean("change"))
        d.done()
        return ev

    def words(self, titles: Titles) -> Phrase:
        return Phrase("event.pin.words.changed" if self.change else "event.pin.words.set")


@event
@dataclass(frozen=True, slots=True)
class BackupFolderSet(Event):
    """Where each finalized round's database copy goes (None: no copies)."""

    NAME = "backup.folder"

    folder: str | None

    def to_doc(self) -> dict[str, Any]:
        return {"folder": self.folder}

    @classmethod
    def from_doc(cls, d: Doc) -> Self:
        ev = cls(d.opt_text("folder"))
        d.done()
        return ev

    def words(self, titles: Titles) -> Phrase:
        if self.folder is None:
            return Phrase("event.backup.folder.words.none")
        return Phrase("event.backup.folder.words", {"folder": self.folder})


def _mode(d: Doc, key: str) -> int:
    mode = d.integer(key)
    if mode not in ENTRY_MODES:
        raise RecordFault("record.enum", {"value": mode}, d.at(key))
    return mode


@event
@dataclass(frozen=True, slots=True)
class EntryModeSet(Event):
    """Single, double or triple independent entry for stacks opened from now on."""

    NAME = "entry.mode"

    mode: int

    def to_doc(self) -> dict[str, Any]:
        return {"mode": self.mode}

    @classmethod
    def from_doc(cls, d: Doc) -> Self:
        ev = cls(_mode(d, "mode"))
        d.done()
        return ev

    def words(self, titles: Titles) -> Phrase:
        return Phrase("event.entry.mode.words", {"mode": Phrase(f"entry_mode.{self.mode}")})


@event
@dataclass(frozen=True, slots=True)
class OperatorChosen(Event):
    """Who is at this station's keyboard from now on (every later record carries the name)."""

    NAME = "operator.chosen"

    name: str

    def to_doc(self) -> dict[str, Any]:
        return {"name": self.name}

    @classmethod
    def from_doc(cls, d: Doc) -> Self:
        ev = cls(d.text("name"))
        d.done()
        return ev

    def words(self, titles: Titles) -> Phrase:
        return Phrase("event.operator.chosen.words", {"name": self.name})
