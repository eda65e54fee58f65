"""Tally at national-congress scale: 1,600 ballots × 220 candidates.

Prints the in-process tally time (targets: < 50 ms) and the whole-process
`kiemphieu tally FILE --json` time (target: < 1 s), beside a bare baseline
measured in the same run: a Python process that only reads the JSON file.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from app.fileformat import load
from ballot.election import tally_all
from bench.data import write_national


def _median_ms(fn: object, repeat: int) -> tuple[float, float]:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()  # type: ignore[operator]
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times), max(times)


def main() -> None:
    """Measures and prints."""
    with tempfile.TemporaryDirectory() as d:
        path = write_national(Path(d) / "national.json")
        size = path.stat().st_size / 1e6
        t0 = time.perf_counter()
        data = load(path).data
        load_ms = (time.perf_counter() - t0) * 1000
        tally_med, tally_max = _median_ms(lambda: tally_all(data), 20)
        exe = [sys.executable, "-m", "app", "tally", str(path), "--json"]
        bare = [sys.executable, "-c", f"import json; json.load(open({str(path)!r}, encoding='utf-8'))"]
        cli_med, cli_max = _median_ms(lambda: subprocess.run(exe, check=True, capture_output=True), 5)
        bare_med, _ = _median_ms(lambda: subprocess.run(bare, check=True, capture_output=True), 5)
    print(f"file: 1,600 ballots × 220 candidates, {size:.2f} MB")
    print(f"read + validate in process: {load_ms:.1f} ms")
    print(f"tally in process: median {tally_med:.1f} ms, max {tally_max:.1f} ms (target < 50 ms)")
    print(f"kiemphieu tally --json, whole process: median {cli_med:.0f} ms, max {cli_max:.0f} ms (target < 1000 ms)")
    print(f"bare baseline (python reading the same JSON): median {bare_med:.0f} ms; ratio {cli_med / bare_med:.2f}")
