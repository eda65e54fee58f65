"""The whole congress in the window (issue 12 B), offscreen: a congress electing its secretary directly — committee
15 of 18 → nomination ballot from the 15 elected (a tie the head settles) → the secretary elected on the proposed
name → minutes of each — with every pool picked, never retyped. Then the list tab's other actions: withdrawals with
the congress's vote, the pause, a source reopened, unsaved changes, dates, locked lists."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app import reports, rounds
from app.minutes import render_pdf
from ballot.model import CongressKind, CongressLevel, ElectionKind, PoolTake
from tests.ui.conftest import type_text
from ui.congress_steps import HeadChoiceDialog, PoolPickDialog, SequenceDialog, WithdrawalDialog, set_combo_level
from ui.congress_view import CongressView
from ui.main_window import MainWindow
from ui.new_congress import NewCongressDialog

PIN = "246813"
NAMES = [
    "Nguyễn Văn An",
    "Trần Thị Bình",
    "Lê Văn Cường",
    "Phạm Thị Dung",
    "Hoàng Văn Em",
    "Vũ Thị Giang",
    "Đặng Văn Hải",
    "Bùi Thị Hoa",
    "Đỗ Văn Hùng",
    "Hồ Thị Lan",
    "Ngô Văn Long",
    "Dương Thị Mai",
    "Lý Văn Nam",
    "Phan Thị Oanh",
    "Trịnh Văn Phúc",
    "Mai Thị Quỳnh",
    "Tạ Văn Sơn",
    "Lương Thị Thu",
]


def click(qtbot: QtBot, button: object) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_ballots(qtbot: QtBot, view: CongressView, *lines: str) -> None:
    line = view.entry.entry.line
    for typed in lines:
        line.setFocus()
        qtbot.keyClicks(line, typed)
        qtbot.keyClick(line, Qt.Key.Key_Return)
        if line.text() and "Nhấn Enter lần nữa" in view.entry.entry.status.text():
            qtbot.keyClick(line, Qt.Key.Key_Return)  # a big stack or an invalid ballot, confirmed by a second Enter
        assert line.text() == "", view.entry.entry.status.text()


def counts(qtbot: QtBot, view: CongressView, election_id: str, n: int) -> None:
    view.setCurrentWidget(view.entry)
    view.entry.chooser.choose(election_id, 1)
    assert view.entry.chooser.current() == (election_id, 1)
    assert view.entry.present.value() == 120  # carried from the congress
    view.entry.issued.setValue(n)
    view.entry.collected.setValue(n)
    click(qtbot, view.entry.save_counts_button)


def pick_and_save(qtbot: QtBot, view: CongressView, election_id: str) -> list[str]:
    """Selects the election on the list tab, picks its list from the pool (all ticked), saves; the names."""
    view.setCurrentWidget(view.elections)
    editor = view.elections
    row = [e.id for e in reports.data(view.desk.db).elections].index(election_id)
    editor.elections.setCurrentRow(row)
    assert editor.election().id == election_id and editor.pick_button.isEnabled()
    dialog = editor.open_pick()
    assert isinstance(dialog, PoolPickDialog)
    dialog.accept()
    names = [n for n, _ in editor.names()]
    click(qtbot, editor.save_button)
    assert [c.name for c in reports.data(view.desk.db).election(election_id).candidates] == names
    return names


@pytest.mark.slow
def test_a_congress_electing_its_secretary_directly(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KIEMPHIEU_DATA_DIR", str(tmp_path / "data"))
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()

    # 1. a grassroots congress of 120, its head and PIN
    dialog = NewCongressDialog(window)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(tmp_path / "thai-tan.kiemphieu"))
    for edit, text in (
        (dialog.organization, "Đảng bộ xã Thái Tân"),
        (dialog.title, "Đại hội đại biểu Đảng bộ xã Thái Tân lần thứ XXV"),
        (dialog.head, "Trần Văn Hòa"),
    ):
        edit.setFocus()
        type_text(edit, text)
    dialog.kind.setCurrentIndex(dialog.kind.findData(CongressKind.DELEGATES))
    set_combo_level(dialog.level, CongressLevel.GRASSROOTS)
    dialog.summoned.setValue(120)
    qtbot.keyClicks(dialog.pin, PIN)
    qtbot.keyClicks(dialog.pin_again, PIN)
    assert dialog.problem() == ""
    assert window.create_congress(dialog.value())
    view = window.view
    assert isinstance(view, CongressView)
    assert reports.data(view.desk.db).congress.level is CongressLevel.GRASSROOTS

    # 2. the usual elections proposed by its kind: committee → nomination ballot → secretary by the congress
    view.setCurrentWidget(view.elections)
    editor = view.elections
    sequence = editor.open_sequence()
    assert isinstance(sequence, SequenceDialog)
    click(qtbot, sequence.direct)
    assert sequence.chosen() == {"bch", "gtbt", "bt"}
    sequence.buttons.accepted.emit()  # no number for the committee yet: refused with the reason
    assert "Ban Chấp hành" in sequence.message.text() and sequence.isVisible()
    seats = sequence.table.cellWidget(0, 2)
    seats.setValue(15)  # type: ignore[union-attr]
    sequence.buttons.accepted.emit()
    made = reports.data(view.desk.db).elections
    assert [(e.id, e.kind, e.seats) for e in made] == [
        ("bch", ElectionKind.ELECTION, 15),
        ("gtbt", ElectionKind.NOMINATION, 1),
        ("bt", ElectionKind.ELECTION, 1),
    ]
    assert made[2].candidate_pool is not None and made[2].candidate_pool.take is PoolTake.PROPOSED
    assert editor.election().id == "bch"

    # 3. the committee's 18 names from the convening committee's list, saved; 120 ballots typed
    listing = tmp_path / "danh-sach.csv"
    with listing.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["Họ và tên", "Ghi chú"])
        w.writerows([n, str(1965 + i)] for i, n in enumerate(NAMES, 1))
    assert editor.import_file(str(listing))
    click(qtbot, editor.save_button)
    assert len(reports.data(view.desk.db).election("bch").candidates) == 18
    counts(qtbot, view, "bch", 120)
    type_ballots(qtbot, view, "16 17 18*100", "1 17 18*15", "5 16 17 18*3", "/3*2")
    view.results.finalize(("bch", 1), PIN)
    bch = next(r for r in reports.results(view.desk.db) if r.election == "bch")
    assert sorted(bch.elected) == list(range(1, 16))

    # 4. the nomination ballot: its list picked from the 15 elected; a tie the head settles
    assert pick_and_save(qtbot, view, "gtbt") == NAMES[:15]
    counts(qtbot, view, "gtbt", 120)
    type_ballots(qtbot, view, "3*57", "5*57")
    entry = view.entry.entry
    line = entry.line
    qtbot.keyClicks(line, "3 5*2")  # two names where one may be written: red before Enter, then a second Enter
    assert "KHÔNG HỢP LỆ" in entry.status.text() and "#b00020" in entry.status.styleSheet()
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert line.text() == "3 5*2" and "Enter lần nữa" in entry.status.text()
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert line.text() == ""
    qtbot.keyClicks(line, "+1")  # a name outside the pool
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.keyClick(line, Qt.Key.Key_Return)
    type_ballots(qtbot, view, "0*3")
    view.setCurrentWidget(view.results)
    view.results.refresh(("gtbt", 1))
    assert view.results.choice_button.isVisible()
    choice = view.results.open_choice()
    assert isinstance(choice, HeadChoiceDialog)
    boxes = dict(choice.boxes)
    ok = choice.buttons.button(choice.buttons.StandardButton.Ok)
    assert not ok.isEnabled()  # the head ticks exactly as many as there are places
    boxes[3].setChecked(True)
    assert ok.isEnabled()
    qtbot.keyClicks(choice.pin, PIN)
    click(qtbot, ok)
    result = next(r for er in reports.results(view.desk.db) if er.election == "gtbt" for r in er.rounds)
    assert result.outcome.proposed == (3,)  # type: ignore[union-attr]
    assert "Trần Văn Hòa" in view.results.panel.banner.text()
    view.results.finalize(("gtbt", 1), PIN)

    # 5. the secretary, elected by the whole congress on the proposed name
    assert pick_and_save(qtbot, view, "bt") == ["Lê Văn Cường"]
    counts(qtbot, view, "bt", 120)
    type_ballots(qtbot, view, "1*110", "2*8", "3*2")
    view.results.finalize(("bt", 1), PIN)
    assert next(r for r in reports.results(view.desk.db) if r.election == "bt").elected == (1,)

    # 6. the minutes of each, as the window prints them
    view.setCurrentWidget(view.minutes)
    for election_id in ("bch", "gtbt", "bt"):
        m = view.minutes.minutes_of(election_id, 1)
        assert not m.draft and render_pdf(m).startswith(b"%PDF")
    nomination = view.minutes.minutes_of("gtbt", 1)
    assert nomination.nomination and [r.name for r in nomination.elected] == ["Lê Văn Cường"]
    assert nomination.outcome[-1].startswith("Trưởng ban kiểm phiếu, đồng chí Trần Văn Hòa, đã lựa chọn")
    assert reports.verify(view.desk.db).ok

    # 7. the committee's result reopened: the elections drawing on it say so
    rounds.reopen(view.desk.db, view.desk.actor, "bch", 1, PIN, "Kiểm tra lại")
    view.setCurrentWidget(view.elections)
    view.elections.reload("gtbt")
    assert "ĐÃ MỞ KHÓA LẠI" in view.elections.pool_label.text()
    window.close_congress()


@pytest.fixture
def view(qtbot: QtBot, tmp_path: Path) -> CongressView:
    """A grassroots congress with a committee of 3 of 5 (names typed in the fixture), on the list tab."""
    from app import congress, elections
    from app.db import Actor
    from ballot.model import Body, Candidate, Congress, Election, Electorate
    from ui.desk import Desk

    actor = Actor("máy-1", "Lan")
    c = Congress("Đảng bộ xã X", "Đại hội", "2025–2030", CongressKind.DELEGATES, Electorate(50), 48)
    db = congress.create(tmp_path / "x.kiemphieu", c, actor, head_pin=PIN)
    people = tuple(Candidate(i, n) for i, n in enumerate(NAMES[:5], 1))
    elections.add(db, actor, Election("bch", "Bầu Ban Chấp hành", Body.COMMITTEE, 3, people))
    v = CongressView(Desk(db, actor))
    qtbot.addWidget(v)
    v.resize(1366, 768)
    v.show()
    v.setCurrentWidget(v.elections)
    yield v
    db.close()


def test_withdrawals_are_recorded_on_the_list_tab_with_the_vote(qtbot: QtBot, view: CongressView) -> None:
    editor = view.elections
    dialog = editor.open_withdrawal()
    assert isinstance(dialog, WithdrawalDialog)
    dialog.person.setCurrentIndex(4)
    type_text(dialog.reason, "Sức khỏe")
    dialog.agree.setValue(40)
    dialog.disagree.setValue(5)
    assert "Cần từ 25 phiếu" in dialog.status.text() and "được rút" in dialog.status.text()
    dialog.accept()
    e = reports.data(view.desk.db).election("bch")
    assert e.withdrawals[0].no == 5 and e.withdrawals[0].reason == "Sức khỏe"
    assert e.rounds[0].candidates == (1, 2, 3, 4)  # left the ballot
    assert editor.withdrawals.table.rowCount() == 1
    assert editor.withdrawals.table.item(0, 3).text() == "được rút"
    assert editor.candidates.item(4, 0).font().strikeOut()  # shown struck on the list
    assert "(1)" in editor.list_tabs.tabText(1)
    editor.withdrawals.table.selectRow(0)
    click(qtbot, editor.withdrawals.remove_button)
    assert reports.data(view.desk.db).election("bch").rounds[0].candidates == (1, 2, 3, 4, 5)
    assert [r.action for r in reports.log(view.desk.db)].count("election.withdrawals") == 2
    # the list's minutes quote the request and the vote
    from app import withdrawals

    withdrawals.set_withdrawals(view.desk.db, view.desk.actor, "bch", (dialog.value(),))
    m = view.minutes.minutes_of("bch", 1)
    assert m.withdrawals and "40 đồng ý, 5 không đồng ý" in m.withdrawals[0]


def test_the_pause_is_recorded_shown_and_resumed(qtbot: QtBot, view: CongressView) -> None:
    editor = view.elections
    assert editor.pause_button.isEnabled()
    click(qtbot, editor.pause_button)
    from ui.congress_steps import PauseDialog

    dialog = next(d for d in editor.findChildren(PauseDialog) if d.isVisible())
    dialog._on_accepted()
    assert "quyết định" in dialog.message.text()  # who decided is needed
    type_text(dialog.by, "Ban Chấp hành khóa mới")
    type_text(dialog.intended, "Lê Văn A")
    dialog._on_accepted()
    assert reports.data(view.desk.db).election("bch").pause is not None
    assert "TẠM DỪNG" in editor.pause_label.text() and editor.elections.item(0).text().startswith("[Tạm dừng]")
    assert editor.pause_button.text() == "Tiếp tục bầu…"
    assert editor.resume("Ban Thường vụ Huyện ủy", "Đồng ý")
    assert "Đã tiếp tục" in editor.pause_label.text()


def test_unsaved_changes_dates_titles_and_locked_lists(qtbot: QtBot, view: CongressView) -> None:
    editor = view.elections
    assert not editor.unsaved_changes()
    editor.title.setText("Bầu Ban Chấp hành khóa mới")
    assert editor.unsaved_changes()
    editor.discard_changes()
    assert editor.title.text() == "Bầu Ban Chấp hành" and not editor.unsaved_changes()
    editor.title.setText("Bầu BCH khóa XXV")
    assert editor.save_changes() and reports.data(view.desk.db).election("bch").title == "Bầu BCH khóa XXV"
    editor.title.setText("")
    assert not editor.save_changes() and "cần có tên" in editor.problems.text()
    editor.discard_changes()
    # switching to another election with changes typed asks first
    editor.new_election()
    editor.title.setText("Bầu thử")
    editor._on_elections_current_row_changed(0)
    box = next(b for b in editor.findChildren(QMessageBox, "election_unsaved_box") if b.isVisible())
    assert editor.title.text() == "Bầu thử"
    stay = next(b for b in box.buttons() if b.text() == "Ở lại")
    stay.click()
    assert editor.title.text() == "Bầu thử"
    editor.discard_changes()
    # the congress form: a date typed as dd/mm/yyyy, stored as ISO, shown again as typed
    form = view.congress_form
    form.date.setText("20/6/2025")
    assert form.unsaved_changes()
    assert form.save_changes()
    assert reports.data(view.desk.db).congress.date == "2025-06-20" and form.date.text() == "20/06/2025"
    form.date.setText("31/02/2025")
    assert not form.save_changes() and "Ngày đại hội chưa đúng" in form.message.text()
    form.discard_changes()
    assert form.date.text() == "20/06/2025" and not form.unsaved_changes()
    # a list with ballots: every control that edits it is disabled and the reason shown
    from app import entry
    from ballot.model import StruckBallot

    rounds.set_counts(view.desk.db, view.desk.actor, "bch", 1, ballots_issued=1, ballots_collected=1, present=48)
    entry.record_ballot(view.desk.db, view.desk.actor, "bch", 1, StruckBallot(frozenset({1, 2})))
    editor.reload("bch")
    assert "đã có phiếu" in editor.locked_label.text()
    for w in (editor.add_button, editor.save_button, editor.seats, editor.pool, editor.title, editor.pause_button):
        assert not w.isEnabled()
    assert not editor.unsaved_changes()
