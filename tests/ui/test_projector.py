"""The projector in the hall: each finalized round's result in large type, one after another at the head's command,
nothing but progress before a round is finalized; readable at 1366×768 and on a 1920×1080 projector."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app import reports
from app.minutes import minutes_for
from ui.desk import Desk
from ui.projector import SMALLEST, ProjectorWindow


@pytest.fixture
def ws(demo_desk: Desk) -> Desk:
    return demo_desk


def shown(window: ProjectorWindow) -> str:
    return window.body.text()


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_a_finalized_round_in_large_type(qtbot: QtBot, ws: Desk, size: tuple[int, int]) -> None:
    window = ProjectorWindow(ws, "bch", 1)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    m = minutes_for(reports.data(ws.db), "bch", 1, finalized=True)
    text = shown(window)
    for r in m.elected:  # all fifteen on one page, with votes and %
        assert r.name in text and r.percent in text
    px, cols, rows = window._fit()
    assert px >= 24 and cols * rows >= len(m.elected)
    assert window._pages() == 1
    assert "đã chốt" in window.state.text()
    grab = window.grab()
    assert (grab.width(), grab.height()) == size


def test_one_round_after_another_at_the_heads_command(qtbot: QtBot, ws: Desk) -> None:
    """Demo: bch 1, bt 1, ubkt 1 finalized; ubkt 2 waits for ballots; dbct 1, dbdk 1 finalized."""
    window = ProjectorWindow(ws, "bch", 1)
    qtbot.addWidget(window)
    seen = []
    window.round_shown.connect(lambda e, r: seen.append((e, r)))
    for _ in range(6):
        qtbot.keyClick(window, Qt.Key.Key_Right)
    assert seen == [("bt", 1), ("ubkt", 1), ("dbct", 1), ("dbdk", 1)]  # ubkt 2 is skipped, the end stays
    assert window.key == ("dbdk", 1)
    qtbot.keyClick(window, Qt.Key.Key_Left)
    qtbot.keyClick(window, Qt.Key.Key_PageUp)
    assert window.key == ("ubkt", 1)
    assert "còn thiếu" in shown(window)  # the shortfall is said in words


def test_nothing_before_the_round_is_finalized(qtbot: QtBot, ws: Desk) -> None:
    window = ProjectorWindow(ws, "ubkt", 2)
    qtbot.addWidget(window)
    names = [c.name for c in reports.data(ws.db).election("ubkt").candidates]
    assert window.minutes is None
    assert not any(name in shown(window) for name in names)
    assert "Đang kiểm phiếu" in window.state.text()
    window.show_next()
    assert window.key == ("dbct", 1) and window.minutes is not None


def test_a_long_list_pages_at_the_smallest_readable_size(
    qtbot: QtBot, ws: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = ProjectorWindow(ws, "bch", 1)
    qtbot.addWidget(window)
    window.resize(800, 450)
    window.show()
    qtbot.waitExposed(window)
    m = window.minutes
    assert m is not None
    many = tuple(m.elected) * 12  # 180 names
    from dataclasses import replace

    window.minutes = replace(m, elected=many)
    pages = window._pages()
    assert pages > 1 and window._fit()[0] == SMALLEST
    window._render()
    for _ in range(pages - 1):
        window.show_next()
    assert window.page == pages - 1 and window.key == ("bch", 1)
    assert f"trang {pages}/{pages}" in window.hint.text()
