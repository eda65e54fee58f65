"""The demo congress: the elections and outcomes it promises, no list errors, exportable and re-tallied the same."""

from __future__ import annotations

from pathlib import Path

from app import reports, rounds
from app.commands.tally import print_tally
from app.db import Database
from app.demo import DEMO_PIN, export_demo
from app.fileformat import load
from ballot.election import tally_all
from ballot.model import Form, PoolTake
from ballot.outcome import Complete, Shortfall
from tests.conftest import DEMO_ACTOR


def test_demo_has_what_it_promises(demo_db: Database) -> None:
    ws = demo_db
    data = reports.data(ws)
    results = {r.election: r for r in tally_all(data)}
    assert [e.id for e in data.elections] == ["bch", "bt", "ubkt", "dbct", "dbdk"]
    assert data.congress.electorate.base == 118
    # committee: 15 of 17, complete, with one ballot not issued and one over the limit
    bch = results["bch"].rounds[0]
    assert isinstance(bch.outcome, Complete) and len(bch.elected) == 15
    assert sum(bch.ballots.invalid_by_reason.values()) == 2
    # the secretary elected directly from the committee's elected, on an agree/disagree paper
    bt = data.election("bt")
    assert bt.candidate_pool is not None and bt.candidate_pool.take is PoolTake.ELECTED
    assert results["bt"].rounds[0].form is Form.AGREE_DISAGREE
    assert isinstance(results["bt"].rounds[0].outcome, Complete)
    # the inspection committee: a shortfall in round 1, round 2 decided and waiting for ballots
    ubkt = results["ubkt"].rounds
    assert isinstance(ubkt[0].outcome, Shortfall) and ubkt[0].outcome.seats_left == 1
    assert data.election("ubkt").rounds[1].decision is not None
    assert reports.round_status(ws, "ubkt", 1).finalized and not reports.round_status(ws, "ubkt", 2).finalized
    # alternates come from the officials' not-elected
    assert data.election("dbdk").candidate_pool is not None
    assert data.election("dbdk").candidate_pool.take is PoolTake.NOT_ELECTED  # type: ignore[union-attr]
    # no list is against the surplus rules, so no minutes are drafts for that reason
    for er in results.values():
        for r in er.rounds:
            codes = {p.code.value for p in r.problems}
            assert not codes & {"E201", "E202", "E203", "E204", "W201", "W202"}, (er.election, codes)
    assert reports.has_pin(ws) and reports.verify(ws).ok
    rounds.reopen(ws, DEMO_ACTOR, "dbdk", 1, DEMO_PIN, "thử")  # the demo PIN works


def test_demo_exports_and_the_command_line_agrees(tmp_path: Path, capsys: object) -> None:
    path = export_demo(tmp_path / "demo.json", tmp_path)
    loaded = load(path)
    assert len(loaded.seals) == 5  # the same export as the window's and the command line's: with its seals
    assert print_tally(loaded.data, None, None, True) == 0
    results = {r.election: r for r in tally_all(loaded.data)}
    assert isinstance(results["ubkt"].rounds[0].outcome, Shortfall)
    assert len(results["bch"].rounds[0].elected) == 15
