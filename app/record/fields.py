"""Strict reading of a record's JSON document: every fault is a `RecordFault` naming the field."""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

from app.errors import UserError

E = TypeVar("E", bound=enum.Enum)
T = TypeVar("T")


class RecordFault(UserError):
    """A log record that cannot be read as the event it names: the code, the field path and what was found."""


def _kind(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    return {int: "number", float: "number", str: "text", list: "list", dict: "object"}.get(type(value), "value")


class Doc:
    """A JSON object read field by field; `done()` refuses keys nobody read (so a document maps to one event)."""

    def __init__(self, raw: object, path: str) -> None:
        if not isinstance(raw, dict):
            raise RecordFault("record.type", {"expected": "object", "found": _kind(raw)}, path)
        self.raw: dict[str, Any] = raw
        self.path = path
        self._read: set[str] = set()

    def at(self, key: str) -> str:
        """The path of a field."""
        return f"{self.path}.{key}" if self.path else key

    def has(self, key: str) -> bool:
        """Whether the field is present (even as null)."""
        return key in self.raw

    def value(self, key: str) -> Any:
        """A field that must be present (it may be null)."""
        if key not in self.raw:
            raise RecordFault("record.missing", {}, self.at(key))
        self._read.add(key)
        return self.raw[key]

    def text(self, key: str) -> str:
        """A text field."""
        return text(self.value(key), self.at(key))

    def opt_text(self, key: str) -> str | None:
        """A text field or null (absent counts as null)."""
        if key not in self.raw:
            return None
        v = self.value(key)
        return None if v is None else text(v, self.at(key))

    def integer(self, key: str, minimum: int | None = None) -> int:
        """A whole number (true/false are not numbers)."""
        return integer(self.value(key), self.at(key), minimum)

    def opt_integer(self, key: str, minimum: int | None = None) -> int | None:
        """A whole number or null (absent counts as null)."""
        if key not in self.raw:
            return None
        v = self.value(key)
        return None if v is None else integer(v, self.at(key), minimum)

    def boolean(self, key: str) -> bool:
        """true or false."""
        v = self.value(key)
        if not isinstance(v, bool):
            raise RecordFault("record.type", {"expected": "true/false", "found": _kind(v)}, self.at(key))
        return v

    def enum(self, key: str, kind: type[E]) -> E:
        """One of an enumeration's values."""
        return enum_value(self.value(key), kind, self.at(key))

    def obj(self, key: str) -> Doc:
        """A nested object."""
        return Doc(self.value(key), self.at(key))

    def opt_obj(self, key: str) -> Doc | None:
        """A nested object or null (absent counts as null)."""
        if key not in self.raw or self.raw[key] is None:
            self._read.add(key)
            return None
        return self.obj(key)

    def items(self, key: str) -> Iterator[tuple[Any, str]]:
        """Each element of a list field with its path."""
        v = self.value(key)
        if not isinstance(v, list):
            raise RecordFault("record.type", {"expected": "list", "found": _kind(v)}, self.at(key))
        for i, x in enumerate(v):
            yield x, f"{self.at(key)}[{i}]"

    def each(self, key: str, read: Callable[[Any, str], T]) -> tuple[T, ...]:
        """A list field, each element read by `read(value, path)`."""
        return tuple(read(x, p) for x, p in self.items(key))

    def integers(self, key: str, minimum: int | None = None) -> tuple[int, ...]:
        """A list of whole numbers (checked in one pass; element by element only to name a fault)."""
        v = self.value(key)
        if isinstance(v, list) and set(map(type, v)) <= {int} and (minimum is None or not v or min(v) >= minimum):
            return tuple(v)
        return self.each(key, lambda x, p: integer(x, p, minimum))

    def entries(self, key: str) -> Iterator[tuple[str, Any, str]]:
        """Each (name, value, path) of an object field."""
        d = self.obj(key)
        for k, v in d.raw.items():
            yield k, v, d.at(k)

    def done(self) -> None:
        """Refuses any field that was not read."""
        extra = sorted(set(self.raw) - self._read)
        if extra:
            raise RecordFault("record.extra", {}, self.at(extra[0]))


def text(value: object, path: str) -> str:
    """A JSON string."""
    if not isinstance(value, str):
        raise RecordFault("record.type", {"expected": "text", "found": _kind(value)}, path)
    return value


def integer(value: object, path: str, minimum: int | None = None) -> int:
    """A JSON whole number, at least `minimum`."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise RecordFault("record.type", {"expected": "number", "found": _kind(value)}, path)
    if minimum is not None and value < minimum:
        raise RecordFault("record.range", {"value": value, "minimum": minimum}, path)
    return value


def number_key(key: str, path: str) -> int:
    """An object key that holds a candidate number ('12')."""
    if not key.isdigit() or key != str(int(key)):
        raise RecordFault("record.type", {"expected": "number", "found": "text"}, path)
    return int(key)


def enum_value(value: object, kind: type[E], path: str) -> E:
    """One of an enumeration's values."""
    try:
        return kind(value)
    except (ValueError, TypeError):
        raise RecordFault("record.enum", {"value": str(value)[:40]}, path) from None
