"""Random mutations of election files, and a runner that feeds them to the real command (issue 9 item 5).

The mutations start from the public examples (and a whole congress with every added field) and break
them as careless users, broken disks and hostile files would: wrong types, missing and unknown keys,
huge and negative numbers, deep nesting, odd Unicode, duplicate keys, a byte-order mark, UTF-16, flipped
bytes, cut files, very long texts, very many ballots, very large files.

`python -m tests.app.fuzzing [N] [--subprocess]` runs N of them and prints the figures (exit codes, the
slowest input, the peak memory of a command) — the CI test runs a few hundred.
"""

from __future__ import annotations

import copy
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT.parent / "shared" / "spec" / "examples"

WEIRD_VALUES: list[Any] = [
    None, True, False, 0, -1, 1.5, 1e308, -1e308, "x", "", " ", [], {}, [[1]], {"a": 1}, "١٢", "²", "12", "-3",
    "NaN", [None], {"": ""}, 2**31, 2**53 + 1,
]  # fmt: skip
HUGE_NUMBERS = [2**63, 2**64 + 1, -(2**63) - 1, 10**30, 10**300, 10**4000]
ODD_STRINGS = [
    "Nguye\u0302\u0303n Va\u0306n An",  # NFD
    "A" + "\u0301" * 1000,  # a thousand combining accents
    "\u202eAn Văn Nguyễn",  # right-to-left override
    "Lê\u200dVăn",  # zero-width joiner
    "Lê\x00Văn",  # NUL
    "Lê\ud800Văn",  # lone surrogate (written as an escape)
    "Lê\x85Văn",  # C1 control
    "😀🇻🇳",
    "\ufeffLê Văn",  # a BOM inside a name
    "Lê\u2028Văn",  # line separator
    "\u00a0\u3000",  # only spaces
    "x" * 10_000,
    "١٢٣",
]


def bases() -> list[tuple[str, dict[str, Any]]]:
    """The documents mutated: the public examples (when beside the checkout) and a whole congress."""
    from tests.app.test_fileformat_added import congress_doc

    out = [("whole-congress", congress_doc())]
    if EXAMPLES.is_dir():
        for f in sorted(EXAMPLES.glob("*.json")):
            if not f.name.endswith(".result.json"):
                out.append((f.stem, json.loads(f.read_text(encoding="utf-8"))))
    return out


def _nodes(doc: Any) -> list[tuple[Any, Any]]:
    """Every (container, key) in the document: the places a mutation can touch."""
    found: list[tuple[Any, Any]] = []
    stack = [doc]
    while stack:
        node = stack.pop()
        pairs = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
        for k, v in pairs:
            found.append((node, k))
            if isinstance(v, dict | list):
                stack.append(v)
    return found


def _pick(rng: random.Random, doc: Any, want: Callable[[Any], bool] = lambda v: True) -> tuple[Any, Any] | None:
    nodes = [(c, k) for c, k in _nodes(doc) if want(c[k])]
    return rng.choice(nodes) if nodes else None


def _text(doc: Any, rng: random.Random) -> str:
    return json.dumps(doc, ensure_ascii=rng.random() < 0.5, indent=rng.choice([None, 1]))


def _ascii(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=True)


def m_wrong_type(rng: random.Random, doc: Any) -> bytes:
    spot = _pick(rng, doc)
    if spot:
        spot[0][spot[1]] = copy.deepcopy(rng.choice(WEIRD_VALUES))
    return _text(doc, rng).encode()


def m_drop_key(rng: random.Random, doc: Any) -> bytes:
    spot = _pick(rng, doc, lambda v: isinstance(v, dict) and bool(v))
    if spot:
        d = spot[0][spot[1]]
        del d[rng.choice(list(d))]
    return _text(doc, rng).encode()


def m_unknown_key(rng: random.Random, doc: Any) -> bytes:
    spot = _pick(rng, doc, lambda v: isinstance(v, dict))
    if spot:
        spot[0][spot[1]][rng.choice(["extra", "x-notes", "kind2", ""])] = rng.choice(WEIRD_VALUES)
    return _text(doc, rng).encode()


def m_number(rng: random.Random, doc: Any) -> bytes:
    spot = _pick(rng, doc, lambda v: isinstance(v, int) and not isinstance(v, bool))
    if spot:
        spot[0][spot[1]] = rng.choice([*HUGE_NUMBERS, -rng.randint(1, 10**6), 0, rng.randint(10**6, 10**9)])
    try:
        return _text(doc, rng).encode()
    except ValueError:  # 10**4000 cannot be written by json: write it by hand
        return _ascii(doc).encode()


