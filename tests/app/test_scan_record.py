"""Scanned ballots into the record: generated pages read through the service into a database, doubts decided by
people (recorded with who), the same file twice counted once, kept images checked, a scanned pass compared with a
keyboard pass by the same state machine, and `verify --db` replaying it all."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import cv2
import numpy as np
import pytest

from app import congress as congress_svc
from app import elections, reports, rounds, scans, stacks, teams
from app.cli import main
from app.db import Actor, Database
from app.errors import UserError
from app.record.codec import ballot_text
from app.scan.layout import Box
from app.scan.model import PageReading
from ballot.model import Congress, Election, InvalidReason, RuledInvalidBallot, StruckBallot
from bench._scan_data import ballot
from tests.app.conftest import PIN

LAN, HOA, MINH = Actor("máy-1", "Lan"), Actor("máy-1", "Hoa"), Actor("máy-1", "Minh")


def doubtful_stroke(png: bytes, reading: PageReading, no: int) -> np.ndarray:
    """The page with a short stroke over the start of name `no` (too short to be a strike, too long to be
    nothing: the reader leaves it to a person)."""
    img = cv2.imdecode(np.frombuffer(png, np.uint8), cv2.IMREAD_GRAYSCALE)
    row = reading.row(no)
    assert row is not None
    c = row.cell
    y, x0 = (c.y0 + c.y1) / 2, c.x0 + 12
    q = reading.image_quad(Box(x0, y - 0.2, x0 + (c.x1 - x0) * 0.08, y + 0.2))
    cv2.line(img, (int(q[0][0]), int(q[0][1])), (int(q[1][0]), int(q[1][1])), 60, 3)
    return img


@pytest.fixture
def made(tmp_path: Path, congress: Congress, committee: Election) -> Iterator[tuple[Database, Path]]:
    """A congress database (single entry, elect 5 of 6) beside a folder of six scanned pages: three read for
    certain, one with a doubtful row (3), one without the committee's stamp, one that is not a ballot."""
    db = congress_svc.create(str(tmp_path / "dh.kiemphieu"), congress, LAN, head_pin=PIN)
    elections.add(db, LAN, committee)
    rounds.set_counts(db, LAN, "bch", 1, ballots_issued=6, ballots_collected=6, present=6)
    data = reports.data(db)
    reader = scans.reader_for(db, "bch", 1)
    folder = tmp_path / "scanner"
    folder.mkdir()
    for seed in (2, 5, 6):
        s = ballot(data, "bch", 1, "strike", np.random.default_rng(seed))
        (folder / f"p{seed}{s.suffix}").write_bytes(s.image)
    s = ballot(data, "bch", 1, "strike", np.random.default_rng(2))
    first = reader.read(cv2.imdecode(np.frombuffer(s.image, np.uint8), cv2.IMREAD_GRAYSCALE))  # type: ignore[attr-defined]
    cv2.imwrite(str(folder / "p7-doubt.png"), doubtful_stroke(s.image, first, 3))
    s = ballot(data, "bch", 1, "no_stamp", np.random.default_rng(3))
    (folder / f"p8-nostamp{s.suffix}").write_bytes(s.image)
    (folder / "p9-blank.png").write_bytes(cv2.imencode(".png", np.full((800, 560), 255, np.uint8))[1].tobytes())
    yield db, folder
    db.close()


def scan_folder(db: Database, who: Actor, folder: Path, stack: int | None = None) -> list[scans.Outcome]:
    reader = scans.reader_for(db, "bch", 1)
    files = sorted(folder.iterdir())
    return [
        scans.record_page(db, who, image, reading, "bch", 1, stack)
        for image, reading in scans.read_pages(reader, files, scans.image_folder(db))
    ]


