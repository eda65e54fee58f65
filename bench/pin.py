"""The head's PIN: what one try of the scrypt hash costs on this machine, and what an offline search would.

Prints n, r, p, the memory and the median milliseconds per try for today's cost and the ladder around it,
the ratio against the older version's cost measured in the same run, and what trying every 6-digit PIN
(10^6) would take one core. The issue asks for ≥ 100 ms a try on the committee's laptop.
"""

from __future__ import annotations

import statistics
import time

from app import people

OLD = (2**14, 8, 1)


def ms_per_try(cost: tuple[int, int, int], tries: int = 5) -> float:
    """Median wall time of one `check_pin` with this cost, in milliseconds."""
    stored = people.hash_pin("246813", cost=cost)
    times = []
    for _ in range(tries):
        t = time.perf_counter()
        people.check_pin("135791", stored)
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def main() -> None:
    """Measures and prints."""
    today = (people.N, people.R, people.P)
    old = ms_per_try(OLD)
    print("PIN hash (scrypt), one try = one check of a wrong PIN, median of 5:")
    for logn in range(13, 18):
        cost = (2**logn, 8, 1)
        ms = old if cost == OLD else ms_per_try(cost)
        mark = "  <- today" if cost == today else "  (older version)" if cost == OLD else ""
        mib = 128 * cost[0] * cost[1] / 2**20
        print(f"  n=2^{logn:<2} r={cost[1]} p={cost[2]}  {mib:5.0f} MiB  {ms:7.1f} ms/try  ×{ms / old:4.2f}{mark}")
    ms = ms_per_try(today, 9)
    hours = ms * 10**6 / 1000 / 3600
    print(f"today n={today[0]} r={today[1]} p={today[2]}: {ms:.1f} ms per try ({'≥' if ms >= 100 else '<'} 100 ms)")
    print(f"offline search of all 10^6 six-digit PINs: {hours:,.1f} core-hours ({hours / 24:,.1f} days on one core)")
    print(f"  (the older version: 10^4 four-digit PINs at {old:.1f} ms = {old * 10**4 / 1000 / 60:,.1f} core-minutes)")
    print("  and the hash is no longer in the database or any copy: only on the head's station, mode 0600")
