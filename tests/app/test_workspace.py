"""The Workspace service: each action one transaction and one log record, refusals leave nothing behind."""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from app.errors import UserError
from app.fileformat import load
from app.storage.canonical import GENESIS, record_hash, sha256
from app.storage.errors import BackupError, ExistsError, NotFoundError
from app.workspace import Refused, Workspace
from ballot.model import (
    Candidate,
    Congress,
    Decision,
    Election,
    InvalidReason,
    Mark,
    MarkedBallot,
    Purpose,
    RuledInvalidBallot,
    StruckBallot,
    Subtotal,
)
from tests.app.conftest import PIN


@pytest.fixture
def ws(target: str, congress: Congress, committee: Election) -> Workspace:
    """A congress with the committee election, 10 ballots issued and collected."""
    w = Workspace.create(target, congress, station="máy-1", operator="Lê Văn Cường", head_pin=PIN)
    w.add_election(committee)
    w.set_round_counts("bch", 1, ballots_issued=10, ballots_collected=10, present=10)
    yield w
    w.close()


@contextmanager
def raises_vi(kind: type[UserError], text: str) -> Iterator[None]:
    """The block raises `kind` whose Vietnamese message contains `text`."""
    with pytest.raises(kind) as info:
        yield
    assert text in info.value.vi, info.value.vi


def struck(*nos: int, count: int = 1) -> StruckBallot:
    return StruckBallot(frozenset(nos), count)


def test_examples_round_trip_through_the_database(target: str, examples: Path) -> None:
    """Importing a file and reading it back gives the same data; verify passes."""
    for path in sorted(examples.glob("*.json")):
        if path.name.endswith(".result.json"):
            continue
        lf = load(path)
        t = target if "://" in target else f"{target}.{path.stem}"
        if "://" in target and path.stem != "committee-5-of-7":
            continue
        w = Workspace.create(
            t, lf.data.congress, ruleset=lf.data.ruleset, station="s", operator="o", parameters=lf.data.parameters
        )
        w.import_data(lf.data, {})
        assert w.data() == lf.data
        assert w.verify().fault is None
        w.close()


def test_ballots_count_and_each_action_is_one_chained_log_record(ws: Workspace) -> None:
    """Ten ballots entered: the tally counts them; the log chains every record to the previous one."""
    before = len(ws.log())
    ids = [ws.record_ballot("bch", 1, struck(6)) for _ in range(8)]
    ids.append(ws.record_ballot("bch", 1, struck(1, 6, count=2)))
    assert ids == sorted(ids) and len(set(ids)) == 9
    assert ws.round_status("bch", 1).entered == 10
    votes = {c.no: c.votes for c in ws.results()[0].rounds[0].candidates}
    assert votes == {1: 8, 2: 10, 3: 10, 4: 10, 5: 10, 6: 0}
    log = ws.log()
    assert len(log) == before + 9
    prev = GENESIS
    for e in log:
        assert e.prev_hash == prev
        assert e.hash == record_hash(e.seq, e.at, e.station, e.operator, e.action, e.data_hash, e.prev_hash)
        prev = e.hash
    assert ws.last_hash() == prev
    assert log[-1].payload["ballot"] == {"struck": [1, 6], "count": 2}
    assert (log[-1].station, log[-1].operator) == ("máy-1", "Lê Văn Cường")


def test_a_refused_ballot_writes_nothing(ws: Workspace) -> None:
    """A name not on the list, or the wrong form, is refused in Vietnamese; no row, no log record."""
    n = len(ws.log())
    with raises_vi(Refused, "Số 9 không có"):
        ws.record_ballot("bch", 1, struck(9))
    with raises_vi(Refused, "mẫu phiếu gạch tên"):
        ws.record_ballot("bch", 1, MarkedBallot({1: Mark.AGREE}))
    with raises_vi(Refused, "ít nhất là 1"):
        ws.record_ballot("bch", 1, struck(1, count=0))
    with raises_vi(Refused, "Không có cuộc bầu"):
        ws.record_ballot("xx", 1, struck(1))
    assert len(ws.log()) == n and ws.entries("bch", 1) == []