def m_unicode(rng: random.Random, doc: Any) -> bytes:
    spot = _pick(rng, doc, lambda v: isinstance(v, str))
    if spot:
        spot[0][spot[1]] = rng.choice(ODD_STRINGS)
    return _ascii(doc).encode()


def m_deep(rng: random.Random, doc: Any) -> bytes:
    spot = _pick(rng, doc)
    depth = rng.choice([40, 400, 990, 5_000, 100_000])
    if spot is None:
        return ("[" * depth + "]" * depth).encode()
    spot[0][spot[1]] = "@@DEEP@@"
    opener, closer = rng.choice([("[", "]"), ('{"a":', "}")])
    nested = opener * depth + "1" + closer * depth
    return _ascii(doc).replace('"@@DEEP@@"', nested, 1).encode()


def m_duplicate_key(rng: random.Random, doc: Any) -> bytes:
    spot = _pick(rng, doc, lambda v: isinstance(v, dict) and bool(v))
    if spot is None:
        return _ascii(doc).encode()
    d = spot[0][spot[1]]
    key = rng.choice(list(d))
    d["@@DUP@@"] = copy.deepcopy(rng.choice([d[key], *WEIRD_VALUES]))
    return _ascii(doc).replace('"@@DUP@@"', json.dumps(key), 1).encode()


def m_duplicate_entry(rng: random.Random, doc: Any) -> bytes:
    spot = _pick(rng, doc, lambda v: isinstance(v, list) and bool(v))
    if spot:
        items = spot[0][spot[1]]
        items.insert(rng.randrange(len(items) + 1), copy.deepcopy(rng.choice(items)))
    return _text(doc, rng).encode()


def m_cut(rng: random.Random, doc: Any) -> bytes:
    raw = _text(doc, rng).encode()
    return raw[: rng.randrange(len(raw))]


def m_bytes(rng: random.Random, doc: Any) -> bytes:
    raw = bytearray(_text(doc, rng).encode())
    for _ in range(rng.randint(1, 4)):
        raw[rng.randrange(len(raw))] ^= 1 << rng.randrange(8)
    return bytes(raw)


def m_encoding(rng: random.Random, doc: Any) -> bytes:
    text = _text(doc, rng)
    how = rng.choice(["bom", "utf-16", "utf-16-le", "utf-32", "cp1258", "latin-1"])
    if how == "bom":
        return b"\xef\xbb\xbf" + text.encode()
    return text.encode(how, errors="replace")


def m_long_text(rng: random.Random, doc: Any) -> bytes:
    spot = _pick(rng, doc, lambda v: isinstance(v, str))
    if spot:
        spot[0][spot[1]] = rng.choice(["Á", "x", "\u0301"]) * rng.choice([201, 2_001, 5_000_000])
    return _ascii(doc).encode()


