"""Renders the main screens offscreen at 1366×768 into docs/img/screen-*.png (the demo congress).

.venv/bin/python tools/screenshots.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "img"


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    tmp = tempfile.mkdtemp()
    os.environ["KIEMPHIEU_SETTINGS"] = str(Path(tmp) / "settings.ini")
    os.environ["KIEMPHIEU_DATA_DIR"] = tmp
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from ui.main_window import MainWindow
    from ui.resources import install_language, load_fonts, ui_font

    app = QApplication.instance() or QApplication([])
    load_fonts()
    app.setFont(ui_font())  # type: ignore[union-attr]
    install_language("vi")
    OUT.mkdir(parents=True, exist_ok=True)
    window = MainWindow()
    window.resize(1366, 768)
    window.show()

    def shot(name: str, wait_ms: int = 150) -> None:
        QTest.qWait(wait_ms)
        path = OUT / f"screen-{name}.png"
        window.grab().save(str(path))
        print(path)

    shot("start")
    window.open_demo()
    view = window.view
    assert view is not None
    view.setCurrentWidget(view.congress_form)
    shot("congress")
    view.setCurrentWidget(view.elections)
    shot("elections")
    view.setCurrentWidget(view.entry)
    view.entry.chooser.choose("ubkt", 2)
    view.entry.entry.line.setText("2")
    shot("entry-round2")
    # the committee's strike-out paper with a line half typed (the round is closed: shown, not saved)
    view.entry.refresh(("bch", 1))
    view.entry.entry.line.setEnabled(True)
    view.entry.entry.line.setText("3 7 12")
    shot("entry-strike")
    view.setCurrentWidget(view.results)
    view.results.chooser.choose("ubkt", 1)
    shot("results-shortfall")
    view.setCurrentWidget(view.minutes)
    view.minutes.chooser.choose("bch", 1)
    shot("minutes", 1500)
    QTimer.singleShot(0, window.close)
    window.close_congress()
    return 0


if __name__ == "__main__":
    sys.exit(main())
