"""The election file at its limits: time and peak memory of `kiemphieu tally --json` on the largest files the
reader accepts and on files just above a limit, beside a bare baseline (a Python process that only parses
the same JSON) measured in the same run.

The limits are in `app/fileformat/fields.py` (`Limits`) and the README ("Limits of the election file").
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path
from typing import Any

from app.fileformat.fields import Limits
from bench.data import national
from tests.app.fuzzing import run_command

ROOT = Path(__file__).resolve().parent.parent


def _measure(args: list[str]) -> tuple[int, float, float]:
    """Exit code, seconds and peak resident memory (MB) of one process, started from a small launcher."""
    code, _, _, secs, rss = run_command(args)
    return code, secs, rss


def _bare(path: Path) -> tuple[int, float, float]:
    """A fresh Python process that only parses the file."""
    code = f"import json; json.load(open({str(path)!r}, encoding='utf-8'))"
    return _measure_raw([sys.executable, "-c", code])


def _measure_raw(argv: list[str]) -> tuple[int, float, float]:
    code, _, _, secs, rss = run_command(argv, raw=True)
    return code, secs, rss


def _at_limit(entries: int, per_ballot: int) -> dict[str, Any]:
    """One round of a 2,000-name list with `entries` strike-out ballots of `per_ballot` struck names each."""
    doc = national(ballots=10, candidates=Limits.CANDIDATES, seats=Limits.CANDIDATES - per_ballot)
    rnd = doc["elections"][0]["rounds"][0]
    rnd["ballots"] = [{"struck": list(range(1 + i % 50, 1 + i % 50 + per_ballot))} for i in range(entries)]
    rnd["ballots_issued"] = rnd["ballots_collected"] = entries
    doc["congress"]["electorate"]["summoned"] = entries + 6
    doc["congress"]["attending"] = entries
    return doc


def main() -> None:
    """Writes the files, runs the command on each, prints the figures."""
    per_ballot = Limits.BALLOT_NUMBERS // Limits.BALLOT_ENTRIES
    cases = {
        "the national scale: 1,600 ballots × 220 names": national(),
        f"at the limits: {Limits.BALLOT_ENTRIES:,} ballots × {per_ballot} struck of {Limits.CANDIDATES:,} names": (
            _at_limit(Limits.BALLOT_ENTRIES, per_ballot)
        ),
        f"one ballot above the entry limit ({Limits.BALLOT_ENTRIES + 1:,})": _at_limit(Limits.BALLOT_ENTRIES + 1, 1),
    }
    with tempfile.TemporaryDirectory() as d:
        files = {}
        for label, doc in cases.items():
            path = Path(d) / f"{len(files)}.json"
            path.write_text(json.dumps(doc, separators=(",", ":")), encoding="utf-8")
            files[label] = path
        big = Path(d) / "oversize.json"
        with big.open("wb") as f:
            f.write(b'{"format": "kiemphieu-election/1"' + b" " * (Limits.FILE_BYTES + 1) + b"}")
        files[f"a file of {Limits.FILE_BYTES // (1024 * 1024) + 1} MiB"] = big
        deep = Path(d) / "deep.json"
        deep.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
        files["JSON nested 100,000 deep"] = deep
        for label, path in files.items():
            size = path.stat().st_size / 1e6
            code, secs, rss = _measure(["tally", str(path), "--json"])
            if path in (big, deep):
                print(f"{label} ({size:.1f} MB): exit {code}, {secs:.2f} s, peak {rss:.0f} MB")
                continue
            _, bare_secs, bare_rss = _bare(path)
            print(
                f"{label} ({size:.1f} MB): exit {code}, {secs:.2f} s, peak {rss:.0f} MB; "
                f"bare json.load {bare_secs:.2f} s, peak {bare_rss:.0f} MB (ratio {secs / bare_secs:.1f}× time, "
                f"{rss / bare_rss:.1f}× memory)"
            )