def m_many_ballots(rng: random.Random, doc: Any) -> bytes:
    spot = _pick(rng, doc, lambda v: isinstance(v, list) and v and isinstance(v[0], dict) and "struck" in v[0])
    if spot:
        items = spot[0][spot[1]]
        spot[0][spot[1]] = items * (rng.choice([20_000, 210_000]) // len(items) + 1)
    return json.dumps(doc, separators=(",", ":")).encode()


def m_oversize(rng: random.Random, doc: Any) -> bytes:
    text = _ascii(doc)
    return (text[:-1] + " " * (33 * 1024 * 1024) + text[-1]).encode()


def m_shape(rng: random.Random, doc: Any) -> bytes:
    return json.dumps(rng.choice([[doc], "kiemphieu", 42, None, [], {}, {"format": doc.get("format")}])).encode()


#: (mutation, weight): the cheap structural ones most often, the very large ones rarely.
MUTATIONS: list[tuple[Callable[[random.Random, Any], bytes], int]] = [
    (m_wrong_type, 20),
    (m_drop_key, 12),
    (m_unknown_key, 5),
    (m_number, 12),
    (m_unicode, 10),
    (m_deep, 6),
    (m_duplicate_key, 8),
    (m_duplicate_entry, 8),
    (m_cut, 5),
    (m_bytes, 5),
    (m_encoding, 5),
    (m_long_text, 2),
    (m_many_ballots, 1),
    (m_oversize, 1),
    (m_shape, 2),
]


#: Mutations that leave a document JSON can read again, so that another can follow.
STRUCTURAL = [m_wrong_type, m_drop_key, m_unknown_key, m_duplicate_entry]


def mutations(n: int, seed: int = 2026) -> Iterator[tuple[str, bytes]]:
    """n mutated files: (label, bytes), the same for the same seed."""
    rng = random.Random(seed)
    docs = bases()
    funcs, weights = zip(*MUTATIONS, strict=True)
    for i in range(n):
        name, base = rng.choice(docs)
        doc = copy.deepcopy(base)
        earlier = rng.choices(STRUCTURAL, k=rng.choice([0, 0, 0, 1, 2]))
        for f in earlier:  # earlier mutations act on the document, the last one writes the bytes
            doc = json.loads(f(rng, doc))
        chosen = [*earlier, *rng.choices(funcs, weights)]
        yield f"{i}:{name}:{'+'.join(f.__name__[2:] for f in chosen)}", chosen[-1](rng, doc)


@dataclass(frozen=True, slots=True)
class Run:
    """What the command did with one input."""

    label: str
    code: int
    stdout: str
    stderr: str
    seconds: float
    peak_rss_mb: float


#: A small launcher: the command's peak memory must not include the pages of a large parent process
#: (Linux counts a child's memory before exec in its peak), so a fresh small process forks and execs it.
_LAUNCHER = """
import os, sys
report = sys.argv[1]
pid = os.fork()
if pid == 0:
    os.execv(sys.argv[2], sys.argv[2:])
_, status, usage = os.wait4(pid, 0)
with open(report, "w") as f:
    f.write(f"{usage.ru_maxrss} {os.waitstatus_to_exitcode(status)}")
"""


def launch_argv(args: list[str]) -> list[str]:
    """The command line of `kiemphieu ARGS` (the same `app.cli.main` the console script runs)."""
    return [sys.executable, "-m", "app", *args]


def run_command(
    args: list[str], env: dict[str, str] | None = None, timeout: float = 120, raw: bool = False
) -> tuple[int, str, str, float, float]:
    """The real command in its own process: exit code, stdout, stderr, seconds and peak resident memory (MB).

    `raw`: `args` is a whole command line rather than the arguments of `kiemphieu`.
    """
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory() as d:
        report = Path(d) / "rusage"
        try:
            p = subprocess.run(
                [sys.executable, "-c", _LAUNCHER, str(report), *(args if raw else launch_argv(args))],
                capture_output=True,
                cwd=ROOT,
                env=env,
                timeout=timeout,
            )
        except subprocess.TimeoutExpired as e:
            return -9, "", f"timed out after {timeout} s: {e}", time.perf_counter() - t0, 0.0
        rss_kb, code = (int(x) for x in report.read_text().split())
    stdout, stderr = p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")
    return code, stdout, stderr, time.perf_counter() - t0, rss_kb / 1024


def fault(r: Run) -> str:
    """What is wrong with a run, or '' (exit 0 with a result, or exit 2 with one message and nothing on stdout)."""
    if r.code not in (0, 2):
        return f"exit {r.code}: {r.stderr[-300:]}"
    if "Traceback" in r.stdout + r.stderr:
        return "a traceback was shown"
    if r.code == 2 and (r.stdout or not r.stderr.strip()):
        return "exit 2 must print one message on stderr and nothing on stdout"
    return ""


def main(argv: list[str]) -> int:
    """Runs N mutations through `kiemphieu tally --json` in separate processes and prints the figures."""
    n = int(argv[0]) if argv else 1098
    codes: Counter[int] = Counter()
    faults: list[str] = []
    slowest = (0.0, "")
    peak = (0.0, "")
    env = {**os.environ, "KIEMPHIEU_LOG_DIR": tempfile.mkdtemp()}
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "in.json"
        for label, raw in mutations(n):
            path.write_bytes(raw)
            code, out, err, secs, rss = run_command(["tally", str(path), "--json"], env)
            r = Run(label, code, out, err, secs, rss)
            codes[code] += 1
            if fault(r):
                faults.append(f"{label}: {fault(r)}")
            slowest = max(slowest, (secs, label))
            peak = max(peak, (rss, label))
    print(f"{n} mutated files through kiemphieu tally --json: exit codes {dict(sorted(codes.items()))}")
    print(f"slowest: {slowest[0]:.2f} s ({slowest[1]}); peak memory: {peak[0]:.0f} MB ({peak[1]})")
    print(f"faults: {len(faults)}")
    for f in faults[:20]:
        print("  " + f)
    return 1 if faults else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
