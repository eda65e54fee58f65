"""The window reading a folder of scanned pages: how long the event loop ever waits while it reads.

A congress database (elect 9 of 12, single entry) and a folder of N distinct scanned pages (348 by default: the
published figure for one congress's ballots) made from a few generated ballots, each copy with its own scanner
noise (so every page has its own image and is recorded and counted). The scanned-ballots tab reads the folder
(a worker thread reads, the window's thread records each page); a 5 ms timer measures the gaps between event-loop
ticks. Printed: the longest gap and the 99th percentile while reading, the same timer idle beside it (the bare
baseline), the time per page in the worker and in the window's thread, and the whole folder's time.

    .venv/bin/python -m bench scan_window [PAGES] [--distinct K]
"""

from __future__ import annotations

import argparse
import itertools
import os
import statistics
import tempfile
import time
from pathlib import Path

import cv2
import numpy as np

TICK_MS = 5


def _congress(folder: Path):  # type: ignore[no-untyped-def]
    from app import congress as congress_svc
    from app import elections, rounds
    from app.db import Actor
    from ballot.model import (
        Body,
        Candidate,
        CommitteeMember,
        Congress,
        CongressKind,
        Election,
        Electorate,
        Role,
    )

    who = Actor("bench", "Lan")
    congress = Congress(
        "Đảng bộ xã Thái Tân",
        "Đại hội đại biểu Đảng bộ xã Thái Tân lần thứ XXV",
        "2025–2030",
        CongressKind.DELEGATES,
        Electorate(400),
        360,
        counting_committee=(CommitteeMember("Trần Thị Bình", Role.HEAD),),
    )
    names = ["Nguyễn Văn An", "Phạm Thị Hằng", "Lê Văn Cường", "Hoàng Thị Dung", "Vũ Văn Giang", "Đỗ Thị Hoa",
             "Bùi Quốc Hùng", "Đặng Thu Lan", "Ngô Minh Long", "Hồ Thanh Mai", "Võ Đức Nam", "Phan Ngọc Sơn"]  # fmt: skip
    db = congress_svc.create(str(folder / "dh.kiemphieu"), congress, who, head_pin="246813")
    elections.add(db, who, Election("bch", "Bầu Ban Chấp hành", Body.COMMITTEE, 9,
                                    tuple(Candidate(i, n) for i, n in enumerate(names, 1))))  # fmt: skip
    rounds.set_counts(db, who, "bch", 1, ballots_issued=360, ballots_collected=360, present=360)
    return db, who


def _pages(db, folder: Path, count: int, distinct: int) -> None:  # type: ignore[no-untyped-def]
    from app import reports
    from bench._scan_data import ballot

    data = reports.data(db)
    bases = []
    for seed in range(distinct):
        s = ballot(data, "bch", 1, "strike", np.random.default_rng(seed))
        bases.append(cv2.imdecode(np.frombuffer(s.image, np.uint8), cv2.IMREAD_GRAYSCALE))
    rng = np.random.default_rng(1)
    for i in range(count):
        img = bases[i % distinct].astype(np.int16)
        img += rng.integers(-3, 4, img.shape, dtype=np.int16)  # the scanner's own noise: every page differs
        cv2.imwrite(str(folder / f"scan{i:04d}.png"), np.clip(img, 0, 255).astype(np.uint8))


def _gaps(app, until, limit_s: float) -> list[float]:  # type: ignore[no-untyped-def]
    """Milliseconds between the timer's ticks until `until()` is true."""
    from PySide6.QtCore import QTimer

    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(TICK_MS)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    t0 = time.perf_counter()
    while not until() and time.perf_counter() - t0 < limit_s:
        app.processEvents()
        time.sleep(0.0005)
    timer.stop()
    return [(b - a) * 1000 for a, b in itertools.pairwise(ticks)]


def main(argv: list[str] | None = None) -> None:
    """Runs the benchmark and prints its figures."""
    ap = argparse.ArgumentParser(prog="python -m bench scan_window")
    ap.add_argument("pages", nargs="?", type=int, default=348)
    ap.add_argument("--distinct", type=int, default=12, help="generated ballots the pages are copies of")
    args = ap.parse_args([] if argv is None else argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from app import scans
    from ui import scan_page
    from ui.desk import Desk

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        os.environ.setdefault("KIEMPHIEU_SETTINGS", str(root / "settings.ini"))
        db, who = _congress(root)
        inbox = root / "scanner"
        inbox.mkdir()
        t = time.perf_counter()
        _pages(db, inbox, args.pages, args.distinct)
        print(f"{args.pages} scanned pages made ({args.distinct} ballots, each copy with its own noise)"
              f" in {time.perf_counter() - t:.0f} s")  # fmt: skip
        page = scan_page.ScanPage(Desk(db, who))
        page.resize(1366, 700)
        page.show()
        page.refresh()
        idle = _gaps(app, lambda: False, 2.0)
        recorded: list[float] = []
        original = scans.record_page

        def timed(*a, **k):  # type: ignore[no-untyped-def]
            t = time.perf_counter()
            try:
                return original(*a, **k)
            finally:
                recorded.append((time.perf_counter() - t) * 1000)

        scan_page.scans.record_page = timed  # type: ignore[attr-defined]
        t = time.perf_counter()
        page.read_paths([inbox])
        busy = _gaps(app, lambda: not page.busy(), 3600)
        whole = time.perf_counter() - t
        scan_page.scans.record_page = original  # type: ignore[attr-defined]
        pages = scans.scanned_pages(db)
        counted = sum(p.state == "counted" for p in pages)
        print(f"folder read in the window: {len(pages)} pages recorded ({counted} counted, "
              f"{sum(p.state == 'waiting' for p in pages)} waiting) in {whole:.0f} s = {whole / max(1, len(pages)) * 1000:.0f} ms a page "
              "(machine shared with other developers)")  # fmt: skip
        print(f"event-loop gaps while reading ({len(busy)} ticks of {TICK_MS} ms): longest {max(busy):.0f} ms,"
              f" 99 % {np.percentile(busy, 99):.0f} ms, median {statistics.median(busy):.1f} ms")  # fmt: skip
        print(f"the same timer idle (baseline): longest {max(idle):.0f} ms, median {statistics.median(idle):.1f} ms")
        slow = sorted(range(len(recorded)), key=lambda i: -recorded[i])[:3]
        print("slowest recordings: " + ", ".join(f"page {i + 1}: {recorded[i]:.0f} ms" for i in slow))
        print(f"recording one page in the window's thread: median {statistics.median(recorded):.1f} ms,"
              f" slowest {max(recorded):.0f} ms")  # fmt: skip
        page.deleteLater()
        app.processEvents()
        db.close()


if __name__ == "__main__":
    import sys

    main(sys.argv[1:])
