"""Events of counting teams and independent double entry: teams, stacks, each operator's pass, the head's
decisions, and the hand-over of passes between stations."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Self

from app.record.codec import ballot_doc, ballot_from, subtotal_doc, subtotal_from
from app.record.events.base import Event, Titles, event, listed, where
from app.record.events.entry import ballot_words, subtotal_words
from app.record.fields import Doc, RecordFault, integer, text
from app.record.kinds import ENTRY_MODES, StackKind, StackState
from app.texts import Phrase
from ballot.model import Ballot, Subtotal

#: A pass item as a hand-over file carries it: (position, stored text, count).
RawItem = tuple[int, str, int]


def _members(d: Doc) -> tuple[str, ...]:
    return d.each("members", text)


def _item_doc(item: Ballot | Subtotal) -> dict[str, Any]:
    return {"subtotal": subtotal_doc(item)} if isinstance(item, Subtotal) else {"ballot": ballot_doc(item)}


def _item_from(d: Doc) -> Ballot | Subtotal:
    if d.has("subtotal"):
        return subtotal_from(d.value("subtotal"), d.at("subtotal"))
    return ballot_from(d.value("ballot"), d.at("ballot"))


def _item_words(item: Ballot | Subtotal) -> Phrase:
    return subtotal_words(item) if isinstance(item, Subtotal) else ballot_words(item)


def _seqs(d: Doc, key: str) -> tuple[int, ...]:
    return d.integers(key, 1)


@dataclass(frozen=True, slots=True)
class _TeamSet(Event):
    name: str
    members: tuple[str, ...]

    def to_doc(self) -> dict[str, Any]:
        return {"name": self.name, "members": list(self.members)}

    @classmethod
    def from_doc(cls, d: Doc) -> Self:
        ev = cls(d.text("name"), _members(d))
        d.done()
        return ev

    def words(self, titles: Titles) -> Phrase:
        return Phrase(f"event.{self.NAME}.words", {"team": self.name, "members": listed(self.members) or "—"})


@event
@dataclass(frozen=True, slots=True)
class TeamAdded(_TeamSet):
    """A counting team and its operators; the record's number is the team's id."""

    NAME = "team.add"


@event
@dataclass(frozen=True, slots=True)
class TeamMembersSet(_TeamSet):
    """A team's operators replaced."""

    NAME = "team.members"


@event
@dataclass(frozen=True, slots=True)
class StackOpened(Event):
    """A team's stack of one round (paper ballots, or its tally sheet), to be entered `required` times; the
    record's number is the stack's id."""

    NAME = "stack.open"

    election: str
    round: int
    team: str
    kind: StackKind
    collected: int
    required: int

    def to_doc(self) -> dict[str, Any]:
        return {
            "election": self.election,
            "round": self.round,
            "team": self.team,
            "kind": self.kind.value,
            "collected": self.collected,
            "required": self.required,
        }

    @classmethod
    def from_doc(cls, d: Doc) -> Self:
        ev = cls(
            d.text("election"),
            d.integer("round", 1),
            d.text("team"),
            d.enum("kind", StackKind),
            d.integer("collected", 1),
            d.integer("required", 1),
        )
        if ev.required not in ENTRY_MODES:
            raise RecordFault("record.enum", {"value": ev.required}, d.at("required"))
        d.done()
        return ev

    def words(self, titles: Titles) -> Phrase:
        return Phrase(
            f"event.stack.open.words.{self.kind.value}",
            {
                "where": where(titles, self.election, self.round),
                "team": self.team,
                "collected": self.collected,
                "required": Phrase(f"entry_mode.{self.required}"),
            },
        )


@event
@dataclass(frozen=True, slots=True)
class PassItemRecorded(Event):
    """Ballot number `seq` of a stack (or its sheet) as one operator read it, blind; `number` when this item opens
    the operator's pass (whose id is then this record's number); `scan` when the reading is scanned page `scan`
    (a scanned pass). A re-entry supersedes the earlier reading."""

    NAME = "pass.item"

    stack: int
    pass_id: int
    seq: int
    item: Ballot | Subtotal
    number: int | None = None
    scan: int | None = None

    def to_doc(self) -> dict[str, Any]:
        d: dict[str, Any] = {"stack": self.stack, "pass": self.pass_id, "seq": self.seq, **_item_doc(self.item)}
        if self.number is not None:
            d["number"] = self.number
        if self.scan is not None:
            d["scan"] = self.scan
        return d

    @classmethod
    def from_doc(cls, d: Doc) -> Self:
        ev = cls(
            d.integer("stack", 1),
            d.integer("pass", 1),
            d.integer("seq", 1),
            _item_from(d),
            d.opt_integer("number", 1),
            d.opt_integer("scan", 1),
        )
        d.done()
        return ev

    def words(self, titles: Titles) -> Phrase:
        return Phrase("event.pass.item.words", {"stack": self.stack, "seq": self.seq, "item": _item_words(self.item)})


def _state_words(state: StackState, differences: tuple[int, ...]) -> Phrase:
    if state is StackState.DIFFER:
        return Phrase("stack_state.differ.at", {"seqs": listed(differences)})
    return Phrase(f"stack_state.{state.value}")


