"""The services: each action one transaction and one log record, refusals carry a code and leave nothing behind."""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from app import congress as congress_svc
from app import elections, entry, reports, rounds
from app.db import Actor, Database, open_database
from app.errors import Refused, UserError
from app.fileformat import load
from app.record.canonical import GENESIS, record_hash, sha256
from app.storage.errors import ExistsError, NotFoundError
from app.transfer import import_data
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

ME = Actor("máy-1", "Lê Văn Cường")


@pytest.fixture
def db(target: str, congress: Congress, committee: Election) -> Iterator[Database]:
    """A congress with the committee election, 10 ballots issued and collected."""
    d = congress_svc.create(target, congress, ME, head_pin=PIN)
    elections.add(d, ME, committee)
    rounds.set_counts(d, ME, "bch", 1, ballots_issued=10, ballots_collected=10, present=10)
    yield d
    d.close()


@contextmanager
def refused(code: str, kind: type[UserError] = Refused) -> Iterator[None]:
    """The block raises `kind` with this code (and words in both languages)."""
    with pytest.raises(kind) as info:
        yield
    assert info.value.code == code, info.value.code
    assert info.value.vi != code and info.value.en != code


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
        d = congress_svc.create(t, lf.data.congress, ME, ruleset=lf.data.ruleset, parameters=lf.data.parameters)
        with d.writing(ME) as tx:
            import_data(tx, lf.data, {})
        assert reports.data(d) == lf.data
        assert reports.verify(d).ok
        d.close()


def test_ballots_count_and_each_action_is_one_chained_log_record(db: Database) -> None:
    """Ten ballots entered: the tally counts them; the log chains every record to the previous one."""
    before = len(reports.log(db))
    ids = [entry.record_ballot(db, ME, "bch", 1, struck(6)) for _ in range(8)]
    ids.append(entry.record_ballot(db, ME, "bch", 1, struck(1, 6, count=2)))
    assert ids == sorted(ids) and len(set(ids)) == 9
    assert reports.round_status(db, "bch", 1).entered == 10
    votes = {c.no: c.votes for c in reports.results(db)[0].rounds[0].candidates}
    assert votes == {1: 8, 2: 10, 3: 10, 4: 10, 5: 10, 6: 0}
    log = reports.log(db)
    assert len(log) == before + 9
    prev, at = GENESIS, ""
    for e in log:
        assert e.prev_hash == prev and e.at >= at
        assert e.hash == record_hash(e.seq, e.at, e.station, e.operator, e.action, e.data_hash, e.prev_hash)
        prev, at = e.hash, e.at
    assert reports.last_hash(db) == prev
    assert json.loads(log[-1].payload)["ballot"] == {"struck": [1, 6], "count": 2}
    assert (log[-1].station, log[-1].operator) == ("máy-1", "Lê Văn Cường")


def test_a_refused_ballot_writes_nothing(db: Database) -> None:
    """A name not on the list, or the wrong form, is refused with a code; no row, no log record."""
    n = len(reports.log(db))
    with refused("ballot.not_on_paper"):
        entry.record_ballot(db, ME, "bch", 1, struck(9))
    with refused("ballot.form.strike_out"):
        entry.record_ballot(db, ME, "bch", 1, MarkedBallot({1: Mark.AGREE}))
    with refused("ballot.count_min"):
        entry.record_ballot(db, ME, "bch", 1, struck(1, count=0))
    with refused("election.not_found"):
        entry.record_ballot(db, ME, "xx", 1, struck(1))
    with refused("round.not_found"):
        entry.record_ballot(db, ME, "bch", 2, struck(1))
    assert len(reports.log(db)) == n and reports.entries(db, "bch", 1) == []
    entry.record_ballot(db, ME, "bch", 1, struck(1))  # the kept connection still works after refusals
    assert len(reports.log(db)) == n + 1


