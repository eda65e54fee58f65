"""Minutes speed: 200-candidate minutes rendered in process (< 0.5 s); the command on a national-scale file (< 3 s)."""

from __future__ import annotations

import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from app.fileformat.writer import dumps
from app.minutes import minutes_for, render_docx, render_pdf
from ballot.election import tally_all
from ballot.model import (
    Body,
    Candidate,
    CommitteeMember,
    Congress,
    CongressKind,
    Election,
    ElectionData,
    Electorate,
    Exclusion,
    Role,
    Round,
    StruckBallot,
)

GIVEN = ("An", "Bình", "Cường", "Dũng", "Đức", "Giang", "Hà", "Hùng", "Khánh", "Lan", "Minh", "Ngọc", "Phúc", "Quân")
FAMILY = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương")
MIDDLE = ("Văn", "Thị", "Minh", "Quốc", "Thu", "Đức", "Hữu", "Ngọc")


def national(candidates: int, seats: int, ballots: int, seed: int = 1) -> ElectionData:
    """A national-scale congress: `ballots` strike-out ballots on a list of `candidates` for `seats`."""
    rng = random.Random(seed)
    names = tuple(
        Candidate(no, f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}", str(1960 + no % 25))
        for no in range(1, candidates + 1)
    )
    nos = tuple(c.no for c in names)
    papers = tuple(
        StruckBallot(frozenset(rng.sample(nos, candidates - seats + (rng.random() < 0.2))), team=f"T{i % 8 + 1}")
        for i in range(ballots)
    )
    rnd = Round(1, seats, nos, ballots, ballots, papers, present=ballots)
    congress = Congress(
        organization="Đảng Cộng sản Việt Nam",
        title="Đại hội đại biểu toàn quốc lần thứ XIV",
        term="2026–2031",
        kind=CongressKind.DELEGATES,
        electorate=Electorate(ballots + 10, (Exclusion("Vắng mặt cả thời gian đại hội, không có dự khuyết thay", 3),)),
        attending=ballots + 7,
        place="Hà Nội",
        date="2026-01-20",
        counting_committee=(
            CommitteeMember("Trần Thị Bình", Role.HEAD),
            *(CommitteeMember(f"Thành viên {i}") for i in range(1, 9)),
        ),
    )
    election = Election("tw", "Bầu Ban Chấp hành Trung ương Đảng khóa XIV", Body.COMMITTEE, seats, names, (rnd,))
    return ElectionData("qd190-2024", congress, (election,))


def timed(fn: object, *args: object) -> tuple[float, object]:
    """Seconds for one call and its result."""
    t = time.perf_counter()
    out = fn(*args)  # type: ignore[operator]
    return time.perf_counter() - t, out


def in_process() -> None:
    """200-candidate minutes: build, PDF (first call registers the fonts), PDF again, Word."""
    data = national(candidates=200, seats=180, ballots=600)
    results = tally_all(data)
    t_build, m = timed(lambda: minutes_for(data, "tw", 1, finalized=True, results=results))
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
    data = national(candidates=220, seats=200, ballots=1600)
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "national.json"
        src.write_text(dumps(data), encoding="utf-8")
        out = Path(tmp) / "bb.pdf"
        bare = min(timed(subprocess.run, [sys.executable, "-c", "pass"])[0] for _ in range(3))
        cmd = [sys.executable, "-m", "app", "minutes", str(src), "--election", "tw", "-o", str(out)]
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
