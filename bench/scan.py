"""Scanned-ballot recognition: accuracy on generated pages and the time per page, file to reading.

`python -m bench scan` (or `python -m bench.scan N`) makes N pages (default 600, or $BENCH_SCAN_PAGES) with `bench._scan_data` (strike-out and
agree/disagree ballots of 5 to 60 names, and the special pages), writes them as files, reads every file
with `Reader` and prints: rows and ballots read wrong without being marked doubtful, the share of
ordinary ballots doubtful, the pages of another round rejected, the outcome per kind, and the time per
page (median and slowest, at 200 dpi and overall) beside the bare decoding of the same files.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import cv2
import numpy as np

from app.scan.images import pages
from app.scan.model import Status
from app.scan.reader import Reader
from ballot.model import Form
from bench._scan_data import Sample, samples


def wrong_rows(s: Sample, reading: object) -> int:
    """Rows whose non-doubtful verdict disagrees with what was drawn."""
    from app.scan.model import PageReading, Verdict

    assert isinstance(reading, PageReading)
    bad = 0
    for row in reading.rows:
        if s.form is Form.STRIKE_OUT:
            v = row.name.verdict
            bad += v is not Verdict.DOUBTFUL and (v is Verdict.YES) != (row.no in s.struck)
        else:
            m = row.mark
            bad += m is not None and m != s.marks[row.no]
    return bad


def main(argv: list[str] | None = None) -> None:
    """Runs the benchmark and prints its figures."""
    args = [] if argv is None else argv
    count = int(args[0]) if args and args[0].isdigit() else int(os.environ.get("BENCH_SCAN_PAGES", "600"))
    data, gen = samples(count, seed=15)
    reader = Reader(data, accept=[(e.id, 2) for e in data.elections])
    with tempfile.TemporaryDirectory() as tmp:
        made = []
        t0 = time.perf_counter()
        for i, s in enumerate(gen):
            path = Path(tmp) / f"page{i:04d}{s.suffix}"
            path.write_bytes(s.image)
            made.append((path, s))
        print(f"{len(made)} pages generated in {time.perf_counter() - t0:.0f} s (seeded, reproducible)")
        for path, _s in made[:3]:  # the templates are made once per round, before timing
            reader.read(next(pages(path)))
        times, bare, times200 = [], [], []
        outcome: Counter[tuple[str, str, bool]] = Counter()
        wrong_ballots = wrong = ordinary = doubtful = other = other_rejected = 0
        for path, s in made:
            t = time.perf_counter()
            cv2.imdecode(np.fromfile(path, np.uint8), cv2.IMREAD_GRAYSCALE)
            bare.append(time.perf_counter() - t)
            t = time.perf_counter()
            reading = reader.read(next(pages(path)))
            dt = time.perf_counter() - t
            times.append(dt)
            if s.dpi == 200:
                times200.append(dt)
            w = wrong_rows(s, reading) if reading.status is not Status.REJECTED else 0
            wrong += w
            wrong_ballots += w > 0
            codes = {r.code for r in reading.reasons}
            ok = reading.status.value == s.expect and (not s.reason or s.reason in codes)
            outcome[(s.kind, reading.status.value, ok)] += 1
            if s.kind in ("strike", "agree", "upside_down"):
                ordinary += 1
                doubtful += reading.status is Status.DOUBTFUL
            if s.kind == "other_round":
                other += 1
                other_rejected += reading.status is Status.REJECTED and "scan.other_round" in codes
    print(f"ballots read wrong without being marked doubtful: {wrong_ballots} ({wrong} rows)")
    print(f"ordinary ballots doubtful: {doubtful}/{ordinary} = {100 * doubtful / max(1, ordinary):.1f} %")
    print(f"pages of another round rejected: {other_rejected}/{other}")
    print("per kind (kind, status, as expected): count")
    for key, n in sorted(outcome.items()):
        print(f"  {key}: {n}")
    ms = [t * 1000 for t in times]
    ms200 = [t * 1000 for t in times200] or [0.0]
    print(
        f"time per page, file to reading: median {statistics.median(ms):.0f} ms, slowest {max(ms):.0f} ms;"
        f" at 200 dpi ({len(times200)} pages): median {statistics.median(ms200):.0f} ms, slowest {max(ms200):.0f} ms"
    )
    print(f"bare decoding of the same files (baseline): median {statistics.median(bare) * 1000:.0f} ms")


if __name__ == "__main__":
    main(sys.argv[1:])
