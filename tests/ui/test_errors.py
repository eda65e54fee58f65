"""One show_error for every exception; the crash hook logs and tells people in plain words."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.errors import UserError
from app.fileformat import FileFault
from app.storage.errors import LockedError
from ui import errors


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    w = QWidget()
    qtbot.addWidget(w)
    return w


@pytest.mark.parametrize(
    ("exc", "text", "icon"),
    [
        (UserError("Mã PIN không đúng.", "wrong PIN"), "Mã PIN không đúng.", QMessageBox.Icon.Warning),
        (LockedError("Tệp đang được mở ở máy khác.", "locked"), "Tệp đang được mở", QMessageBox.Icon.Warning),
        (
            FileNotFoundError(2, "No such file", "/x/y.kiemphieu"),
            "Không tìm thấy tệp: /x/y.kiemphieu",
            QMessageBox.Icon.Warning,
        ),
        (PermissionError(13, "denied", "/root/a"), "Không có quyền", QMessageBox.Icon.Warning),
        (OSError(28, "No space left on device", "/tmp/a"), "No space left on device", QMessageBox.Icon.Warning),
        (
            FileFault("file.duplicate_key", {"key": "seats"}, "elections[0].seats"),
            "Tệp bầu cử không hợp lệ tại elections[0].seats: mục seats xuất hiện hai lần",
            QMessageBox.Icon.Warning,
        ),
    ],
)
def test_known_faults_in_plain_words(parent: QWidget, exc: BaseException, text: str, icon: QMessageBox.Icon) -> None:
    box = errors.show_error(parent, exc)
    assert text in box.text()
    assert box.icon() == icon
    assert "Traceback" not in box.text() + box.informativeText()
    box.close()


def test_a_bug_is_logged_not_shown(parent: QWidget, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KIEMPHIEU_LOG_DIR", str(tmp_path))
    try:
        raise ZeroDivisionError("division by zero")
    except ZeroDivisionError as exc:
        box = errors.show_error(parent, exc)
    assert "lỗi nội bộ" in box.text() and "dữ liệu không bị thay đổi" in box.text()
    assert box.icon() == QMessageBox.Icon.Critical
    logs = list(tmp_path.glob("crash-*.log"))
    assert len(logs) == 1 and "ZeroDivisionError" in logs[0].read_text(encoding="utf-8")
    box.close()


def test_crash_hook_handles_uncaught_exceptions(
    qtbot: QtBot, parent: QWidget, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KIEMPHIEU_LOG_DIR", str(tmp_path))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    errors.install_crash_hook()
    assert sys.excepthook is errors._crash_hook
    exc = RuntimeError("boom")
    sys.excepthook(RuntimeError, exc, None)
    assert list(tmp_path.glob("crash-*.log"))
