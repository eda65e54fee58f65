"""Exports and hand-over files are written whole or not at all (`app.backup.write_whole`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.backup import write_whole
from app.errors import UserError


def test_a_file_is_written_whole_and_replaces_the_old_one(tmp_path: Path) -> None:
    out = tmp_path / "ket-qua.json"
    out.write_text("cũ", encoding="utf-8")
    write_whole(out, "mới — đầy đủ")
    assert out.read_text(encoding="utf-8") == "mới — đầy đủ"
    assert [p.name for p in tmp_path.iterdir()] == ["ket-qua.json"]  # no temporary file left


def test_a_fault_of_the_disk_names_the_path_and_leaves_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "ban-giao.json"
    out.write_text("cũ", encoding="utf-8")

    def full(*_a: object, **_k: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Path, "write_text", full)
    with pytest.raises(UserError) as info:
        write_whole(out, "mới")
    monkeypatch.undo()
    assert info.value.code == "transfer.cannot_write" and info.value.params["path"] == str(out)
    assert out.read_text(encoding="utf-8") == "cũ" and [p.name for p in tmp_path.iterdir()] == ["ban-giao.json"]
