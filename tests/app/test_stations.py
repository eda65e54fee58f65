"""Stations without a shared server: copies of the head's database, signed handover files, merging, and verify."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from app.workspace import Refused, Workspace
from ballot.model import Congress, Election, StruckBallot
from tests.app.conftest import PIN

BALLOTS = (StruckBallot(frozenset({6})), StruckBallot(frozenset({5})))


@pytest.fixture
def head(tmp_path: Path, congress: Congress, committee: Election) -> Workspace:
    """The head's station: double entry, team "Tổ 1", a stack of 2; then copied to two stations."""
    w = Workspace.create(tmp_path / "head.kiemphieu", congress, station="trưởng ban", operator="Bình", head_pin=PIN)
    w.add_election(committee)
    w.set_round_counts("bch", 1, ballots_issued=2, ballots_collected=2, present=2)
    w.set_entry_mode(2, PIN)
    w.add_team("Tổ 1", ["Lan", "Minh"])
    w.open_stack("bch", 1, "Tổ 1", 2)
    return w


def station(head: Workspace, tmp_path: Path, name: str, operator: str, ballots: tuple[StruckBallot, ...]) -> Path:
    """A copy of the head's file where `operator` enters the stack; its handover file."""
    copy = head.copy_for_station(tmp_path / f"{name}.kiemphieu")
    w = Workspace.open(copy, station=name, operator=operator)
    [st] = w.stacks("bch", 1)
    for seq, b in enumerate(ballots, 1):
        w.record_pass_ballot(st.id, seq, b)
    assert w.complete_pass(st.id).state == "awaiting"
    out = tmp_path / f"{name}.kpentries"
    assert w.export_entries(out) == 1
    w.close()
    return out


def test_two_stations_hand_over_and_the_head_merges(head: Workspace, tmp_path: Path) -> None:
    """Lan and Minh enter on their own copies; the head merges both files: one record per pass; definitive."""
    a = station(head, tmp_path, "máy-2", "Lan", BALLOTS)
    b = station(head, tmp_path, "máy-3", "Minh", BALLOTS)
    before = len(head.log())
    assert head.merge_entries(a) == 1
    assert [e.action for e in head.log()[before:]] == ["pass.merge"]
    assert head.merge_entries(a) == 0  # the same file again adds nothing
    assert head.merge_entries(b) == 1
    [st] = head.stacks("bch", 1)
    assert st.state == "definitive" and [p.station for p in st.passes] == ["máy-2", "máy-3"]
    assert head.round_status("bch", 1).entered == 2
    assert head.verify().fault is None


def test_merged_passes_that_differ_go_to_the_head(head: Workspace, tmp_path: Path) -> None:
    """A slip on one station: the merge lists the difference for the head like a local pass."""
    a = station(head, tmp_path, "máy-2", "Lan", BALLOTS)
    b = station(head, tmp_path, "máy-3", "Minh", (BALLOTS[0], StruckBallot(frozenset({4}))))
    head.merge_entries(a)
    head.merge_entries(b)
    [d] = head.differences(head.stacks("bch", 1)[0].id)
    assert d.seq == 2 and d.operators == ("Lan", "Minh")


def test_a_tampered_file_is_refused_and_nothing_is_written(head: Workspace, tmp_path: Path) -> None:
    """One struck name changed in the file after export: the signature no longer matches."""
    path = station(head, tmp_path, "máy-2", "Lan", BALLOTS)
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["passes"][0]["items"][1][1] = "s4"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    before = len(head.log())
    with pytest.raises(Refused) as info:
        head.merge_entries(path)
    assert "đã bị sửa" in info.value.vi and len(head.log()) == before


def test_a_file_of_another_congress_is_refused(head: Workspace, tmp_path: Path, congress: Congress) -> None:
    """A file signed by another congress's station is refused as such, even if well signed."""
    path = station(head, tmp_path, "máy-2", "Lan", BALLOTS)
    other = Workspace.create(tmp_path / "other.kiemphieu", congress, station="x", operator="y")
    with pytest.raises(Refused) as info:
        other.merge_entries(path)
    assert "đại hội khác" in info.value.vi
    other.close()


