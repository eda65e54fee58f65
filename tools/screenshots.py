"""Screenshots of every main screen of the demo congress into docs/img/screen-*.png.

.venv/bin/python tools/screenshots.py                      # offscreen, 1366×768, into docs/img
DISPLAY=:53 .venv/bin/python tools/screenshots.py --x11    # on a real X server (Xvfb): the whole screen, dialogs too
.venv/bin/python tools/screenshots.py --x11 --size 1920x1080 --out /tmp/shots

On an X server the screen itself is captured (dialogs over the window, as people see them); offscreen, the window
and each dialog are rendered by themselves.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "img"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--x11", action="store_true", help="run on the X server in DISPLAY (not offscreen)")
    parser.add_argument("--size", default="1366x768", help="window size, e.g. 1920x1080")
    parser.add_argument("--out", default=str(OUT), help="folder for the PNG files")
    args = parser.parse_args(argv)
    if not args.x11:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    width, height = (int(v) for v in args.size.split("x"))
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    tmp = tempfile.mkdtemp()
    os.environ["KIEMPHIEU_SETTINGS"] = str(Path(tmp) / "settings.ini")
    os.environ["KIEMPHIEU_DATA_DIR"] = tmp

    from PySide6.QtCore import QObject, Qt, Signal
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtNetwork import QNetworkInformation
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

    from ui import collector, network

    class Offline(QObject):
        """The screenshots' network: offline (the online banner gets its own picture)."""

        reachabilityChanged = Signal(object)

        def reachability(self) -> object:
            return QNetworkInformation.Reachability.Disconnected

    source = Offline()
    network.backend = lambda: source  # type: ignore[assignment]

    from app import congress, reports, room, stacks, teams
    from app.db import Actor
    from app.demo import DEMO_PIN
    from app.record.kinds import StackKind
    from ballot.model import StruckBallot
    from ui.main_window import MainWindow
    from ui.resources import install_language, load_fonts, ui_font

    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    load_fonts()
    app.setFont(ui_font())
    install_language("vi")
    collector.install(app)  # as the program runs: garbage cycles freed between events
    window = MainWindow()
    window.resize(width, height)
    window.move(0, 0)
    window.show()
    x11 = QGuiApplication.platformName() == "xcb"

    def settle(ms: int = 200) -> None:
        QTest.qWait(ms)

    def shot(name: str, dialog: QWidget | None = None, wait_ms: int = 250) -> None:
        settle(wait_ms)
        path = out / f"screen-{name}.png"
        if x11:
            screen = QGuiApplication.primaryScreen()
            screen.grabWindow(0, 0, 0, width, height).save(str(path))
        else:
            (dialog or window).grab().save(str(path))
        print(path)

    def top(kind: type) -> QWidget:
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
        found += [w for w in window.findChildren(kind) if w.isVisible()]
        assert found, kind
        return found[-1]

    def place(dialog: QWidget) -> None:
        """Dialogs in the middle of the window (no window manager places them on a bare X server)."""
        dialog.resize(min(dialog.width(), width - 40), min(dialog.height(), height - 60))
        dialog.move(max(0, (width - dialog.width()) // 2), max(0, (height - dialog.height()) // 3))

    def close_all() -> None:
        for w in window.findChildren(QDialog):
            if w.isVisible():
                w.reject()
        settle()

    def typed(widget: QWidget, text: str) -> None:
        for ch in text:
            QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)

    def enter(widget: QWidget) -> None:
        QTest.keyClick(widget, Qt.Key.Key_Return)

    def step(name: str, action: Callable[[], object], dialog_kind: type | None = None) -> None:
        action()
        dialog = top(dialog_kind) if dialog_kind is not None else None
        if dialog is not None:
            place(dialog)
        shot(name, dialog)

    shot("start")
    window.open_demo()
    from ui.operator import OperatorDialog

    chooser = top(OperatorDialog)
    place(chooser)
    shot("operator", chooser)
    window.choose_operator("Lê Văn Cường")
    close_all()
    view = window.view
    desk = window.desk
    assert view is not None and desk is not None
    view.setCurrentWidget(view.congress_form)
    shot("congress")
    view.setCurrentWidget(view.elections)
    shot("elections")

    # ballot entry: the inspection committee's second round, a few ballots in
    view.setCurrentWidget(view.entry)
    page = view.entry
    page.chooser.choose("ubkt", 2)
    line = page.entry.line
    for ballot in ("1", "2", "1", "/3", "1*4"):
        typed(line, ballot)
        enter(line)
    typed(line, "2")
    shot("entry-round2")
    line.clear()
    typed(line, "0")
    shot("entry-invalid")
    enter(line)
    enter(line)
    typed(line, "2*200")
    shot("entry-stack-refused")
    line.clear()
    # the committee's strike-out paper with a line half typed (the round is closed: shown, not saved)
    page.refresh(("bch", 1))
    page.entry.line.setEnabled(True)
    page.entry.line.setText("3 7 12")
    shot("entry-strike")
    page.refresh(("ubkt", 2))
    from ui.ballot_list import RetypeDialog

    listing = page.open_list()
    assert listing is not None
    place(listing)
    listing.select_seq(4)
    page.void(listing.chosen().stored.id, "Gõ nhầm: phiếu giấy gạch tên số 2")  # type: ignore[union-attr]
    listing.select_seq(2)
    shot("ballot-list", listing)
    listing.retype_button.click()
    retype = top(RetypeDialog)
    place(retype)
    typed(retype.reason, "Đối chiếu lại phiếu giấy")
    shot("ballot-retype", retype)
    close_all()
    step("undo", page.ask_undo, QMessageBox)
    close_all()
    page.present.setValue(117)
    view.setCurrentIndex(view.indexOf(view.results))
    shot("unsaved")
    close_all()
    page.discard_changes()

    view.setCurrentWidget(view.results)
    view.results.chooser.choose("ubkt", 1)
    shot("results-shortfall")
    view.results.chooser.choose("ubkt", 2)
    shot("results-counting")

    # independent double entry: two passes of a team's stack, one difference for the head
    congress.set_entry_mode(desk.db, desk.actor, 2, DEMO_PIN)
    teams.add_team(desk.db, desk.actor, "Tổ 1", ["Lê Văn Cường", "Phạm Thị Hằng"])
    teams.add_team(desk.db, desk.actor, "Tổ 2", ["Đỗ Quang Khải"])
    room.set_staff(desk.db, desk.actor, ["Phạm Văn Kỹ"])
    first = stacks.open_stack(desk.db, desk.actor, "ubkt", 2, "Tổ 1", 3, kind=StackKind.BALLOTS)
    stacks.open_stack(desk.db, desk.actor, "ubkt", 2, "Tổ 2", 20, kind=StackKind.BALLOTS)
    on_paper = reports.data(desk.db).election("ubkt")
    row = dict(enumerate(on_paper.rounds[1].candidates, 1))  # row on the round's paper → candidate number
    for who, readings in (("Lê Văn Cường", (row[1], row[2], row[1])), ("Phạm Thị Hằng", (row[1], row[1], row[1]))):
        actor = Actor(desk.actor.station, who)
        for seq, struck in enumerate(readings, 1):
            stacks.record_pass_ballot(desk.db, actor, first, seq, StruckBallot(frozenset({struck})))
        stacks.complete_pass(desk.db, actor, first)
    view.setCurrentWidget(view.teams)
    team_page = view.teams
    team_page.refresh()
    shot("teams")
    from ui.open_stack import OpenStackDialog

    step("open-stack", team_page.ask_open_stack, OpenStackDialog)
    close_all()
    window.choose_operator("Đỗ Quang Khải")
    team_page.stacks_view.selectRow(1)
    from ui.stack_entry import StackEntryDialog

    team_page.enter_selected()
    blind = top(StackEntryDialog)
    place(blind)
    for ballot in ("1", "2", "2"):
        typed(blind.line, ballot)
        enter(blind.line)
    typed(blind.line, "1")
    shot("blind-pass", blind)
    close_all()
    team_page.stacks_view.selectRow(0)
    from ui.differences import DifferencesDialog

    team_page._on_differences_clicked()
    diff = top(DifferencesDialog)
    place(diff)
    typed(diff.pin, DEMO_PIN)
    shot("differences", diff)
    close_all()

    view.setCurrentWidget(view.minutes)
    view.minutes.chooser.choose("bch", 1)
    shot("minutes", wait_ms=1500)
    step("keys", window._on_keys_triggered, QMessageBox)
    close_all()
    source.reachabilityChanged.emit(QNetworkInformation.Reachability.Online)  # the computer goes online
    view.setCurrentWidget(view.entry)
    shot("online")
    window.set_language("en")
    window.view.setCurrentWidget(window.view.entry)  # type: ignore[union-attr]
    shot("entry-english")
    window.set_language("vi")
    window.close_congress()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
