"""Faults of the place the data lives (locked, read-only, full, corrupt, too new), in plain Vietnamese."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import exc as sa_exc

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
    """The backup copy could not be written or did not check out."""


SAVED_NOTHING = "Thao tác vừa rồi chưa được ghi; dữ liệu đã lưu trước đó vẫn nguyên vẹn."


def classify(exc: BaseException, where: str = "") -> StorageError | None:
    """The storage fault behind a driver error, or None when it is not one we know."""
    text = str(getattr(exc, "orig", None) or exc).lower()
    place = f" ({where})" if where else ""
    if "database or disk is full" in text or "no space left" in text or "disk full" in text:
        return DiskFullError(f"Ổ đĩa đã đầy{place}. Giải phóng chỗ trống rồi làm lại. {SAVED_NOTHING}", "disk full")
    if "readonly" in text or "read-only" in text or "read only" in text:
        return ReadOnlyError(
            f"Không ghi được vào cơ sở dữ liệu{place}: ổ đĩa hoặc tệp chỉ cho phép đọc. "
            f"Hãy chép sang ổ ghi được. {SAVED_NOTHING}",
            "read-only database",
        )
    if "database is locked" in text or "database table is locked" in text or "busy" in text:
        return LockedError(
            f"Cơ sở dữ liệu{place} đang bị một chương trình khác giữ. Đóng chương trình đó rồi làm lại. {SAVED_NOTHING}",
            "database is locked",
        )
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return CorruptError(
            f"Tệp{place} không phải cơ sở dữ liệu kiểm phiếu hoặc đã bị hỏng. Hãy mở bản sao lưu.",
            "file is not a database or is damaged",
        )
    if "unable to open database" in text:
        return ReadOnlyError(
            f"Không mở được cơ sở dữ liệu{place}: thư mục không ghi được hoặc không tồn tại.",
            "unable to open database file",
        )
    if "connection refused" in text or "could not connect" in text or "connection failed" in text:
        return ConnectionFailedError(
            f"Không kết nối được máy chủ cơ sở dữ liệu{place}. Kiểm tra mạng và địa chỉ.", "connection failed"
        )
    return None


@contextmanager
def translated(where: str = "") -> Iterator[None]:
    """Turns driver errors about the medium into StorageError subclasses; others pass through."""
    try:
        yield
    except StorageError:
        raise
    except (sa_exc.OperationalError, sa_exc.DatabaseError, sqlite3.Error, OSError) as e:
        fault = classify(e, where)
        if fault is None:
            raise
        raise fault from e
