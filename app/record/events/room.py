"""Events of the counting room: who may sit at a keyboard besides the committee, and a computer seen online."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Any, Self

from app.record.events.base import Event, Titles, event, listed
from app.record.fields import Doc, text
from app.texts import Phrase


class NetworkState(enum.StrEnum):
    """A computer's connection as the computer itself reports it (Qt's QNetworkInformation reachability):
    nothing is contacted to find out."""

    DISCONNECTED = "disconnected"
    LOCAL = "local"
    SITE = "site"
    ONLINE = "online"


@event
@dataclass(frozen=True, slots=True)
class StaffSet(Event):
    """The technical staff (cán bộ kỹ thuật) who may type ballots besides the counting committee: the whole
    list as it now stands (kept with the congress, offered when an operator chooses their name)."""

    NAME = "staff"

    names: tuple[str, ...]

    def to_doc(self) -> dict[str, Any]:
        return {"names": list(self.names)}

    @classmethod
    def from_doc(cls, d: Doc) -> Self:
        ev = cls(d.each("names", text))
        d.done()
        return ev

    def words(self, titles: Titles) -> Phrase:
        return Phrase("event.staff.words", {"names": listed(self.names) or "—"})


@event
@dataclass(frozen=True, slots=True)
class NetworkSeen(Event):
    """The station's network connection changed, as the computer reports it (counting computers are expected
    to be offline, or on the congress's own LAN); recorded once per change."""

    NAME = "network"

    state: NetworkState

    def to_doc(self) -> dict[str, Any]:
        return {"state": self.state.value}

    @classmethod
    def from_doc(cls, d: Doc) -> Self:
        ev = cls(d.enum("state", NetworkState))
        d.done()
        return ev

    def words(self, titles: Titles) -> Phrase:
        return Phrase("event.network.words", {"state": Phrase(f"network.{self.state.value}")})
