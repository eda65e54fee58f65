"""Shared test set-up: Qt offscreen, GUI tests marked, paths to the shared examples."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from app.db import Database

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("KIEMPHIEU_LOG_DIR", str(Path(__file__).parent / ".." / ".pytest_cache" / "logs"))

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
EXAMPLES = SHARED / "spec" / "examples"


def _demo_actor() -> object:
    from app.db import Actor

    return Actor("demo", "Người nhập thử")


DEMO_ACTOR = _demo_actor()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every test under tests/ui/ is a GUI test."""
    for item in items:
        if "tests/ui/" in str(item.path).replace(os.sep, "/"):
            item.add_marker(pytest.mark.gui)


@pytest.fixture
def examples() -> Path:
    """The public examples folder; skipped where ../shared is absent."""
    if not EXAMPLES.is_dir():
        pytest.skip("../shared/spec/examples is not beside this checkout")
    return EXAMPLES


@contextmanager
def data_dir(folder: Path) -> Iterator[Path]:
    """`KIEMPHIEU_DATA_DIR` set to `folder` for a while (session fixtures cannot use monkeypatch)."""
    old = os.environ.get("KIEMPHIEU_DATA_DIR")
    os.environ["KIEMPHIEU_DATA_DIR"] = str(folder)
    try:
        yield folder
    finally:
        if old is None:
            del os.environ["KIEMPHIEU_DATA_DIR"]
        else:
            os.environ["KIEMPHIEU_DATA_DIR"] = old


@pytest.fixture(scope="session")
def station_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """This test computer's user data folder, made once: its station key (and what the session's shared
    databases leave beside it: the demo's PIN and anchors). Every test starts from a copy of it."""
    from app.keys import station_key

    folder = tmp_path_factory.mktemp("station")
    with data_dir(folder):
        station_key()
    return folder


@pytest.fixture(scope="session")
def demo_master(tmp_path_factory: pytest.TempPathFactory, station_home: Path) -> Path:
    """The demo congress database, built once per test session (it takes seconds) and closed, by this test
    computer's key (its PIN kept beside the key)."""
    from app.demo import build_demo

    path = tmp_path_factory.mktemp("demo") / "demo.kiemphieu"
    with data_dir(station_home):
        build_demo(path).close()
    return path


@pytest.fixture
def demo_path(demo_master: Path, tmp_path: Path) -> Path:
    """A fresh copy of the demo database file for one test."""
    import shutil

    path = tmp_path / "demo.kiemphieu"
    shutil.copyfile(demo_master, path)
    return path


@pytest.fixture
def demo_db(demo_path: Path) -> Iterator[Database]:
    """The demo congress, open, on a copy of its own (station 'demo', operator 'Người nhập thử')."""
    from app.db import open_database

    db = open_database(demo_path, DEMO_ACTOR)
    yield db
    db.close()


@pytest.fixture(autouse=True)
def _data_folder(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch, station_home: Path) -> None:
    """Every test has its own user data folder, a copy of this test computer's (the same station key, the demo's
    PIN and anchors): station keys, anchors and PIN files never touch the real one, nor another test's."""
    import shutil

    folder = tmp_path_factory.mktemp("data")
    shutil.copytree(station_home, folder, dirs_exist_ok=True)
    monkeypatch.setenv("KIEMPHIEU_DATA_DIR", str(folder))
