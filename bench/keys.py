"""Signing and checking cost alone: one Ed25519 signature of a log record, one check, one signed head.

The durable ballot save signs one record inside its transaction; `bench storage` compares the save with a bare
two-row INSERT + COMMIT. This prints what the signature itself costs (`signing_cost_us`), beside a SHA-256 of
the same record (the chain's own cost) measured in the same run.
"""

from __future__ import annotations

import hashlib
import os
import statistics
import time

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.keys import StationKey, log_payload, verify

N = 5000


def _median_us(fn: object, items: list[str]) -> float:
    times = []
    for x in items:
        t = time.perf_counter()
        fn(x)  # type: ignore[operator]
        times.append((time.perf_counter() - t) * 1e6)
    return statistics.median(times)


def signing_cost_us(n: int = 2000) -> float:
    """Median microseconds of signing one log record's hash."""
    key = StationKey.of(Ed25519PrivateKey.generate())
    hashes = [os.urandom(32).hex() for _ in range(n)]
    return _median_us(key.sign_log, hashes)


def main() -> None:
    """Measures and prints."""
    key = StationKey.of(Ed25519PrivateKey.generate())
    hashes = [os.urandom(32).hex() for _ in range(N)]
    sha = _median_us(lambda h: hashlib.sha256(h.encode()).hexdigest(), hashes)
    sign = _median_us(key.sign_log, hashes)
    sigs = {h: key.sign_log(h) for h in hashes}
    check = _median_us(lambda h: verify(key.public, "log", log_payload(h), sigs[h]), hashes)
    head = _median_us(lambda h: key.head("uid", 1, h), hashes)
    print(f"Ed25519 ({N} records, median):")
    print(f"  sign a log record  {sign:7.1f} µs   (SHA-256 of the record text {sha:5.2f} µs, ×{sign / sha:,.0f})")
    print(f"  check a signature  {check:7.1f} µs   (verify of a 1,600 × 220 log: ~{check * 1600 / 1000:,.0f} ms)")
    print(f"  sign a log head    {head:7.1f} µs")
