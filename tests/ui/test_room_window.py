"""The counting room's window: keys (Enter on a focused button, Alt+1…6), Qt's own strings in Vietnamese and the
English window free of Vietnamese, the online warning and its record, unsaved pages asked about, a big stack and
the problems banner."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtNetwork import QNetworkInformation
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTabBar,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app import reports
from app.demo import CONGRESS
from app.entry import Limit, Room
from app.entry_parse import EntrySpec
from ballot.model import Form, StruckBallot
from tests.ui.conftest import type_text
from ui import network
from ui.banners import ProblemsBanner, standing
from ui.entry import BallotEntryWidget
from ui.main_window import MainWindow
from ui.models import PaperRow
from ui.resources import install_language


class FakeNetwork(QObject):
    """What the computer says of its network, driven by the test."""

    reachabilityChanged = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.now = QNetworkInformation.Reachability.Disconnected

    def reachability(self) -> object:
        return self.now

    def go(self, now: object) -> None:
        self.now = now  # type: ignore[assignment]
        self.reachabilityChanged.emit(now)


@pytest.fixture
def online(monkeypatch: pytest.MonkeyPatch) -> FakeNetwork:
    source = FakeNetwork()
    monkeypatch.setattr(network, "backend", lambda: source)
    return source


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    monkeypatch.setenv("KIEMPHIEU_DATA_DIR", str(tmp_path / "data"))
    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    yield w
    w.close_congress()


def test_enter_presses_the_focused_button_of_the_start_page_and_alt_numbers_switch_tabs(
    qtbot: QtBot, window: MainWindow
) -> None:
    with qtbot.waitSignal(window.start.demo_requested):
        qtbot.keyClick(window.start.demo_button, Qt.Key.Key_Return)  # the demo opens
    for dialog in window.findChildren(QWidget, "operator_dialog"):
        dialog.close()
    view = window.view
    assert view is not None
    with qtbot.waitActive(window):  # activation is an event of its own: the dialog gave the window back
        window.activateWindow()
    for n in (3, 6, 1):
        qtbot.keyClick(view.currentWidget(), Qt.Key(Qt.Key.Key_0 + n), Qt.KeyboardModifier.AltModifier)
        assert view.currentIndex() == n - 1
    assert "Alt+1 … Alt+6" in __import__("ui.keys").keys.shortcuts_text()


def test_qt_own_strings_are_vietnamese_in_the_vietnamese_window(qtbot: QtBot) -> None:
    """Qt ships no Vietnamese: the project's qtbase_vi translates its buttons, dialogs and text menus."""
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok
        | QDialogButtonBox.StandardButton.Cancel
        | QDialogButtonBox.StandardButton.Save
        | QDialogButtonBox.StandardButton.Open
    )
    qtbot.addWidget(box)
    assert sorted(b.text().replace("&", "") for b in box.buttons()) == ["Lưu", "Mở", "Thôi", "Đồng ý"]
    edit = QLineEdit()
    qtbot.addWidget(edit)
    menu = edit.createStandardContextMenu()
    texts = [a.text().replace("&", "").split("\t")[0] for a in menu.actions() if a.text()]  # "Dán\tCtrl+V"
    assert "Dán" in texts and "Chọn tất cả" in texts
    install_language("en")
    english = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(english)
    assert sorted(b.text() for b in english.buttons()) == ["Cancel", "OK"]


VIETNAMESE = re.compile("[ăâđêôơưĂÂĐÊÔƠƯ\u0300\u0301\u0303\u0309\u0323]")


