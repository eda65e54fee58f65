"""Printed ballots and the reading of scanned pages (a small seeded sample; `python -m bench scan` runs 600)."""

from __future__ import annotations

import json
from pathlib import Path

import cv2
import numpy as np
import pytest

from app.cli import main
from app.scan import BallotKey, Reader, Status, ballot_layout, ballots_for
from app.scan.images import render_pdf
from bench._scan_data import ballot, congress_data
from bench.scan import wrong_rows


@pytest.fixture(scope="module")
def data():  # type: ignore[no-untyped-def]
    return congress_data([(12, 9), (40, 30), (6, 6)], seed=3)


def test_every_copy_is_the_same_page_and_the_qr_names_the_round(data) -> None:  # type: ignore[no-untyped-def]
    layout, pdf = ballots_for(data, "e0", 2, copies=3)
    imgs = list(render_pdf(pdf, 60))
    assert len(imgs) == 3 and all(np.array_equal(imgs[0], i) for i in imgs[1:])
    assert pdf.count(b"/Subtype /Form") == 1  # one drawing, shown on every page: nothing tells one copy from another
    key = BallotKey.parse(layout.key.payload())
    assert key == layout.key and (key.election, key.round) == ("e0", 2)
    assert ballot_layout(data, "e0", 1).fingerprint != layout.fingerprint
    assert layout.page == (148.0, 210.0) and ballot_layout(data, "e1", 2).page == (210.0, 297.0)


@pytest.mark.parametrize(
    ("election", "kind", "seed"),
    [("e0", "strike", 1), ("e1", "strike", 2), ("e2", "agree", 3), ("e0", "upside_down", 4), ("e1", "other_round", 5),
     ("e0", "blank", 6), ("e0", "missing_corner", 7), ("e1", "name_added", 8), ("e0", "no_stamp", 9)],
)  # fmt: skip
def test_generated_pages_are_read_right_or_marked(data, election: str, kind: str, seed: int) -> None:  # type: ignore[no-untyped-def]
    rng = np.random.default_rng(seed)
    s = ballot(data, election, 1 if kind == "other_round" else 2, kind, rng)
    expect = {"other_round": ("rejected", "scan.other_round")}.get(kind, (s.expect, s.reason))
    reader = Reader(data, accept=[(e.id, 2) for e in data.elections])
    reading = reader.read(cv2.imdecode(np.frombuffer(s.image, np.uint8), cv2.IMREAD_GRAYSCALE))
    codes = [r.code for r in reading.reasons]
    assert wrong_rows(s, reading) == 0
    if expect[1]:
        assert expect[1] in codes
    if expect[0] == "rejected":
        assert reading.status is Status.REJECTED
    else:
        assert reading.status is not Status.REJECTED
        assert len(reading.rows) == len(data.election(election).candidates)
        if reading.status is Status.READ:
            truth = sorted(s.struck) if s.form.value == "strike_out" else s.marks
            assert (list(reading.struck) if s.form.value == "strike_out" else reading.marks) == truth
        if kind == "upside_down":
            assert "scan.upside_down" in codes and abs(abs(reading.rotation) - 180) < 5


def test_command_line_prints_then_reads_the_ballots(examples: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    src = examples / "committee-5-of-7.json"
    out = tmp_path / "b.pdf"
    assert main(["ballots", str(src), "--election", "bch", "--copies", "2", "-o", str(out)]) == 0
    capsys.readouterr()
    assert main(["scan", str(src), str(out), "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["format"] == "kiemphieu-scan/1" and len(doc["ballots"]) == 2
    b = doc["ballots"][0]
    assert (b["election"], b["round"], b["page"], b["struck"], b["doubtful"]) == ("bch", 1, 1, [], [])
    assert b["status"] == "doubtful" and b["reason_code"] == "scan.no_stamp"  # a printed, unstamped ballot
    (tmp_path / "note.txt").write_text("không phải ảnh")
    assert main(["scan", str(src), str(tmp_path)]) == 2
    assert "scan.not_images" in capsys.readouterr().err
    assert main(["ballots", str(src), "--election", "bch", "--copies", "0", "-o", str(out)]) == 2
    assert main(["scan", str(src), str(out), "--round", "1"]) == 2
    assert "scan.round_needs_election" in capsys.readouterr().err


def test_ballots_from_a_congress_database_are_read_back_through_it(
    demo_db, demo_path: Path, tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    from app.printing import round_ballots

    layout, pdf = round_ballots(demo_db, "ubkt", copies=2)  # the window's function: the last round by default
    assert (layout.election, layout.round) == ("ubkt", 2) and len(list(render_pdf(pdf, 30))) == 2
    demo_db.close()
    out = tmp_path / "ubkt.pdf"
    assert main(["ballots", "--db", str(demo_path), "--election", "ubkt", "-o", str(out)]) == 0
    assert out.read_bytes() == ballots_for(congress_data_of(demo_path), "ubkt", 2)[1]
    capsys.readouterr()
    assert main(["scan", "--db", str(demo_path), str(out), "--json"]) == 0
    b = json.loads(capsys.readouterr().out)["ballots"][0]
    assert (b["election"], b["round"], b["struck"], b["reason_code"]) == ("ubkt", 2, [], "scan.no_stamp")
    assert main(["ballots", "--db", str(demo_path), "--election", "ubkt", "-o", str(tmp_path / "no" / "x.pdf")]) == 2
    assert "scan.cannot_write" in capsys.readouterr().err


def congress_data_of(path: Path):  # type: ignore[no-untyped-def]
    from app.scan.session import election_data

    return election_data(None, str(path))
