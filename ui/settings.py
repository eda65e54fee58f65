"""The program's settings (recent files, language, operator) in QSettings."""

from __future__ import annotations

import os

from PySide6.QtCore import QSettings

MAX_RECENT = 8


def settings() -> QSettings:
    """The settings store; KIEMPHIEU_SETTINGS names an .ini file instead (tests, portable use)."""
    path = os.environ.get("KIEMPHIEU_SETTINGS")
    if path:
        return QSettings(path, QSettings.Format.IniFormat)
    return QSettings("kiemphieu", "kiemphieu")


def recent_files() -> list[str]:
    """Most recent first."""
    value = settings().value("recent", [])
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value or []] if isinstance(value, list | tuple) else []


def add_recent(path: str) -> None:
    """Puts a file first in the recent list."""
    files = [path] + [p for p in recent_files() if p != path]
    settings().setValue("recent", files[:MAX_RECENT])


def language() -> str:
    """'vi' (default) or 'en'."""
    return str(settings().value("language", "vi"))


def set_language(value: str) -> None:
    """Remembers the language."""
    settings().setValue("language", value)


def operator() -> str:
    """The name of the person entering ballots on this computer."""
    return str(settings().value("operator", "") or os.environ.get("USER", "") or "Người nhập")


def operator_chosen() -> str:
    """The name last chosen on this computer ('' when none was ever chosen: no guess offered)."""
    return str(settings().value("operator", "") or "")


def set_operator(value: str) -> None:
    """Remembers the operator's name."""
    settings().setValue("operator", value)


#: A stack of more identical ballots than this asks for a second Enter.
STACK_THRESHOLD = 10


def stack_threshold() -> int:
    """Above how many identical ballots a stack (``*N``) needs a second Enter (default 10)."""
    try:
        return max(1, int(str(settings().value("entry/stack_threshold", STACK_THRESHOLD))))
    except (TypeError, ValueError):
        return STACK_THRESHOLD


def set_stack_threshold(value: int) -> None:
    """Remembers the stack threshold."""
    settings().setValue("entry/stack_threshold", max(1, int(value)))
