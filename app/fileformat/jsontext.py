"""From bytes to a JSON document, refusing what a sane election file is not: too big, not UTF-8, not JSON,
nested beyond what the reader holds, a number of thousands of digits, or a key given twice."""

from __future__ import annotations

import codecs
import json
import re
from collections import deque
from pathlib import Path
from typing import Any

from app.fileformat.fields import FileFault, Limits, key_path

#: Byte-order marks of encodings that are not UTF-8 (UTF-32 before UTF-16: its mark starts the same).
_OTHER_BOMS = (
    (codecs.BOM_UTF32_LE, "UTF-32"),
    (codecs.BOM_UTF32_BE, "UTF-32"),
    (codecs.BOM_UTF16_LE, "UTF-16"),
    (codecs.BOM_UTF16_BE, "UTF-16"),
)


def read_bytes(path: str | Path) -> bytes:
    """The file's bytes; a missing, unreadable or oversized file is a fault."""
    p = Path(path)
    shown_path = str(path)[:300]
    try:
        size = p.stat().st_size
        if p.is_dir():
            raise FileFault("file.is_folder", {"file": shown_path})
        if size > Limits.FILE_BYTES:
            raise FileFault("file.too_big", {"size": _mb(size), "limit": _mb(Limits.FILE_BYTES)})
        with p.open("rb") as f:
            raw = f.read(Limits.FILE_BYTES + 1)
    except FileNotFoundError:
        raise FileFault("file.not_found", {"file": shown_path}) from None
    except OSError as e:
        raise FileFault("file.unreadable", {"file": shown_path, "reason": e.strerror or type(e).__name__}) from None
    if len(raw) > Limits.FILE_BYTES:  # grew while being read, or not a regular file
        raise FileFault("file.too_big", {"size": _mb(len(raw)), "limit": _mb(Limits.FILE_BYTES)})
    return raw


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):.1f}"


def decode(raw: bytes | str) -> str:
    """UTF-8 text (a UTF-8 byte-order mark is allowed); other encodings are named in the fault."""
    if isinstance(raw, str):
        if len(raw) > Limits.FILE_BYTES:
            raise FileFault("file.too_big", {"size": _mb(len(raw)), "limit": _mb(Limits.FILE_BYTES)})
        return raw[1:] if raw.startswith("\ufeff") else raw
    if len(raw) > Limits.FILE_BYTES:
        raise FileFault("file.too_big", {"size": _mb(len(raw)), "limit": _mb(Limits.FILE_BYTES)})
    for bom, encoding in _OTHER_BOMS:
        if raw.startswith(bom):
            raise FileFault("file.wrong_encoding", {"encoding": encoding})
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise FileFault("file.not_utf8", {"byte": e.start}, f"byte {e.start}") from None


class _DuplicateKey(Exception):
    """A key given twice in one object."""

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _unique(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """An object whose keys are all different (JSON allows a repeat; the last would silently win)."""
    d = dict(pairs)
    if len(d) != len(pairs):
        seen: set[str] = set()
        for k, _ in pairs:
            if k in seen:
                raise _DuplicateKey(k)
            seen.add(k)
    return d


class _Marked(dict[str, Any]):
    """An object with a repeated key, marked so that its place can be found."""

    repeated = ""


def _marking(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    d = _Marked(pairs)
    if len(d) != len(pairs):
        seen: set[str] = set()
        for k, _ in pairs:
            if k in seen and not d.repeated:
                d.repeated = k
            seen.add(k)
    return d


def parse(text: str) -> Any:
    """The JSON document; every refusal names its place (a line and column, or the JSON path)."""
    try:
        return json.loads(text, object_pairs_hook=_unique)
    except _DuplicateKey as dup:
        raise FileFault("file.duplicate_key", {"key": key_path("", dup.key)}, _repeated_place(text)) from None
    except RecursionError:
        raise FileFault("file.too_deep", {}, _deep_place(text)) from None
    except json.JSONDecodeError as e:
        where = f"line {e.lineno} column {e.colno}"
        raise FileFault("file.not_json", {"reason": e.msg}, where) from None
    except ValueError:
        # Python refuses to convert a number of more than 4,300 digits
        raise FileFault("file.number_too_long", {}, _long_number_place(text)) from None


def _line_col(text: str, index: int) -> str:
    line = text.count("\n", 0, index) + 1
    col = index - (text.rfind("\n", 0, index) + 1) + 1
    return f"line {line} column {col}"


def _repeated_place(text: str) -> str:
    """The JSON path of the first object with a repeated key (found again, only when there is one)."""
    try:
        doc = json.loads(text, object_pairs_hook=_marking)
    except (RecursionError, ValueError):
        return ""
    queue: deque[tuple[Any, str]] = deque([(doc, "")])
    while queue:
        value, path = queue.popleft()
        if isinstance(value, _Marked) and value.repeated:
            return key_path(path, value.repeated)
        if isinstance(value, dict):
            queue.extend((v, key_path(path, k)) for k, v in value.items() if isinstance(v, dict | list))
        elif isinstance(value, list):
            queue.extend((v, f"{path}[{i}]") for i, v in enumerate(value) if isinstance(v, dict | list))
    return ""


_TOKENS = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]')


def _deep_place(text: str, deep: int = 500) -> str:
    """Where the nesting first goes deeper than `deep` levels."""
    depth = 0
    for m in _TOKENS.finditer(text):
        ch = m.group()
        if ch in "[{":
            depth += 1
            if depth > deep:
                return _line_col(text, m.start())
        elif ch in "]}":
            depth -= 1
    return ""


def _long_number_place(text: str) -> str:
    m = re.search(r"\d{4000,}", text)
    return _line_col(text, m.start()) if m else ""
