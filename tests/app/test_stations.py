"""Stations without a shared server: each station's key registered by the head, copies of the head's database,
hand-over files signed by the station's key, merging (each file once, only into stacks the head opened; a refused
file logged), and verify."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import congress as congress_svc
from app import elections, entry, handover, reports, rounds, stacks, stations, teams
from app.db import Actor, Database, open_database
from app.errors import Refused
from app.filesig import sign_document
from app.keys import StationKey, create_station_key, load_station_key
from ballot.model import Congress, Election, StruckBallot
from tests.app.conftest import PIN

BALLOTS = (StruckBallot(frozenset({6})), StruckBallot(frozenset({5})))
HEAD = Actor("trưởng ban", "Bình")


@pytest.fixture
def head(tmp_path: Path, congress: Congress, committee: Election) -> Iterator[Database]:
    """The head's station: double entry, team "Tổ 1", a stack of 2; then copied to two stations."""
    d = congress_svc.create(tmp_path / "head.kiemphieu", congress, HEAD, head_pin=PIN)
    elections.add(d, HEAD, committee)
    rounds.set_counts(d, HEAD, "bch", 1, ballots_issued=2, ballots_collected=2, present=2)
    congress_svc.set_entry_mode(d, HEAD, 2, PIN)
    teams.add_team(d, HEAD, "Tổ 1", ["Lan", "Minh"])
    stacks.open_stack(d, HEAD, "bch", 1, "Tổ 1", 2)
    yield d
    d.close()


def station_key(tmp_path: Path, name: str) -> StationKey:
    """Another computer's key, in a data folder of its own (its anchors kept there)."""
    return create_station_key(tmp_path / f"data-{name}")


def station(head: Database, tmp_path: Path, name: str, operator: str, ballots: tuple[StruckBallot, ...]) -> Path:
    """The head registers the station's key and makes its copy, where `operator` enters the stack; its hand-over
    file."""
    key = station_key(tmp_path, name)
    stations.register(head, HEAD, key.registration(name), PIN)
    copy = handover.copy_for_station(head, tmp_path / f"{name}.kiemphieu")
    who = Actor(name, operator, key)
    with open_database(copy, who) as d:
        [st] = stacks.stacks(d, "bch", 1)
        for seq, b in enumerate(ballots, 1):
            stacks.record_pass_ballot(d, who, st.id, seq, b)
        assert stacks.complete_pass(d, who, st.id).state == "awaiting"
        out = tmp_path / f"{name}.kpentries"
        assert handover.export_entries(d, who, out) == 1
    return out


def test_two_stations_hand_over_and_the_head_merges(head: Database, tmp_path: Path) -> None:
    """Lan and Minh enter on their own copies; the head merges both files: one record per pass; definitive."""
    a = station(head, tmp_path, "máy-2", "Lan", BALLOTS)
    b = station(head, tmp_path, "máy-3", "Minh", BALLOTS)
    before = len(reports.log(head))
    assert handover.merge_entries(head, HEAD, a) == 1
    assert [e.action for e in reports.log(head)[before:]] == ["handover.accepted", "pass.merge"]
    with pytest.raises(Refused) as info:  # the same file again: refused, and the attempt logged
        handover.merge_entries(head, HEAD, a)
    assert info.value.code == "handover.replayed" and reports.log(head)[-1].action == "handover.refused"
    assert handover.merge_entries(head, HEAD, b) == 1
    [st] = stacks.stacks(head, "bch", 1)
    assert st.state == "definitive" and [p.station for p in st.passes] == ["máy-2", "máy-3"]
    assert reports.round_status(head, "bch", 1).entered == 2
    assert reports.verify(head).ok


def test_merged_passes_that_differ_go_to_the_head(head: Database, tmp_path: Path) -> None:
    """A slip on one station: the merge lists the difference for the head like a local pass."""
    a = station(head, tmp_path, "máy-2", "Lan", BALLOTS)
    b = station(head, tmp_path, "máy-3", "Minh", (BALLOTS[0], StruckBallot(frozenset({4}))))
    handover.merge_entries(head, HEAD, a)
    handover.merge_entries(head, HEAD, b)
    [d] = stacks.differences_of(head, stacks.stacks(head, "bch", 1)[0].id)
    assert d.seq == 2 and d.operators == ("Lan", "Minh")


