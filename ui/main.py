"""`kiemphieu-gui` / `python -m ui`: the desktop program."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from ui import collector, settings
from ui.errors import install_crash_hook
from ui.resources import install_language, load_fonts, ui_font

WINDOW_SIZE = (1366, 768)


class _FirstPaint(QObject):
    """For the start-up benchmark: prints the wall time of the first paint and quits."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            print(f"painted {time.time():.6f}", flush=True)
            watched.removeEventFilter(self)
            QTimer.singleShot(0, QApplication.quit)
        return False


def main(argv: Sequence[str] | None = None) -> int:
    """Starts the program; an argument opens that congress database."""
    args = list(sys.argv if argv is None else argv)
    app = QApplication.instance() or QApplication(args)
    assert isinstance(app, QApplication)
    app.setApplicationName("kiemphieu")
    app.setOrganizationName("kiemphieu")
    load_fonts()
    app.setFont(ui_font())
    install_language(settings.language())
    install_crash_hook()
    collector.install(app)  # garbage cycles freed between events, never under Qt's feet
    from app.storage import lockfile

    lockfile.set_program("kiemphieu-gui")

    from ui.main_window import MainWindow  # after the translator, so every string is translated

    window = MainWindow()
    window.resize(*WINDOW_SIZE)
    if os.environ.get("KIEMPHIEU_EXIT_AFTER_PAINT"):
        probe = _FirstPaint(window)
        window.installEventFilter(probe)
    window.show()
    if len(args) > 1:
        window.open_path(args[1])
    return app.exec()
