"""GUI test set-up: bundled fonts loaded once, settings in a temporary file, Vietnamese by default."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtWidgets import QApplication

from tests.conftest import DEMO_ACTOR
from ui import resources

if TYPE_CHECKING:
    from app.db import Database
    from ui.desk import Desk

#: The offscreen platform warns when a window is shown; nothing to fix in our code.
OFFSCREEN_NOISE = "This plugin does not support"


@pytest.hookimpl(wrapper=True)
def pytest_runtest_protocol(item: pytest.Item) -> Iterator[object]:
    """No cyclic garbage collection while a GUI test runs, a full one after it (see `ui/collector.py`).

    A window or page a test dropped lives on in reference cycles (pytest-qt keeps only a weak reference); Python's
    collector, started by any allocation, would free it from inside a Qt callback while Qt works on that very
    widget — a segmentation fault in the processing of events after the test. Between tests no Qt call is under
    way, so the tree is freed there. As the program does with `ui.collector.Collector`.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        return (yield)
    finally:
        gc.collect()
        if enabled:
            gc.enable()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Offscreen platform notices are not our warnings."""
    for item in items:
        if "tests/ui/" in str(item.path).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture(autouse=True)
def _ui_environment(qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    from ui import network

    monkeypatch.setenv("KIEMPHIEU_SETTINGS", str(tmp_path / "settings.ini"))
    monkeypatch.setattr(network, "backend", lambda: None)  # the test machine's own network says nothing here
    if not getattr(qapp, "_kiemphieu_fonts", False):
        resources.load_fonts()
        qapp.setFont(resources.ui_font())
        qapp._kiemphieu_fonts = True  # type: ignore[attr-defined]
    resources.install_language("vi")
    yield
    resources.install_language("vi")


def type_text(widget: object, text: str) -> None:
    """Types text one character at a time (qtbot.keyClicks aborts on non-ASCII)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)


def last_message(parent: object) -> object:
    """The message box opened last under a widget (closed ones are deleted later, so skip hidden ones)."""
    from PySide6.QtWidgets import QMessageBox

    boxes = [b for b in parent.findChildren(QMessageBox, "message_box") if b.isVisible()]  # type: ignore[attr-defined]
    return boxes[-1] if boxes else None


@pytest.fixture
def demo_desk(demo_db: Database) -> Desk:
    """The demo congress as the window holds it: its database and who is at the keyboard."""
    from ui.desk import Desk

    return Desk(demo_db, DEMO_ACTOR)
