"""The entry-log viewer: its model, the integrity check in plain words, the PDF for the archive."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.demo import build_demo
from app.minutes import records_from_log
from app.workspace import Workspace
from tests.ui.conftest import last_message
from ui.log_view import LogDialog, LogTableModel
from ui.main_window import MainWindow


@pytest.fixture
def demo_ws(tmp_path: Path) -> Iterator[Workspace]:
    ws = build_demo(tmp_path / "demo.kiemphieu")
    yield ws
    ws.close()


def test_log_model_passes_the_model_tester(qtmodeltester: object, demo_ws: Workspace) -> None:
    model = LogTableModel()
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    records = records_from_log(demo_ws.log())
    model.set_rows(records)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.rowCount() == len(records)
    assert model.index(0, 0).data() == 1
    assert model.index(0, 4).data() == "Tạo dữ liệu đại hội"  # the printed log's own wording
    ballot = next(i for i, r in enumerate(records) if r.action == "ballot")
    assert model.index(ballot, 4).data() == "Nhập phiếu" and "gạch" in model.index(ballot, 5).data()
    assert model.index(0, 6).data() == records[0].hash[:12]
    assert model.index(0, 1).data() == model.index(0, 1).data()[:19]  # no fraction of a second


def test_the_file_menu_opens_the_log_and_the_check_passes(qtbot: QtBot, demo_ws: Workspace) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    assert not window.log_action.isEnabled()
    window.open_workspace(demo_ws)
    assert window.log_action.isEnabled() and window.log_action.text() == "Nhật ký nhập phiếu…"
    window.log_action.trigger()
    dialog = window.findChild(LogDialog, "log_dialog")
    assert dialog is not None and dialog.isVisible()
    assert dialog.model.rowCount() == len(demo_ws.log())
    dialog.verify_button.click()
    assert dialog.outcome.text().startswith(f"Toàn vẹn: {len(demo_ws.log())} bản ghi")
    assert demo_ws.last_hash() in dialog.outcome.text()
    dialog.close()
    window.ws = None  # the fixture closes the database


def test_a_changed_record_is_named(qtbot: QtBot, demo_ws: Workspace) -> None:
    conn = sqlite3.connect(demo_ws.target)
    with conn:
        conn.execute("UPDATE log SET operator = 'Người khác' WHERE seq = 12")
    conn.close()
    dialog = LogDialog(demo_ws)
    qtbot.addWidget(dialog)
    assert not dialog.verify()
    assert dialog.outcome.text().startswith("PHÁT HIỆN THAY ĐỔI")
    assert "bản ghi #12" in dialog.outcome.text()


def test_the_log_is_saved_as_pdf(qtbot: QtBot, demo_ws: Workspace, tmp_path: Path) -> None:
    dialog = LogDialog(demo_ws)
    qtbot.addWidget(dialog)
    target = tmp_path / "nhat-ky.pdf"
    assert dialog.save_pdf(target)
    assert target.read_bytes().startswith(b"%PDF")
    box = last_message(dialog)
    assert box is not None and str(target) in box.text()  # type: ignore[attr-defined]
    box.close()  # type: ignore[attr-defined]
    assert not dialog.save_pdf(tmp_path / "no-such-folder" / "x.pdf")
    box = last_message(dialog)
    assert box is not None and "Không tìm thấy tệp" in box.text()  # type: ignore[attr-defined]