def test_correction_supersedes_and_void_keeps_the_old_row(db: Database) -> None:
    """A correction is a new entry at the same place; the old one stays with who and why."""
    a = entry.record_ballot(db, ME, "bch", 1, struck(1))
    b = entry.record_ballot(db, ME, "bch", 1, struck(2))
    c = entry.correct_ballot(db, ME, a, struck(3), "nhập nhầm số")
    assert c is not None and c > b
    assert entry.correct_ballot(db, ME, b, None, "phiếu trùng") is None
    rows = {e.id: e for e in reports.entries(db, "bch", 1)}
    assert (rows[a].status, rows[a].reason, rows[a].seq) == ("superseded", "nhập nhầm số", 1)
    assert (rows[c].status, rows[c].seq, rows[c].ballot) == ("current", 1, struck(3))
    assert (rows[b].status, rows[b].reason) == ("voided", "phiếu trùng")
    assert reports.data(db).elections[0].rounds[0].ballots == (struck(3),)
    with refused("ballot.not_current"):
        entry.correct_ballot(db, ME, a, None, "lần nữa")
    with refused("input.reason"):
        entry.correct_ballot(db, ME, c, None, "  ")
    with refused("ballot.not_found"):
        entry.correct_ballot(db, ME, 9999, None, "không có")
    assert reports.verify(db).ok


def test_undo_voids_only_this_operators_last_ballot(db: Database) -> None:
    """Undo takes back the last ballot this operator entered, not a colleague's."""
    mine = entry.record_ballot(db, ME, "bch", 1, struck(1))
    entry.record_ballot(db, Actor("máy-1", "Người khác"), "bch", 1, struck(2))
    assert entry.undo_last_ballot(db, ME, "bch", 1) == mine
    assert entry.undo_last_ballot(db, ME, "bch", 1) is None
    assert [e.status for e in reports.entries(db, "bch", 1)] == ["voided", "current"]
    assert reports.entries(db, "bch", 1)[0].reason == "Hủy phiếu vừa nhập"


def test_subtotals_add_to_the_tally_and_can_be_voided(db: Database) -> None:
    """A team's hand count adds to the entered ballots."""
    entry.record_ballot(db, ME, "bch", 1, struck(6))
    sheet = Subtotal("T2", 9, {InvalidReason.NOT_ISSUED: 1}, {1: 8, 2: 8, 3: 8, 4: 8, 5: 8})
    sid = entry.record_subtotal(db, ME, "bch", 1, sheet)
    r = reports.results(db)[0].rounds[0]
    assert r.ballots.counted == 10 and r.candidates[0].votes == 9
    with refused("ballot.not_on_paper", UserError):
        entry.record_subtotal(db, ME, "bch", 1, Subtotal("T3", 1, {}, {7: 1}))
    entry.void_subtotal(db, ME, sid, "tổ đếm lại")
    assert reports.results(db)[0].rounds[0].ballots.counted == 1
    assert [t.status for t in reports.subtotals(db, "bch", 1)] == ["voided"]
    with refused("subtotal.not_found"):
        entry.void_subtotal(db, ME, sid, "lần nữa")
    assert reports.verify(db).ok


def test_finalize_locks_and_reopen_needs_the_pin_and_a_reason(db: Database) -> None:
    """A finalized round refuses writes; reopening needs the head's PIN."""
    for _ in range(10):
        entry.record_ballot(db, ME, "bch", 1, struck(6))
    with refused("pin.wrong"):
        rounds.finalize(db, ME, "bch", 1, "0000")
    done = rounds.finalize(db, ME, "bch", 1, PIN)
    assert done.backup is None and done.backup_error is None
    st = reports.round_status(db, "bch", 1)
    assert st.finalized and st.fingerprint == done.fingerprint and st.finalized_by == "Trần Thị Bình"
    assert st.entered == 10 and reports.seals(db)[("bch", 1)].fingerprint == done.fingerprint
    with refused("round.finalized"):
        entry.record_ballot(db, ME, "bch", 1, struck(1))
    with refused("pin.wrong"):
        rounds.reopen(db, ME, "bch", 1, "9999", "sai số")
    rounds.reopen(db, ME, "bch", 1, PIN, "kiểm lại phiếu")
    assert not reports.round_status(db, "bch", 1).finalized
    with refused("round.not_final"):
        rounds.reopen(db, ME, "bch", 1, PIN, "lần nữa")
    entry.record_ballot(db, ME, "bch", 1, struck(1))
    assert reports.verify(db).ok


