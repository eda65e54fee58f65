"""The desktop program's speed at the counting table.

- start-up: process start to the first painted main window (target < 1.5 s), beside a bare `python -c pass`;
- Enter to the next ballot ready (durable save + live tally + table refresh) with 220 candidates and
  1,600 ballots already in (target: median < 30 ms), with the save alone and the tally alone beside it;
- keystrokes per ballot on realistic ballots (the shorter of struck or kept names, plus Enter),
  beside the number of names on the ballot.
"""

from __future__ import annotations

import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from app.entry_parse import EntrySpec, shortest_line
from ballot.model import Ballot, Body, Candidate, Election, Form, StruckBallot

ROOT = Path(__file__).resolve().parent.parent
CANDIDATES, SEATS, BALLOTS_IN, TIMED = 220, 200, 1600, 60


def _env(tmp: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        KIEMPHIEU_EXIT_AFTER_PAINT="1",
        KIEMPHIEU_SETTINGS=str(Path(tmp) / "settings.ini"),
        PYTHONPATH=str(ROOT),
    )
    return env


def startup(runs: int = 5) -> tuple[float, float]:
    """Median seconds from process start to the first paint, and of a bare interpreter start."""
    painted, bare = [], []
    with tempfile.TemporaryDirectory() as tmp:
        env = _env(tmp)
        for _ in range(runs):
            t0 = time.time()
            out = subprocess.run(
                [sys.executable, "-m", "ui"], env=env, cwd=ROOT, capture_output=True, text=True, check=True
            ).stdout
            stamp = float(next(line for line in out.splitlines() if line.startswith("painted ")).split()[1])
            painted.append(stamp - t0)
            t0 = time.time()
            subprocess.run([sys.executable, "-c", "pass"], check=True)
            bare.append(time.time() - t0)
    return statistics.median(painted), statistics.median(bare)


def realistic_ballots(n: int, candidates: int, seats: int, seed: int = 7) -> list[Ballot]:
    """Voters keep the names they like; a few favourites are struck by many, most by few."""
    rng = random.Random(seed)
    liking = [0.97 - 0.5 * (i % 23 == 0) - 0.08 * rng.random() for i in range(candidates)]
    ballots: list[Ballot] = []
    order = sorted(range(candidates), key=lambda i: liking[i])
    for _ in range(n):
        kept = {i for i in range(candidates) if rng.random() < liking[i]}
        for i in order:
            if len(kept) <= seats:
                break
            kept.discard(i)
        ballots.append(StruckBallot(frozenset(i + 1 for i in range(candidates) if i not in kept)))
    return ballots


def entry_timing() -> dict[str, float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from app import congress, elections, entry, reports, rounds
    from app.db import Actor
    from app.demo import CONGRESS
    from app.live_tally import LiveTally
    from ui.desk import Desk
    from ui.entry_page import EntryPage
    from ui.resources import load_fonts, ui_font

    app = QApplication.instance() or QApplication([])
    load_fonts()
    app.setFont(ui_font())  # type: ignore[union-attr]
    from ui import collector, keys

    keys.install(app)  # type: ignore[arg-type]  # as the window runs: the focus ring's style sheet, Enter on buttons
    collector.install(app)  # and garbage cycles collected between events
    people = tuple(Candidate(i, f"Nguyễn Văn Người{i:03d}") for i in range(1, CANDIDATES + 1))
    ballots = realistic_ballots(BALLOTS_IN + TIMED, CANDIDATES, SEATS)
    spec = EntrySpec(Form.STRIKE_OUT, tuple(range(1, CANDIDATES + 1)), SEATS)
    with tempfile.TemporaryDirectory() as tmp:
        who = Actor("bench", "bench")
        db = congress.create(Path(tmp) / "b.kiemphieu", CONGRESS, who, head_pin="123456")
        elections.add(db, who, Election("dbct", "Bầu đại biểu", Body.DELEGATES, SEATS, people))
        n = BALLOTS_IN + TIMED + 10
        rounds.set_counts(db, who, "dbct", 1, ballots_issued=n, ballots_collected=n, present=None)
        t0 = time.perf_counter()
        for b in ballots[:BALLOTS_IN]:
            entry.record_ballot(db, who, "dbct", 1, b)
        fill = (time.perf_counter() - t0) / BALLOTS_IN * 1000
        page = EntryPage(Desk(db, who))
        page.resize(1366, 700)
        page.show()
        page.refresh(("dbct", 1))
        app.processEvents()  # type: ignore[union-attr]
        whole: list[float] = []
        for b in ballots[BALLOTS_IN:]:
            page.entry.line.setText(shortest_line(b, spec))
            t0 = time.perf_counter()
            assert page.entry.submit()
            app.processEvents()  # type: ignore[union-attr]
            whole.append((time.perf_counter() - t0) * 1000)
        live = LiveTally(reports.data(db), "dbct", 1)
        tally_only = []
        for b in ballots[:TIMED]:
            t0 = time.perf_counter()
            live.add(b)
            tally_only.append((time.perf_counter() - t0) * 1000)
        t0 = time.perf_counter()
        LiveTally(reports.data(db), "dbct", 1)
        full = (time.perf_counter() - t0) * 1000
        page.close()
        db.close()
    return {
        "enter_to_ready_median": statistics.median(whole),
        "enter_to_ready_p90": sorted(whole)[int(0.9 * len(whole))],
        "save_alone_median": fill,
        "live_tally_add_median": statistics.median(tally_only),
        "full_reload_and_tally": full,
    }


def keystrokes() -> list[tuple[str, int, float, float, float]]:
    """(paper, names on it, mean keys per ballot, mean keys typing every struck name, mean names struck)."""
    rows = []
    for label, n, seats in (("220 names, 200 seats", 220, 200), ("17 names, 15 seats", 17, 15), ("6 for 5", 6, 5)):
        spec = EntrySpec(Form.STRIKE_OUT, tuple(range(1, n + 1)), seats)
        ballots = realistic_ballots(400, n, seats, seed=n)
        keys = [len(shortest_line(b, spec)) + 1 for b in ballots]
        struck_keys = [len(" ".join(str(r) for r in sorted(b.struck)) or "0") + 1 for b in ballots]  # type: ignore[union-attr]
        struck = [len(b.struck) for b in ballots]  # type: ignore[union-attr]
        rows.append((label, n, statistics.mean(keys), statistics.mean(struck_keys), statistics.mean(struck)))
    return rows


def main() -> None:
    """Prints the figures."""
    painted, bare = startup()
    print(
        f"start-up to first painted window: {painted:.3f} s (target < 1.5 s); bare python: {bare:.3f} s "
        f"(ratio {painted / bare:.1f}×)"
    )
    t = entry_timing()
    print(
        f"Enter → next ballot ready, {CANDIDATES} candidates, {BALLOTS_IN} ballots in: median "
        f"{t['enter_to_ready_median']:.1f} ms, p90 {t['enter_to_ready_p90']:.1f} ms (target median < 30 ms)"
    )
    print(
        f"  of which: durable save alone ~{t['save_alone_median']:.1f} ms, live tally per ballot "
        f"{t['live_tally_add_median']:.2f} ms; a full reload + tally would be {t['full_reload_and_tally']:.0f} ms"
    )
    for label, n, keys, all_struck, struck in keystrokes():
        print(
            f"keystrokes per ballot ({label}): {keys:.1f} with Enter (typing every struck name: {all_struck:.1f}); "
            f"{n} names on the ballot, {struck:.1f} struck on average"
        )


if __name__ == "__main__":
    main()
