"""Killing the writer with SIGKILL at random moments: every returned save survives, nothing half-saved."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app import congress as congress_svc
from app import elections, reports
from app.db import Actor, open_database
from ballot.model import Body, Candidate, Congress, Election

CHILD = r"""
import random, sys
from app import entry
from app.db import Actor, open_database
from ballot.model import StruckBallot
who = Actor("máy-2", "Người nhập")
db = open_database(sys.argv[1], who)
rng = random.Random(int(sys.argv[2]))
print("ready", flush=True)
while True:
    struck = frozenset(rng.sample(range(1, 41), rng.randint(1, 40)))
    bid = entry.record_ballot(db, who, "bch", 1, StruckBallot(struck, count=rng.randint(1, 3)))
    print(bid, flush=True)
"""


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_sigkill_while_recording_loses_no_returned_ballot(tmp_path: Path, congress: Congress) -> None:
    """Many kills, each at a random moment: saved ids all present and current, verify passes each time."""
    path = tmp_path / "crash.kiemphieu"
    election = Election("bch", "BCH", Body.COMMITTEE, 35, tuple(Candidate(i, f"Người {i}") for i in range(1, 41)))
    who = Actor("máy-1", "o")
    with congress_svc.create(path, congress, who) as w:
        elections.add(w, who, election)
    rng = random.Random(20250520)
    saved: set[int] = set()
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    deadline = time.monotonic() + 20
    kills = 0
    while kills < 25 and time.monotonic() < deadline:
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(path), str(rng.randrange(10**9))],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
        )
        assert child.stdout is not None
        assert child.stdout.readline().strip() == b"ready", child.stderr.read() if child.stderr else b""
        time.sleep(rng.uniform(0.0, 0.25))
        child.send_signal(signal.SIGKILL)
        out, _ = child.communicate()
        kills += 1
        returned = {int(line) for line in out.split(b"\n") if line.strip().isdigit()}
        saved |= returned
        with open_database(path, who) as w:
            current = {e.id for e in reports.entries(w, "bch", 1) if e.status == "current"}
            assert saved <= current, f"lost after kill {kills}: {sorted(saved - current)[:5]}"
            report = reports.verify(w)
            assert report.ok, report.first
            log_ids = {e.seq for e in reports.log(w) if e.action == "ballot"}
            assert current == log_ids  # no ballot row without its log record, and the reverse
    assert kills >= 6 and len(saved) > 20
