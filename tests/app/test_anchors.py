"""Anchor files: the last record each station wrote, kept outside the database."""

from __future__ import annotations

from pathlib import Path

import pytest

from app import anchors
from app.anchors import Anchor
from app.keys import KeyFault

UID = "5f2c1e9a-0b7d-4c3e-9a41-2d6b8e0f7a13"


def h(n: int) -> str:
    return f"{n:064x}"


def test_note_and_read_the_last(tmp_path: Path) -> None:
    assert anchors.last(UID, tmp_path) is None
    for seq in (1, 2, 5):
        anchors.note(UID, seq, h(seq), tmp_path)
    assert anchors.last(UID, tmp_path) == Anchor(5, h(5))
    path = anchors.anchor_path(UID, tmp_path)
    assert path == tmp_path / "anchors" / f"{UID}.log"
    assert path.read_text() == "".join(f"{s} {h(s)}\n" for s in (1, 2, 5))
    assert anchors.last(UID.upper(), tmp_path) == Anchor(5, h(5))  # one file per congress, whatever the case


def test_a_line_torn_by_a_crash_is_skipped(tmp_path: Path) -> None:
    anchors.note(UID, 7, h(7), tmp_path)
    with anchors.anchor_path(UID, tmp_path).open("a") as f:
        f.write("8 " + h(8)[:30])
    assert anchors.last(UID, tmp_path) == Anchor(7, h(7))
    anchors.anchor_path(UID, tmp_path).write_text("garbage\n\n")
    assert anchors.last(UID, tmp_path) is None


def test_the_file_is_compacted_to_its_last_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(anchors, "COMPACT_AT", 1000)
    for seq in range(1, 40):
        anchors.note(UID, seq, h(seq), tmp_path)
    size = anchors.anchor_path(UID, tmp_path).stat().st_size
    assert size <= 1000 and anchors.last(UID, tmp_path) == Anchor(39, h(39))
    anchors.compact(UID, tmp_path)
    assert anchors.anchor_path(UID, tmp_path).read_text() == f"39 {h(39)}\n"
    anchors.compact("0000", tmp_path)  # nothing to compact


def test_bad_values_and_congress_ids_are_refused(tmp_path: Path) -> None:
    for bad in ("../etc/passwd", "", "a/b", "x" * 65, "uid with spaces"):
        with pytest.raises(KeyFault) as e:
            anchors.anchor_path(bad, tmp_path)
        assert e.value.code == "anchor.bad_congress"
    with pytest.raises(ValueError):
        anchors.note(UID, 0, h(1), tmp_path)
    with pytest.raises(ValueError):
        anchors.note(UID, 1, "xyz", tmp_path)


def test_compare_names_missing_and_changed_records() -> None:
    """The station wrote record 10; a log that ends at 7 lacks the newest 3; one whose #10 differs was changed."""
    log = {n: h(n) for n in range(1, 11)}
    a = Anchor(10, h(10))
    assert anchors.compare(a, 10, log.get).ok
    assert anchors.compare(a, 12, log.get).status == "ok"  # newer records by others: fine
    missing = anchors.compare(a, 7, log.get)
    assert missing.status == "missing" and missing.missing == 3 and not missing.ok
    assert anchors.compare(a, 10, {**log, 10: h(99)}.get).status == "differs"
