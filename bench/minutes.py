"""Minutes speed: 200-candidate minutes rendered in process (< 0.5 s); the command on a national-scale file (< 3 s)."""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

from app.fileformat.reader import read_document
from app.minutes import minutes_for, render_docx, render_pdf
from ballot.election import tally_all
from ballot.model import ElectionData
from bench.data import national as national_doc
from bench.data import write_national


def national(candidates: int, seats: int, ballots: int) -> ElectionData:
    """The benchmarks' national-scale congress (bench.data), read as the program reads a file."""
    return read_document(national_doc(ballots=ballots, candidates=candidates, seats=seats)).data


def timed(fn: object, *args: object) -> tuple[float, object]:
    """Seconds for one call and its result."""
    t = time.perf_counter()
    out = fn(*args)  # type: ignore[operator]
    return time.perf_counter() - t, out


def in_process() -> None:
    """200-candidate minutes: build, PDF (first call registers the fonts), PDF again, Word."""
    data = national(candidates=200, seats=180, ballots=600)
    results = tally_all(data)
    t_build, m = timed(lambda: minutes_for(data, "bch", 1, finalized=True, results=results))
    t_cold, pdf = timed(render_pdf, m)
    t_warm = min(timed(render_pdf, m)[0] for _ in range(3))
    t_docx, _ = timed(render_docx, m)
    pages = bytes(pdf).count(b"/Type /Page\n")  # type: ignore[arg-type]
    print(
        f"200-candidate minutes: build {t_build * 1000:.0f} ms; PDF {pages} pages: first {t_cold:.3f} s "
        f"(fonts registered), then {t_warm:.3f} s (target < 0.5 s); Word {t_docx:.3f} s"
    )


def command_line() -> None:
    """`kiemphieu minutes FILE` on 1,600 ballots × 220 candidates, as a whole process, against a bare interpreter."""
    with tempfile.TemporaryDirectory() as tmp:
        src = write_national(Path(tmp) / "national.json")
        out = Path(tmp) / "bb.pdf"
        bare = min(timed(subprocess.run, [sys.executable, "-c", "pass"])[0] for _ in range(3))
        cmd = [sys.executable, "-m", "app", "minutes", str(src), "--election", "bch", "-o", str(out)]
        runs = []
        for _ in range(3):
            t, proc = timed(lambda: subprocess.run(cmd, capture_output=True, text=True))
            assert proc.returncode == 0, proc.stderr  # type: ignore[attr-defined]
            runs.append(t)
        size = src.stat().st_size / 1e6
        print(
            f"command line, 1,600 ballots × 220 candidates ({size:.1f} MB file): best {min(runs):.2f} s, "
            f"worst {max(runs):.2f} s (target < 3 s); bare interpreter {bare:.3f} s; PDF {out.stat().st_size // 1024} KB"
        )


def main() -> None:
    """Prints the figures."""
    in_process()
    command_line()


if __name__ == "__main__":
    main()