def test_correction_supersedes_and_void_keeps_the_old_row(ws: Workspace) -> None:
    """A correction is a new entry at the same place; the old one stays with who and why."""
    a = ws.record_ballot("bch", 1, struck(1))
    b = ws.record_ballot("bch", 1, struck(2))
    c = ws.correct_ballot(a, struck(3), "nhập nhầm số")
    assert c is not None and c > b
    assert ws.correct_ballot(b, None, "phiếu trùng") is None
    rows = {e.id: e for e in ws.entries("bch", 1)}
    assert (rows[a].status, rows[a].reason, rows[a].seq) == ("superseded", "nhập nhầm số", 1)
    assert (rows[c].status, rows[c].seq, rows[c].ballot) == ("current", 1, struck(3))
    assert (rows[b].status, rows[b].reason) == ("voided", "phiếu trùng")
    assert ws.data().elections[0].rounds[0].ballots == (struck(3),)
    with raises_vi(Refused, "đã được sửa hoặc hủy"):
        ws.correct_ballot(a, None, "lần nữa")
    with raises_vi(Refused, "lý do"):
        ws.correct_ballot(c, None, "  ")
    assert ws.verify().fault is None


def test_undo_voids_only_this_operators_last_ballot(ws: Workspace) -> None:
    """Undo takes back the last ballot this operator entered, not a colleague's."""
    mine = ws.record_ballot("bch", 1, struck(1))
    ws.set_operator("Người khác")
    ws.record_ballot("bch", 1, struck(2))
    ws.set_operator("Lê Văn Cường")
    assert ws.undo_last_ballot("bch", 1) == mine
    assert ws.undo_last_ballot("bch", 1) is None
    assert [e.status for e in ws.entries("bch", 1)] == ["voided", "current"]


def test_subtotals_add_to_the_tally_and_can_be_voided(ws: Workspace) -> None:
    """A team's hand count adds to the entered ballots."""
    ws.record_ballot("bch", 1, struck(6))
    sid = ws.record_subtotal("bch", 1, Subtotal("T2", 9, {InvalidReason.NOT_ISSUED: 1}, {1: 8, 2: 8, 3: 8, 4: 8, 5: 8}))
    r = ws.results()[0].rounds[0]
    assert r.ballots.counted == 10 and r.candidates[0].votes == 9
    with raises_vi(Refused, "Số 7 không có"):
        ws.record_subtotal("bch", 1, Subtotal("T3", 1, {}, {7: 1}))
    ws.void_subtotal(sid, "tổ đếm lại")
    assert ws.results()[0].rounds[0].ballots.counted == 1
    assert [t.status for t in ws.subtotals("bch", 1)] == ["voided"]
    assert ws.verify().fault is None


def test_finalize_locks_and_reopen_needs_the_pin_and_a_reason(ws: Workspace) -> None:
    """A finalized round refuses writes; reopening needs the head's PIN."""
    for _ in range(10):
        ws.record_ballot("bch", 1, struck(6))
    with raises_vi(Refused, "PIN"):
        ws.finalize_round("bch", 1, "000000")
    fp = ws.finalize_round("bch", 1, PIN)
    st = ws.round_status("bch", 1)
    assert st.finalized and st.fingerprint == fp and st.finalized_by == "Trần Thị Bình" and st.entered == 10
    assert ws.seals()[("bch", 1)].fingerprint == fp
    with raises_vi(Refused, "đã chốt"):
        ws.record_ballot("bch", 1, struck(1))
    with raises_vi(Refused, "không đúng"):
        ws.reopen_round("bch", 1, "9999", "sai số")
    ws.reopen_round("bch", 1, PIN, "kiểm lại phiếu")
    assert not ws.round_status("bch", 1).finalized
    ws.record_ballot("bch", 1, struck(1))
    assert ws.verify().fault is None


def test_finalize_refuses_a_round_that_does_not_reconcile(ws: Workspace) -> None:
    """Entered ballots must match those collected before the round can be sealed."""
    ws.record_ballot("bch", 1, struck(6))
    with raises_vi(Refused, "Chưa thể chốt"):
        ws.finalize_round("bch", 1, PIN)


def test_another_round_follows_a_finalized_one(ws: Workspace) -> None:
    """The congress's decision comes back as input: another round with its list and seats."""
    with raises_vi(Refused, "chưa chốt"):
        ws.start_round("bch", seats=1, candidates=(5, 6), decision=Decision("Đoàn chủ tịch"))
    for _ in range(10):
        ws.record_ballot("bch", 1, struck(1, 2))  # 10 votes of base 119: nobody passes
    ws.finalize_round("bch", 1, PIN)
    n = ws.start_round(
        "bch",
        seats=1,
        candidates=(1, 7),
        purpose=Purpose.ELECTION,
        decision=Decision("Đoàn chủ tịch", "bầu tiếp 1"),
        new_candidates=(Candidate(7, "Trịnh Văn Khoa"),),
    )
    assert n == 2
    e = ws.data().elections[0]
    assert e.rounds[1].candidates == (1, 7) and e.candidate(7).name == "Trịnh Văn Khoa"
    assert e.rounds[1].decision is not None and e.rounds[1].decision.at
    ws.set_round_counts("bch", 2, ballots_issued=2, ballots_collected=2, present=2)
    ws.record_ballot("bch", 2, struck(7))
    with raises_vi(Refused, "lần bầu sau"):
        ws.reopen_round("bch", 1, PIN, "xem lại")
    assert ws.verify().fault is None


