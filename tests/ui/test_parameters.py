"""The congress's own rule parameters on the congress tab: defaults shown, saved, back to defaults, locked."""

from __future__ import annotations

from collections.abc import Iterator
from fractions import Fraction
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app import congress as congress_svc
from app import reports
from app.db import Actor
from ballot.model import CongressKind, Electorate
from ballot.rulesets import QD190, Parameters
from tests.ui.conftest import last_message
from ui.congress_view import CongressView
from ui.desk import Desk
from ui.parameters import ParametersBox


@pytest.fixture
def fresh_ws(tmp_path: Path) -> Iterator[Desk]:
    from ballot.model import Congress

    congress = Congress("Chi bộ A", "Đại hội chi bộ A", "2025–2030", CongressKind.MEMBERS, Electorate(9), attending=9)
    who = Actor("m1", "An")
    desk = Desk(congress_svc.create(tmp_path / "a.kiemphieu", congress, who, head_pin="202530"), who)
    yield desk
    desk.close()


def test_the_box_shows_the_rule_sets_defaults(qtbot: QtBot) -> None:
    box = ParametersBox()
    qtbot.addWidget(box)
    box.set_parameters(QD190.parameters, None, "Quyết định số 190-QĐ/TW")
    assert box.title() == "Quy chế do Đại hội thông qua"
    assert box.surplus_cap.value() == 30 and box.opinion.value() == 30
    assert box.rounding.currentData() == "floor" and box.small_body_cap.value() == 1
    assert not box.tie_majority.isChecked()
    assert box.hints["surplus_cap"].text() == "mặc định 30%"
    assert box.hints["small_body"].text() == "cơ quan 3–5 người; mặc định 1"
    assert "190-QĐ/TW" in box.status.text()
    assert box.parameters() is None  # unchanged: the rule set's own


def test_own_parameters_are_saved_and_shown(qtbot: QtBot, fresh_ws: Desk) -> None:
    view = CongressView(fresh_ws)
    qtbot.addWidget(view)
    box = view.parameters_box
    box.surplus_cap.setValue(25.5)
    box.rounding.setCurrentIndex(1)
    box.small_body_cap.setValue(2)
    box.opinion.setValue(40)
    box.tie_majority.setChecked(True)
    box.save_button.click()
    saved = reports.parameters(fresh_ws.db)
    assert saved == Parameters(
        surplus_cap=Fraction(255, 1000),
        surplus_rounding="half_up",
        small_body_cap=2,
        opinion_threshold=Fraction(2, 5),
        tie_break_needs_majority=True,
    )
    assert "quy chế riêng" in box.status.text()
    assert box.surplus_cap.value() == 25.5  # reloaded from the database
    assert reports.log(fresh_ws.db)[-1].action == "parameters"
    box.defaults_button.click()
    assert reports.parameters(fresh_ws.db) is None and box.surplus_cap.value() == 30
    assert "đúng các con số" in box.status.text()


def test_parameters_are_refused_once_a_round_is_finalized(qtbot: QtBot, demo_desk: Desk) -> None:
    view = CongressView(demo_desk)
    qtbot.addWidget(view)
    view.parameters_box.opinion.setValue(50)
    assert not view.save_parameters(view.parameters_box.parameters())
    box = last_message(view)
    assert box is not None and "không thể đổi tham số" in box.text()  # type: ignore[attr-defined]
    assert reports.parameters(demo_desk.db) is None and view.parameters_box.opinion.value() == 30
