"""The backup folder from the File menu, and what the results page says about the copy after finalizing."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from app import congress, entry, reports
from app.demo import DEMO_PIN
from ballot.model import Subtotal
from tests.ui.conftest import last_message
from ui.backup import BackupDialog
from ui.desk import Desk
from ui.main_window import MainWindow
from ui.results_page import ResultsPage


def counted(desk: Desk) -> None:
    """Round 2 of 'ubkt' counted by one team: it can be finalized."""
    first, second = reports.data(desk.db).election("ubkt").rounds[1].candidates
    entry.record_subtotal(desk.db, desk.actor, "ubkt", 2, Subtotal("Tổ 1", 118, {}, {first: 70, second: 48}))


def test_the_file_menu_chooses_and_clears_the_folder(qtbot: QtBot, demo_desk: Desk, tmp_path: Path) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.open_database(demo_desk.db)
    window.backup_action.trigger()
    dialog = window.findChild(BackupDialog, "backup_dialog")
    assert dialog is not None and "Chưa chọn thư mục sao lưu" in dialog.current.text()
    assert not dialog.clear_button.isEnabled()
    assert dialog.set_folder(tmp_path / "usb")
    assert reports.backup_folder(demo_desk.db) == (tmp_path / "usb").resolve()
    assert str((tmp_path / "usb").resolve()) in dialog.current.text() and dialog.clear_button.isEnabled()
    dialog.clear_button.click()
    assert reports.backup_folder(demo_desk.db) is None and "Chưa chọn" in dialog.current.text()
    assert [e.action for e in reports.log(demo_desk.db)][-2:] == ["backup.folder", "backup.folder"]
    dialog.close()
    window.desk = None


def test_finalizing_tells_where_the_copy_went(qtbot: QtBot, demo_desk: Desk, tmp_path: Path) -> None:
    counted(demo_desk)
    congress.set_backup_folder(demo_desk.db, demo_desk.actor, tmp_path / "usb")
    page = ResultsPage(demo_desk)
    qtbot.addWidget(page)
    page.refresh(("ubkt", 2))
    page.finalize(("ubkt", 2), DEMO_PIN)
    [copy] = (tmp_path / "usb").iterdir()
    assert copy.is_file() and page.backup_note.text() == f"Đã sao lưu và kiểm tra bản chép: {copy}"
    box = last_message(page)
    assert box is not None and str(copy) in box.informativeText()  # type: ignore[attr-defined]


def test_finalizing_without_a_folder_says_so(qtbot: QtBot, demo_desk: Desk) -> None:
    counted(demo_desk)
    page = ResultsPage(demo_desk)
    qtbot.addWidget(page)
    page.refresh(("ubkt", 2))
    page.finalize(("ubkt", 2), DEMO_PIN)
    assert "Chưa chọn thư mục sao lưu" in page.backup_note.text()


def test_a_failed_copy_still_shows_the_round_finalized(qtbot: QtBot, demo_desk: Desk, tmp_path: Path) -> None:
    counted(demo_desk)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be")
    congress.set_backup_folder(demo_desk.db, demo_desk.actor, blocker)
    page = ResultsPage(demo_desk)
    qtbot.addWidget(page)
    page.refresh(("ubkt", 2))
    with qtbot.waitSignal(page.data_changed):
        page.finalize(("ubkt", 2), DEMO_PIN)
    assert reports.round_status(demo_desk.db, "ubkt", 2).finalized
    assert page.seal.text().startswith("Đã chốt lúc")  # the page was refreshed
    assert page.panel.reopen_button.isEnabled() and not page.panel.finalize_button.isEnabled()
    note = page.backup_note.text()
    # what was saved, what was not, what to do — and nothing that contradicts it (issue 9.7)
    assert note.startswith("Lần bầu ĐÃ ĐƯỢC CHỐT và đã lưu trên máy này")
    assert f"sang thư mục {blocker} là CHƯA chép được: đó không phải là một thư mục." in note
    assert "Sao lưu ngay" in note and "chưa được ghi" not in note and "nguyên vẹn" not in note
    box = last_message(page)
    assert box is not None and box.text() == "Đã chốt kết quả. Nhưng bản sao lưu chưa chép được."  # type: ignore[attr-defined]
    assert str(blocker) in box.informativeText()  # type: ignore[attr-defined]
    # the folder fixed, "Back up now" makes the copy that was missing
    blocker.unlink()
    dialog = BackupDialog(demo_desk)
    qtbot.addWidget(dialog)
    assert dialog.now_button.isEnabled()
    dialog.now_button.click()
    [copy] = blocker.iterdir()
    assert dialog.outcome.text() == f"Đã sao lưu và kiểm tra bản chép: {copy}"


def test_back_up_now_names_what_failed_and_that_nothing_changed(qtbot: QtBot, demo_desk: Desk, tmp_path: Path) -> None:
    full = tmp_path / "full-usb"
    full.write_text("a file, not a folder")
    congress.set_backup_folder(demo_desk.db, demo_desk.actor, full)
    dialog = BackupDialog(demo_desk)
    qtbot.addWidget(dialog)
    assert not dialog.back_up_now()
    text = dialog.outcome.text()
    assert text.startswith(f"Chưa chép được đại hội sang thư mục sao lưu {full}: đó không phải là một thư mục.")
    assert "không thay đổi" in text
