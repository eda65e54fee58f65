"""Issue 11's forged hand-over files: 0 of 3 accepted, a replay refused, every attempt logged.

An attacker holds a station's copy of the database (never its private key) and the program's code: they make
a file re-signed with a key of their own, a file made from the copy with new pass ids, a file naming stacks the
head never opened. Each is refused with a clear message, nothing is merged, the refusal is logged and the
head's database still verifies.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app import congress as congress_svc
from app import elections, handover, reports, rounds, stacks, stations, teams
from app.db import Actor, Database, open_database
from app.errors import Refused
from app.filesig import sign_document
from app.keys import StationKey, create_station_key
from app.record.canonical import dumps
from ballot.model import Congress, Election, StruckBallot
from tests.app.conftest import PIN

HEAD = Actor("máy-trưởng-ban", "Bình")
MADE_UP = StationKey.of(Ed25519PrivateKey.from_private_bytes(bytes(range(70, 102))))
BALLOTS = (StruckBallot(frozenset({6})), StruckBallot(frozenset({5})))


@dataclass
class Setup:
    head: Database
    copy: Path
    station: Actor
    file: Path


@pytest.fixture
def setup(tmp_path: Path, congress: Congress, committee: Election) -> Iterator[Setup]:
    """The head opens a stack of 2 (double entry) and registers máy-2, whose copy enters it and hands it over."""
    head = congress_svc.create(tmp_path / "head.kiemphieu", congress, HEAD, head_pin=PIN)
    elections.add(head, HEAD, committee)
    rounds.set_counts(head, HEAD, "bch", 1, ballots_issued=2, ballots_collected=2, present=2)
    congress_svc.set_entry_mode(head, HEAD, 2, PIN)
    teams.add_team(head, HEAD, "Tổ 1", ["Lan", "Minh"])
    stacks.open_stack(head, HEAD, "bch", 1, "Tổ 1", 2)
    key = create_station_key(tmp_path / "may-2")
    stations.register(head, HEAD, key.registration("máy-2"), PIN)
    copy = handover.copy_for_station(head, tmp_path / "may-2.kiemphieu")
    lan = Actor("máy-2", "Lan", key)
    with open_database(copy, lan) as d:
        [st] = stacks.stacks(d, "bch", 1)
        for seq, b in enumerate(BALLOTS, 1):
            stacks.record_pass_ballot(d, lan, st.id, seq, b)
        stacks.complete_pass(d, lan, st.id)
        handover.export_entries(d, lan, tmp_path / "may-2.kpentries")
    yield Setup(head, copy, lan, tmp_path / "may-2.kpentries")
    head.close()


def doc_of(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def write(path: Path, doc: dict[str, Any]) -> Path:
    path.write_text(dumps(doc), encoding="utf-8")
    return path


def refused(head: Database, path: Path) -> str:
    """Merges and expects a refusal that changed nothing but the log's record of it; the refusal's code."""
    before = len(reports.log(head))
    passes = [p for s in stacks.stacks(head, "bch", 1) for p in s.passes]
    with pytest.raises(Refused) as info:
        handover.merge_entries(head, HEAD, path)
    log = reports.log(head)
    assert len(log) == before + 1 and log[-1].action == "handover.refused"
    assert json.loads(log[-1].payload)["reason"] == info.value.code
    assert [p for s in stacks.stacks(head, "bch", 1) for p in s.passes] == passes
    assert info.value.vi and info.value.en and "{" not in info.value.vi
    return info.value.code


def test_a_file_resigned_with_a_made_up_key_is_refused(setup: Setup, tmp_path: Path) -> None:
    doc = doc_of(setup.file)
    doc["passes"][0]["items"][1][1] = "s4"
    doc["fingerprint"] = MADE_UP.fingerprint
    doc["log_head"] = MADE_UP.head(doc["congress"], doc["log_head"]["seq"], doc["log_head"]["hash"]).to_doc()
    forged = write(tmp_path / "f1.kpentries", sign_document(doc, MADE_UP, doc["exported_at"], "handover"))
    assert refused(setup.head, forged) == "handover.unknown_key"
    assert reports.verify(setup.head).ok


def test_a_file_made_from_a_station_copy_with_new_pass_ids_is_refused(setup: Setup, tmp_path: Path) -> None:
    """The copy holds no private key: kept signature, a made-up key's, or none — each refused."""
    doc = doc_of(setup.file)
    for p in doc["passes"]:
        p["id"] += 1000
    doc["id"] = "00000000-0000-4000-8000-000000000001"
    kept = write(tmp_path / "f2a.kpentries", doc)
    assert refused(setup.head, kept) == "handover.altered"
    resigned = sign_document({**doc, "fingerprint": MADE_UP.fingerprint}, MADE_UP, doc["exported_at"], "handover")
    assert refused(setup.head, write(tmp_path / "f2b.kpentries", resigned)) == "handover.unknown_key"
    unsigned = {k: v for k, v in doc.items() if k != "signature"}
    assert refused(setup.head, write(tmp_path / "f2c.kpentries", unsigned)) == "handover.unsigned"
    assert reports.verify(setup.head).ok