def test_a_tampered_file_is_refused_and_nothing_is_written(head: Database, tmp_path: Path) -> None:
    """One struck name changed in the file after export: the signature no longer matches."""
    path = station(head, tmp_path, "máy-2", "Lan", BALLOTS)
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["passes"][0]["items"][1][1] = "s4"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    before = len(reports.log(head))
    with pytest.raises(Refused) as info:
        handover.merge_entries(head, HEAD, path)
    assert "đã bị sửa" in info.value.vi and len(reports.log(head)) == before + 1
    refused = json.loads(reports.log(head)[-1].payload)
    assert refused["reason"] == "handover.altered" and refused["fingerprint"] == doc["fingerprint"]
    assert stacks.stacks(head, "bch", 1)[0].passes == () and reports.verify(head).ok


def test_a_file_of_another_congress_is_refused(head: Database, tmp_path: Path, congress: Congress) -> None:
    """A file signed by another congress's station is refused as such, even if well signed."""
    path = station(head, tmp_path, "máy-2", "Lan", BALLOTS)
    who = Actor("x", "y", station_key(tmp_path, "x"))
    other = congress_svc.create(tmp_path / "other.kiemphieu", congress, who)
    with pytest.raises(Refused) as info:
        handover.merge_entries(other, who, path)
    assert info.value.code == "handover.other_congress" and "đại hội khác" in info.value.vi
    assert reports.log(other)[-1].action == "handover.refused"
    other.close()


def test_the_same_operator_on_two_stations_is_refused(head: Database, tmp_path: Path) -> None:
    """Lan entered on máy-2 and again on máy-3: the second file is refused, the first one stays merged."""
    a, b = station(head, tmp_path, "máy-2", "Lan", BALLOTS), station(head, tmp_path, "máy-3", "Lan", BALLOTS)
    handover.merge_entries(head, HEAD, a)
    with pytest.raises(Refused) as info:
        handover.merge_entries(head, HEAD, b)
    assert "người khác" in info.value.vi
    assert stacks.stacks(head, "bch", 1)[0].state == "awaiting"


def test_unreadable_and_foreign_files_are_refused(head: Database, tmp_path: Path) -> None:
    """Not JSON, or JSON of something else: a plain refusal."""
    bad = tmp_path / "bad.kpentries"
    bad.write_bytes(b"\xff\x00")
    with pytest.raises(Refused, match="cannot be read"):
        handover.merge_entries(head, HEAD, bad)
    bad.write_text('{"format": "x"}', encoding="utf-8")
    with pytest.raises(Refused, match="not a ballot hand-over"):
        handover.merge_entries(head, HEAD, bad)


def test_a_stack_only_the_station_opened_is_refused(head: Database, tmp_path: Path) -> None:
    """Team "Tổ 2" made and its stack opened on the station only: the merge never opens a stack — refused,
    nothing written but the refusal."""
    key = station_key(tmp_path, "máy-4")
    stations.register(head, HEAD, key.registration("máy-4"), PIN)
    copy = handover.copy_for_station(head, tmp_path / "s.kiemphieu")
    with pytest.raises(Refused, match="exists already"):
        handover.copy_for_station(head, copy)
    hoa = Actor("máy-4", "Hoa", key)
    with open_database(copy, hoa) as w:
        teams.add_team(w, hoa, "Tổ 2", ["Hoa"])
        sid = stacks.open_stack(w, hoa, "bch", 1, "Tổ 2", 1)
        stacks.record_pass_ballot(w, hoa, sid, 1, BALLOTS[0])
        stacks.complete_pass(w, hoa, sid)
        handover.export_entries(w, hoa, tmp_path / "s.kpentries")
    with pytest.raises(Refused) as info:
        handover.merge_entries(head, HEAD, tmp_path / "s.kpentries")
    assert info.value.code == "handover.stack_not_opened" and "chưa mở tập phiếu" in info.value.vi
    assert [s.team for s in stacks.stacks(head, "bch", 1)] == ["Tổ 1"]
    assert [t.name for t in teams.teams(head)] == ["Tổ 1"] and reports.verify(head).ok


@pytest.mark.parametrize(
    ("sql", "table", "column"),
    [
        ("UPDATE pass_item SET content = 's4' WHERE seq = 2", "pass_item", "content"),
        ("UPDATE stack SET state = 'definitive'", "stack", "state"),
        ("UPDATE stack SET collected = 1", "stack", "collected"),
        ("UPDATE entry_pass SET operator = 'Minh'", "entry_pass", "operator"),
        ("UPDATE team SET members = '[]'", "team", "members"),
        ("UPDATE congress SET entry_mode = 1", "congress", "entry_mode"),
        ("DELETE FROM pass_item WHERE seq = 1", "pass_item", None),
    ],
)
def test_tampering_with_the_new_tables_is_found(head: Database, sql: str, table: str, column: str | None) -> None:
    """Any change to teams, stacks, passes, items or the entry mode outside the program is named by verify."""
    [st] = stacks.stacks(head, "bch", 1)
    lan = Actor("trưởng ban", "Lan")
    for seq, b in enumerate(BALLOTS, 1):
        stacks.record_pass_ballot(head, lan, st.id, seq, b)
    stacks.complete_pass(head, lan, st.id)
    assert reports.verify(head).ok
    head.close()
    conn = sqlite3.connect(head.target)
    conn.execute("PRAGMA foreign_keys=OFF")
    conn.execute(sql)
    conn.commit()
    conn.close()
    with open_database(head.target, HEAD) as again:
        finding = reports.verify(again).first
    assert finding is not None and (finding.table, finding.column) == (table, column), finding


