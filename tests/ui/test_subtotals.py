"""Hand-counted teams in single entry: the tally-sheet dialog, the list with voiding, the live result."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from app import congress, entry, reports, rounds
from app.demo import DEMO_PIN
from ballot.model import InvalidReason
from tests.ui.conftest import last_message, type_text
from ui.desk import Desk
from ui.dialogs import FieldsDialog
from ui.entry_page import EntryPage
from ui.subtotals import SubtotalDialog, SubtotalsModel


@pytest.fixture
def page(qtbot: QtBot, demo_desk: Desk) -> EntryPage:
    p = EntryPage(demo_desk)
    qtbot.addWidget(p)
    p.refresh(("ubkt", 2))
    return p


def test_a_typed_tally_sheet_is_recorded_and_counted_live(qtbot: QtBot, page: EntryPage, demo_desk: Desk) -> None:
    assert page.subtotal_button.isEnabled() and page.subtotal_note.text() == ""
    assert page.live is not None and page.live.result.ballots.counted == 0
    dialog = page.open_subtotal()
    assert isinstance(dialog, SubtotalDialog)
    first, second = page.live.round.candidates
    assert list(dialog.votes) == [first, second] and not dialog.disagree  # strike-out paper: no disagree column
    # the reasons are labelled in the program's own words
    assert dialog.invalid_label(InvalidReason.NOT_ISSUED) == "Không do Ban kiểm phiếu phát ra"
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    ok.click()  # no team yet: the dialog says so and stays open
    assert "Ghi tên tổ" in dialog.message.text() and dialog.isVisible()
    dialog.team.setFocus()
    type_text(dialog.team, "Tổ 3")
    dialog.ballots.setValue(118)
    dialog.invalid[InvalidReason.MARKED].setValue(1)
    dialog.votes[first].setValue(70)
    dialog.votes[second].setValue(40)
    with qtbot.waitSignal(page.data_changed):
        ok.click()
    stored = reports.subtotals(demo_desk.db, "ubkt", 2)
    assert len(stored) == 1 and stored[0].subtotal.team == "Tổ 3" and stored[0].subtotal.ballots == 118
    assert stored[0].subtotal.invalid == {InvalidReason.MARKED: 1}
    # the live result includes the team's totals at once
    result = page.live.result
    assert result.ballots.counted == 118 and result.ballots.invalid == 1
    assert {c.no: c.votes for c in result.candidates} == {first: 70, second: 40}
    assert page.results.model.rows()[0].votes == 70
    assert page.subtotals_button.text() == "Kết quả các tổ đã nhập (1)…"


def test_a_subtotal_is_voided_with_a_reason(qtbot: QtBot, page: EntryPage, demo_desk: Desk) -> None:
    from ballot.model import Subtotal

    first, _ = page.live.round.candidates  # type: ignore[union-attr]
    assert page.record_subtotal(Subtotal("Tổ 1", 10, {}, {first: 9}))
    listing = page.open_subtotals()
    assert listing is not None and listing.model.rowCount() == 1
    assert not listing.void_button.isEnabled()  # nothing chosen yet
    listing.view.selectRow(0)
    assert listing.void_button.isEnabled()
    listing.void_button.click()
    ask = listing.findChild(FieldsDialog, "fields_dialog")
    assert ask is not None
    ask.edits["reason"].setFocus()
    type_text(ask.edits["reason"], "Tổ đếm nhầm")
    with qtbot.waitSignal(page.data_changed):
        ask.accept()
    stored = reports.subtotals(demo_desk.db, "ubkt", 2)
    assert stored[0].status == "voided" and stored[0].reason == "Tổ đếm nhầm"
    assert page.live is not None and page.live.result.ballots.counted == 0
    assert listing.model.index(0, 6).data() == "Đã hủy: Tổ đếm nhầm"
    listing.view.selectRow(0)
    assert not listing.void_button.isEnabled()  # a voided row cannot be voided again
    # voiding it again through the service is refused with the program's words
    assert not page.void_subtotal(stored[0].id, "lần nữa")
    box = last_message(page)
    assert box is not None and "còn hiệu lực" in box.text()  # type: ignore[attr-defined]


def test_agree_disagree_papers_take_disagree_per_candidate(qtbot: QtBot, demo_desk: Desk) -> None:
    rounds.reopen(demo_desk.db, demo_desk.actor, "bt", 1, DEMO_PIN, "kiểm đếm tay thêm")
    page = EntryPage(demo_desk)
    qtbot.addWidget(page)
    page.refresh(("bt", 1))
    dialog = page.open_subtotal()
    assert dialog is not None
    (no,) = page.live.round.candidates  # type: ignore[union-attr]
    assert list(dialog.disagree) == [no]
    before = page.live.result.ballots.counted  # type: ignore[union-attr]
    dialog.team.setText("Tổ 5")
    dialog.ballots.setValue(3)
    dialog.votes[no].setValue(2)
    dialog.disagree[no].setValue(1)
    dialog._on_buttons_accepted()
    stored = reports.subtotals(demo_desk.db, "bt", 1)[-1].subtotal
    assert stored.votes == {no: 2} and stored.disagree == {no: 1}
    assert page.live.result.ballots.counted == before + 3  # type: ignore[union-attr]


def test_entry_modes_2_and_3_send_subtotals_to_the_teams_tab(qtbot: QtBot, demo_desk: Desk) -> None:
    congress.set_entry_mode(demo_desk.db, demo_desk.actor, 2, DEMO_PIN)
    page = EntryPage(demo_desk)
    qtbot.addWidget(page)
    page.refresh(("ubkt", 2))
    assert not page.subtotal_button.isEnabled()
    assert "6. Tổ kiểm phiếu" in page.subtotal_note.text()
    assert page.subtotal_button.toolTip() == page.subtotal_note.text()


def test_finalized_rounds_take_no_subtotal(qtbot: QtBot, demo_desk: Desk) -> None:
    page = EntryPage(demo_desk)
    qtbot.addWidget(page)
    page.refresh(("bch", 1))
    assert not page.subtotal_button.isEnabled() and "đã chốt" in page.subtotal_note.text()


def test_subtotals_model_passes_the_model_tester(qtmodeltester: object, demo_desk: Desk) -> None:
    from ballot.model import Subtotal

    model = SubtotalsModel()
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    sid = entry.record_subtotal(
        demo_desk.db, demo_desk.actor, "ubkt", 2, Subtotal("Tổ 2", 5, {InvalidReason.MARKED: 2}, {})
    )
    entry.record_subtotal(demo_desk.db, demo_desk.actor, "ubkt", 2, Subtotal("Tổ 4", 6, {}, {}))
    entry.void_subtotal(demo_desk.db, demo_desk.actor, sid, "nhầm")
    model.set_rows(reports.subtotals(demo_desk.db, "ubkt", 2))
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert [model.index(r, 1).data() for r in range(2)] == ["Tổ 2", "Tổ 4"]
    assert model.index(0, 3).data() == 2 and model.index(1, 6).data() == "Còn hiệu lực"
