"""The window meets a read-only, a damaged or an already-open congress: it says so and offers a way on."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFileDialog, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from app import congress as congress_svc
from app import elections, entry, reports, rounds
from app.db import Actor, open_database
from app.storage import access
from ballot.model import StruckBallot
from tests.factories import make_data, make_election
from ui import filedialogs
from ui.main_window import MainWindow

WHO = Actor("s", "o")
PIN = "246813"


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    monkeypatch.setenv("KIEMPHIEU_DATA_DIR", str(tmp_path / "data"))
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    yield w
    w.close_congress()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "cd" / "dai-hoi.kiemphieu"
    path.parent.mkdir()
    data = make_data(make_election(4, 3, id="cu"))
    with congress_svc.create(path, data.congress, WHO, head_pin=PIN) as d:
        elections.add(d, WHO, data.elections[0])
        for i in range(20):
            entry.record_ballot(d, WHO, "cu", 1, StruckBallot(frozenset({1 + i % 4})))
    return path


def visible_boxes(window: MainWindow, name: str) -> list[QMessageBox]:
    return [b for b in window.findChildren(QMessageBox, name) if b.isVisible()]


def save_as(monkeypatch: pytest.MonkeyPatch, target: Path) -> None:
    """The next file dialog is answered with `target`."""

    def answer(dialog: QFileDialog) -> None:
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        assert name is not None
        QTimer.singleShot(50, lambda: (name.setText(str(target)), dialog.accept()))

    monkeypatch.setattr(filedialogs, "before_exec", answer)


def test_read_only_media_offer_a_copy_to_work_on(
    qtbot: QtBot, window: MainWindow, db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(access, "writable", lambda path: False)  # as on a CD (the commands' tests mount one)
    assert not window.open_path(str(db))
    (box,) = visible_boxes(window, "confirm_box")
    assert box.text().startswith(f"Tệp {db} nằm trên ổ hoặc trong thư mục chỉ cho phép đọc")
    assert box.text().endswith("Chép đại hội sang một thư mục ghi được rồi mở bản chép?")
    monkeypatch.setattr(access, "writable", lambda path: Path(path).parent != db.parent)
    copy = tmp_path / "may" / "dai-hoi.kiemphieu"
    copy.parent.mkdir()
    save_as(monkeypatch, copy)
    yes = next(b for b in box.buttons() if b.text() == "Đồng ý")
    yes.click()
    assert window.desk is not None and window.desk.db.target == str(copy)
    assert reports.round_status(window.desk.db, "cu", 1).entered == 20 and reports.verify(window.desk.db).ok


def test_a_damaged_file_offers_its_latest_backup(
    qtbot: QtBot, window: MainWindow, db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with open_database(db, WHO) as d:
        congress_svc.set_backup_folder(d, WHO, tmp_path / "usb")
        rounds.set_counts(d, WHO, "cu", 1, ballots_issued=20, ballots_collected=20, present=20)
        backup = rounds.finalize(d, WHO, "cu", 1, PIN).backup
    assert backup is not None
    raw = bytearray(db.read_bytes())
    page = int.from_bytes(raw[16:18], "big")
    mid = len(raw) // 2 // page * page
    raw[mid : mid + 16] = b"\xff" * 16
    db.write_bytes(bytes(raw))
    assert not window.open_path(str(db))
    (box,) = visible_boxes(window, "confirm_box")
    assert f"Bản sao lưu gần nhất của đại hội này: {backup}" in box.text()
    restored = tmp_path / "dai-hoi-phuc-hoi.kiemphieu"
    save_as(monkeypatch, restored)
    next(b for b in box.buttons() if b.text() == "Đồng ý").click()
    assert window.desk is not None and window.desk.db.target == str(restored)
    assert reports.round_status(window.desk.db, "cu", 1).finalized and reports.verify(window.desk.db).ok


def test_a_congress_open_elsewhere_is_refused_naming_who_has_it(qtbot: QtBot, window: MainWindow, db: Path) -> None:
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from app.storage import lockfile; from pathlib import Path;"
            "lockfile.set_program('kiemphieu-gui'); lockfile.acquire(Path(sys.argv[1])); print('held', flush=True);"
            "sys.stdin.readline()",
            str(db),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        assert not window.open_path(str(db))
        (box,) = visible_boxes(window, "message_box")
        assert "đang được mở ở kiemphieu-gui" in box.text() and f"tiến trình {holder.pid}" in box.text()
    finally:
        holder.kill()
        holder.wait()
        holder.stdin.close()  # type: ignore[union-attr]
        holder.stdout.close()  # type: ignore[union-attr]
    # its holder gone (killed: the lock file is left behind), the congress opens
    assert window.open_path(str(db)) and window.desk is not None