def test_a_file_naming_stacks_the_head_never_opened_is_refused(setup: Setup, tmp_path: Path) -> None:
    """Forged by anyone (a made-up key), or even made by the registered station itself: no merge opens a stack."""
    doc = doc_of(setup.file)
    extra = {**doc["passes"][0], "id": 999, "team": "Tổ ma", "collected": 2}
    doc["passes"].append(extra)
    forged = sign_document({**doc, "fingerprint": MADE_UP.fingerprint}, MADE_UP, doc["exported_at"], "handover")
    assert refused(setup.head, write(tmp_path / "f3a.kpentries", forged)) == "handover.unknown_key"
    by_station = sign_document(doc, setup.station.signer(), doc["exported_at"], "handover")
    assert refused(setup.head, write(tmp_path / "f3b.kpentries", by_station)) == "handover.stack_not_opened"
    assert [s.team for s in stacks.stacks(setup.head, "bch", 1)] == ["Tổ 1"]
    assert [t.name for t in teams.teams(setup.head)] == ["Tổ 1"] and reports.verify(setup.head).ok


def test_the_true_file_is_accepted_once_and_a_replay_is_refused(setup: Setup) -> None:
    assert handover.merge_entries(setup.head, HEAD, setup.file) == 1
    assert refused(setup.head, setup.file) == "handover.replayed"
    accepted = [json.loads(e.payload) for e in reports.log(setup.head) if e.action == "handover.accepted"]
    assert len(accepted) == 1 and accepted[0]["fingerprint"] == setup.station.signer().fingerprint
    assert reports.verify(setup.head).ok


def test_an_older_versions_file_a_foreign_congress_and_a_retired_key_are_refused(
    setup: Setup, tmp_path: Path, congress: Congress
) -> None:
    doc = doc_of(setup.file)
    old = {k: v for k, v in doc.items() if k not in ("signature", "log_head", "fingerprint", "id")}
    old.update(version=1, mac="ab" * 32)
    assert refused(setup.head, write(tmp_path / "v1.kpentries", old)) == "handover.old_version"
    foreign = sign_document(
        {**doc, "congress": "11111111-2222-4333-8444-555555555555"},
        setup.station.signer(),
        doc["exported_at"],
        "handover",
    )
    assert refused(setup.head, write(tmp_path / "x.kpentries", foreign)) == "handover.other_congress"
    new_key = create_station_key(tmp_path / "may-2-new")
    stations.rekey(setup.head, HEAD, new_key.registration("máy-2"), setup.station.signer().fingerprint, PIN)
    assert refused(setup.head, setup.file) == "handover.unknown_key"  # signed by the key retired since
    assert reports.verify(setup.head).ok
