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


def set_operator(value: str) -> None:
    """Remembers the operator's name."""
    settings().setValue("operator", value)
