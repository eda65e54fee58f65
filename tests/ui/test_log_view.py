"""The entry-log viewer: its model, the integrity check in plain words, the PDF for the archive."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from pytestqt.qtbot import QtBot

from app import reports
from app.minutes import records_from_log
from tests.ui.conftest import last_message
from ui import resources
from ui.desk import Desk
from ui.log_view import LogDialog, LogTableModel
from ui.main_window import MainWindow


def test_log_model_passes_the_model_tester(qtmodeltester: object, demo_desk: Desk) -> None:
    model = LogTableModel()
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    records = records_from_log(reports.log(demo_desk.db))
    model.set_rows(records)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.rowCount() == len(records)
    assert model.index(0, 0).data() == 1
    assert model.index(0, 4).data() == "Tạo dữ liệu đại hội"  # the printed log's own wording
    ballot = next(i for i, r in enumerate(records) if r.action == "Nhập phiếu")
    assert model.index(ballot, 4).data() == "Nhập phiếu" and "gạch" in model.index(ballot, 5).data()
    assert model.index(0, 6).data() == records[0].hash[:12]
    assert len(model.index(0, 1).data()) == 19 and model.index(0, 1).data()[2] == "/"  # dd/mm/yyyy HH:MM:SS


def test_the_file_menu_opens_the_log_and_the_check_passes(qtbot: QtBot, demo_desk: Desk) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    assert not window.log_action.isEnabled()
    window.open_database(demo_desk.db)
    assert window.log_action.isEnabled() and window.log_action.text() == "Nhật ký nhập phiếu…"
    window.log_action.trigger()
    dialog = window.findChild(LogDialog, "log_dialog")
    assert dialog is not None and dialog.isVisible()
    assert dialog.model.rowCount() == len(reports.log(demo_desk.db))
    last = reports.log(demo_desk.db)[-1]  # the newest record in full under the table
    assert (
        dialog.detail.text().startswith("Bản ghi số 378 — Chốt kết quả lần bầu: ") and last.hash in dialog.detail.text()
    )
    dialog.view.selectRow(1)
    assert dialog.detail.text().startswith("Bản ghi số 2 — Thêm cuộc bầu: Bầu Ban Chấp hành Đảng bộ xã khóa XXV")
    dialog.verify_button.click()
    assert dialog.outcome.text().startswith(f"Toàn vẹn: {len(reports.log(demo_desk.db))} bản ghi")
    assert reports.last_hash(demo_desk.db) in dialog.outcome.text()
    dialog.close()
    window.desk = None  # the fixture closes the database


def test_a_changed_record_is_named(qtbot: QtBot, demo_desk: Desk) -> None:
    conn = sqlite3.connect(demo_desk.target)
    with conn:
        conn.execute("UPDATE log SET operator = 'Người khác' WHERE seq = 12")
    conn.close()
    dialog = LogDialog(demo_desk)
    qtbot.addWidget(dialog)
    assert not dialog.verify()
    assert dialog.outcome.text().startswith("PHÁT HIỆN THAY ĐỔI")
    assert "Nhật ký, bản ghi số 12" in dialog.outcome.text()


def test_a_changed_row_is_named_by_table_row_and_column(qtbot: QtBot, demo_desk: Desk) -> None:
    conn = sqlite3.connect(demo_desk.target)
    with conn:
        conn.execute("UPDATE ballot SET count = 5 WHERE id = 20")
    conn.close()
    dialog = LogDialog(demo_desk)
    qtbot.addWidget(dialog)
    assert not dialog.verify()
    assert (
        "Bảng ballot (các phiếu đã nhập), dòng id=20, cột count: đang lưu 5, theo nhật ký phải là 1"
        in dialog.outcome.text()
    )


def test_the_english_window_shows_the_log_in_english(qtbot: QtBot, demo_desk: Desk) -> None:
    resources.install_language("en")
    dialog = LogDialog(demo_desk)
    qtbot.addWidget(dialog)
    actions = {dialog.model.index(i, 4).data() for i in range(dialog.model.rowCount())}
    assert {"Congress data created", "Ballot entered", "Round finalized"} <= actions
    assert dialog.verify() and "DOES NOT MATCH" not in dialog.outcome.text()


def test_the_log_is_saved_as_pdf(qtbot: QtBot, demo_desk: Desk, tmp_path: Path) -> None:
    dialog = LogDialog(demo_desk)
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
