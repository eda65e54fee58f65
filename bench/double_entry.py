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
