"""Comparing two complete entries of 1,600 ballots × 220 candidates (target: under 200 ms).

Prints the comparison time beside a bare baseline measured in the same run:
plain `==` of the two tuples of ballots.
"""

from __future__ import annotations

import statistics
import time

from app.fileformat.reader import read_document
from ballot.double_entry import EntriesDiffer, Entry, enter, start
from ballot.model import StruckBallot
from bench.data import national


def main() -> None:
    """Measures and prints."""
    rnd = read_document(national()).data.elections[0].rounds[0]
    first = rnd.ballots
    second = list(first)
    for i in (17, 800, 1500):  # three typing slips in the second entry
        b = second[i]
        if isinstance(b, StruckBallot):
            second[i] = StruckBallot(b.struck ^ {1}, b.count, b.team)
    second_t = tuple(second)
    times, bare = [], []
    state = None
    for _ in range(15):
        s1 = enter(start(2, len(first)), Entry("Lan", first))
        t0 = time.perf_counter()
        state = enter(s1, Entry("Minh", second_t))
        times.append((time.perf_counter() - t0) * 1000)
        t0 = time.perf_counter()
        _ = [a == b for a, b in zip(first, second_t, strict=True)]
        bare.append((time.perf_counter() - t0) * 1000)
    assert isinstance(state, EntriesDiffer) and len(state.differences) == 3
    med, base = statistics.median(times), statistics.median(bare)
    print(f"two entries of {len(first):,} ballots × {len(rnd.candidates)} candidates, 3 differences found")
    print(f"compare (state machine): median {med:.1f} ms, max {max(times):.1f} ms (target < 200 ms)")
    print(f"bare baseline (== of each pair): median {base:.1f} ms; ratio {med / base:.2f}")
    service()


def service() -> None:
    """The same comparison through the services: both passes stored in a SQLite file, compared on completion."""
    import dataclasses
    import tempfile
    from pathlib import Path

    from app import congress, reports, stacks, teams
    from app.db import Actor
    from app.transfer import import_data

    data = read_document(national()).data
    e = data.elections[0]
    rnd = e.rounds[0]
    first = rnd.ballots
    second = list(first)
    slips = (17, 800, 1500)
    for i in slips:
        b = second[i]
        assert isinstance(b, StruckBallot)
        second[i] = StruckBallot(b.struck ^ {1}, b.count, b.team)
    bare = dataclasses.replace(
        data, elections=(dataclasses.replace(e, rounds=(dataclasses.replace(rnd, ballots=()),)),)
    )
    with tempfile.TemporaryDirectory() as tmp:
        lan, minh = Actor("m", "Lan"), Actor("m", "Minh")
        db = congress.create(Path(tmp) / "b.kiemphieu", data.congress, lan, head_pin="246813")
        with db.writing(lan) as tx:
            import_data(tx, bare, {})
        congress.set_entry_mode(db, lan, 2, "246813")
        teams.add_team(db, lan, "Tổ 1", ["Lan", "Minh"])
        sid = stacks.open_stack(db, lan, e.id, 1, "Tổ 1", len(first))
        per_ballot = []
        for who, ballots in ((lan, first), (minh, second)):
            for seq, b in enumerate(ballots, 1):
                t0 = time.perf_counter()
                stacks.record_pass_ballot(db, who, sid, seq, dataclasses.replace(b, team=None))
                per_ballot.append((time.perf_counter() - t0) * 1000)
            if who is lan:
                t0 = time.perf_counter()
                stacks.complete_pass(db, lan, sid)
                first_ms = (time.perf_counter() - t0) * 1000
        t0 = time.perf_counter()
        status = stacks.complete_pass(db, minh, sid)
        complete_ms = (time.perf_counter() - t0) * 1000
        assert status.state == "differ" and status.open_differences == len(slips), status.open_differences
        rebuild = []
        for _ in range(7):
            t0 = time.perf_counter()
            stacks.stack_machine(db, sid)
            rebuild.append((time.perf_counter() - t0) * 1000)
        t0 = time.perf_counter()
        diffs = stacks.differences_of(db, sid)
        diff_ms = (time.perf_counter() - t0) * 1000
        resolve = []
        for d in diffs:
            t0 = time.perf_counter()
            status = stacks.resolve_difference(db, lan, sid, d.seq, 0, "246813")
            resolve.append((time.perf_counter() - t0) * 1000)
        assert status.state == "definitive" and reports.round_status(db, e.id, 1).entered == len(first)
        records = len(reports.log(db))
        verify_ms = []
        for _ in range(3):
            t0 = time.perf_counter()
            report = reports.verify(db)
            verify_ms.append((time.perf_counter() - t0) * 1000)
            assert report.ok, report.first
        db.close()
    print(f"service, SQLite file: two passes of {len(first):,} ballots stored one by one")
    print(f"  pass entry per ballot: median {statistics.median(per_ballot):.1f} ms, max {max(per_ballot):.1f} ms")
    print(f"  complete the first pass (nothing to compare yet): {first_ms:.0f} ms")
    print(f"  complete the second pass (load both, compare, store 'differ'): {complete_ms:.0f} ms (target < 200 ms)")
    print(f"  rebuild the state from the database: median {statistics.median(rebuild):.0f} ms")
    print(f"  list the {len(diffs)} differences side by side: {diff_ms:.0f} ms")
    print(
        f"  head resolves each: {', '.join(f'{x:.0f}' for x in resolve)} ms "
        f"(the last makes {len(first):,} ballots current with their log records)"
    )
    print(
        f"  verify --db afterwards ({records:,} records replayed and compared): "
        f"median {statistics.median(verify_ms):.0f} ms (target < 2,000 ms)"
    )
