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
    """The same comparison through the Workspace: both passes stored in a SQLite file, compared on completion."""
    import dataclasses
    import tempfile
    from pathlib import Path

    from app.workspace import Workspace

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
        ws = Workspace.create(Path(tmp) / "b.kiemphieu", data.congress, station="m", operator="Lan", head_pin="2468")
        ws.import_data(bare, {})
        ws.set_entry_mode(2, "2468")
        ws.add_team("Tổ 1", ["Lan", "Minh"])
        sid = ws.open_stack(e.id, 1, "Tổ 1", len(first))
        per_ballot = []
        for operator, ballots in (("Lan", first), ("Minh", second)):
            ws.set_operator(operator)
            for seq, b in enumerate(ballots, 1):
                t0 = time.perf_counter()
                ws.record_pass_ballot(sid, seq, dataclasses.replace(b, team=None))
                per_ballot.append((time.perf_counter() - t0) * 1000)
            if operator == "Lan":
                t0 = time.perf_counter()
                ws.complete_pass(sid)
                first_ms = (time.perf_counter() - t0) * 1000
        t0 = time.perf_counter()
        status = ws.complete_pass(sid)
        complete_ms = (time.perf_counter() - t0) * 1000
        assert status.state == "differ" and status.open_differences == len(slips), status.open_differences
        rebuild = []
        for _ in range(7):
            t0 = time.perf_counter()
            ws.stack_machine(sid)
            rebuild.append((time.perf_counter() - t0) * 1000)
        t0 = time.perf_counter()
        diffs = ws.differences(sid)
        diff_ms = (time.perf_counter() - t0) * 1000
        resolve = []
        for d in diffs:
            t0 = time.perf_counter()
            status = ws.resolve(sid, d.seq, 0, "2468")
            resolve.append((time.perf_counter() - t0) * 1000)
        assert status.state == "definitive" and ws.round_status(e.id, 1).entered == len(first)
        t0 = time.perf_counter()
        fault = ws.verify().fault
        verify_ms = (time.perf_counter() - t0) * 1000
        assert fault is None
        ws.close()
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
    print(f"  verify --db afterwards: {verify_ms:.0f} ms")
