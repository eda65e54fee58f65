"""The main window: start page, the demo congress, recent files, language, export."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app import congress as congress_svc
from app import reports
from app.db import Actor
from app.demo import CONGRESS
from ui import settings
from ui.congress_view import CongressView
from ui.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    monkeypatch.setenv("KIEMPHIEU_DATA_DIR", str(tmp_path / "data"))
    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    yield w
    w.close_congress()


def test_start_page_offers_new_open_demo(window: MainWindow) -> None:
    assert window.stack.currentWidget() is window.start
    assert window.start.demo_button.text() == "Mở đại hội mẫu (để tập nhập phiếu)"
    assert not window.export_action.isEnabled()


def test_demo_opens_with_every_tab(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.mouseClick(window.start.demo_button, __import__("PySide6.QtCore").QtCore.Qt.MouseButton.LeftButton)
    view = window.view
    assert isinstance(view, CongressView)
    assert view.count() == 7  # the sixth: counting teams (ui/teams.py); the seventh: scanned ballots (ui/scan_page.py)
    assert window.windowTitle().startswith(CONGRESS.title)
    # the demo is not put among the recent files
    assert settings.recent_files() == []
    # the entry screen opens on the first round still open: the inspection committee's second round
    view.setCurrentWidget(view.entry)
    assert view.entry.chooser.current() == ("ubkt", 2)
    assert "bầu 1 trong 2 người" in view.entry.entry.title.text()
    view.setCurrentWidget(view.teams)
    assert view.teams.progress.summary.text() == "Chưa có tập phiếu nào trong lần bầu này."


def test_created_congress_goes_to_recent_files(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    from ui.new_congress import NewCongress

    path = str(tmp_path / "dh.kiemphieu")
    assert window.create_congress(NewCongress(path, CONGRESS, "qd190-2024", "123456"))
    assert settings.recent_files() == [path]
    window.close_congress()
    window.start.refresh()
    assert window.start.recent.item(0).text() == path
    assert window.open_path(path)
    assert window.desk is not None and reports.data(window.desk.db).congress == CONGRESS


def test_opening_a_missing_file_is_explained(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    assert not window.open_path(str(tmp_path / "none.kiemphieu"))
    box = window.findChild(QMessageBox, "message_box")
    assert box is not None and "Không tìm thấy" in box.text()
    assert window.stack.currentWidget() is window.start


def test_export_writes_an_election_file(window: MainWindow, tmp_path: Path) -> None:
    assert window.open_demo()
    out = tmp_path / "demo.json"
    assert window.export_to(str(out))
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["format"] == "kiemphieu-election/1"
    assert [e["id"] for e in doc["elections"]] == ["bch", "bt", "ubkt", "dbct", "dbdk"]
    # the same export as `kiemphieu export`: every finalized round's seal and the log's last hash
    assert sum("final" in r for e in doc["elections"] for r in e["rounds"]) == 5
    assert window.desk is not None and doc["log_hash"] == reports.last_hash(window.desk.db)


def test_english_from_the_menu(window: MainWindow) -> None:
    window.language_actions["en"].trigger()
    assert settings.language() == "en"
    assert window.start.demo_button.text() == "Open the demo congress (to practise entry)"
    assert window.menuBar().actions()[0].text() == "&File"
    window.language_actions["vi"].trigger()
    assert window.start.demo_button.text() == "Mở đại hội mẫu (để tập nhập phiếu)"


def test_operator_name_is_recorded(window: MainWindow) -> None:
    assert window.open_demo()
    window.set_operator({"name": "Lê Văn Cường"})
    assert settings.operator() == "Lê Văn Cường"
    desk = window.desk
    assert desk is not None and desk.actor == Actor(desk.actor.station, "Lê Văn Cường")
    last = reports.log(desk.db)[-1]
    assert (last.action, last.operator) == ("operator.chosen", "Lê Văn Cường")


def test_import_an_election_file_into_a_new_database(window: MainWindow, tmp_path: Path, examples: Path) -> None:
    """File → import: an exported election file becomes a new congress database, opened at once; bad files explained."""
    from tests.ui.conftest import last_message

    target = str(tmp_path / "dh.kiemphieu")
    assert window.import_from(str(examples / "direct-secretary.json"), target)
    assert window.desk is not None and [e.id for e in reports.data(window.desk.db).elections] == ["bch", "bithu"]
    assert reports.verify(window.desk.db).ok
    last_message(window).close()  # type: ignore[union-attr]
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "other"}', encoding="utf-8")
    assert not window.import_from(str(bad), str(tmp_path / "other.kiemphieu"))
    assert "không phải tệp bầu cử" in last_message(window).text()  # type: ignore[union-attr]
    assert not (tmp_path / "other.kiemphieu").exists()


def test_the_pin_needs_six_digits_in_the_window(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    from ui.new_congress import NewCongress, NewCongressDialog

    dialog = NewCongressDialog(window)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(tmp_path / "x.kiemphieu"))
    dialog.organization.setText("Chi bộ 1")
    dialog.title.setText("Đại hội Chi bộ 1")
    dialog.head.setText("Bình")
    for pin, problem in (("2025", "ít nhất 6 chữ số"), ("20252a", "chỉ gồm chữ số"), ("202530", "")):
        dialog.pin.setText(pin)
        dialog.pin_again.setText(pin)
        assert (problem in dialog.problem()) if problem else dialog.problem() == "", pin
    path = str(tmp_path / "dh.kiemphieu")
    assert window.create_congress(NewCongress(path, CONGRESS, "qd190-2024", "123456"))
    view = window.view
    assert isinstance(view, CongressView)
    view.change_pin({"old": "123456", "new": "1234", "again": "1234"})
    box = window.findChild(QMessageBox)
    assert box is not None and "ít nhất 6 chữ số" in box.text()
    box.close()
    view.change_pin({"old": "123456", "new": "246813", "again": "246813"})
    congress_svc.set_pin(view.desk.db, view.desk.actor, "135791", "246813")  # the 6-digit PIN was set: now the old one
