"""Fuzzing the election file through the command line (issue 9 item 5): only exit 0 or 2, never a traceback,
never exit 3, nothing on stdout with exit 2, bounded time and memory.

Every mutation goes through `kiemphieu tally --json` in this process (the same `app.cli.main` the console
script runs); a sample also through the real command in its own process, where its time and peak memory
are measured, and through `import` and `minutes`. `KIEMPHIEU_FUZZ_N` sets how many (default 300).
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest

from app.cli import main
from tests.app.fuzzing import Run, fault, mutations, run_command

N = int(os.environ.get("KIEMPHIEU_FUZZ_N", "300"))
#: Every how-many-th input also goes through the real command, import and minutes.
SAMPLE_TALLY, SAMPLE_OTHER = 12, 35
#: Bounds for one input: seconds in this process, and seconds and peak memory of a command of its own.
MAX_SECONDS, MAX_PROCESS_SECONDS, MAX_RSS_MB = 15.0, 30.0, 600.0


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[str, Path]]:
    folder = tmp_path_factory.mktemp("fuzz")
    out = []
    for i, (label, raw) in enumerate(mutations(N)):
        path = folder / f"{i}.json"
        path.write_bytes(raw)
        out.append((label, path))
    return out


def test_every_mutation_gives_a_result_or_one_clear_message(
    inputs: list[tuple[str, Path]], capsys: pytest.CaptureFixture[str]
) -> None:
    """`kiemphieu tally FILE --json` on every mutated file: exit 0 with the result JSON, or exit 2 with one
    message on stderr (the code, the place, the English) and nothing on stdout."""
    faults, codes = [], {0: 0, 2: 0}
    for label, path in inputs:
        t0 = time.perf_counter()
        code = main(["tally", str(path), "--json"])
        seconds = time.perf_counter() - t0
        out, err = capsys.readouterr()
        r = Run(label, code, out, err, seconds, 0)
        problem = fault(r) or ("too slow" if seconds > MAX_SECONDS else "")
        if not problem and code == 0:
            problem = "" if json.loads(out)["format"] == "kiemphieu-result/1" else "stdout is not a result"
        if not problem and code == 2 and "[file." not in err and "[" not in err:
            problem = f"no code in the message: {err[:200]}"
        if problem:
            faults.append(f"{label}: {problem}")
        codes[code] = codes.get(code, 0) + 1
    assert not faults, "\n".join(faults[:20])
    assert codes[0] and codes[2] > codes[0]  # most mutations break the file; some stay valid


def test_a_sample_through_the_real_command_in_bounded_time_and_memory(
    inputs: list[tuple[str, Path]], tmp_path: Path
) -> None:
    """The console command in its own process: exit 0 or 2, within the time and peak-memory bounds."""
    env = {**os.environ, "KIEMPHIEU_LOG_DIR": str(tmp_path)}
    sample = inputs[::SAMPLE_TALLY] + [i for i in inputs if "oversize" in i[0] or "many_ballots" in i[0]][:2]
    faults = []
    for label, path in sample:
        code, out, err, secs, rss = run_command(["tally", str(path), "--json"], env, timeout=MAX_PROCESS_SECONDS * 2)
        problem = fault(Run(label, code, out, err, secs, rss))
        if secs > MAX_PROCESS_SECONDS or rss > MAX_RSS_MB:
            problem = f"{secs:.1f} s, {rss:.0f} MB"
        if problem:
            faults.append(f"{label}: {problem}")
    assert not faults, "\n".join(faults)


def test_a_sample_through_import_and_minutes(inputs: list[tuple[str, Path]], tmp_path: Path) -> None:
    """`kiemphieu import` and `kiemphieu minutes` on mutated files: exit 0 or 2 only."""
    env = {**os.environ, "KIEMPHIEU_LOG_DIR": str(tmp_path), "KIEMPHIEU_PIN": ""}
    faults = []
    for i, (label, path) in enumerate(inputs[3::SAMPLE_OTHER]):
        try:
            first = json.loads(path.read_bytes())["elections"][0]["id"]
            election = first if isinstance(first, str) else "bch"
        except (ValueError, KeyError, IndexError, TypeError, RecursionError):
            election = "bch"
        for args in (
            ["import", str(path), "--db", str(tmp_path / f"{i}.kiemphieu")],
            ["minutes", str(path), "--election", election, "-o", str(tmp_path / f"{i}.pdf")],
        ):
            code, out, err, secs, rss = run_command(args, env, timeout=MAX_PROCESS_SECONDS * 2)
            problem = fault(Run(label, code, "" if code == 0 else out, err, secs, rss))
            if problem:
                faults.append(f"{args[0]} {label}: {problem}")
    assert not faults, "\n".join(faults)
