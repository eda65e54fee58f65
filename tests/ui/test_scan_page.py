"""The scanned-ballots tab: printing a round's ballots, a watched folder read in a worker thread as files arrive,
and the doubtful pages decided at the keyboard."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import cv2
import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from app import congress as congress_svc
from app import elections, reports, rounds, scans
from app.db import Actor
from app.scan.images import render_pdf
from bench._scan_data import ballot
from tests.app import conftest as app_conftest
from tests.app.conftest import PIN
from tests.app.test_scan_record import doubtful_stroke
from ui.desk import Desk
from ui.scan_page import ScanPage

LAN = Actor("máy-1", "Lan")


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Desk]:
    congress, committee = app_conftest.congress.__wrapped__(), app_conftest.committee.__wrapped__()  # type: ignore[attr-defined]
    db = congress_svc.create(str(tmp_path / "dh.kiemphieu"), congress, LAN, head_pin=PIN)
    elections.add(db, LAN, committee)
    rounds.set_counts(db, LAN, "bch", 1, ballots_issued=4, ballots_collected=4, present=4)
    yield Desk(db, LAN)
    db.close()


def press(widget: object, key: Qt.Key) -> None:
    QTest.keyClick(widget, key)  # type: ignore[call-overload]


def test_print_then_watch_a_folder_then_decide_at_the_keyboard(qtbot: QtBot, desk: Desk, tmp_path: Path) -> None:
    page = ScanPage(desk)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    page.refresh()
    assert page.chooser.current() == ("bch", 1) and page.stack.currentData() is None

    pdf = tmp_path / "phieu.pdf"
    page.copies.setValue(3)
    assert page.print_ballots(str(pdf))
    assert len(list(render_pdf(pdf.read_bytes(), 30))) == 3

    # the scanner's folder: one page there already, then two arrive while it is watched
    data = reports.data(desk.db)
    inbox = tmp_path / "scanner"
    inbox.mkdir()
    s1 = ballot(data, "bch", 1, "strike", np.random.default_rng(5))
    (inbox / f"a{s1.suffix}").write_bytes(s1.image)
    page.watch(inbox)
    qtbot.waitUntil(lambda: len(scans.scanned_pages(desk.db)) == 1 and not page.busy(), timeout=15000)
    s2 = ballot(data, "bch", 1, "strike", np.random.default_rng(2))
    reader = scans.reader_for(desk.db, "bch", 1)
    first = reader.read(cv2.imdecode(np.frombuffer(s2.image, np.uint8), cv2.IMREAD_GRAYSCALE))
    cv2.imwrite(str(inbox / "b.png"), doubtful_stroke(s2.image, first, 3))
    s3 = ballot(data, "bch", 1, "no_stamp", np.random.default_rng(3))
    (inbox / f"c{s3.suffix}").write_bytes(s3.image)
    qtbot.waitUntil(lambda: len(scans.scanned_pages(desk.db)) == 3 and not page.busy(), timeout=20000)
    # a file touched again is not read twice
    page._on_watcher_directory_changed(str(inbox))
    qtbot.wait(SETTLE_WAIT)
    assert len(scans.scanned_pages(desk.db)) == 3 and not page.busy()
    assert page.table.rowCount() == 3
    assert "2" in page.review_button.text() and page.review_button.isEnabled()

    # the review: row 3 of b.png, then the ruling on c (no stamp)
    page.open_review()
    review = page.review
    assert review.isVisible() and review.current_item() == 3
    assert "Dòng 3: Lê Văn Cường" in review.question.text()
    assert review.row_image.pixmap() is not None and review.row_image.pixmap().width() > 500
    press(review, Qt.Key.Key_2)  # not a key of a strike-out row: nothing recorded
    assert review.current_item() == 3
    press(review, Qt.Key.Key_K)
    assert review.current_item() is None and "đã thành phiếu" in review.question.text()
    press(review, Qt.Key.Key_Return)
    assert review.current_item() == "ballot"
    press(review, Qt.Key.Key_H)
    assert review.current_item() is None
    press(review, Qt.Key.Key_Return)
    assert not review.isVisible() and page.table.isVisible()

    log = reports.log(desk.db)
    decided = [(r.operator, json.loads(r.payload)["verdict"]) for r in log if r.action == "scan.decide"]
    assert decided == [("Lan", "kept"), ("Lan", "valid")]
    assert reports.round_status(desk.db, "bch", 1).entered == 3
    assert [p.state for p in scans.scanned_pages(desk.db)] == ["counted"] * 3
    assert not page.review_button.isEnabled()
    assert reports.verify(desk.db).ok
    # the list of entered ballots says which came from a scan
    from ui.ballot_list import BallotsModel, ListedBallot

    listing = BallotsModel()
    listing.set_rows([ListedBallot(e, "gạch …", False) for e in reports.entries(desk.db, "bch", 1)])
    words = [listing.index(r, 1).data() for r in range(listing.rowCount())]
    assert len(words) == 3 and all(w.startswith("gạch … (trang quét số ") for w in words)
    page.stop_watching()


SETTLE_WAIT = 1600


def test_reading_can_be_stopped_and_what_was_read_stays(qtbot: QtBot, desk: Desk, tmp_path: Path) -> None:
    page = ScanPage(desk)
    qtbot.addWidget(page)
    page.refresh()
    data = reports.data(desk.db)
    folder = tmp_path / "many"
    folder.mkdir()
    for seed in range(6):
        s = ballot(data, "bch", 1, "strike", np.random.default_rng(100 + seed))
        (folder / f"{seed:02}{s.suffix}").write_bytes(s.image)
    page.read_paths([folder])
    assert page.busy()
    qtbot.waitUntil(lambda: len(scans.scanned_pages(desk.db)) >= 1, timeout=15000)
    page.cancel()
    qtbot.waitUntil(lambda: not page.busy(), timeout=15000)
    n = len(scans.scanned_pages(desk.db))
    assert 1 <= n < 6 and reports.round_status(desk.db, "bch", 1).entered == n
    page.read_paths([folder])  # again: the pages already recorded are not counted twice
    qtbot.waitUntil(lambda: not page.busy(), timeout=30000)
    assert len(scans.scanned_pages(desk.db)) == 6 and reports.round_status(desk.db, "bch", 1).entered == 6