def test_the_same_operator_on_two_stations_is_refused(head: Workspace, tmp_path: Path) -> None:
    """Lan entered on máy-2 and again on máy-3: the second file is refused, the first one stays merged."""
    a, b = station(head, tmp_path, "máy-2", "Lan", BALLOTS), station(head, tmp_path, "máy-3", "Lan", BALLOTS)
    head.merge_entries(a)
    with pytest.raises(Refused) as info:
        head.merge_entries(b)
    assert "người khác" in info.value.vi
    assert head.stacks("bch", 1)[0].state == "awaiting"


def test_unreadable_and_foreign_files_are_refused(head: Workspace, tmp_path: Path) -> None:
    """Not JSON, or JSON of something else: a plain refusal."""
    bad = tmp_path / "bad.kpentries"
    bad.write_bytes(b"\xff\x00")
    with pytest.raises(Refused, match="unreadable"):
        head.merge_entries(bad)
    bad.write_text('{"format": "x"}', encoding="utf-8")
    with pytest.raises(Refused, match="not a handover"):
        head.merge_entries(bad)


def test_a_stack_only_the_station_opened_is_opened_on_merge(head: Workspace, tmp_path: Path) -> None:
    """Team "Tổ 2" made and its stack opened on the station only: the merge opens both on the head's station."""
    copy = head.copy_for_station(tmp_path / "s.kiemphieu")
    with pytest.raises(Refused, match="exists"):
        head.copy_for_station(copy)
    w = Workspace.open(copy, station="máy-4", operator="Hoa")
    w.add_team("Tổ 2", ["Hoa"])
    sid = w.open_stack("bch", 1, "Tổ 2", 1)
    w.record_pass_ballot(sid, 1, BALLOTS[0])
    w.complete_pass(sid)
    w.export_entries(tmp_path / "s.kpentries")
    w.close()
    assert head.merge_entries(tmp_path / "s.kpentries") == 1
    assert [s.team for s in head.stacks("bch", 1)] == ["Tổ 1", "Tổ 2"]
    assert [t.name for t in head.teams()] == ["Tổ 1", "Tổ 2"] and head.verify().fault is None


@pytest.mark.parametrize(
    ("sql", "where"),
    [
        ("UPDATE pass_item SET content = 's4' WHERE seq = 2", "lần nhập"),
        ("UPDATE stack SET state = 'definitive'", "Tập phiếu"),
        ("UPDATE stack SET collected = 1", "Tập phiếu"),
        ("UPDATE entry_pass SET operator = 'Minh'", "Lần nhập"),
        ("UPDATE team SET members = '[]'", "Tổ kiểm phiếu"),
        ("UPDATE congress SET entry_mode = 1", "đại hội"),
        ("DELETE FROM pass_item WHERE seq = 1", "bị xóa"),
    ],
)
def test_tampering_with_the_new_tables_is_found(head: Workspace, tmp_path: Path, sql: str, where: str) -> None:
    """Any change to teams, stacks, passes, items or the entry mode outside the program is named by verify."""
    [st] = head.stacks("bch", 1)
    head.set_operator("Lan")
    for seq, b in enumerate(BALLOTS, 1):
        head.record_pass_ballot(st.id, seq, b)
    head.complete_pass(st.id)
    assert head.verify().fault is None
    conn = sqlite3.connect(head.target)
    conn.execute("PRAGMA foreign_keys=OFF")
    conn.execute(sql)
    conn.commit()
    conn.close()
    fault = head.verify().fault
    assert fault is not None and where.casefold() in str(fault).casefold(), fault


def test_tampering_with_a_resolution_is_found(head: Workspace, tmp_path: Path) -> None:
    """The head kept Lan's reading; changing the stored decision afterwards is found."""
    [st] = head.stacks("bch", 1)
    for op, second in (("Lan", BALLOTS[1]), ("Minh", StruckBallot(frozenset({4})))):
        head.set_operator(op)
        head.record_pass_ballot(st.id, 1, BALLOTS[0])
        head.record_pass_ballot(st.id, 2, second)
        head.complete_pass(st.id)
    head.resolve(st.id, 2, 0, PIN)
    assert head.verify().fault is None
    conn = sqlite3.connect(head.target)
    conn.execute("UPDATE resolution SET choice = 1")
    conn.commit()
    conn.close()
    assert "Quyết định" in str(head.verify().fault)
