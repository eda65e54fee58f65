"""Typed reading of JSON values with the JSON path of every fault, and the limits of a sane file."""

from __future__ import annotations

import enum
import json
import re
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from app import texts
from app.errors import UserError
from ballot.text import nfc

E = TypeVar("E", bound=enum.Enum)
T = TypeVar("T")


class Limits:
    """What a sane election file stays within, far above a national congress (1,600 voters × 220 names).

    Above these the file is refused with a clear message instead of being read at any cost
    (README, "Limits of the election file").
    """

    #: Bytes of the whole file (the national-scale benchmark file is 1.1 MB).
    FILE_BYTES = 32 * 1024 * 1024
    #: Ballot entries (papers or stacks) in the whole file (a national round has 1,600).
    BALLOT_ENTRIES = 200_000
    #: Candidate numbers written in all ballots together (a national agree/disagree round has 352,000).
    BALLOT_NUMBERS = 5_000_000
    #: Elections in a file, rounds of an election, candidates of an election, subtotals of a round.
    ELECTIONS = 200
    ROUNDS = 50
    CANDIDATES = 2_000
    SUBTOTALS = 1_000
    #: Entries of the small lists: exclusions, counting committee, hand votes, withdrawals.
    SMALL_LIST = 2_000
    #: Any whole number (counts, seats, numbers): ten million, more than all party members.
    NUMBER = 10_000_000
    #: Characters of a name, an id, a team or who decided; of any other text (titles, notes, reasons).
    NAME_CHARS = 200
    TEXT_CHARS = 500


class FileFault(UserError):
    """The election file is not valid: a catalogue code (`file.…`), its parameters and the place (a JSON path).

    `str()` is the place and the English, as the spec's command-line contract shows them; `message()`
    is the sentence for people, with the place; `user_text()` adds the code and the English for experts.
    """

    def __init__(self, code: str, params: Mapping[str, object] | None = None, path: str = "") -> None:
        super().__init__(code, dict(params or {}), path)

    def detail(self, lang: str | None = None) -> str:
        """What is wrong, without the place."""
        return texts.text(self.code, self.params, lang)

    def message(self, lang: str | None = None) -> str:
        """The election file is not valid at PATH: what is wrong."""
        if not self.path:
            return texts.text("file.invalid", {"fault": self.detail(lang)}, lang)
        return texts.text("file.invalid_at", {"path": self.place(lang), "fault": self.detail(lang)}, lang)

    def place(self, lang: str | None = None) -> str:
        """The place in words: a JSON path as it is, a line and column in the language."""
        found = _LINE_COLUMN.fullmatch(self.path)
        if found is None:
            return self.path
        return texts.text("place.line_column", {"line": found[1], "column": found[2]}, lang)

    def __str__(self) -> str:
        return f"{self.path}: {self.detail('en')}" if self.path else self.detail("en")

    def user_text(self) -> str:
        """One line for people: Vietnamese first, then the code, the place and the English for experts."""
        return f"{self.message('vi')} [{self.code} {self}]"


#: A place given as a line and a column (a file that is not JSON), as `str()` shows it for experts.
_LINE_COLUMN = re.compile(r"line (\d+) column (\d+)")
#: Control characters and lone surrogates: never part of a name or a title.
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


def shown(value: Any) -> str:
    """A short, safe rendering of any JSON value for a message (never the whole of a huge or deep value)."""
    if isinstance(value, dict):
        return "{…}"
    if isinstance(value, list):
        return "[…]"
    if isinstance(value, str):
        short = value[:40] + ("…" if len(value) > 40 else "")
        out = json.dumps(short, ensure_ascii=False)
        return json.dumps(short) if _FORBIDDEN.search(out) else out
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 10**30:
        return ("-" if value < 0 else "") + f"(a number of {len(str(abs(value)))} digits)"
    return json.dumps(value)


def key_path(path: str, key: str) -> str:
    """`path.key` with the key shortened and escaped, so that a hostile key never floods a message."""
    safe = json.dumps(key[:40], ensure_ascii=True)[1:-1] + ("…" if len(key) > 40 else "")
    return f"{path}.{safe}" if path else safe


