"""`kiemphieu station`: this computer's key, its station key file, and the congress's stations (one registered from
its key file with the head's PIN), as the window does."""

from __future__ import annotations

from pathlib import Path

import pytest

from app import congress as congress_svc
from app import reports
from app.cli import main
from app.db import Actor, open_database
from app.keys import create_station_key, grouped, read_station_key_file, station_key, write_station_key_file
from ballot.model import Congress
from tests.app.conftest import PIN


def test_the_station_command(
    tmp_path: Path, congress: Congress, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    me = grouped(station_key().fingerprint)
    assert main(["station", "--save", str(tmp_path / "me.kpkey"), "--name", "Máy 1"]) == 0
    out = capsys.readouterr().out
    assert me in out and read_station_key_file(tmp_path / "me.kpkey").name == "Máy 1"
    db = tmp_path / "dh.kiemphieu"
    congress_svc.create(db, congress, Actor("m", "o"), head_pin=PIN).close()
    other = create_station_key(tmp_path / "other")
    write_station_key_file(tmp_path / "other.kpkey", other, "Máy 2")
    monkeypatch.setenv("KIEMPHIEU_PIN", "000000")
    assert main(["station", "--db", str(db), "--register", str(tmp_path / "other.kpkey")]) == 2
    assert "[pin.wrong" in capsys.readouterr().err
    monkeypatch.setenv("KIEMPHIEU_PIN", PIN)
    assert main(["station", "--db", str(db), "--register", str(tmp_path / "other.kpkey")]) == 0
    out = capsys.readouterr().out
    assert f"Đã đăng ký máy Máy 2, mã khóa {grouped(other.fingerprint)}" in out and "(máy trạm)" in out
    assert main(["station", "--db", str(db)]) == 0 and "(trưởng ban)" in capsys.readouterr().out
    assert main(["station", "--register", str(tmp_path / "other.kpkey")]) == 2
    with open_database(db, Actor("m", "o")) as d:
        assert [e.action for e in reports.log(d)[-2:]] == ["pin.failed", "station.registered"]
        assert reports.verify(d).ok
