"""Faults of the place the data lives (locked, read-only, full, corrupt, too new), in plain Vietnamese."""

from __future__ import annotations

import sqlite3
from typing import Literal

from app import texts
from app.errors import UserError


class StorageError(UserError):
    """The database cannot be used as asked; nothing was half-saved."""


class NotFoundError(StorageError):
    """No database at the given place."""


class ExistsError(StorageError):
    """A database already exists where a new one was to be made."""


class NewerSchemaError(StorageError):
    """The database was written by a newer version of the program."""


class CorruptError(StorageError):
    """The file is not a kiemphieu database, or it is damaged."""


class LockedError(StorageError):
    """Another program holds the database."""


class DiskFullError(StorageError):
    """The disk is full."""


class ReadOnlyError(StorageError):
    """The database is on read-only media or lacks write permission."""


class ConnectionFailedError(StorageError):
    """The database server cannot be reached."""


class BackupError(StorageError):
    """The backup copy could not be written or did not check out; the reason is a code of its own."""

    def message(self, lang: str | None = None) -> str:
        """The text, with the reason worded in the same language."""
        reason = self.params.get("reason_code")
        if reason is None:
            return super().message(lang)
        return texts.text(self.code, {**self.params, "reason": texts.text(str(reason), self.params, lang)}, lang)


def classify(exc: BaseException, where: str = "") -> StorageError | None:
    """The storage fault behind a driver error, or None when it is not one we know."""
    text = str(getattr(exc, "orig", None) or exc).lower()
    params = {"place": f" ({where})" if where else "", "where": where}
    if "database or disk is full" in text or "no space left" in text or "disk full" in text:
        return DiskFullError("storage.disk_full", params)
    if "readonly" in text or "read-only" in text or "read only" in text:
        return ReadOnlyError("storage.read_only", params)
    if "database is locked" in text or "database table is locked" in text or "busy" in text:
        return LockedError("storage.locked", params)
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return CorruptError("storage.not_database", params)
    if "unable to open database" in text:
        return ReadOnlyError("storage.cannot_open", params)
    if "connection refused" in text or "could not connect" in text or "connection failed" in text:
        return ConnectionFailedError("storage.connection_failed", params)
    return None


class translated:  # lower case: read as a verb, `with translated(where):`
    """Turns driver errors about the medium into StorageError subclasses; others pass through. (A class rather
    than a generator: every ballot save passes through it.)"""

    __slots__ = ("where",)

    def __init__(self, where: str = "") -> None:
        self.where = where

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: object, exc: BaseException | None, tb: object) -> Literal[False]:
        fault = None if exc is None else medium_fault(exc, self.where)
        if fault is not None:
            raise fault from exc
        return False


def medium_fault(exc: BaseException, where: str = "") -> StorageError | None:
    """The storage fault a driver error about the medium is (None for any other exception, a StorageError
    included: it is already one)."""
    if isinstance(exc, StorageError):
        return None
    from sqlalchemy import exc as sa_exc  # here: the window starts without the database layer (ui/main_window)

    if isinstance(exc, sa_exc.OperationalError | sa_exc.DatabaseError | sqlite3.Error | OSError):
        return classify(exc, where)
    return None
