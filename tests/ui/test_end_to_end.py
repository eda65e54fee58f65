"""A small congress counted end to end at the keyboard, compared with `kiemphieu tally` on the exported file."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from app import reports
from ballot.model import Body, CongressKind
from tests.ui.conftest import type_text
from ui.congress_view import CongressView
from ui.main_window import MainWindow
from ui.new_congress import NewCongressDialog

ROOT = Path(__file__).resolve().parents[2]
NAMES = ["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung"]


def click(qtbot: QtBot, button: object) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.mark.slow
def test_count_a_small_congress_at_the_keyboard(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A cell of 9 summoned, 1 excused (base 8, 5 votes needed) elects 3 of 4; 8 ballots typed in.

    Ballots (rows struck): 4 | 4 | 3 | 3 4 | 0 (keeps all 4: over the limit) | /3 (ruled invalid) | 2*2.
    Valid 6: An 6, Bình 4, Cường 4, Dung 3 — only An passes (a shortfall of 2 seats).
    The tally by the command line on the exported file must agree with what the screen showed.
    """
    monkeypatch.setenv("KIEMPHIEU_DATA_DIR", str(tmp_path / "data"))
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()

    # 1. create the congress through the dialog, typing Vietnamese
    dialog = NewCongressDialog(window)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(tmp_path / "chibo.kiemphieu"))
    for edit, text in (
        (dialog.organization, "Chi bộ Thôn Đông"),
        (dialog.title, "Đại hội Chi bộ Thôn Đông"),
        (dialog.head, "Đỗ Thị Hương"),
    ):
        edit.setFocus()
        type_text(edit, text)
    dialog.kind.setCurrentIndex(dialog.kind.findData(CongressKind.MEMBERS))
    dialog.summoned.setValue(9)
    qtbot.keyClicks(dialog.pin, "432198")
    qtbot.keyClicks(dialog.pin_again, "432198")
    assert dialog.problem() == ""
    assert window.create_congress(dialog.value())
    view = window.view
    assert isinstance(view, CongressView)
    assert reports.data(view.desk.db).congress.organization == "Chi bộ Thôn Đông"

    # 2. the electorate: one member excused
    form = view.congress_form
    click(qtbot, form.add_exclusion_button)
    form.exclusions.item(0, 0).setText("Vắng mặt cả thời gian đại hội có lý do")
    assert "Cơ sở tính: 8 = 9 triệu tập − 1 trừ · Trúng cử cần ít nhất 5 phiếu" in form.base_label.text()
    click(qtbot, form.save_button)
    assert reports.data(view.desk.db).congress.electorate.base == 8

    # 3. the election: the cell committee, 3 of 4, names typed in
    view.setCurrentWidget(view.elections)
    editor = view.elections
    click(qtbot, editor.new_button)
    editor.election_id.setText("cu")
    editor.title.setFocus()
    type_text(editor.title, "Bầu Chi ủy")
    editor.body.setCurrentIndex(editor.body.findData(Body.COMMITTEE))
    editor.seats.setValue(3)
    for name in NAMES:
        click(qtbot, editor.add_button)  # opens the name cell for typing
        cells = [w for w in editor.candidates.viewport().findChildren(QLineEdit) if w.isVisible()]
        assert len(cells) == 1
        cell = cells[0]
        type_text(cell, name)
        qtbot.keyClick(cell, Qt.Key.Key_Tab)  # commits the name, moves on to the note
    assert [n for n, _ in editor.names()] == NAMES
    assert "Đúng: danh sách" in editor.problems.text()
    click(qtbot, editor.save_button)
    assert [c.name for c in reports.data(view.desk.db).election("cu").candidates] == NAMES

    # 4. counts, then ballots typed at the keyboard
    view.setCurrentWidget(view.entry)
    page = view.entry
    assert page.chooser.current() == ("cu", 1)
    page.present.setValue(8)
    page.issued.setValue(8)
    page.collected.setValue(8)
    click(qtbot, page.save_counts_button)
    line = page.entry.line
    for typed in ("4", "4", "3", "3 4", "0", "/3", "2*2"):
        qtbot.keyClicks(line, typed)
        qtbot.keyClick(line, Qt.Key.Key_Return)
        if typed == "0":  # keeps 4 names for 3 seats: invalid, shown in red, saved by a second Enter
            assert line.text() == "0" and "PHIẾU KHÔNG HỢP LỆ" in page.entry.status.text()
            qtbot.keyClick(line, Qt.Key.Key_Return)
        assert line.text() == "", page.entry.status.text()
    # a slip: typed twice, taken back with Ctrl+Z (recorded as a correction), typed again
    qtbot.keyClicks(line, "1")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    page.undo_last()
    assert page.entry.counter_label.text() == "Đã nhập 8 / thu vào 8"
    shown = {page.results.model.index(r, 2).data(): page.results.model.index(r, 3).data() for r in range(4)}
    assert shown == {"Nguyễn Văn An": 6, "Trần Thị Bình": 4, "Lê Văn Cường": 4, "Phạm Thị Dung": 3}
    assert "THIẾU: mới có 1 người trúng cử, còn 2 chỗ" in page.results.banner.text()

    # 5. finalize with the head's PIN, then export and tally by the command line
    view.setCurrentWidget(view.results)
    view.results.finalize(("cu", 1), "432198")
    assert reports.round_status(view.desk.db, "cu", 1).finalized
    out = tmp_path / "chibo.json"
    assert window.export_to(str(out))
    done = subprocess.run(
        [sys.executable, "-m", "app", "tally", str(out), "--json"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    result = json.loads(done.stdout)["results"][0]
    assert {c["name"]: c["votes"] for c in result["candidates"]} == shown
    assert result["ballots"]["invalid_by_reason"] == {"over_limit": 1, "marked": 1}
    assert result["ballots"]["counted"] == 8 and result["ballots"]["valid"] == 6
    assert result["outcome"]["status"] == "shortfall" and result["outcome"]["elected"] == [1]
    assert result["base"]["votes_needed"] == 5
    assert json.loads(out.read_text(encoding="utf-8"))["elections"][0]["rounds"][0]["final"]["by"]  # sealed
    # every ballot and the undo are in the entry log
    actions = [e.action for e in reports.log(view.desk.db)]
    assert actions.count("ballot") == 8 and actions.count("ballot.correct") == 1
    window.close_congress()