def _texts(root: QWidget) -> list[str]:
    """Every text a person can read in a widget tree: labels, buttons, tabs, table headers and cells."""
    out: list[str] = []
    for w in [root, *root.findChildren(QWidget)]:
        if isinstance(w, QLabel | QAbstractButton):
            out.append(w.text())
        if isinstance(w, QLineEdit):
            out.append(w.placeholderText())
        if isinstance(w, QTabBar):
            out += [w.tabText(i) for i in range(w.count())]
        if isinstance(w, QTableView) and w.model() is not None:
            m = w.model()
            out += [str(m.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(m.columnCount())]
            out += [
                str(m.index(r, c).data() or "") for r in range(min(m.rowCount(), 30)) for c in range(m.columnCount())
            ]
    return out


def test_the_english_window_has_no_vietnamese_outside_names(qtbot: QtBot, window: MainWindow) -> None:
    """Every tab of the demo in English: once the congress's own data (names, titles, places) is taken out, no
    Vietnamese letter is left — Qt's own strings, the program's, and the catalogue's words alike."""
    assert window.open_demo()
    assert window.desk is not None
    window.set_language("en")
    view = window.view
    assert view is not None
    data = reports.data(window.desk.db)
    names = {CONGRESS.organization, CONGRESS.title, CONGRESS.place, CONGRESS.term}
    names |= {m.name for m in CONGRESS.counting_committee}
    names |= {e.reason for e in CONGRESS.electorate.exclusions}
    for e in data.elections:
        names.add(e.title)
        names |= {c.name for c in e.candidates}
        names |= {f"{c.name} ({c.note})" for c in e.candidates}
    names |= {"190-QĐ/TW", "244-QĐ/TW"}  # the regulation's number, as it is cited in any language
    names |= {window.desk.actor.operator, window.desk.actor.station}
    found: dict[str, set[str]] = {}
    for i in range(view.count()):
        view.setCurrentIndex(i)
        if i == 4:
            continue  # the minutes: a Vietnamese document by design (the minutes are always in Vietnamese)
        for text in _texts(view.currentWidget()) + _texts(window.statusBar()):
            rest = text
            for name in sorted(names, key=len, reverse=True):
                rest = rest.replace(name, "")
            if VIETNAMESE.search(unicodedata.normalize("NFD", rest)):
                found.setdefault(view.tabText(i), set()).add(text)
    assert found == {}


def test_the_online_warning_shows_and_each_change_is_recorded_once(
    qtbot: QtBot, online: FakeNetwork, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KIEMPHIEU_DATA_DIR", str(tmp_path / "data"))
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.network_banner.isHidden()
    online.go(QNetworkInformation.Reachability.Online)
    assert window.network_banner.isVisible() and "ĐANG NỐI MẠNG (có Internet)" in window.network_banner.text()
    assert window.open_demo()
    assert window.desk is not None
    log = reports.log(window.desk.db)
    assert [e.action for e in log].count("network") == 1 and log[-1].action in ("network", "operator.chosen")
    online.go(QNetworkInformation.Reachability.Online)  # no change: nothing more
    online.go(QNetworkInformation.Reachability.Site)
    online.go(QNetworkInformation.Reachability.Disconnected)
    assert window.network_banner.isHidden()
    states = [e.event.state.value for e in reports.log(window.desk.db) if e.action == "network"]  # type: ignore[union-attr]
    assert states == ["online", "site", "disconnected"]
    window.close_congress()
    # on a shared PostgreSQL server the LAN is expected: a quiet note, the Internet still warned about
    window.network_banner.show_state(network.NetworkState.SITE, shared_server=True)
    assert "đúng như dự kiến" in window.network_banner.text()
    window.network_banner.show_state(network.NetworkState.ONLINE, shared_server=True)
    assert "INTERNET" in window.network_banner.text()


def test_unsaved_changes_are_asked_about_on_leaving_a_tab_and_on_closing(qtbot: QtBot, window: MainWindow) -> None:
    """Stay keeps the page and what was typed; Don't save puts back what is stored; Save records it."""
    assert window.open_demo()
    view = window.view
    assert view is not None and window.desk is not None
    view.setCurrentWidget(view.congress_form)
    form = view.congress_form
    form.place.clear()
    type_text(form.place, "Hội trường mới")
    view.setCurrentWidget(view.results)
    box = [b for b in view.findChildren(QMessageBox, "unsaved_box") if b.isVisible()][-1]
    assert "“1. Đại hội”" in box.text() and view.currentWidget() is form
    next(b for b in box.buttons() if b.text() == "Ở lại").click()
    assert view.currentWidget() is form and form.place.text() == "Hội trường mới"
    view.setCurrentWidget(view.results)
    box = [b for b in view.findChildren(QMessageBox, "unsaved_box") if b.isVisible()][-1]
    next(b for b in box.buttons() if b.text() == "Không lưu").click()
    assert view.currentWidget() is view.results
    view.setCurrentWidget(form)
    assert form.place.text() == CONGRESS.place
    # the entry page's counts, then closing the window: saved
    view.setCurrentWidget(view.entry)
    view.entry.present.setValue(117)
    window.close()
    box = [b for b in view.findChildren(QMessageBox, "unsaved_box") if b.isVisible()][-1]
    assert "“3. Nhập phiếu”" in box.text() and window.isVisible()
    next(b for b in box.buttons() if b.text() == "Lưu").click()
    assert not window.isVisible()


def test_a_big_stack_needs_a_second_enter_and_one_past_the_round_is_refused(qtbot: QtBot) -> None:
    saved: list[object] = []
    w = BallotEntryWidget()
    qtbot.addWidget(w)
    w.set_saver(saved.append)
    w.set_paper(EntrySpec(Form.STRIKE_OUT, (1, 2, 3), 2), tuple(PaperRow(i, f"Người {i}") for i in (1, 2, 3)), "")
    w.set_room(100, Room(118, Limit.COLLECTED))
    type_text(w.line, "1*11")
    assert "11 phiếu giống nhau (nhiều hơn 10)." in w.status.text()
    qtbot.keyClick(w.line, Qt.Key.Key_Return)
    assert saved == []
    qtbot.keyClick(w.line, Qt.Key.Key_Return)
    assert saved == [StruckBallot(frozenset({1}), 11)]
    w.set_room(111, Room(118, Limit.COLLECTED))
    type_text(w.line, "1*8")
    assert "đã nhập 111, thêm 8 thành 119 phiếu, vượt số phiếu thu vào (118)" in w.status.text()
    for _ in range(3):
        qtbot.keyClick(w.line, Qt.Key.Key_Return)
    assert len(saved) == 1
    w.set_stack_threshold(20)
    w.line.clear()
    type_text(w.line, "2*7")
    qtbot.keyClick(w.line, Qt.Key.Key_Return)
    assert saved[-1] == StruckBallot(frozenset({2}), 7)
    w.set_stacks_allowed(False)  # a blind pass: one paper at a time
    type_text(w.line, "2*2")
    assert "mỗi phiếu được nhập riêng" in w.status.text()


def test_problems_stand_where_the_eye_is_and_the_count_in_progress_is_not_one(qtbot: QtBot, demo_desk: object) -> None:
    from ui.entry_page import EntryPage

    page = EntryPage(demo_desk)  # type: ignore[arg-type]
    qtbot.addWidget(page)
    page.show()
    page.refresh(("ubkt", 2))
    assert page.problems.isHidden()  # 0 of 118 counted: the count goes on, no error
    assert "Chưa nhập phiếu nào" in page.results.banner.text()
    page.collected.setValue(0)
    page.save_counts()
    page.entry.line.setText("1")
    page.entry.submit()
    assert page.results.banner.text().startswith("Đang kiểm: 1 phiếu (chưa ghi số phiếu thu vào)")
    page.issued.setValue(1)
    page.collected.setValue(1)
    page.present.setValue(117)
    page.save_counts()
    page.entry.line.setText("2")
    page.entry.submit()  # 2 counted of 1 collected: E102 stands, at the top, in words, with its code
    assert (
        page.problems.isVisible()
        and "LỖI [E102] Số phiếu đã kiểm (2) khác số phiếu thu vào (1)." in page.problems.text()
    )
    panel = page.results
    assert "Trúng cử" not in [panel.model.index(r, 6).data() for r in range(panel.model.rowCount())]
    assert "Chưa có kết quả: còn lỗi phải xử lý" in panel.banner.text()
    result = reports.results(page.desk.db)[2].rounds[1]
    assert [p.code.value for p in standing(result.problems, result.ballots)] == ["E102"]
    banner = ProblemsBanner()
    qtbot.addWidget(banner)
    banner.set_problems(())
    assert banner.isHidden()