def obj(value: Any, path: str) -> dict[str, Any]:
    """A JSON object."""
    if not isinstance(value, dict):
        raise FileFault("file.not_object", {"value": shown(value)}, path)
    return value


def arr(value: Any, path: str, limit: int | None = None) -> list[Any]:
    """A JSON array, of at most `limit` elements."""
    if not isinstance(value, list):
        raise FileFault("file.not_list", {"value": shown(value)}, path)
    if limit is not None and len(value) > limit:
        raise FileFault("file.too_many", {"count": len(value), "limit": limit}, path)
    return value


def need(d: dict[str, Any], key: str, path: str) -> Any:
    """A field that must be there."""
    if key not in d or d[key] is None:
        raise FileFault("file.missing", {}, key_path(path, key))
    return d[key]


def integer(value: Any, path: str, minimum: int = 0, maximum: int = Limits.NUMBER) -> int:
    """A whole number from `minimum` to `maximum` (true/false are not numbers)."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise FileFault("file.not_integer", {"value": shown(value)}, path)
    if value < minimum:
        raise FileFault("file.below_minimum", {"value": shown(value), "minimum": minimum}, path)
    if value > maximum:
        raise FileFault("file.above_maximum", {"value": shown(value), "maximum": maximum}, path)
    return value


def text(value: Any, path: str, required: bool = False, limit: int = Limits.TEXT_CHARS) -> str:
    """A string of at most `limit` characters, without control characters, normalised to NFC."""
    if value is None and not required:
        return ""
    if not isinstance(value, str):
        raise FileFault("file.not_text", {"value": shown(value)}, path)
    if len(value) > limit:
        raise FileFault("file.text_too_long", {"length": len(value), "limit": limit}, path)
    bad = _FORBIDDEN.search(value)
    if bad is not None:
        raise FileFault("file.bad_character", {"char": f"U+{ord(bad.group()):04X}"}, path)
    out = nfc(value)
    if required and not out:
        raise FileFault("file.empty_text", {}, path)
    return out


def name(value: Any, path: str, required: bool = True) -> str:
    """A person's name, an id, a team, who decided: short text."""
    return text(value, path, required, Limits.NAME_CHARS)


def choice(value: Any, kind: type[E], path: str) -> E:
    """One of an enumeration's values."""
    if isinstance(value, str):
        try:
            return kind(value)
        except ValueError:
            pass
    allowed = ", ".join(str(m.value) for m in kind)
    raise FileFault("file.not_choice", {"value": shown(value), "allowed": allowed}, path)


def flag(value: Any, path: str) -> bool:
    """true or false."""
    if not isinstance(value, bool):
        raise FileFault("file.not_flag", {"value": shown(value)}, path)
    return value


def candidate_no(value: Any, path: str) -> int:
    """A candidate number, as a JSON number or as an object key such as "12" (ASCII digits only)."""
    if isinstance(value, str):
        digits = value.strip()
        if digits.isascii() and digits.isdigit() and len(digits) <= 9:
            return integer(int(digits), path, 1)
        raise FileFault("file.not_integer", {"value": shown(value)}, path)
    return integer(value, path, 1)


def items(value: Any, path: str, read: Callable[[Any, str], T], limit: int = Limits.SMALL_LIST) -> list[T]:
    """Every element of a list read with `read`, each with its own path."""
    return [read(v, f"{path}[{i}]") for i, v in enumerate(arr(value, path, limit))]


def distinct_numbers(value: Any, path: str, limit: int) -> frozenset[int]:
    """A list of different candidate numbers (struck or written), at most `limit` of them."""
    nos = arr(value, path, limit)
    if nos and set(map(type, nos)) == {int} and min(nos) >= 1 and max(nos) <= Limits.NUMBER:
        out = frozenset(nos)  # the usual case, checked in bulk
    else:
        out = frozenset(candidate_no(v, f"{path}[{i}]") for i, v in enumerate(nos))
    if len(out) != len(nos):
        raise FileFault("file.number_twice", {}, path)
    return out
