"""The window's part of issue 11: this computer's key on the start page and in the status bar, its station key
file, the head's copy for a station (key file, fingerprint, PIN), the congress's stations, a station asking to
be registered, a head that lost its key, and the seals of an import the user may trust."""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from app import reports, stations
from app.db import Actor, Database, open_database
from app.demo import DEMO_PIN
from app.keys import create_station_key, grouped, read_station_key_file, station_key, write_station_key_file
from app.transfer import export_file
from tests.ui.conftest import last_message
from ui.desk import Desk
from ui.dialogs import FieldsDialog
from ui.main_window import MainWindow
from ui.stations import CopyForStation, StationBadge, StationsDialog, ThisStation, TrustSeals


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[MainWindow]:
    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    yield w
    w.close_congress()


def other_station(tmp_path: Path, name: str = "Máy 2") -> tuple[Path, Actor]:
    """Another computer: its key in a data folder of its own, and its station key file."""
    key = create_station_key(tmp_path / f"home-{name}")
    path = tmp_path / f"{name}.kpkey"
    write_station_key_file(path, key, name)
    return path, Actor(name, "Lan", key)


def test_the_start_page_shows_this_computers_key_and_saves_its_key_file(window: MainWindow, tmp_path: Path) -> None:
    key = station_key()
    box = window.start.this_station
    assert box.fingerprint.text() == grouped(key.fingerprint) and box.save_button.isEnabled()
    assert window.badge.text() == f"Máy này: {grouped(key.fingerprint)}"
    path = tmp_path / "may.kpkey"
    assert box.save_key_file(str(path), "Máy 7")
    assert grouped(key.fingerprint) in last_message(window.start).text()  # type: ignore[union-attr]
    reg = read_station_key_file(path)
    assert (reg.name, reg.fingerprint) == ("Máy 7", key.fingerprint) and b"PRIVATE" not in path.read_bytes()


def test_a_key_file_others_can_read_is_said_on_the_start_page(qtbot: QtBot) -> None:
    """The key is refused (and why), never replaced; the save button is off."""
    path = station_key().path
    assert path is not None
    os.chmod(path, stat.S_IRUSR | stat.S_IWUSR | stat.S_IRGRP | stat.S_IROTH)
    box = ThisStation()
    qtbot.addWidget(box)
    assert "chmod 600" in box.fingerprint.text() and not box.save_button.isEnabled()
    os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)
    box.refresh()
    assert box.fingerprint.text() == grouped(station_key().fingerprint)


def test_the_heads_copy_registers_the_station_with_the_pin(qtbot: QtBot, demo_desk: Desk, tmp_path: Path) -> None:
    """Key file read, fingerprint shown; a wrong PIN refuses (logged) and writes no copy; the right one
    registers the station and makes its copy, which the station then opens and writes to."""
    key_file, station = other_station(tmp_path)
    dialog = CopyForStation(demo_desk)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.buttons.buttons()[0].isEnabled()
    assert dialog.load_key_file(str(key_file))
    assert dialog.fingerprint.text() == grouped(station.signer().fingerprint)
    assert dialog.station_name.text() == "Máy 2" and "giống hệt" in dialog.status.text()
    copy = tmp_path / "may-2.kiemphieu"
    dialog.path.setText(str(copy))
    dialog.pin.setText("000000")
    assert not dialog.make_copy() and not copy.exists()
    assert reports.log(demo_desk.db)[-1].action == "pin.failed" and dialog.pin.text() == ""
    dialog.pin.setText(DEMO_PIN)
    assert dialog.make_copy() and copy.exists()
    assert reports.log(demo_desk.db)[-1].action == "station.registered"
    with open_database(copy, station) as d:
        from app import congress

        congress.choose_operator(d, station, "Lan")
        assert reports.log(d)[-1].key == station.signer().fingerprint  # type: ignore[attr-defined]
    again = CopyForStation(demo_desk)
    qtbot.addWidget(again)
    assert again.load_key_file(str(key_file)) and "đã được đăng ký" in again.status.text()
    bad = tmp_path / "private.kpkey"
    bad.write_bytes(station.signer().pem())
    assert not again.load_key_file(str(bad))


def test_the_stations_dialog_lists_keys_and_the_head_registers_and_rekeys(
    qtbot: QtBot, demo_desk: Desk, tmp_path: Path
) -> None:
    key_file, station = other_station(tmp_path)
    dialog = StationsDialog(demo_desk)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 2).text() == "trưởng ban"
    assert "là trưởng ban" in dialog.mine.text() and not dialog.buttons["head"].isEnabled()
    ask = dialog.register_file(str(key_file))
    assert ask is not None and grouped(station.signer().fingerprint) in ask.findChild(QLabel).text()
    ask.reject()
    qtbot.wait(20)
    assert dialog.register(read_station_key_file(key_file), DEMO_PIN)
    assert dialog.table.rowCount() == 2 and dialog.table.item(1, 1).text() == grouped(station.signer().fingerprint)
    dialog.table.selectRow(1)
    assert dialog.buttons["rekey"].isEnabled() and not dialog.buttons["accept"].isEnabled()
    new_file, _ = other_station(tmp_path, "Máy 2 mới")
    ask = dialog.rekey_file(station.signer().fingerprint, str(new_file))
    assert ask is not None
    ask.edits["pin"].setText(DEMO_PIN)  # type: ignore[attr-defined]
    ask.accept()
    qtbot.wait(20)
    assert [r.role for r in dialog.rows] == ["head", "station", "station"] and dialog.rows[1].retired is not None
    assert "thôi dùng" in dialog.table.item(1, 4).text()
    assert reports.verify(demo_desk.db).ok


