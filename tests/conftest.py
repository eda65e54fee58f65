"""Shared test set-up: Qt offscreen, GUI tests marked, paths to the shared examples."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("KIEMPHIEU_LOG_DIR", str(Path(__file__).parent / ".." / ".pytest_cache" / "logs"))

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
EXAMPLES = SHARED / "spec" / "examples"


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


@pytest.fixture(autouse=True)
def _data_folder(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test has its own user data folder: station keys, anchors and PIN files never touch the real one."""
    monkeypatch.setenv("KIEMPHIEU_DATA_DIR", str(tmp_path_factory.mktemp("data")))