def test_election_edits_are_refused_once_ballots_exist(ws: Workspace, committee: Election) -> None:
    """The list follows edits until the first ballot; removing keeps the row, marked."""
    ws.update_election(dataclasses.replace(committee, seats=4, title="Bầu BCH khóa XXV"))
    assert ws.data().elections[0].rounds[0].seats == 4
    ws.record_ballot("bch", 1, RuledInvalidBallot(InvalidReason.NOT_ISSUED))
    with raises_vi(Refused, "đã có phiếu"):
        ws.update_election(committee)
    with raises_vi(Refused, "đã có phiếu"):
        ws.remove_election("bch", "nhầm")
    other = dataclasses.replace(committee, id="ubkt", seats=3)
    ws.add_election(other)
    with raises_vi(Refused, "Đã có cuộc bầu"):
        ws.add_election(other)
    ws.remove_election("ubkt", "đại hội không bầu")
    assert [e.id for e in ws.data().elections] == ["bch"]
    assert ws.verify().fault is None


def test_congress_edits_and_pin(ws: Workspace, congress: Congress) -> None:
    """Details change freely; the PIN changes only with the old one; text is stored NFC."""
    decomposed = "Đại hội lần thứ XXV — Thái Tân".replace("á", "a\u0301")
    ws.update_congress(dataclasses.replace(congress, place=decomposed))
    assert ws.data().congress.place == "Đại hội lần thứ XXV — Thái Tân"
    with raises_vi(Refused, "PIN cũ"):
        ws.set_head_pin("135791", "000000")
    ws.set_head_pin("135791", PIN)
    with raises_vi(Refused, "ít nhất"):
        ws.set_head_pin("1", "135791")
    assert "head_pin" in ws.log()[-1].payload and "135791" not in str(ws.log()[-1].payload)
    assert ws.verify().fault is None


def test_create_refuses_an_existing_database_and_open_a_missing_one(tmp_path: Path, congress: Congress) -> None:
    """Nothing is overwritten; a missing file is named."""
    p = tmp_path / "a.kiemphieu"
    Workspace.create(p, congress, station="s", operator="o").close()
    with pytest.raises(ExistsError):
        Workspace.create(p, congress, station="s", operator="o")
    with raises_vi(NotFoundError, "Không tìm thấy"):
        Workspace.open(tmp_path / "none.kiemphieu", station="s", operator="o")
    with Workspace.open(p, station="s", operator="o") as w:
        assert w.data().congress == congress


def test_backup_after_finalize_is_checked(tmp_path: Path, congress: Congress, committee: Election) -> None:
    """Each finalized round is copied to the backup folder; the copy passes integrity_check and holds the last hash."""
    w = Workspace.create(tmp_path / "a.kiemphieu", congress, station="s", operator="o", head_pin=PIN)
    w.add_election(committee)
    w.set_round_counts("bch", 1, ballots_issued=1, ballots_collected=1, present=1)
    w.record_ballot("bch", 1, struck(6))
    w.set_backup_folder(tmp_path / "usb")
    w.finalize_round("bch", 1, PIN)
    assert w.last_backup is not None and w.last_backup.parent == tmp_path / "usb"
    conn = sqlite3.connect(w.last_backup)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert conn.execute("SELECT hash FROM log ORDER BY seq DESC LIMIT 1").fetchone() == (w.last_hash(),)
    conn.close()
    copy = Workspace.open(w.last_backup, station="s", operator="o")
    assert copy.verify().fault is None and copy.data() == w.data()
    copy.close()
    w.reopen_round("bch", 1, PIN, "thử sao lưu hỏng")
    (tmp_path / "blocked").write_text("not a folder")
    w.set_backup_folder(tmp_path / "blocked")
    with raises_vi(BackupError, "Lần bầu ĐÃ ĐƯỢC CHỐT và đã lưu trên máy này"):
        w.finalize_round("bch", 1, PIN)
    assert w.round_status("bch", 1).finalized
    w.close()


def test_log_payload_hash_covers_the_ballot(ws: Workspace) -> None:
    """The record that wrote a ballot carries its canonical data; the data hash is over that payload."""
    bid = ws.record_ballot("bch", 1, struck(2, 4))
    rec = next(e for e in ws.log() if e.seq == bid)
    assert rec.action == "ballot" and rec.payload["ballot"] == {"struck": [2, 4]}
    import json

    assert rec.data_hash == sha256(json.dumps(rec.payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False))
