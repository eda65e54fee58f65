"""Garbage cycles collected from the event loop, never inside a Qt callback (ui/collector.py)."""

from __future__ import annotations

import gc
import subprocess
import sys
import weakref
from pathlib import Path

import pytest
from PySide6.QtCore import QEventLoop, QObject, QTimer
from pytestqt.qtbot import QtBot

from ui import collector

#: A page in a reference cycle (its key callbacks are its own bound methods), dropped while its table still has a
#: layout to do: the view's timer asks the model for data, the model's Python code allocates, and Python's
#: collector — started by that allocation — frees the page, view and model under the view's feet.
DROPPED_PAGE = """
import gc, sys, weakref
from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QHeaderView, QTableView, QVBoxLayout, QWidget

app = QApplication([])
import ui  # noqa: F401  (the program's guard for None, True and False)


class Model(QAbstractTableModel):
    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else 50

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else 2

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        words = [f"row {index.row()}" for _ in range(3)]
        return words[0] if role == Qt.ItemDataRole.DisplayRole else None


class Page(QWidget):
    def __init__(self):
        super().__init__()
        self.model = Model(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        QVBoxLayout(self).addWidget(self.view)
        self.keys = {"escape": self.close}


if sys.argv[1] == "guarded":
    from ui.collector import install

    install(app)
page = Page()
page.show()
app.processEvents()
page.model.beginResetModel()
page.model.endResetModel()  # the view lays out again from a timer
alive = weakref.ref(page)
del page
gc.set_threshold(1)  # the collector starts on the next allocation
for _ in range(20):
    app.processEvents()
print("survived", flush=True)
gc.collect()  # where the program's loop collects: no Qt call under way
print("freed" if alive() is None else "kept", flush=True)
"""


def _run(tmp_path: Path, mode: str) -> subprocess.CompletedProcess[str]:
    script = tmp_path / "dropped_page.py"
    script.write_text(DROPPED_PAGE, encoding="utf-8")
    env = {"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    return subprocess.run(
        [sys.executable, str(script), mode], capture_output=True, text=True, timeout=120, env=env, check=False
    )


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="measured on PySide6 6.12 under Python 3.11")
def test_a_page_freed_by_python_inside_a_qt_callback_crashes_the_program(tmp_path: Path) -> None:
    """The crash the collector prevents, reproduced (if a newer PySide survives this, the collector may go)."""
    bare = _run(tmp_path, "bare")
    assert bare.returncode != 0 and "survived" not in bare.stdout


def test_with_the_collector_the_page_is_freed_from_the_loop_instead(tmp_path: Path) -> None:
    guarded = _run(tmp_path, "guarded")
    assert guarded.returncode == 0, guarded.stderr
    assert guarded.stdout.split() == ["survived", "freed"]


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_the_collector_collects_from_the_loop_but_not_from_a_nested_one(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(collector, "INTERVAL_MS", 5)
    monkeypatch.setattr(gc, "get_threshold", lambda: (0, 10**9, 10**9))  # every loop turn is due
    owner = QObject()
    gc.enable()  # as in the program before the collector starts
    try:
        found = collector.install(owner)
        assert collector.install(owner) is found and not gc.isenabled()
        nested: list[int] = []

        def in_a_modal_dialog() -> None:  # a nested loop: a dialog's exec()
            loop = QEventLoop()
            QTimer.singleShot(60, loop.quit)
            before = found.collected
            loop.exec()
            nested.append(found.collected - before)

        QTimer.singleShot(0, in_a_modal_dialog)
        qtbot.waitUntil(lambda: bool(nested), timeout=2000)
        assert nested == [0]
        cycle = weakref.ref(_Cycle())
        assert cycle() is not None  # automatic collection is off
        qtbot.waitUntil(lambda: cycle() is None, timeout=2000)
        assert found.collected > 0
        found.deleteLater()
        qtbot.waitUntil(gc.isenabled, timeout=2000)  # gone: automatic collection as it was
    finally:
        gc.disable()  # as the GUI tests run (tests/ui/conftest.py)
        owner.deleteLater()


def test_collect_due_follows_python_s_thresholds() -> None:
    gc.collect()
    assert collector.collect_due((10**9, 10, 10)) == -1
    cycle = weakref.ref(_Cycle())
    assert collector.collect_due((0, 10**9, 10**9)) == 0 and cycle() is None