def test_finalize_refuses_a_round_that_does_not_reconcile(db: Database) -> None:
    """Entered ballots must match those collected before the round can be sealed; the problems are named."""
    entry.record_ballot(db, ME, "bch", 1, struck(6))
    with pytest.raises(Refused) as info:
        rounds.finalize(db, ME, "bch", 1, PIN)
    assert info.value.code == "round.has_errors" and "[E102]" in info.value.vi and "[E102]" in info.value.en
    assert "Chưa thể chốt" in info.value.vi and "Cannot finalize" in info.value.en


def test_another_round_follows_a_finalized_one(db: Database) -> None:
    """The congress's decision comes back as input: another round with its list and seats."""
    with refused("round.last_not_final"):
        rounds.start_round(db, ME, "bch", seats=1, candidates=(5, 6), decision=Decision("Đoàn chủ tịch"))
    for _ in range(10):
        entry.record_ballot(db, ME, "bch", 1, struck(1, 2))  # 10 votes of base 119: nobody passes
    rounds.finalize(db, ME, "bch", 1, PIN)
    with refused("round.unknown_candidate"):
        rounds.start_round(db, ME, "bch", seats=1, candidates=(1, 8), decision=Decision("Đoàn chủ tịch"))
    n = rounds.start_round(
        db,
        ME,
        "bch",
        seats=1,
        candidates=(1, 7),
        purpose=Purpose.ELECTION,
        decision=Decision("Đoàn chủ tịch", "bầu tiếp 1"),
        new_candidates=(Candidate(7, "Trịnh Văn Khoa"),),
    )
    assert n == 2
    e = reports.data(db).elections[0]
    assert e.rounds[1].candidates == (1, 7) and e.candidate(7).name == "Trịnh Văn Khoa"
    assert e.rounds[1].decision is not None and e.rounds[1].decision.at
    rounds.set_counts(db, ME, "bch", 2, ballots_issued=2, ballots_collected=2, present=2)
    entry.record_ballot(db, ME, "bch", 2, struck(7))
    with refused("round.later_exists"):
        rounds.reopen(db, ME, "bch", 1, PIN, "xem lại")
    assert reports.verify(db).ok


def test_election_edits_are_refused_once_ballots_exist(db: Database, committee: Election) -> None:
    """The list follows edits until the first ballot; removing keeps the row, marked."""
    elections.update(db, ME, dataclasses.replace(committee, seats=4, title="Bầu BCH khóa XXV"))
    assert reports.data(db).elections[0].rounds[0].seats == 4
    entry.record_ballot(db, ME, "bch", 1, RuledInvalidBallot(InvalidReason.NOT_ISSUED))
    with refused("election.has_ballots"):
        elections.update(db, ME, committee)
    with refused("election.has_ballots"):
        elections.remove(db, ME, "bch", "nhầm")
    other = dataclasses.replace(committee, id="ubkt", seats=3)
    elections.add(db, ME, other)
    with refused("election.exists"):
        elections.add(db, ME, other)
    elections.remove(db, ME, "ubkt", "đại hội không bầu")
    assert [e.id for e in reports.data(db).elections] == ["bch"]
    assert reports.verify(db).ok


def test_congress_edits_and_pin(db: Database, congress: Congress) -> None:
    """Details change freely; the PIN changes only with the old one; text is stored NFC."""
    decomposed = "Đại hội lần thứ XXV — Thái Tân".replace("á", "a\u0301")
    congress_svc.update(db, ME, dataclasses.replace(congress, place=decomposed))
    assert reports.data(db).congress.place == "Đại hội lần thứ XXV — Thái Tân"
    with refused("pin.wrong"):
        congress_svc.set_pin(db, ME, "135791", "000000")
    congress_svc.set_pin(db, ME, "135791", PIN)
    with refused("pin.too_short"):
        congress_svc.set_pin(db, ME, "1", "135791")
    last = reports.log(db)[-1]
    assert last.action == "pin@2" and "135791" not in last.payload and "scrypt" not in last.payload
    assert reports.verify(db).ok


