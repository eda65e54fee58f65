"""No confirmed ballot is lost: file dialogs on the database's folder, other programs, then a kill (issue 9.1).

Before the fix: a file dialog listing the folder released the window's POSIX locks on the database, `export`,
`verify` and `tally --db` then deleted the journal the window kept writing into, and after a kill of the
window 7 of 12 confirmed ballots were gone.
"""

from __future__ import annotations

import fcntl
import os
import re
import signal
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from app import congress as congress_svc
from app import elections, reports
from app.db import Actor, open_database
from tests.factories import make_data, make_election

ROOT = Path(__file__).resolve().parents[2]
DRIVER = Path(__file__).with_name("window_driver.py")
KIEMPHIEU = [sys.executable, "-m", "app"]

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="reads POSIX locks with the Linux struct flock")


def lock_holder(path: Path) -> int:
    """The pid holding any POSIX lock on the file (0 if none), asked with F_GETLK from this process.

    Only asks: F_GETLK takes no lock. This process holds no SQLite connection to the file, so opening and
    closing a descriptor here releases nothing of anyone's.
    """
    fd = os.open(path, os.O_RDONLY)
    try:
        query = struct.pack("hhqqi", fcntl.F_WRLCK, os.SEEK_SET, 0, 0, 0)
        l_type, _, _, _, pid = struct.unpack("hhqqi", fcntl.fcntl(fd, fcntl.F_GETLK, query))
        return 0 if l_type == fcntl.F_UNLCK else pid
    finally:
        os.close(fd)


def cli(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*KIEMPHIEU, *args], capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)


@pytest.mark.slow
def test_every_file_dialog_then_other_programs_then_a_kill(tmp_path: Path) -> None:
    folder = tmp_path / "dai hội"  # a space and Vietnamese in the folder, as on real machines
    folder.mkdir()
    db = folder / "chi-bo.kiemphieu"
    data = make_data(make_election(5, 3, id="cu"))
    who = Actor("s", "o")
    with congress_svc.create(db, data.congress, who) as d:
        elections.add(d, who, data.elections[0])
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        KIEMPHIEU_SETTINGS=str(tmp_path / "settings.ini"),
        KIEMPHIEU_DATA_DIR=os.environ["KIEMPHIEU_DATA_DIR"],  # this computer: the key that made the congress
        PYTHONPATH=str(ROOT),
    )
    assert cli("export", "--db", str(db), "-o", str(folder / "bau-cu.json"), env=env).returncode == 0
    for name in ("danh-sach.xlsx", "ban-giao.kpentries", "ghi-chu.txt"):
        (folder / name).write_bytes(b"PK\x03\x04 something")
    window = subprocess.Popen(
        [sys.executable, str(DRIVER), str(db)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        cwd=ROOT,
        env=env,
    )
    assert window.stdin is not None and window.stdout is not None
    confirmed = 0
    dialogs: list[str] = []

    def until(word: str) -> None:
        nonlocal confirmed, dialogs
        for line in window.stdout:  # type: ignore[union-attr]
            if line.startswith("saved "):
                confirmed = int(line.split()[1])
            elif line.startswith("dialogs "):
                dialogs = line[len("dialogs ") :].strip().split("|")
            elif line.strip() == word:
                return
        raise AssertionError(f"the window stopped before {word!r} (exit {window.wait()})")

    try:
        until("ready")
        # every file dialog of the window was shown on this folder (the 21 places that open one, see
        # test_every_file_dialog_comes_from_the_factory; the import opens two)
        assert len(dialogs) == 22, dialogs
        # the window still holds SQLite's locks on the database and its -shm, and the program's own lock
        assert lock_holder(db) == window.pid
        assert lock_holder(Path(f"{db}-shm")) == window.pid
        held = cli("pin", "--db", str(db), env={**env, "KIEMPHIEU_PIN": "999999"})
        assert held.returncode == 2 and "đang được mở" in held.stderr and str(window.pid) in held.stderr
        # other programs read it meanwhile
        for args in (
            ("export", "--db", str(db), "-o", str(tmp_path / "x.json")),
            ("verify", "--db", str(db)),
            ("tally", "--db", str(db)),
            ("minutes", "--db", str(db), "--election", "cu", "-o", str(tmp_path / "bb.pdf")),
        ):
            done = cli(*args, env=env)
            assert done.returncode == 0, (args, done.stderr)
        assert Path(f"{db}-wal").exists() and Path(f"{db}-shm").exists()
        window.stdin.write("go\n")
        window.stdin.flush()
        until("done")
        assert confirmed == 12
        seen = cli("tally", "--db", str(db), "--json", env=env)
        assert re.search(r'"counted": 12\b', seen.stdout), seen.stdout[:400]
    finally:
        window.send_signal(signal.SIGKILL)
        window.wait()
        window.stdin.close()
        window.stdout.close()
    with open_database(db, who) as d:
        assert reports.round_status(d, "cu", 1).entered == confirmed
        assert reports.verify(d).ok
    assert (folder / "bien-ban.pdf").read_bytes().startswith(b"%PDF")


def test_every_file_dialog_comes_from_the_factory() -> None:
    """No widget builds a QFileDialog of its own; the driver above opens all 21 places."""
    sites = 0
    for path in (ROOT / "ui").glob("*.py"):
        text = path.read_text(encoding="utf-8")
        if path.name != "filedialogs.py":
            assert "QFileDialog" not in text, path.name
        sites += len(re.findall(r"filedialogs\.(?:open_file|save_file|save_file_as|folder)\(", text))
    assert sites == 21, "a new file dialog: open it in tests/ui/window_driver.py too, then update this count"
