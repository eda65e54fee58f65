"""What every event is: a frozen value with a stable name and version, a canonical document, and its words."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, Self, TypeVar

from app.record.fields import Doc, RecordFault
from app.texts import Phrase

#: Election id → title, for the words of an event (an unknown id shows as itself).
Titles = Mapping[str, str]


class Event:
    """One thing a committee did. `NAME` never changes; `VERSION` goes up when the document's shape changes,
    and the record's action is `NAME` (version 1) or `NAME@VERSION` — so the version is under the hash."""

    __slots__ = ()

    NAME: ClassVar[str]
    VERSION: ClassVar[int] = 1

    @classmethod
    def action(cls) -> str:
        """The log record's action: the name, with the version when above 1."""
        return cls.NAME if cls.VERSION == 1 else f"{cls.NAME}@{cls.VERSION}"

    def to_doc(self) -> dict[str, Any]:
        """The record's payload document."""
        raise NotImplementedError

    @classmethod
    def from_doc(cls, d: Doc) -> Self:
        """The event of a payload document (strict: every field read, none left over)."""
        raise NotImplementedError

    def label(self) -> Phrase:
        """The action in words ("Nhập phiếu")."""
        return Phrase(f"event.{self.NAME}")

    def words(self, titles: Titles) -> Phrase:
        """What was done, in words, for the entry log."""
        raise NotImplementedError


E = TypeVar("E", bound=type[Event])

#: Every event class by its record action ("ballot", "create@2").
EVENTS: dict[str, type[Event]] = {}


def event(cls: E) -> E:
    """Registers an event class under its action."""
    action = cls.action()
    if action in EVENTS:
        raise ValueError(f"two event classes for {action!r}")
    EVENTS[action] = cls
    return cls


def decode(action: object, payload: object) -> Event:
    """The event a log record holds; a `RecordFault` naming the field when it is not one."""
    if not isinstance(action, str) or action not in EVENTS:
        raise RecordFault("record.action", {"action": str(action)[:40]}, "action")
    if not isinstance(payload, str):
        raise RecordFault("record.json", {}, "payload")
    try:
        doc = json.loads(payload)
    except ValueError:
        raise RecordFault("record.json", {}, "payload") from None
    return EVENTS[action].from_doc(Doc(doc, "payload"))


def title(titles: Titles, election: str) -> str:
    """An election's title for the words (its id when unknown)."""
    return titles.get(election) or election


def where(titles: Titles, election: str, round_no: int) -> Phrase:
    """An election's round in words."""
    return Phrase("words.round", {"election": title(titles, election), "round": round_no})


def listed(values: Any, each: Callable[[Any], str] = str) -> str:
    """Numbers or names joined with commas."""
    return ", ".join(each(v) for v in values)
