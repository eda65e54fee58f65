"""The file-dialog factory: no dialog reads a listed file, where dialogs start, the open database refused."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDir, QStandardPaths, QTimer
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QFileSystemModel, QLineEdit
from pytestqt.qtbot import QtBot

from app.storage import lockfile
from ui import filedialogs

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="reads POSIX locks with the Linux struct flock")

#: Run in a child process: which pid holds a POSIX lock on each file (0: none). F_GETLK only asks.
PROBE = """
import fcntl, os, struct, sys
for name in sys.argv[1:]:
    fd = os.open(name, os.O_RDONLY)
    t, _, _, _, pid = struct.unpack("hhqqi", fcntl.fcntl(fd, fcntl.F_GETLK, struct.pack("hhqqi", fcntl.F_WRLCK, 0, 0, 0, 0)))
    print(0 if t == fcntl.F_UNLCK else pid)
"""


def holders(*paths: Path) -> list[int]:
    out = subprocess.run([sys.executable, "-c", PROBE, *map(str, paths)], capture_output=True, text=True, check=True)
    return [int(x) for x in out.stdout.split()]


@pytest.fixture
def open_database(tmp_path: Path) -> Iterator[Path]:
    """A WAL database held open by this process (as the window holds its congress), among other files."""
    folder = tmp_path / "thư mục"
    folder.mkdir()
    db = folder / "dai-hoi.kiemphieu"
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE t (x)")
    conn.execute("INSERT INTO t VALUES (1)")
    for name in ("bau-cu.json", "ds.xlsx", "ds.csv", "bien-ban.pdf", "x.kpentries", "khong-duoi"):
        (folder / name).write_bytes(b"{}")
    assert holders(db, Path(f"{db}-shm")) == [os.getpid(), os.getpid()]
    yield db
    conn.close()


def listed_then(dialog: QFileDialog, finish: object) -> None:
    """Lets the dialog list its folder (every file's icon and type asked for), then calls `finish`."""
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    model = dialog.findChild(QFileSystemModel)
    assert model is not None
    loaded: list[str] = []
    model.directoryLoaded.connect(loaded.append)
    started = time.monotonic()

    def step() -> None:
        if not loaded and time.monotonic() - started < 10:
            QTimer.singleShot(50, step)
            return
        QTimer.singleShot(300, finish)  # type: ignore[arg-type]

    QTimer.singleShot(50, step)


def test_no_dialog_reads_a_file_it_lists(qtbot: QtBot, open_database: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Open, save, folder and print dialogs on the database's folder: this process keeps its SQLite locks."""
    folder = open_database.parent
    filedialogs.remember(folder)
    seen: list[str] = []

    def cancel(dialog: QFileDialog) -> None:
        seen.append(dialog.windowTitle())
        listed_then(dialog, dialog.reject)

    monkeypatch.setattr(filedialogs, "before_exec", cancel)
    assert filedialogs.open_file(None, "mở", "") == ""
    assert filedialogs.save_file(None, "lưu", "x.pdf", "PDF (*.pdf)") == ""
    assert filedialogs.folder(None, "thư mục") == ""
    assert seen == ["mở", "lưu", "thư mục"]
    # Qt's print dialog lists the home folder in its file-name completer
    monkeypatch.setenv("HOME", str(folder))
    assert QDir.homePath() == str(folder)
    printer = QPrinter()
    dialog = filedialogs.print_dialog(printer, None)
    dialog.show()
    qtbot.wait(1500)
    dialog.reject()
    assert holders(open_database, Path(f"{open_database}-shm")) == [os.getpid(), os.getpid()]


def test_a_plain_qt_dialog_does_read_them(qtbot: QtBot, open_database: Path) -> None:
    """The fault the factory avoids, shown: Qt's own icons read each listed file and drop the locks."""
    dialog = QFileDialog(None, "plain", str(open_database.parent))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    listed_then(dialog, dialog.reject)
    dialog.exec()
    assert holders(open_database)[0] != os.getpid()


def test_dialogs_start_in_documents_then_in_the_last_folder_chosen(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    expected = Path(docs) if docs and Path(docs).is_dir() else Path.home()
    assert filedialogs.start_folder() == expected
    chosen = tmp_path / "usb"
    chosen.mkdir()
    starts: list[str] = []

    def choose(dialog: QFileDialog) -> None:
        starts.append(dialog.directory().absolutePath())
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        assert name is not None
        QTimer.singleShot(100, lambda: (name.setText(str(chosen / "bien-ban.pdf")), dialog.accept()))

    def cancel(dialog: QFileDialog) -> None:
        starts.append(dialog.directory().absolutePath())
        QTimer.singleShot(50, dialog.reject)

    monkeypatch.setattr(filedialogs, "before_exec", choose)
    assert filedialogs.save_file(None, "lưu", "bien-ban.pdf", "PDF (*.pdf)") == str(chosen / "bien-ban.pdf")
    assert filedialogs.start_folder() == chosen
    monkeypatch.setattr(filedialogs, "before_exec", cancel)
    assert filedialogs.open_file(None, "mở") == ""
    assert starts == [str(expected), str(chosen)]
    chosen.rmdir()  # the USB stick is pulled out: back to Documents
    assert filedialogs.start_folder() == expected


def test_choosing_the_open_database_or_its_side_files_is_refused(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The window's process opens its database by SQLite only: never as a list to import or a file to write."""
    import ui.errors

    db = tmp_path / "dang-mo.kiemphieu"
    db.write_bytes(b"")
    shown: list[str] = []
    monkeypatch.setattr(ui.errors, "show_error", lambda parent, exc: shown.append(exc.code))
    lock = lockfile.acquire(db)
    try:
        for target, ask in (
            (db, filedialogs.open_file),
            (lockfile.lock_path(db), filedialogs.open_file),
            (Path(f"{db}-wal"), filedialogs.save_file),
            (Path(f"{db}-shm"), filedialogs.save_file),
        ):

            def pick(dialog: QFileDialog, target: Path = target) -> None:
                name = dialog.findChild(QLineEdit, "fileNameEdit")
                assert name is not None
                QTimer.singleShot(50, lambda: (name.setText(str(target)), dialog.accept()))

            monkeypatch.setattr(filedialogs, "before_exec", pick)
            assert ask(None, "chọn") == ""
        assert shown == ["storage.in_use"] * 4
        assert lockfile.held_here(db) and not lockfile.held_here(tmp_path / "khac.kiemphieu")
    finally:
        lock.release()
    assert not lockfile.held_here(db) and not lockfile.lock_path(db).exists()


def test_the_window_starts_without_the_database_layer() -> None:
    """The factory and the lock are light: the start page still appears without SQLAlchemy loaded."""
    code = "import sys, ui.main, ui.main_window; assert 'sqlalchemy' not in sys.modules, 'sqlalchemy at start'"
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr
