"""Scanned-ballot recognition: accuracy on generated pages and the time per page, file to reading.

`python -m bench scan [N] [--seed S] [--harsh] [--no-pool]` makes N pages (default 600, or $BENCH_SCAN_PAGES)
with `bench._scan_data` (seed 15 unless told: strike-out and agree/disagree ballots of 5 to 60 names, and the
special pages), writes them as files, reads every file with `Reader` and prints:

- ballots (and rows) read wrong without being marked doubtful — must be 0;
- the share of ordinary ballots (strike-out, agree/disagree, upside down) marked doubtful — at most 2 %;
- the pages of another round rejected — all; the outcome per kind;
- the scores behind the thresholds (quantiles per class: struck and kept names, marked and empty boxes, marks
  outside, stamp), so a threshold can be checked against the distributions it separates;
- the time per page from the file to the reading (median and slowest, at 200 dpi and overall) in one process,
  beside the bare decoding of the same files; then the pages per second of one and two worker processes, and
  of one and two threads sharing one reader.

`--harsh` goes beyond the issue (thinner, paler pens; 150 dpi blurred again; JPEG 30–60) to show how the
reader fails: it may mark much as doubtful, but must still read nothing wrong.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from pathlib import Path

import cv2
import numpy as np

from app.scan.images import pages
from app.scan.model import PageReading, Status, Verdict
from app.scan.reader import Reader
from ballot.model import ElectionData, Form, Mark
from bench._scan_data import Sample, samples

ORDINARY = ("strike", "agree", "upside_down")


def wrong_rows(s: Sample, reading: PageReading) -> int:
    """Rows whose non-doubtful verdict disagrees with what was drawn."""
    bad = 0
    for row in reading.rows:
        if s.form is Form.STRIKE_OUT:
            v = row.name.verdict
            bad += v is not Verdict.DOUBTFUL and (v is Verdict.YES) != (row.no in s.struck)
        else:
            m = row.mark
            bad += m is not None and m != s.marks[row.no]
    return bad


def quantiles(values: Sequence[float]) -> str:
    """Minimum, 0.1 %, 1 %, median, 99 %, 99.9 %, maximum, and the count."""
    if not values:
        return "—"
    q = np.quantile(np.array(values, float), [0, 0.001, 0.01, 0.5, 0.99, 0.999, 1])
    return " / ".join(f"{v:.3g}" for v in q) + f"  (n={len(values)})"


def scores(s: Sample, reading: PageReading, into: dict[str, list[float]]) -> None:
    """Adds the page's measures to the distributions, by what was drawn."""
    writing = s.kind in ("margin_writing", "name_added")
    into["outside ink (mm²), pages with writing" if writing else "outside ink (mm²), other pages"].append(
        reading.outside_ink
    )
    into["stamp ink (mm²), no stamp" if s.kind == "no_stamp" else "stamp ink (mm²), stamped"].append(reading.stamp_ink)
    into["page match"].append(reading.match)
    for row in reading.rows:
        into["row match"].append(row.match)
        into["row shift (mm)"].append(max(abs(row.shift[0]), abs(row.shift[1])))
        if row.agree is None or row.disagree is None:
            who = "struck" if row.no in s.struck else "kept"
            into[f"{who} names: coverage"].append(row.name.coverage)
            into[f"{who} names: span"].append(row.name.span)
            into[f"{who} names: faint"].append(row.name.faint)
            into[f"{who} names: ink (mm²)"].append(row.name.ink)
            continue
        m = s.marks[row.no]
        for box, marked in ((row.agree, m in (Mark.AGREE, Mark.BOTH)), (row.disagree, m in (Mark.DISAGREE, Mark.BOTH))):
            into["marked boxes: ink (mm²)" if marked else "empty boxes: faint ink (mm²)"].append(
                box.ink if marked else box.faint
            )
        into["agree/disagree names: ink (mm²)"].append(row.name.ink)


_worker: Reader | None = None


def _start(data: ElectionData) -> None:
    global _worker
    _worker = Reader(data, accept=[(e.id, 2) for e in data.elections])
    for layout, _qr in _worker.layouts:
        if layout.key in _worker.accept:
            _worker.template(layout)


def _read(path: Path) -> str:
    assert _worker is not None
    return _worker.read(next(pages(path))).status.value


def throughput(data: ElectionData, paths: list[Path], workers: int) -> float:
    """Pages per second read by `workers` processes (templates made before the clock starts)."""
    with ProcessPoolExecutor(workers, initializer=_start, initargs=(data,)) as pool:
        list(pool.map(_read, paths[: workers * 2]))
        t = time.perf_counter()
        list(pool.map(_read, paths, chunksize=4))
        return len(paths) / (time.perf_counter() - t)


def threads(reader: Reader, paths: list[Path], workers: int) -> float:
    """Pages per second read by `workers` threads sharing one reader (OpenCV lets go of the GIL while it works)."""
    with ThreadPoolExecutor(workers) as pool:
        t = time.perf_counter()
        list(pool.map(lambda p: reader.read(next(pages(p))).status, paths))
        return len(paths) / (time.perf_counter() - t)


def main(argv: list[str] | None = None) -> None:
    """Runs the benchmark and prints its figures."""
    ap = argparse.ArgumentParser(prog="python -m bench scan")
    ap.add_argument("pages", nargs="?", type=int, default=int(os.environ.get("BENCH_SCAN_PAGES", "600")))
    ap.add_argument("--seed", type=int, default=15)
    ap.add_argument("--harsh", action="store_true", help="harsher than the issue: see how the reader fails")
    ap.add_argument("--no-pool", action="store_true", help="skip the two-process measurement")
    args = ap.parse_args([] if argv is None else argv)
    data, gen = samples(args.pages, seed=args.seed, harsh=args.harsh)
    reader = Reader(data, accept=[(e.id, 2) for e in data.elections])
    with tempfile.TemporaryDirectory() as tmp:
        made = []
        t0 = time.perf_counter()
        for i, s in enumerate(gen):
            path = Path(tmp) / f"page{i:04d}{s.suffix}"
            path.write_bytes(s.image)
            made.append((path, s))
        print(f"{len(made)} pages generated (seed {args.seed}{', harsh' if args.harsh else ''})"
              f" in {time.perf_counter() - t0:.0f} s")  # fmt: skip
        t0 = time.perf_counter()
        rounds = [layout for layout, _qr in reader.layouts if layout.key in reader.accept]
        for layout in rounds:  # once per round, before a stack is read: not part of the time per page
            reader.template(layout)
        print(f"blank ballots of {len(rounds)} rounds rendered in {time.perf_counter() - t0:.1f} s")
        times, bare, times200 = [], [], []
        outcome: Counter[tuple[str, str, bool]] = Counter()
        dist: dict[str, list[float]] = defaultdict(list)
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
            if reading.status is not Status.REJECTED:
                w = wrong_rows(s, reading)
                wrong += w
                wrong_ballots += w > 0
                scores(s, reading, dist)
            codes = {r.code for r in reading.reasons}
            ok = reading.status.value == s.expect and (not s.reason or s.reason in codes)
            outcome[(s.kind, reading.status.value, ok)] += 1
            if s.kind in ORDINARY:
                ordinary += 1
                doubtful += reading.status is Status.DOUBTFUL
            if s.kind == "other_round":
                other += 1
                other_rejected += reading.status is Status.REJECTED and "scan.other_round" in codes
        print(f"ballots read wrong without being marked doubtful: {wrong_ballots} ({wrong} rows)  [must be 0]")
        print(
            f"ordinary ballots doubtful: {doubtful}/{ordinary} = {100 * doubtful / max(1, ordinary):.1f} %  [at most 2 %]"
        )
        print(f"pages of another round rejected: {other_rejected}/{other}  [all]")
        print("per kind (kind, status, as expected): count")
        for key, n in sorted(outcome.items()):
            print(f"  {key}: {n}")
        print("scores (min / 0.1 % / 1 % / median / 99 % / 99.9 % / max):")
        for name in sorted(dist):
            print(f"  {name:40} {quantiles(dist[name])}")
        ms = [t * 1000 for t in times]
        ms200 = [t * 1000 for t in times200] or [0.0]
        print(
            f"time per page, file to reading, one process: median {statistics.median(ms):.0f} ms,"
            f" slowest {max(ms):.0f} ms; at 200 dpi ({len(times200)} pages): median {statistics.median(ms200):.0f} ms,"
            f" slowest {max(ms200):.0f} ms  [at most 150 ms]"
        )
        print(f"bare decoding of the same files (baseline): median {statistics.median(bare) * 1000:.0f} ms")
        if not args.no_pool:
            paths = [p for p, _s in made]
            one, two = throughput(data, paths, 1), throughput(data, paths, 2)
            print(
                f"worker processes (machine shared with others): one {one:.1f} pages/s, two {two:.1f} pages/s"
                f" (×{two / one:.2f})"
            )
            t1, t2 = threads(reader, paths, 1), threads(reader, paths, 2)
            print(f"worker threads, one reader: one {t1:.1f} pages/s, two {t2:.1f} pages/s (×{t2 / t1:.2f})")


if __name__ == "__main__":
    import sys

    main(sys.argv[1:])
