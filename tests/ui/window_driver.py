"""Runs the real window (offscreen) in its own process for `test_no_ballot_lost.py`; not a test module.

    python tests/ui/window_driver.py DB

Opens the congress, types 5 ballots, opens every file dialog of the window on the database's folder (each
lists the folder fully, then is cancelled — the election-file import is accepted, to reach its second
dialog, and the minutes are saved as PDF into the folder), then waits for a line on stdin, types 7 more
ballots and waits to be killed. It prints `saved N` after each ballot the window confirmed, `dialogs N`
with the dialogs it saw, and `ready` / `done` at each stop.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QFileSystemModel,
    QLineEdit,
    QTreeView,
)

app = QApplication([])

from ui import filedialogs  # noqa: E402
from ui.backup import BackupDialog  # noqa: E402
from ui.log_view import LogDialog  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.new_congress import NewCongressDialog  # noqa: E402
from ui.stations import StationsDialog  # noqa: E402
from ui.storage_faults import copy_and_open  # noqa: E402

DB = Path(sys.argv[1])
FOLDER = DB.parent
#: Dialogs accepted with a file, by title; every other dialog is cancelled.
ACCEPT = {"Nhập tệp bầu cử": FOLDER / "bau-cu.json", "Lưu biên bản (PDF)": FOLDER / "bien-ban.pdf"}
seen: list[str] = []


def wait(ms: int) -> None:
    end = time.monotonic() + ms / 1000
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.005)


def drive(dialog: QFileDialog) -> None:
    """Once the dialog has listed the folder (every file's icon and type asked for), accept or cancel it."""
    seen.append(dialog.windowTitle())
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    dialog.setDirectory(str(FOLDER))
    model = dialog.findChild(QFileSystemModel)
    loaded: list[str] = []
    if model is not None:
        model.directoryLoaded.connect(loaded.append)
    started = time.monotonic()

    def step() -> None:
        if not loaded and time.monotonic() - started < 10:
            QTimer.singleShot(50, step)
            return
        view = dialog.findChild(QTreeView, "treeView")
        if model is not None and view is not None:  # the database itself selected: its row, type and size shown
            view.setCurrentIndex(model.index(str(DB)))

        def finish() -> None:
            target = ACCEPT.get(dialog.windowTitle())
            if target is None:
                dialog.reject()
            else:
                name = dialog.findChild(QLineEdit, "fileNameEdit")
                assert name is not None
                name.setText(target.name)
                dialog.accept()

        QTimer.singleShot(400, finish)

    QTimer.singleShot(50, step)


def main() -> None:
    filedialogs.remember(FOLDER)  # as after "Tạo đại hội mới" in this folder
    filedialogs.before_exec = drive
    window = MainWindow()
    window.resize(1366, 768)
    window.show()
    assert window.open_path(str(DB))
    view = window.view
    assert view is not None
    view.setCurrentWidget(view.entry)
    entry = view.entry.entry
    n = 0

    def ballot() -> None:
        nonlocal n
        entry.line.setText("1 2")  # keeps 15 of 17 for 15 seats: a valid ballot, saved by one Enter
        assert entry.submit()
        n += 1
        print(f"saved {n}", flush=True)

    for _ in range(5):
        ballot()

    # every file dialog of the window, on the database's folder
    window._on_start_open_requested()
    window._on_import_triggered()  # two dialogs: the election file (accepted), where to save (cancelled)
    window._on_export_triggered()
    window._on_start_new_requested()
    new = next(d for d in window.findChildren(NewCongressDialog) if d.isVisible())
    new._on_browse_clicked()
    new.reject()
    view.setCurrentWidget(view.elections)
    view.elections._on_import_clicked()
    view.setCurrentWidget(view.minutes)
    view.minutes._on_pdf_clicked()
    view.minutes._on_docx_clicked()
    view.minutes._on_results_clicked()
    window._on_log_triggered()
    log = next(d for d in window.findChildren(LogDialog) if d.isVisible())
    log._on_pdf_button_clicked()
    log.reject()
    window._on_backup_triggered()
    backup = next(d for d in window.findChildren(BackupDialog) if d.isVisible())
    backup._on_choose_button_clicked()
    backup.reject()
    view.setCurrentWidget(view.teams)
    # issue 11: the head's PIN set and a second station registered, so that every key dialog can open
    from app import congress as congress_svc
    from app import stations
    from app.keys import create_station_key

    desk = window.desk
    assert desk is not None
    congress_svc.set_pin(desk.db, desk.actor, "135791")
    other = create_station_key(FOLDER.parent / "may-2-home")
    stations.register(desk.db, desk.actor, other.registration("Máy 2"), "135791")
    window.start.this_station._on_save_button_clicked()  # this computer's station key file
    view.teams._on_copy_clicked()  # the copy for a station: its key file, where the copy goes
    copy = view.teams.dialog
    copy._on_choose_button_clicked()  # type: ignore[union-attr]
    copy._on_browse_clicked()  # type: ignore[union-attr]
    copy.reject()  # type: ignore[union-attr]
    window._on_stations_triggered()  # a station's key file; a station's new key file
    listing = next(d for d in window.findChildren(StationsDialog) if d.isVisible())
    listing._on_register_clicked()
    listing.table.selectRow(1)
    listing._on_rekey_clicked()
    listing.reject()
    view.teams._on_export_clicked()
    view.teams._on_merge_clicked()
    view.setCurrentWidget(view.scan)  # issue 15: the ballots to print, a folder to read, the scanner's folder
    view.scan._on_print_clicked()
    view.scan._on_read_clicked()
    view.scan.watch_button.setChecked(True)
    view.scan.watch(FOLDER)  # the scanner saving beside the database: read, never the database itself
    while view.scan.busy() or view.scan.pending:
        wait(100)
    view.scan.stop_watching()
    copy_and_open(window, window, DB, "ban-chep.kiemphieu")  # offered for read-only media and damaged files
    for box in window.findChildren(QDialog):
        if box.isVisible():
            box.reject()
    wait(200)
    print("dialogs " + "|".join(seen), flush=True)

    view.setCurrentWidget(view.entry)
    print("ready", flush=True)
    sys.stdin.readline()
    for _ in range(7):
        ballot()
    print("done", flush=True)
    sys.stdin.readline()


if __name__ == "__main__":
    main()
