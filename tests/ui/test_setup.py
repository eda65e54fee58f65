"""Set-up screens: the congress form (base live), the elections editor (list rules live, A-B-C, import)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.demo import CONGRESS
from ballot.model import Body, CandidatePool, Congress, Election, ElectionData, PoolTake
from ballot.model import Candidate as C
from ballot.rulesets import Parameters
from tests.ui.conftest import type_text
from ui.congress_form import CongressForm
from ui.elections import ElectionsEditor


def test_congress_form_round_trips_and_shows_the_base(qtbot: QtBot) -> None:
    form = CongressForm()
    qtbot.addWidget(form)
    form.set_congress(CONGRESS)
    assert form.congress() == CONGRESS
    assert "Cơ sở tính: 118 = 120 triệu tập − 2 trừ" in form.base_label.text()
    assert "ít nhất 60 phiếu" in form.base_label.text()
    form.summoned.setValue(11)
    form.exclusions.setRowCount(0)
    form._on_electorate_changed()
    assert "ít nhất 6 phiếu" in form.base_label.text()
    qtbot.mouseClick(form.add_exclusion_button, Qt.MouseButton.LeftButton)
    form.exclusions.item(0, 0).setText("Vắng mặt có lý do")
    assert "Cơ sở tính: 10 = 11 triệu tập − 1 trừ" in form.base_label.text()
    with qtbot.waitSignal(form.congress_edited) as signal:
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    congress: Congress = signal.args[0]
    assert congress.electorate.base == 10


def test_typing_vietnamese_names_keeps_them_nfc(qtbot: QtBot) -> None:
    form = CongressForm()
    qtbot.addWidget(form)
    form.show()
    form.head.setFocus()
    type_text(form.head, "Trần Thị Bình")
    assert form.congress().counting_committee[0].name == "Trần Thị Bình"


@pytest.fixture
def editor(qtbot: QtBot) -> ElectionsEditor:
    w = ElectionsEditor()
    qtbot.addWidget(w)
    data = ElectionData(
        "qd190-2024",
        CONGRESS,
        (Election("bch", "Bầu BCH", Body.COMMITTEE, 3, (C(1, "Lê Văn Cường"), C(2, "An Văn Bình"))),),
    )
    w.set_data(data, Parameters(), set())
    return w


def test_list_rules_are_checked_live(editor: ElectionsEditor) -> None:
    assert editor.election_id.text() == "bch" and not editor.election_id.isEnabled()
    assert "E203" in editor.problems.text() and "ít hơn số lượng cần bầu" in editor.problems.text()
    editor.seats.setValue(2)
    assert "E201" in editor.problems.text()  # a committee list must be longer than the seats
    editor.seats.setValue(1)
    assert "Đúng: danh sách" in editor.problems.text() and "phiếu gạch tên" in editor.problems.text()


def test_sort_abc_by_given_name_and_reorder(qtbot: QtBot, editor: ElectionsEditor) -> None:
    editor._set_names([("Lê Văn Cường", ""), ("An Văn Bình", ""), ("Nguyễn Thị Ánh", "1970")])
    qtbot.mouseClick(editor.sort_button, Qt.MouseButton.LeftButton)
    assert [n for n, _ in editor.names()] == ["Nguyễn Thị Ánh", "An Văn Bình", "Lê Văn Cường"]
    editor.candidates.setCurrentCell(2, 0)
    qtbot.mouseClick(editor.up_button, Qt.MouseButton.LeftButton)
    assert [n for n, _ in editor.names()][1:] == ["Lê Văn Cường", "An Văn Bình"]
    election = editor.election()
    first = election.candidates[0]
    assert (first.no, first.name, first.note) == (1, "Nguyễn Thị Ánh", "1970")


def test_import_from_csv_and_bad_file(editor: ElectionsEditor, tmp_path: Path) -> None:
    good = tmp_path / "ds.csv"
    good.write_text("STT,Họ và tên,Ghi chú\n1,Phạm Thị Dung,1980\n", encoding="utf-8")
    editor._set_names([])
    assert editor.import_file(str(good))
    assert editor.names() == [("Phạm Thị Dung", "1980")]
    bad = tmp_path / "bad.csv"
    bad.write_text("Họ và tên\nDung\n", encoding="utf-8")
    assert not editor.import_file(str(bad))
    box = editor.findChild(QMessageBox, "message_box")
    assert box is not None and "dòng 2" in box.text()
    assert editor.names() == [("Phạm Thị Dung", "1980")]
    box.close()


def test_a_list_without_header_asks_for_the_name_column(editor: ElectionsEditor, tmp_path: Path) -> None:
    """The unit in the first column is never taken for the names (issue 9.6): people choose the column."""
    from ui.list_column import ColumnDialog

    plain = tmp_path / "khong-tieu-de.csv"
    plain.write_text("Xã Thái Tân,Nguyễn Văn An\nXã Đông Hải,Trần Thị Bình\n", encoding="utf-8")
    editor._set_names([])
    assert not editor.import_file(str(plain))
    assert editor.names() == []
    dialog = editor.findChild(ColumnDialog, "column_dialog")
    assert dialog is not None and dialog.isVisible() and not dialog.ok.isEnabled()
    assert dialog.preview.item(0, 0).text() == "Xã Thái Tân"
    assert [dialog.column.itemText(i) for i in range(2)] == [
        "Cột A: Xã Thái Tân, Xã Đông Hải",
        "Cột B: Nguyễn Văn An, Trần Thị Bình",
    ]
    dialog.column.setCurrentIndex(1)
    assert dialog.ok.isEnabled()
    dialog.ok.click()
    assert editor.names() == [("Nguyễn Văn An", ""), ("Trần Thị Bình", "")]


def test_new_election_with_a_pool(qtbot: QtBot, editor: ElectionsEditor) -> None:
    qtbot.mouseClick(editor.new_button, Qt.MouseButton.LeftButton)
    assert editor.election_id.isEnabled() and editor.election_id.text() == "bau2"
    editor.election_id.setText("bt")
    editor.body.setCurrentIndex(editor.body.findData(Body.SECRETARY))
    editor.pool.setCurrentIndex(1)
    editor._set_names([("Lê Văn Cường", "")])
    with qtbot.assertNotEmitted(editor.election_saved):  # an election needs a title
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert "cần có tên" in editor.problems.text()
    editor.title.setText("Bầu Bí thư")
    with qtbot.waitSignal(editor.election_saved) as signal:
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    election, is_new = signal.args
    assert is_new
    assert election.body is Body.SECRETARY
    assert election.candidate_pool == CandidatePool("bch", PoolTake.ELECTED)
    assert "đồng ý / không đồng ý" in editor.problems.text()


def test_bad_election_id_is_refused(qtbot: QtBot, editor: ElectionsEditor) -> None:
    editor.new_election()
    editor.election_id.setText("bầu 1")
    with qtbot.assertNotEmitted(editor.election_saved):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert "chữ không dấu" in editor.problems.text()