def test_tampering_with_a_resolution_is_found(head: Database) -> None:
    """The head kept Lan's reading; changing the stored decision afterwards is found."""
    [st] = stacks.stacks(head, "bch", 1)
    for op, second in (("Lan", BALLOTS[1]), ("Minh", StruckBallot(frozenset({4})))):
        who = Actor("trưởng ban", op)
        stacks.record_pass_ballot(head, who, st.id, 1, BALLOTS[0])
        stacks.record_pass_ballot(head, who, st.id, 2, second)
        stacks.complete_pass(head, who, st.id)
    stacks.resolve_difference(head, HEAD, st.id, 2, 0, PIN)
    assert reports.verify(head).ok
    head.close()
    conn = sqlite3.connect(head.target)
    conn.execute("UPDATE resolution SET choice = 1")
    conn.commit()
    conn.close()
    with open_database(head.target, HEAD) as again:
        finding = reports.verify(again).first
    assert finding is not None and (finding.table, finding.column) == ("resolution", "choice"), finding


def test_a_malformed_file_is_refused_naming_the_field(head: Database, tmp_path: Path) -> None:
    """A well-signed file whose pass lacks a field: refused with the field's place, nothing written."""
    path = station(head, tmp_path, "máy-2", "Lan", BALLOTS)
    doc = json.loads(path.read_text(encoding="utf-8"))
    del doc["passes"][0]["operator"]
    key = load_station_key(tmp_path / "data-máy-2")  # the station itself signs a file that lacks a field
    path.write_text(json.dumps(sign_document(doc, key, "2025-05-20", "handover"), ensure_ascii=False), "utf-8")
    before = len(reports.log(head))
    with pytest.raises(Refused) as info:
        handover.merge_entries(head, HEAD, path)
    assert info.value.code == "handover.malformed" and info.value.path == "passes[0].operator"
    assert len(reports.log(head)) == before + 1 and reports.log(head)[-1].action == "handover.refused"


def test_on_a_shared_server_an_unknown_station_only_asks_and_the_head_registers_it(
    target: str, tmp_path: Path, congress: Congress, committee: Election
) -> None:
    """Another computer opens the same database: it writes nothing but its request (self-signed, granting
    nothing); the head registers it with the PIN; then its ballots are signed by its key, and what needs the
    head's PIN is still refused to it."""
    head = congress_svc.create(target, congress, HEAD, head_pin=PIN)
    elections.add(head, HEAD, committee)
    key = station_key(tmp_path, "máy-5")
    lan = Actor("máy-5", "Lan", key)
    with open_database(target, lan) as d:
        with pytest.raises(Refused) as info:
            entry.record_ballot(d, lan, "bch", 1, BALLOTS[0])
        assert info.value.code == "station.not_registered" and "chưa được đăng ký" in info.value.vi
        asked = stations.request(d, lan, "Máy 5")
        assert asked.role == "requested" and not asked.active
        with pytest.raises(Refused):  # asking grants nothing
            entry.record_ballot(d, lan, "bch", 1, BALLOTS[0])
        [_, req] = stations.stations(head)
        assert req.fingerprint == key.fingerprint and req.role == "requested"
        from app.keys import Registration

        stations.register(head, HEAD, Registration(req.name, req.key, req.fingerprint, "station"), PIN)
        entry.record_ballot(d, lan, "bch", 1, BALLOTS[0])
        assert reports.log(d)[-1].key == key.fingerprint
        with pytest.raises(Refused) as info:
            rounds.finalize(d, lan, "bch", 1, PIN)
        assert info.value.code == "station.not_head"
        with pytest.raises(Refused) as info:
            stations.request(d, lan)
        assert info.value.code == "station.registered_already"
    report = reports.verify(head)
    assert report.ok, report.first and report.first.phrase().text()
    assert [(k.registration.role, k.since > 0) for k in report.keys] == [("head", True), ("station", True)]
    head.close()
