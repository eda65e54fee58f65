"""The results table model, the outcome banner, finalize/reopen and the next round."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app import reports
from app.demo import DEMO_PIN
from ballot.election import tally_all
from ballot.model import Body, Candidate, Congress, CongressKind, Election, ElectionData, Electorate, Purpose, Round
from ballot.model import StruckBallot as S
from tests.ui.conftest import last_message
from ui.desk import Desk
from ui.models import SORT_ROLE, ResultsTableModel
from ui.results import NextRoundDialog, ResultsPanel
from ui.results_page import ResultsPage

CONGRESS = Congress("Chi bộ A", "Đại hội chi bộ A", "2025–2030", CongressKind.MEMBERS, Electorate(5), attending=5)


def tie_result():  # type: ignore[no-untyped-def]
    """3 names for 2 seats, base 5: An 4, Bình 3, Cường 3 — Bình and Cường tie for the last seat."""
    people = (Candidate(1, "Nguyễn Văn An"), Candidate(2, "Trần Thị Bình"), Candidate(3, "Lê Văn Cường"))
    ballots = (S(frozenset({3})), S(frozenset({3})), S(frozenset({2})), S(frozenset({2})), S(frozenset({1})))
    election = Election("bch", "Bầu BCH", Body.OTHER, 2, people, (Round(1, 2, (1, 2, 3), 5, 5, ballots),))
    data = ElectionData("qd190-2024", CONGRESS, (election,))
    return election, tally_all(data)[0].rounds


def test_results_model_passes_the_model_tester(qtmodeltester: object) -> None:
    _, rounds = tie_result()
    model = ResultsTableModel()
    model.set_rows(rounds[0].candidates)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.rowCount() == 3
    assert model.index(0, 3).data() == 4
    assert model.index(0, 4).data() == "80,00%"
    assert [model.index(r, 6).data() for r in range(3)] == ["Trúng cử", "Bằng phiếu", "Bằng phiếu"]
    assert model.index(1, 0).data(SORT_ROLE) < model.index(2, 0).data(SORT_ROLE)
    assert model.headerData(3, Qt.Orientation.Horizontal) == "Số phiếu"
    name = model.index(0, 2).data()
    assert model.index(0, 2).data(Qt.ItemDataRole.ToolTipRole) == name  # the whole name where the column cuts it
    assert model.index(0, 3).data(Qt.ItemDataRole.ToolTipRole) is None


def test_tie_banner_and_next_round_defaults(qtbot: QtBot) -> None:
    election, rounds = tie_result()
    panel = ResultsPanel()
    qtbot.addWidget(panel)
    panel.set_result(rounds[0], finalized=True)
    assert panel.banner.text().startswith("ĐÃ KHÓA. BẰNG PHIẾU: 2 người (Trần Thị Bình, Lê Văn Cường)")
    assert "cho 1 chỗ còn lại" in panel.banner.text()
    assert "cơ sở tính 5" in panel.summary.text() and "Cần ít nhất 3 phiếu" in panel.summary.text()
    assert panel.next_round_button.isEnabled() and panel.reopen_button.isEnabled()
    dialog = NextRoundDialog(None, election, rounds)
    qtbot.addWidget(dialog)
    assert dialog.purpose.currentData() == Purpose.TIE_BREAK
    assert dialog.seats.value() == 1 and dialog.chosen() == (2, 3)
    dialog.purpose.setCurrentIndex(0)
    assert dialog.chosen() == (2, 3) and dialog.seats.value() == 1
    dialog.decided_by.setText("")
    dialog._on_buttons_accepted()
    assert "Ghi rõ ai quyết định" in dialog.message.text()


def test_model_in_the_table_with_qtmodeltester_after_reset(qtmodeltester: object) -> None:
    _, rounds = tie_result()
    model = ResultsTableModel()
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    model.set_rows(rounds[0].candidates, show_disagree=True)
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_finalize_reopen_and_next_round(qtbot: QtBot, demo_desk: Desk) -> None:
    page = ResultsPage(demo_desk)
    qtbot.addWidget(page)
    page.refresh(("ubkt", 1))
    assert page.panel.banner.text().startswith("ĐÃ KHÓA. THIẾU: mới có 4 người trúng cử, còn 1 chỗ.")
    assert "Dấu kiểm tra (SHA-256)" in page.seal.text()
    # a later round exists, so no further round can be set up from round 1
    assert not page.panel.next_round_button.isEnabled()
    page.refresh(("dbdk", 1))
    page.reopen(("dbdk", 1), "000000", "thử")
    box = last_message(page)
    assert box is not None and "Mã PIN của trưởng ban không đúng" in box.text()
    box.close()
    page.reopen(("dbdk", 1), DEMO_PIN, "Kiểm tra lại phiếu")
    assert not reports.round_status(demo_desk.db, "dbdk", 1).finalized
    assert page.panel.finalize_button.isEnabled()
    page.finalize(("dbdk", 1), DEMO_PIN)
    assert reports.round_status(demo_desk.db, "dbdk", 1).finalized
    # a round the congress decided: recorded with who decided
    page.reopen(("ubkt", 2), DEMO_PIN, "x")  # not finalized: refused with a message
    box = last_message(page)
    assert box is not None and "chưa chốt" in box.text()
    box.close()


def test_starting_a_round_records_the_decision(qtbot: QtBot, demo_desk: Desk) -> None:
    from ballot.model import Decision

    page = ResultsPage(demo_desk)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.round_started) as signal:
        page.start_round("bt", 1, (1,), Purpose.ELECTION, Decision("Đoàn Chủ tịch", "thử"))
    assert signal.args == ["bt", 2]
    rnd = reports.data(demo_desk.db).election("bt").rounds[1]
    assert rnd.decision is not None and rnd.decision.by == "Đoàn Chủ tịch"


def test_models_survive_many_empty_answers() -> None:
    """PySide6 6.12 on Python 3.11 drops a reference to None per None a model returns; ui shields None."""
    import sys

    import ui
    from ui.models import BallotPaperModel, PaperRow

    _, rounds = tie_result()
    results = ResultsTableModel()
    results.set_rows(rounds[0].candidates)
    paper = BallotPaperModel()
    paper.set_rows((PaperRow(1, "Nguyễn Văn An"),), marking=False)
    if sys.version_info < (3, 12):
        assert sys.getrefcount(None) > ui.SHIELD
    for _ in range(20_000):  # more than None's own references: without the shield the interpreter aborts
        results.index(2, 0).data(Qt.ItemDataRole.DecorationRole)
        paper.index(0, 0).data(Qt.ItemDataRole.DecorationRole)


def test_while_ballots_are_still_being_entered_the_outcome_is_provisional(qtbot: QtBot) -> None:
    """2 of 5 collected ballots entered: no 'shortfall' alarm and no next round yet, only the progress."""
    people = (Candidate(1, "Nguyễn Văn An"), Candidate(2, "Trần Thị Bình"), Candidate(3, "Lê Văn Cường"))
    ballots = (S(frozenset({3})), S(frozenset({2})))
    election = Election("bch", "Bầu BCH", Body.OTHER, 2, people, (Round(1, 2, (1, 2, 3), 5, 5, ballots),))
    result = tally_all(ElectionData("qd190-2024", CONGRESS, (election,)))[0].rounds[0]
    panel = ResultsPanel()
    qtbot.addWidget(panel)
    panel.set_result(result)
    assert panel.banner.text().startswith("Đang kiểm: 2/5 phiếu — kết quả tạm thời")
    assert "THIẾU" not in panel.banner.text()
    assert not panel.next_round_button.isEnabled()
    statuses = [panel.model.index(r, 6).data() for r in range(3)]
    assert "Trúng cử" not in statuses and "Bằng phiếu" not in statuses
