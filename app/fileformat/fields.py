"""Typed reading of JSON values with the JSON path of every fault."""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import Any, TypeVar

from ballot.text import nfc

E = TypeVar("E", bound=enum.Enum)
T = TypeVar("T")


class FileFault(ValueError):
    """The election file is not valid: where, and what is wrong (English and Vietnamese)."""

    def __init__(self, path: str, en: str, vi: str) -> None:
        super().__init__(f"{path}: {en}" if path else en)
        self.path = path
        self.en = en
        self.vi = vi

    def user_text(self) -> str:
        """One line for people: Vietnamese first, the place and the English for experts."""
        where = f" tại {self.path}" if self.path else ""
        return f"Tệp bầu cử không hợp lệ{where}: {self.vi} [{self}]"


def obj(value: Any, path: str) -> dict[str, Any]:
    """A JSON object."""
    if not isinstance(value, dict):
        raise FileFault(path, "must be an object", "phải là một đối tượng JSON {…}")
    return value


def arr(value: Any, path: str) -> list[Any]:
    """A JSON array."""
    if not isinstance(value, list):
        raise FileFault(path, "must be a list", "phải là một danh sách […]")
    return value


def need(d: dict[str, Any], key: str, path: str) -> Any:
    """A field that must be there."""
    if key not in d or d[key] is None:
        raise FileFault(f"{path}.{key}" if path else key, "is missing", "bị thiếu")
    return d[key]


def integer(value: Any, path: str, minimum: int = 0) -> int:
    """A whole number no smaller than `minimum` (true/false are not numbers)."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise FileFault(path, f"{value!r} is not a whole number", f"{value!r} không phải là số nguyên")
    if value < minimum:
        raise FileFault(path, f"{value} is below the minimum {minimum}", f"{value} nhỏ hơn mức tối thiểu {minimum}")
    return value


def text(value: Any, path: str, required: bool = False) -> str:
    """A string, normalised to NFC."""
    if value is None and not required:
        return ""
    if not isinstance(value, str):
        raise FileFault(path, f"{value!r} is not text", f"{value!r} không phải là chuỗi ký tự")
    out = nfc(value)
    if required and not out:
        raise FileFault(path, "must not be empty", "không được để trống")
    return out


def choice(value: Any, kind: type[E], path: str) -> E:
    """One of an enumeration's values."""
    try:
        return kind(value)
    except ValueError:
        allowed = ", ".join(str(m.value) for m in kind)
        raise FileFault(
            path, f"{value!r} is not one of {allowed}", f"{value!r} không thuộc các giá trị {allowed}"
        ) from None


def candidate_no(value: Any, path: str) -> int:
    """A candidate number, as a JSON number or as an object key such as "12"."""
    if isinstance(value, str) and value.strip().isdigit():
        return int(value)
    return integer(value, path, 1)


def items(value: Any, path: str, read: Callable[[Any, str], T]) -> list[T]:
    """Every element of a list read with `read`, each with its own path."""
    return [read(v, f"{path}[{i}]") for i, v in enumerate(arr(value, path))]