def test_create_refuses_an_existing_database_and_open_a_missing_one(tmp_path: Path, congress: Congress) -> None:
    """Nothing is overwritten; a missing file is named."""
    p = tmp_path / "a.kiemphieu"
    congress_svc.create(p, congress, ME).close()
    with refused("storage.exists", ExistsError):
        congress_svc.create(p, congress, ME)
    with refused("storage.not_found", NotFoundError):
        open_database(tmp_path / "none.kiemphieu", ME)
    with open_database(p, ME) as d:
        assert reports.data(d).congress == congress
    with refused("congress.ruleset"):
        congress_svc.create(tmp_path / "b.kiemphieu", congress, ME, ruleset="qd999")
    assert not (tmp_path / "b.kiemphieu").exists()


def test_backup_after_finalize_is_checked(tmp_path: Path, congress: Congress, committee: Election) -> None:
    """Each finalized round is copied to the backup folder; the copy passes integrity_check and holds the last hash."""
    d = congress_svc.create(tmp_path / "a.kiemphieu", congress, ME, head_pin=PIN)
    elections.add(d, ME, committee)
    rounds.set_counts(d, ME, "bch", 1, ballots_issued=1, ballots_collected=1, present=1)
    entry.record_ballot(d, ME, "bch", 1, struck(6))
    congress_svc.set_backup_folder(d, ME, tmp_path / "usb")
    done = rounds.finalize(d, ME, "bch", 1, PIN)
    assert done.backup is not None and done.backup.parent == tmp_path / "usb" and done.backup_error is None
    conn = sqlite3.connect(done.backup)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert conn.execute("SELECT hash FROM log ORDER BY seq DESC LIMIT 1").fetchone() == (reports.last_hash(d),)
    conn.close()
    with open_database(done.backup, ME) as copy:
        assert reports.verify(copy).ok and reports.data(copy) == reports.data(d)
    rounds.reopen(d, ME, "bch", 1, PIN, "thử sao lưu hỏng")
    (tmp_path / "blocked").write_text("not a folder")
    congress_svc.set_backup_folder(d, ME, tmp_path / "blocked")
    failed = rounds.finalize(d, ME, "bch", 1, PIN)
    assert failed.backup is None and failed.backup_error is not None
    assert (
        failed.backup_error.code == "storage.backup_failed"
        and "ĐÃ ĐƯỢC CHỐT và đã lưu trên máy này" in failed.backup_error.vi
    )
    assert reports.round_status(d, "bch", 1).finalized
    d.close()


def test_log_payload_hash_covers_the_ballot(db: Database) -> None:
    """The record that wrote a ballot carries its canonical data; the data hash is over that payload."""
    bid = entry.record_ballot(db, ME, "bch", 1, struck(2, 4))
    rec = next(e for e in reports.log(db) if e.seq == bid)
    assert rec.action == "ballot" and json.loads(rec.payload)["ballot"] == {"struck": [2, 4]}
    assert rec.data_hash == sha256(rec.payload)


def test_the_operator_chosen_is_logged_and_carried(db: Database) -> None:
    """Choosing who is at the keyboard is a record of its own; later records carry the name."""
    lan = congress_svc.choose_operator(db, ME, "Nguyễn Thị Lan")
    assert lan == Actor("máy-1", "Nguyễn Thị Lan")
    entry.record_ballot(db, lan, "bch", 1, struck(6))
    last_two = reports.log(db)[-2:]
    assert [(e.action, e.operator) for e in last_two] == [("operator.chosen", lan.operator), ("ballot", lan.operator)]
    with refused("operator.empty"):
        congress_svc.choose_operator(db, ME, "  ")
    assert reports.verify(db).ok


def test_times_never_go_backwards_across_stations(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    """A station whose clock is behind writes the previous record's time, never an earlier one."""
    from app.record import log as log_mod

    entry.record_ballot(db, ME, "bch", 1, struck(6))
    before = reports.log(db)[-1].at
    monkeypatch.setattr(log_mod, "now", lambda: "2020-01-01T08:00:00.000+07:00")
    entry.record_ballot(db, Actor("máy-2", "Lan"), "bch", 1, struck(5))
    after = reports.log(db)[-1].at
    import datetime

    assert datetime.datetime.fromisoformat(after) == datetime.datetime.fromisoformat(before)
    assert reports.verify(db).ok