def test_pages_become_ballots_and_people_decide_the_doubts(made: tuple[Database, Path], capsys) -> None:  # type: ignore[no-untyped-def]
    db, folder = made
    out = scan_folder(db, LAN, folder)
    assert [o.status for o in out] == ["read", "read", "read", "doubtful", "doubtful", "rejected"]
    assert [o.counted is not None for o in out] == [True, True, True, False, False, False]
    assert out[5].reasons == ("scan.corners_missing",) or out[5].reasons[0].startswith("scan.")
    pages = {p.source: p for p in scans.scanned_pages(db, "bch", 1)}
    assert pages["p7-doubt.png"].open_rows == (3,) and pages["p7-doubt.png"].state == "waiting"
    nostamp = next(p for name, p in pages.items() if name.startswith("p8"))
    assert nostamp.needs_ruling and nostamp.open_rows == () and nostamp.state == "waiting"
    assert reports.round_status(db, "bch", 1).entered == 3
    # every kept image is beside the database, under its hash
    kept = db.path.with_name("dh.kiemphieu.scans")  # type: ignore[union-attr]
    assert sorted(f.name for f in kept.iterdir()) == sorted(o.image.file for o in out)

    with pytest.raises(UserError) as info:
        scans.decide(db, HOA, pages["p7-doubt.png"].id, 2, "kept")
    assert info.value.code == "scan.not_doubtful"
    with pytest.raises(UserError):
        scans.decide(db, HOA, pages["p7-doubt.png"].id, 3, "agree")
    done = scans.decide(db, HOA, pages["p7-doubt.png"].id, 3, "kept")
    assert done.counted is not None
    ruled = scans.decide(db, MINH, nostamp.id, None, "valid")
    assert ruled.counted is not None
    with pytest.raises(UserError) as info:
        scans.decide(db, MINH, nostamp.id, None, "invalid.marked")
    assert info.value.code == "scan.already_counted"

    log = reports.log(db)
    decisions = [(r.operator, json.loads(r.payload)) for r in log if r.action == "scan.decide"]
    assert decisions == [("Hoa", {"page": pages["p7-doubt.png"].id, "row": 3, "verdict": "kept"}),
                         ("Minh", {"page": nostamp.id, "row": None, "verdict": "valid"})]  # fmt: skip
    # the tally equals the ballots' truth
    truth = [StruckBallot(frozenset(ballot(reports.data(db), "bch", 1, "strike", np.random.default_rng(s)).struck))
             for s in (2, 5, 6)]  # fmt: skip
    truth.append(StruckBallot(truth[0].struck))  # the doubtful copy of page 2: row 3 kept, as on the paper
    nostamp_truth = ballot(reports.data(db), "bch", 1, "no_stamp", np.random.default_rng(3)).struck
    truth.append(StruckBallot(frozenset(nostamp_truth)))
    entered = [ballot_text(e.ballot) for e in reports.entries(db, "bch", 1)]
    assert sorted(entered) == sorted(ballot_text(b) for b in truth)
    assert set(scans.scanned_ballots(db)) == {o.counted for o in out if o.counted} | {done.counted, ruled.counted}
    assert {e.id: e.scan for e in reports.entries(db, "bch", 1)} == {b: p for b, p in scans.scanned_ballots(db).items()}
    assert reports.verify(db).ok and scans.check_images(db) == []
    records = len(reports.log(db))
    db.close()

    # the same folder scanned again from the command line: nothing new is counted
    assert main(["scan", "--db", str(db.target), str(folder), "--record"]) == 0
    said = capsys.readouterr().out
    assert "6 trang đã ghi từ trước" in said and "Đã ghi 0 trang" in said
    assert main(["verify", "--db", str(db.target)]) == 0
    capsys.readouterr()

    # an image altered or missing beside the congress is reported by its hash
    altered = kept / out[0].image.file
    altered.write_bytes(altered.read_bytes() + b"\0")
    (kept / out[1].image.file).unlink()
    assert main(["verify", "--db", str(db.target)]) == 1
    said = capsys.readouterr().out
    assert out[0].image.file in said and out[1].image.file in said
    db2 = Database.__new__(Database)  # noqa: F841 (only the records count)
    from app.storage.opening import open_db

    with open_db(str(db.target)) as again:
        assert len(reports.log(again)) == records
        found = scans.check_images(again)
        assert [c for c, _, _ in found] == ["scan.image_altered", "scan.image_missing"]


def test_a_ruling_of_invalid_makes_an_invalid_ballot(made: tuple[Database, Path]) -> None:
    db, folder = made
    for f in folder.iterdir():
        if not f.name.startswith("p8"):
            f.unlink()
    (out,) = scan_folder(db, LAN, folder)
    assert out.counted is None
    done = scans.decide(db, HOA, out.page_id, None, "invalid.marked")  # type: ignore[arg-type]
    assert done.counted is not None
    (e,) = reports.entries(db, "bch", 1)
    assert e.ballot == RuledInvalidBallot(InvalidReason.MARKED)
    assert reports.verify(db).ok


def test_a_scanned_pass_is_one_entry_compared_with_a_keyboard_pass(made: tuple[Database, Path]) -> None:
    """Double entry: the scanner's pass (fed by Lan) and Minh's keyboard pass of the same stack differ on one
    ballot; the head keeps the scanner's reading; only then do the ballots count."""
    db, folder = made
    for f in folder.iterdir():
        if not f.name.startswith(("p2", "p5", "p7")):
            f.unlink()
    congress_svc.set_entry_mode(db, LAN, 2, PIN)
    teams.add_team(db, LAN, "Tổ 1", ["Lan", "Minh"])
    with pytest.raises(UserError):  # double entry: pages go to a team's stack
        scans.record_page(db, LAN, *next(iter(_one(db, folder))), "bch", 1)
    sid = stacks.open_stack(db, LAN, "bch", 1, "Tổ 1", 3)
    out = scan_folder(db, LAN, folder, sid)
    assert [o.status for o in out] == ["read", "read", "doubtful"]
    assert stacks.stack_state(db, sid).state == "awaiting" and reports.round_status(db, "bch", 1).entered == 0
    scans.decide(db, HOA, out[2].page_id, 3, "struck")  # type: ignore[arg-type]
    st = stacks.stack_state(db, sid)
    assert st.state == "awaiting"  # the scanned pass is complete: one entry of two
    passes = db_passes(db, sid)
    assert passes == [(scans.scanner(LAN).operator, True)]
    data = reports.data(db)
    truth = [frozenset(ballot(data, "bch", 1, "strike", np.random.default_rng(s)).struck) for s in (2, 5, 2)]
    typed = [StruckBallot(truth[0]), StruckBallot(truth[1]), StruckBallot(truth[2])]  # Minh reads row 3 as kept
    for seq, b in enumerate(typed, 1):
        stacks.record_pass_ballot(db, MINH, sid, seq, b)
    assert stacks.complete_pass(db, MINH, sid).state == "differ"
    assert [d.seq for d in stacks.differences_of(db, sid)] == [3]
    assert reports.round_status(db, "bch", 1).entered == 0
    assert stacks.resolve_difference(db, LAN, sid, 3, 0, PIN).state == "definitive"
    entered = [e.ballot for e in reports.entries(db, "bch", 1)]
    assert [b.struck for b in entered] == [truth[0], truth[1], truth[2] | {3}]  # type: ignore[union-attr]
    assert reports.verify(db).ok


