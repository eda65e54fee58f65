"""Python's cyclic garbage collector, run between events only.

A widget no Python name holds any more, but that sits in a reference cycle (a page whose key callbacks are its own
bound methods, a slot capturing its owner), is freed by the cyclic collector. Python starts that collector on
whichever allocation crosses its threshold — also inside a Qt callback (a model's `data`, an event filter, a
slot) made while Qt is laying out, painting or destroying that very widget. PySide then deletes the C++ object
under Qt's feet and the program dies: a segmentation fault in `QAbstractItemModel::multiData` from a table's
layout timer, or "pure virtual method called" from a filter during a page's deletion.

So while the window runs, automatic collection is off, and a timer collects from the event loop itself, where
no Qt call is under way (never from a nested loop such as a modal dialog's), generation by generation as Python
would. The GUI tests do the same between tests (`tests/ui/conftest.py`).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QThread, QTimer, Slot

#: How often the loop looks at the collector's counts (Python's own thresholds decide whether to collect).
INTERVAL_MS = 500


class Collector(QObject):
    """Collects garbage cycles from the event loop's own level; automatic collection is off while it lives."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        self.collected = 0  # how many collections the loop made
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._timer.start()
        if gc.isenabled():
            gc.disable()
            self.destroyed.connect(_enable)  # as it was before

    @Slot()
    def _on_timer_timeout(self) -> None:
        if QThread.currentThread().loopLevel() <= 1 and collect_due(self._thresholds) >= 0:
            self.collected += 1


def _enable() -> None:
    gc.enable()


def collect_due(thresholds: tuple[int, ...]) -> int:
    """Collects the oldest generation whose count passed its threshold, as Python would have (-1: none due)."""
    counts = gc.get_count()
    generation = -1
    for g in range(3):
        if counts[g] <= thresholds[g]:
            break
        generation = g
    if generation >= 0:
        gc.collect(generation)
    return generation


def install(app: QObject) -> Collector:
    """Turns automatic collection off for the application's life (the collector is its child), the loop collecting
    instead; once per application."""
    found = app.findChild(Collector)
    return found if isinstance(found, Collector) else Collector(app)