def test_a_station_unknown_to_the_congress_asks_and_a_head_that_lost_its_key_takes_over(
    qtbot: QtBot, demo_desk: Desk, tmp_path: Path
) -> None:
    """A station not registered (as on a shared server) asks; the head accepts its request with the PIN. A new
    computer whose head lost the key takes the head's role (a reason, a new PIN): verify says so prominently."""
    _, station = other_station(tmp_path)
    theirs = StationsDialog(Desk(demo_desk.db, station))
    qtbot.addWidget(theirs)
    assert "CHƯA ĐƯỢC ĐĂNG KÝ" in theirs.mine.text() and theirs.buttons["request"].isEnabled()
    theirs._on_request_clicked()
    assert "đã xin đăng ký" in theirs.mine.text()
    head = StationsDialog(demo_desk)
    qtbot.addWidget(head)
    head.table.selectRow(1)
    assert head.buttons["accept"].isEnabled() and head.table.item(1, 4).text() == "chờ trưởng ban đăng ký"
    ask = head.accept_request()
    assert isinstance(ask, FieldsDialog) and grouped(station.signer().fingerprint) in ask.findChild(QLabel).text()
    ask.edits["pin"].setText(DEMO_PIN)
    ask.accept()
    qtbot.wait(20)  # the dialog is deleted on close
    assert [r.role for r in head.rows] == ["head", "station"]
    _, new_head = other_station(tmp_path, "Máy trưởng ban mới")
    taking = StationsDialog(Desk(demo_desk.db, new_head))
    qtbot.addWidget(taking)
    assert not taking.rekey_head({"reason": "Máy hỏng", "pin": "135791", "again": "135792"})
    assert taking.rekey_head({"reason": "Máy hỏng ổ cứng", "pin": "135791", "again": "135791"})
    report = reports.verify(demo_desk.db, own=False)  # elsewhere: accepted, and said prominently
    assert report.ok and report.head_rekeyed == [len(reports.log(demo_desk.db))]
    mine = reports.verify(demo_desk.db)  # on the old head's station: its anchor does not vouch for the new key
    assert [a.status for a in mine.anchors] == ["rekeyed"] and not mine.ok
    assert [r.role for r in taking.rows if r.retired is None] == ["station", "head"]


def test_the_status_bar_says_this_computers_role_in_the_open_congress(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    assert window.open_demo()
    shown = grouped(station_key().fingerprint)
    assert window.badge.text() == f"Máy này: {shown} — máy trưởng ban"
    badge = StationBadge()
    qtbot.addWidget(badge)
    _, station = other_station(tmp_path)
    assert window.desk is not None
    badge.show_for(Desk(window.desk.db, station))
    assert "CHƯA ĐĂNG KÝ" in badge.text()
    window.close_congress()
    assert window.badge.text() == f"Máy này: {shown}"


def test_an_import_asks_which_signers_to_trust(
    window: MainWindow, demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another computer imports the demo's export: the head's key is shown to compare; not trusted, the rounds
    arrive not finalized and the notice lists them; trusted, they arrive finalized."""
    src = tmp_path / "demo.json"
    export_file(demo_db, src)
    head = stations.stations(demo_db)[0]
    finals = sum(1 for e in json.loads(src.read_text())["elections"] for r in e["rounds"] if "final" in r)
    monkeypatch.setenv("KIEMPHIEU_DATA_DIR", str(tmp_path / "elsewhere"))
    window.start.this_station.refresh()
    assert not window.import_from(str(src), str(tmp_path / "a.kiemphieu"))
    ask = next(d for d in window.findChildren(TrustSeals) if d.isVisible())
    assert ask.fingerprints == [head.fingerprint]
    ask.plain_button.click()
    assert window.desk is not None and not reports.seals(window.desk.db)
    box = last_message(window)
    assert isinstance(box, QMessageBox) and "CHƯA CHỐT" in box.text() and head.shown in box.text()
    box.close()
    assert not window.import_from(str(src), str(tmp_path / "b.kiemphieu"))
    ask = next(d for d in window.findChildren(TrustSeals) if d.isVisible())
    ask.trust_button.click()
    assert window.desk is not None and len(reports.seals(window.desk.db)) == finals
    assert "CHƯA CHỐT" not in last_message(window).text()  # type: ignore[union-attr]