def _one(db: Database, folder: Path) -> Iterator[tuple[scans.PageImage, PageReading]]:
    reader = scans.reader_for(db, "bch", 1)
    yield from scans.read_pages(reader, sorted(folder.iterdir())[:1], scans.image_folder(db))  # type: ignore[misc]


def db_passes(db: Database, sid: int) -> list[tuple[str, bool]]:
    from sqlalchemy import select

    from app.storage.rows import PassRow

    with db.reading() as s:
        return [
            (p.operator, p.completed is not None) for p in s.scalars(select(PassRow).where(PassRow.stack_id == sid))
        ]


def test_a_page_is_never_counted_twice_even_copied_under_another_name(made: tuple[Database, Path]) -> None:
    db, folder = made
    for f in folder.iterdir():
        if not f.name.startswith("p2"):
            f.unlink()
    (first,) = scan_folder(db, LAN, folder)
    shutil.copy(next(folder.iterdir()), folder / "copy-of-p2.png")
    again = scan_folder(db, LAN, folder)
    assert all(o.duplicate and o.page_id == first.page_id for o in again)
    assert reports.round_status(db, "bch", 1).entered == 1


def test_a_second_scan_fed_by_another_person_is_the_other_entry(made: tuple[Database, Path], tmp_path: Path) -> None:
    """The committee may decide to scan the stack again (fed by Hoa): that is the second entry, compared with the
    first; the same person cannot feed both."""
    db, folder = made
    for f in folder.iterdir():
        if not f.name.startswith(("p2", "p5", "p6")):
            f.unlink()
    congress_svc.set_entry_mode(db, LAN, 2, PIN)
    teams.add_team(db, LAN, "Tổ 1", ["Lan", "Minh"])
    sid = stacks.open_stack(db, LAN, "bch", 1, "Tổ 1", 3)
    assert [o.counted is not None for o in scan_folder(db, LAN, folder, sid)] == [True, True, True]
    again = tmp_path / "again"
    again.mkdir()
    rng = np.random.default_rng(9)
    for f in sorted(folder.iterdir()):  # the same paper through the scanner again: other images
        img = cv2.imread(str(f), cv2.IMREAD_GRAYSCALE).astype(np.int16) + rng.integers(-3, 4, (1,), dtype=np.int16)
        cv2.imwrite(str(again / f"{f.stem}.png"), np.clip(img, 0, 255).astype(np.uint8))
    (extra,) = scan_folder(db, LAN, again, sid)[:1]  # Lan's pass is complete: her second scan has no place
    assert extra.status == "rejected" and extra.reasons == ("scan.stack_full",)
    assert stacks.stack_state(db, sid).state == "awaiting"
    out = scan_folder(db, HOA, again, sid)
    assert [o.status for o in out] == ["read"] * 3 and all(o.counted for o in out)  # one was rejected for Lan
    assert stacks.stack_state(db, sid).state == "definitive"
    assert db_passes(db, sid) == [(scans.scanner(LAN).operator, True), (scans.scanner(HOA).operator, True)]
    assert reports.round_status(db, "bch", 1).entered == 3 and reports.verify(db).ok


def test_the_database_beside_the_scans_is_never_opened_as_a_file(made: tuple[Database, Path], monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A scanner folder that is the database's own folder: the database, its side files and the kept images are
    left alone (closing any descriptor of the database file would drop the window's locks on it)."""
    db, folder = made
    assert db.path is not None
    scan_folder(db, LAN, folder)  # the kept images folder now exists beside the database
    for f in folder.iterdir():
        shutil.copy(f, db.path.parent / f.name)
    opened: list[str] = []
    import app.scan.images as images

    real = images.kind_of
    monkeypatch.setattr(images, "kind_of", lambda p: opened.append(p.name) or real(p))
    files, bad = scans.scan_files(db.path, [db.path.parent, db.path.with_name(db.path.name + ".scans")])
    assert not any(n.startswith(db.path.name) for n in opened)
    assert sorted(f.name for f in files) == sorted(f.name for f in folder.iterdir())
    assert all(not b.name.startswith(db.path.name) for b in bad)