@event
@dataclass(frozen=True, slots=True)
class PassCompleted(Event):
    """An operator's pass closed and compared with the others: the stack's new state and where they differ."""

    NAME = "pass.complete"

    stack: int
    pass_id: int
    state: StackState
    differences: tuple[int, ...]

    def to_doc(self) -> dict[str, Any]:
        return {
            "stack": self.stack,
            "pass": self.pass_id,
            "state": self.state.value,
            "differences": list(self.differences),
        }

    @classmethod
    def from_doc(cls, d: Doc) -> Self:
        ev = cls(d.integer("stack", 1), d.integer("pass", 1), d.enum("state", StackState), _seqs(d, "differences"))
        d.done()
        return ev

    def words(self, titles: Titles) -> Phrase:
        return Phrase(
            "event.pass.complete.words", {"stack": self.stack, "state": _state_words(self.state, self.differences)}
        )


def _raw_item(value: Any, path: str) -> RawItem:
    if not isinstance(value, list) or len(value) != 3:
        raise RecordFault("record.type", {"expected": "[seq, text, count]", "found": "value"}, path)
    return integer(value[0], f"{path}[0]", 1), text(value[1], f"{path}[1]"), integer(value[2], f"{path}[2]", 1)


@event
@dataclass(frozen=True, slots=True)
class PassMerged(Event):
    """A completed pass handed over from another station (its origin: congress/station/pass), stored and
    compared like a local one; the record's number is the pass's id."""

    NAME = "pass.merge"

    stack: int
    pass_id: int
    number: int
    origin: str
    operator: str
    station: str
    items: tuple[RawItem, ...]
    state: StackState
    differences: tuple[int, ...]

    def to_doc(self) -> dict[str, Any]:
        return {
            "stack": self.stack,
            "pass": self.pass_id,
            "number": self.number,
            "origin": self.origin,
            "operator": self.operator,
            "station": self.station,
            "items": [list(i) for i in self.items],
            "state": self.state.value,
            "differences": list(self.differences),
        }

    @classmethod
    def from_doc(cls, d: Doc) -> Self:
        ev = cls(
            d.integer("stack", 1),
            d.integer("pass", 1),
            d.integer("number", 1),
            d.text("origin"),
            d.text("operator"),
            d.text("station"),
            d.each("items", _raw_item),
            d.enum("state", StackState),
            _seqs(d, "differences"),
        )
        d.done()
        return ev

    def words(self, titles: Titles) -> Phrase:
        return Phrase(
            "event.pass.merge.words",
            {
                "stack": self.stack,
                "operator": self.operator,
                "station": self.station,
                "items": len(self.items),
                "state": _state_words(self.state, self.differences),
            },
        )


@event
@dataclass(frozen=True, slots=True)
class DifferenceResolved(Event):
    """The head's decision on one differing ballot: entry `choice` kept (0 the first), or (None) the head's own
    reading of the paper; the reading accepted and the stack's new state."""

    NAME = "stack.resolve"

    stack: int
    seq: int
    choice: int | None
    item: Ballot | Subtotal
    state: StackState

    def to_doc(self) -> dict[str, Any]:
        return {
            "stack": self.stack,
            "seq": self.seq,
            "choice": self.choice,
            **_item_doc(self.item),
            "state": self.state.value,
        }

    @classmethod
    def from_doc(cls, d: Doc) -> Self:
        ev = cls(
            d.integer("stack", 1),
            d.integer("seq", 1),
            d.opt_integer("choice", 0),
            _item_from(d),
            d.enum("state", StackState),
        )
        d.done()
        return ev

    def words(self, titles: Titles) -> Phrase:
        params = {
            "stack": self.stack,
            "seq": self.seq,
            "item": _item_words(self.item),
            "state": Phrase(f"stack_state.{self.state.value}"),
        }
        if self.choice is None:
            return Phrase("event.stack.resolve.words.own", params)
        return Phrase("event.stack.resolve.words", {**params, "entry": self.choice + 1})


@event
@dataclass(frozen=True, slots=True)
class HandoverExported(Event):
    """A station's completed passes written to a hand-over file (its name and SHA-256), as versions before
    signed hand-over files logged it (now `entries.export@2`)."""

    NAME = "entries.export"

    passes: int
    file: str
    sha256: str

    def to_doc(self) -> dict[str, Any]:
        return {"passes": self.passes, "file": self.file, "sha256": self.sha256}

    @classmethod
    def from_doc(cls, d: Doc) -> Self:
        ev = cls(d.integer("passes", 0), d.text("file"), d.text("sha256"))
        d.done()
        return ev

    def words(self, titles: Titles) -> Phrase:
        return Phrase("event.entries.export.words", {"passes": self.passes, "file": self.file, "sha256": self.sha256})


@event
@dataclass(frozen=True, slots=True)
class HandoverWritten(Event):
    """A station's completed passes written to a signed hand-over file: the file's id, name and SHA-256."""

    NAME = "entries.export"
    VERSION = 2

    passes: int
    id: str
    file: str
    sha256: str

    def to_doc(self) -> dict[str, Any]:
        return {"passes": self.passes, "id": self.id, "file": self.file, "sha256": self.sha256}

    @classmethod
    def from_doc(cls, d: Doc) -> Self:
        ev = cls(d.integer("passes", 0), d.text("id"), d.text("file"), d.text("sha256"))
        d.done()
        return ev

    def words(self, titles: Titles) -> Phrase:
        return Phrase("event.entries.export.words", {"passes": self.passes, "file": self.file, "sha256": self.sha256})
