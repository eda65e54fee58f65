"""The standalone verifier gives the application's verdicts and fingerprints, on files and on databases.

It is run as a program on the public examples and the demo, and in process on many generated congresses,
signed or not, tampered or not: its verdict (kiemphieu-verify/1), its exit code and its re-tally
(kiemphieu-result/1) must be the application's.
"""

from __future__ import annotations

import ast
import importlib.util
import json
import sqlite3
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from app.commands.verify import check_file
from app.fileformat import FileFault, load, loads, result_json
from app.fileformat.writer import fingerprint
from app.filesig import sign_document
from app.keys import StationKey
from ballot.election import tally_all
from tests.app.signing import UID, seals_for, signed_export

ROOT = Path(__file__).resolve().parents[2]
TOOL = ROOT / "tools" / "kiemphieu_verify.py"
HEAD = StationKey.of(Ed25519PrivateKey.from_private_bytes(bytes(range(32))))
STATION = StationKey.of(Ed25519PrivateKey.from_private_bytes(bytes(range(1, 33))))
OTHER = StationKey.of(Ed25519PrivateKey.from_private_bytes(bytes(range(5, 37))))


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("kiemphieu_verify", TOOL)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


tool = _tool()


def app_side(path: Path) -> tuple[int, dict[str, Any] | None, dict[str, Any] | None]:
    """Exit code, verdict and re-tally by the application."""
    try:
        v = check_file(path)
    except FileFault:
        return 2, None, None
    res = result_json(load(path).data.ruleset, tally_all(load(path).data))
    for r in res["results"]:
        for p in r["problems"]:
            del p["message"], p["message_en"]
    return (0 if v["ok"] else 1), v, res


def tool_side(path: Path) -> tuple[int, dict[str, Any] | None, dict[str, Any] | None]:
    """The same, by the standalone verifier (in process)."""
    try:
        doc = tool.strict_json(path.read_bytes())
        data = tool.read(doc)
    except tool.Fault:
        return 2, None, None
    v = tool.file_verdict(doc, data, None)
    return (0 if v["ok"] else 1), v, tool.result_doc(data)


def same(path: Path) -> int:
    a, b = app_side(path), tool_side(path)
    assert a[0] == b[0], (a[0], b[0], path.read_text(encoding="utf-8")[:2000])
    assert a[1] == b[1]
    assert a[2] == b[2]
    return a[0]


def write(tmp_path: Path, doc: Any, name: str = "f.json") -> Path:
    p = tmp_path / name
    p.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return p


def test_it_needs_only_the_standard_library_and_cryptography() -> None:
    tree = ast.parse(TOOL.read_text(encoding="utf-8"))
    roots = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            roots |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            roots.add(node.module.split(".")[0])
    assert roots - set(sys.stdlib_module_names) == {"cryptography"}


def run_tool(*argv: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """The program itself, run from another folder with only the standard paths (-I)."""
    return subprocess.run(
        [sys.executable, "-I", str(TOOL), *argv], capture_output=True, text=True, cwd=cwd, timeout=120, check=False
    )


def test_the_program_on_the_public_examples_and_a_signed_demo(examples: Path, tmp_path: Path) -> None:
    from app.demo import export_demo

    demo = export_demo(tmp_path / "demo.json", tmp_path)
    signed = write(tmp_path, signed_export(load(demo).data, HEAD, STATION), "signed.json")
    files = [*sorted(p for p in examples.glob("*.json") if not p.name.endswith(".result.json")), demo, signed]
    for path in files:
        ran = run_tool(str(path), "--json", cwd=tmp_path)
        assert "Traceback" not in ran.stderr
        code, verdict, _ = app_side(path)
        assert ran.returncode == code == 0, ran.stderr
        assert json.loads(ran.stdout) == verdict
        words = run_tool(str(path), cwd=tmp_path)
        assert words.returncode == 0 and "Kết luận" in words.stdout
        tallied = run_tool("tally", str(path), cwd=tmp_path)
        assert json.loads(tallied.stdout) == app_side(path)[2]
    tampered = json.loads(signed.read_text(encoding="utf-8"))
    tampered["elections"][0]["rounds"][0]["ballots"][0]["count"] = 2
    bad = write(tmp_path, tampered, "tampered.json")
    ran = run_tool(str(bad), cwd=tmp_path)
    assert ran.returncode == 1 and "CHỮ KÝ CỦA TỆP KHÔNG ĐÚNG" in ran.stdout
    assert run_tool(str(bad), "--json", cwd=tmp_path).stdout == run_tool(str(bad), "--json", cwd=tmp_path).stdout
    assert json.loads(run_tool(str(bad), "--json", cwd=tmp_path).stdout) == check_file(bad)
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "kiemphieu-election/1", "congress": ', encoding="utf-8")
    ran = run_tool(str(broken), cwd=tmp_path)
    assert ran.returncode == 2 and "Traceback" not in ran.stderr and ran.stderr
    assert run_tool(str(tmp_path / "absent.json"), cwd=tmp_path).returncode == 2
    assert run_tool(str(signed), "--signer", "A1B2", cwd=tmp_path).returncode == 2
    assert run_tool(str(signed), "--signer", STATION.fingerprint, cwd=tmp_path).returncode == 0
    assert run_tool(str(signed), "--signer", HEAD.fingerprint, cwd=tmp_path).returncode == 1


# --- generated congresses -----------------------------------------------------------------------------------

NAMES = st.sampled_from(["Nguyễn Văn An", "Lê Thị Bình", "Trần Văn Cường", "Phạm Thị Dung", "Hoàng Văn Em", "An"])
BODIES = st.sampled_from(
    ["committee", "secretary", "deputy_secretary", "inspection_committee", "delegates", "other", None]
)
WHO = {"by": "Đoàn Chủ tịch", "note": "biểu quyết", "at": "2025-05-20T11:00"}


@st.composite
def ballots(draw: st.DrawFn, nos: list[int], seats: int, kind: str) -> list[dict[str, Any]]:
    """Ballots of every form: struck, marks, names written (with names outside the pool), ruled invalid."""
    form = {"opinion": "marks", "nomination": "names"}.get(kind) or ("struck" if len(nos) > seats else "marks")
    out: list[dict[str, Any]] = []
    for _ in range(draw(st.integers(0, 8))):
        b: dict[str, Any]
        if draw(st.integers(0, 3)) == 0:
            reasons = ["not_issued", "write_in", "marked"]
            reasons += {"struck": ["over_limit", "none_kept"], "names": ["over_limit", "outside_pool"]}.get(form, [])
            b = {"invalid": draw(st.sampled_from(reasons))}
        elif form == "struck":
            b = {"struck": draw(st.lists(st.sampled_from(nos), unique=True))}
        elif form == "names":
            b = {"names": draw(st.lists(st.sampled_from(nos), unique=True, max_size=seats + 1))}
            if draw(st.integers(0, 3)) == 0:
                b["outside_pool"] = draw(st.integers(0, 2))
        else:
            keys = draw(st.lists(st.sampled_from(nos), unique=True))
            b = {"marks": {str(k): draw(st.sampled_from(["agree", "disagree", "both", "none"])) for k in keys}}
        if draw(st.booleans()):
            b["count"] = draw(st.integers(1, 4))
        if draw(st.integers(0, 3)) == 0:
            b["team"] = draw(st.sampled_from(["T1", "T2"]))
        out.append(b)
    return out


@st.composite
def rounds_of(draw: st.DrawFn, nos: list[int], seats: int, kind: str) -> list[dict[str, Any]]:
    out = []
    for number in range(1, draw(st.integers(1, 2)) + 1):
        if number == 1:
            r_nos, r_seats = nos, seats
            r: dict[str, Any] = {}
            if draw(st.integers(0, 5)) == 0:
                r["candidates"] = r_nos = draw(st.lists(st.sampled_from(nos), min_size=1, unique=True))
        else:
            r_nos = draw(st.lists(st.sampled_from(nos), min_size=1, unique=True))
            r_seats = draw(st.integers(1, len(r_nos)))
            r = {
                "round": 2,
                "seats": r_seats,
                "candidates": r_nos,
                "purpose": draw(st.sampled_from(["election", "tie_break"])),
            }
            if draw(st.booleans()):
                r["decision"] = WHO
        bs = draw(ballots(r_nos, r_seats, kind))
        total = sum(b.get("count", 1) for b in bs)
        r["ballots_issued"] = total + draw(st.integers(0, 2))
        r["ballots_collected"] = total + draw(st.integers(-1, 1)) if total else 0
        r["ballots"] = bs
        if draw(st.integers(0, 3)) == 0:
            r["present"] = r["ballots_issued"] + draw(st.integers(-1, 3))
        if draw(st.integers(0, 4)) == 0:
            r["subtotals"] = [
                {
                    "team": "T9",
                    "ballots": draw(st.integers(0, 5)),
                    "invalid": {"marked": draw(st.integers(0, 2))},
                    "votes": {str(n): draw(st.integers(0, 5)) for n in r_nos[:2]},
                }
            ]
        if draw(st.integers(0, 5)) == 0:
            r["tie_break_needs_majority"] = True
        if kind == "nomination" and draw(st.integers(0, 2)) == 0:
            r["head_choice"] = {"chosen": draw(st.lists(st.sampled_from(r_nos), max_size=2)), **WHO}
        out.append(r)
    return out


@st.composite
def withdrawal_requests(draw: st.DrawFn, nos: list[int]) -> list[dict[str, Any]]:
    out = []
    for no in draw(st.lists(st.sampled_from(nos), unique=True, max_size=2)):
        w: dict[str, Any] = {"no": no, "proposal": draw(st.sampled_from(["allow", "refuse"]))}
        if draw(st.booleans()):
            w.update(agree=draw(st.integers(0, 20)), disagree=draw(st.integers(0, 5)), abstain=draw(st.integers(0, 3)))
        if draw(st.integers(0, 2)) == 0:
            w["allowed"] = draw(st.booleans())
        if draw(st.integers(0, 3)) == 0:
            w["round"] = 2
        if draw(st.booleans()):
            w["method"] = draw(st.sampled_from(["hands", "secret"]))
            w["reason"] = "Lý do sức khỏe"
        out.append(w)
    return out


@st.composite
def election_files(draw: st.DrawFn) -> dict[str, Any]:
    """A congress as its file: elections, opinion and nomination ballots, pools, withdrawals, pauses, levels."""
    summoned = draw(st.integers(1, 30))
    doc: dict[str, Any] = {
        "format": "kiemphieu-election/1",
        "ruleset": draw(st.sampled_from(["qd190-2024", "qd244-2014", None])),
        "congress": {
            "kind": draw(st.sampled_from(["delegates", "members"])),
            "electorate": {
                "summoned": summoned,
                "exclusions": [{"reason": "Vắng", "count": draw(st.integers(0, summoned - 1))}],
            },
        },
        "elections": [],
    }
    if draw(st.booleans()):
        doc["congress"]["attending"] = draw(st.integers(0, summoned))
    if draw(st.integers(0, 2)) == 0:
        doc["congress"]["level"] = draw(st.sampled_from(["cell", "grassroots", "higher"]))
    if draw(st.integers(0, 3)) == 0:
        doc["parameters"] = {
            "surplus_cap": draw(st.sampled_from(["3/10", "0.25", 1])),
            "tie_break_needs_majority": draw(st.booleans()),
            "surplus_rounding": draw(st.sampled_from(["floor", "half_up", "ceil"])),
        }
        for key in ("nomination_over_limit_invalid", "nomination_outside_pool_invalid"):
            if draw(st.booleans()):
                doc["parameters"][key] = draw(st.booleans())
        if draw(st.booleans()):
            doc["parameters"]["withdrawal_majority_of"] = draw(st.sampled_from(["attending", "votes_cast"]))
    kinds: list[str] = []
    for i in range(draw(st.integers(1, 3))):
        n = draw(st.integers(1, 6))
        kind = draw(st.sampled_from(["election", "election", "election", "opinion", "nomination"]))
        kinds.append(kind)
        seats = draw(st.integers(1, n))
        cands = [{"no": k, "name": draw(NAMES)} for k in range(1, n + 1)]
        for c in cands:
            if draw(st.booleans()):
                c["note"] = str(1960 + c["no"])
        e: dict[str, Any] = {"id": f"e{i}", "title": f"Bầu {i}", "seats": seats, "candidates": cands}
        if kind != "election":
            e["kind"] = kind
        if kind == "nomination" and draw(st.booleans()):
            e["propose"] = draw(st.integers(1, n))
        body = draw(BODIES)
        if body:
            e["body"] = body
        if i and draw(st.integers(0, 3)) == 0:
            takes = ["elected", "not_elected"] + (["proposed"] if kinds[0] == "nomination" else [])
            e["candidate_pool"] = {"election": "e0", "take": draw(st.sampled_from(takes))}
        if draw(st.integers(0, 4)) == 0:
            e["max_surplus"] = draw(st.integers(0, 3))
        if draw(st.integers(0, 4)) == 0:
            e["hand_votes"] = [{"topic": "seats", "agree": 10, "disagree": 1}]
        if kind == "election" and draw(st.integers(0, 3)) == 0:
            e["withdrawals"] = draw(withdrawal_requests(list(range(1, n + 1))))
        if draw(st.integers(0, 6)) == 0:
            e["pause"] = {
                "reason": draw(st.sampled_from(["intended_not_elected", "other"])),
                "intended": draw(NAMES),
                **WHO,
            }
            if draw(st.booleans()):
                e["pause"]["resumed"] = WHO
        e["rounds"] = draw(rounds_of(list(range(1, n + 1)), seats, kind))
        doc["elections"].append(e)
    return doc


def tamper(doc: dict[str, Any], how: str) -> bool:
    """One change an attacker (or an accident) makes to a file after it was exported; whether it changed it."""
    before = json.dumps(doc)
    rounds = [r for e in doc["elections"] for r in e["rounds"]]
    first = rounds[0]
    if how == "ballot" and first["ballots"]:
        b = first["ballots"][0]
        b["count"] = b.get("count", 1) + 1
    elif how == "issued":
        first["ballots_issued"] += 1
    elif how == "unseal":
        for r in rounds:
            r.pop("final", None)
    elif how == "strip":
        doc.pop("signature", None)
    elif how == "strip_all":
        for key in ("signature", "log_head"):
            doc.pop(key, None)
        for r in rounds:
            r.pop("final", None)
    elif how == "value" and "signature" in doc:
        v = doc["signature"]["value"]
        doc["signature"]["value"] = ("B" if v[0] == "A" else "A") + v[1:]
    elif how == "summoned":
        doc["congress"]["electorate"]["summoned"] += 1
    elif how == "seal_fp" and "final" in first:
        first["final"]["fingerprint"] = "0" * 64
    elif how == "name":
        doc["elections"][0]["candidates"][0]["name"] += " Ân"
    elif how == "unknown":
        first["ballots"].append({"struck": [99]})
    elif how == "withdraw":
        doc["elections"][0]["withdrawals"] = [{"no": 1, "proposal": "allow", "allowed": True}]
    return json.dumps(doc) != before


@given(
    doc=election_files(),
    sealed=st.booleans(),
    signed=st.sampled_from(["no", "head", "station"]),
    how=st.sampled_from(
        [
            "none",
            "ballot",
            "issued",
            "unseal",
            "strip",
            "strip_all",
            "value",
            "summoned",
            "seal_fp",
            "name",
            "unknown",
            "withdraw",
        ]
    ),
)
@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)
def test_generated_congresses_signed_or_not_tampered_or_not_get_the_same_verdict(
    tmp_path: Path, doc: dict[str, Any], sealed: bool, signed: str, how: str
) -> None:
    try:
        data = loads(json.dumps(doc, ensure_ascii=False)).data
    except FileFault:
        data = None
    if data is not None and signed != "no":
        doc = signed_export(data, HEAD, STATION if signed == "station" else None, seals_for(data) if sealed else {})
    elif data is not None and sealed:
        for e, ed in zip(data.elections, doc["elections"], strict=True):
            for r, rd in zip(e.rounds, ed["rounds"], strict=True):
                rd["final"] = {"fingerprint": fingerprint(data, e, r), "at": "2025-05-20T10:00", "by": "Bình"}
    changed = tamper(doc, how)
    code = same(write(tmp_path, doc))
    event(f"exit {code}, {signed}, {how if changed else 'unchanged'}")
    if (
        changed
        and data is not None
        and signed != "no"
        and how in ("ballot", "issued", "unseal", "strip", "value", "summoned")
    ):
        assert code == 1


def test_hand_made_faults_are_refused_by_both(tmp_path: Path, examples: Path) -> None:
    base = json.loads((examples / "committee-5-of-7.json").read_text(encoding="utf-8"))
    changes = [
        lambda d: d.update(ruleset="qd999"),
        lambda d: d.update(
            elections=[
                {**d["elections"][0], "candidate_pool": {"election": "x", "take": "proposed"}},
                {**d["elections"][0], "id": "x"},
            ]
        ),
        lambda d: d.update(format="other"),
        lambda d: d.update(parameters={"opinion_threshold": "2"}),
        lambda d: d.update(log_hash=5),
        lambda d: d["congress"].update(counting_committee=[{"name": ""}]),
        lambda d: d["elections"][0]["rounds"][0].update(final={"fingerprint": ""}),
        lambda d: d["elections"][0]["rounds"][0]["ballots"].append({"struck": [1], "marks": {}}),
        lambda d: d["elections"][0]["rounds"][0]["ballots"].append({"marks": {"1": "agree"}}),
        lambda d: d["elections"][0]["rounds"][0].update(subtotals=[{"team": "x"}]),
        lambda d: d["elections"].append({**d["elections"][0]}),
        lambda d: d["elections"][0].update(candidate_pool={"election": "zz", "take": "elected"}),
        lambda d: d.update(ruleset=["x"]),
        lambda d: d["elections"][0].update(propose=2),
        lambda d: d["elections"][0]["rounds"][0].update(head_choice={"chosen": [1], "by": "x"}),
        lambda d: d["elections"][0].update(withdrawals=[{"no": 99, "proposal": "allow"}]),
        lambda d: d["elections"][0].update(withdrawals=[{"no": 1, "proposal": "allow"}] * 2),
        lambda d: d["elections"][0]["rounds"][0]["ballots"].append({"names": [1]}),
        lambda d: d["elections"][0]["rounds"][0]["ballots"].append({"invalid": "outside_pool"}),
        lambda d: d["elections"][0]["rounds"][0].update(ballots_issued=10_000_001),
        lambda d: d["elections"][0].update(title="x" * 501),
        lambda d: d["elections"][0]["candidates"][0].update(name="An\u0007"),
        lambda d: d["congress"].update(level="village"),
        lambda d: d.update(parameters={"surplus_cap": "1e-1"}),
        lambda d: d.update(parameters={"withdrawal_majority_of": "present"}),
        lambda d: d["elections"][0].update(pause={"reason": "other"}),
        lambda d: d["elections"][0]["rounds"][0]["ballots"].append({"struck": ["01", 1]}),
    ]
    for i, change in enumerate(changes):
        doc = json.loads(json.dumps(base))
        change(doc)
        assert same(write(tmp_path, doc, f"bad{i}.json")) == 2, i


# --- databases --------------------------------------------------------------------------------------------


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """A small congress database as a version before signatures left it (`tests.app.older`)."""
    from app import congress as congress_svc
    from app import elections, entry, rounds
    from app.db import Actor
    from ballot.model import Body, Candidate, Congress, CongressKind, Election, Electorate, StruckBallot
    from tests.app.conftest import PIN
    from tests.app.older import as_older_version

    congress = Congress("Chi bộ 1", "Đại hội Chi bộ 1", "2025–2030", CongressKind.MEMBERS, Electorate(9), 9)
    committee = Election(
        "bt", "Bầu Bí thư", Body.SECRETARY, 1, (Candidate(1, "Nguyễn Văn An"), Candidate(2, "Lê Thị Bình"))
    )
    path = tmp_path / "dh.kiemphieu"
    who = Actor("máy-1", "Cường")
    with congress_svc.create(path, congress, who, head_pin=PIN) as d:
        elections.add(d, who, committee)
        rounds.set_counts(d, who, "bt", 1, ballots_issued=9, ballots_collected=9, present=9)
        for i in range(9):
            entry.record_ballot(d, who, "bt", 1, StruckBallot(frozenset({2 if i < 6 else 1})))
        rounds.finalize(d, who, "bt", 1, PIN)
    as_older_version(path)
    return path


def test_a_signed_database_by_todays_program_and_the_app_agree(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The demo as today's program writes it: every record signed; both find the same keys and the same last
    record, both accept its own anchor file and an export; a changed record fails both, naming it."""
    from app.cli import main
    from app.db import open_database
    from app.keys import station_key
    from app.transfer import export_file
    from tests.conftest import DEMO_ACTOR

    with open_database(demo_path, DEMO_ACTOR) as d:  # type: ignore[arg-type]
        export = export_file(d, tmp_path / "demo.json")
        uid = d.uid
    own = next((station_key().path.parent.parent / "anchors").glob(f"{uid}.log"))  # type: ignore[union-attr]
    v = db_verdict(demo_path, str(own), str(export))
    assert v["ok"] and v["unsigned_older"] == 0 and v["signed"] == v["records"], v["fault"]
    assert [k["fingerprint"] for k in v["keys"]] == [station_key().fingerprint]
    assert main(["verify", "--db", str(demo_path), "--anchor", str(export)]) == 0
    out = capsys.readouterr().out
    assert v["last"]["hash"] in out and tool.grouped(station_key().fingerprint) in out
    con = sqlite3.connect(demo_path)
    con.execute("UPDATE log SET at = '2025-01-01T00:00:00.000+07:00' WHERE seq = 7")
    con.commit()
    con.close()
    v = db_verdict(demo_path)
    assert v["fault"]["code"] == "log.hash_changed" and v["fault"]["seq"] == 7
    assert main(["verify", "--db", str(demo_path)]) == 1 and "bản ghi số 7" in capsys.readouterr().out


class Log:
    """Appends records the way the signed log will (part B): today's chain, plus `key` and `signature`."""

    def __init__(self, path: Path) -> None:
        from app.record.canonical import dumps, record_hash, sha256

        self.dumps, self.record_hash, self.sha256 = dumps, record_hash, sha256
        self.con = sqlite3.connect(path)
        cols = [r[1] for r in self.con.execute("PRAGMA table_info(log)")]
        for col in ("key", "signature"):
            if col not in cols:
                self.con.execute(f"ALTER TABLE log ADD COLUMN {col} TEXT")

    def head(self) -> tuple[int, str]:
        row = self.con.execute("SELECT seq, hash FROM log ORDER BY seq DESC LIMIT 1").fetchone()
        return (row[0], row[1]) if row else (0, "0" * 64)

    def append(self, key: StationKey | None, action: str, payload: dict[str, Any], signer_fp: str | None = None) -> str:
        seq, prev = self.head()
        body = self.dumps(payload)
        data_hash = self.sha256(body)
        at = f"2025-05-20T15:{seq % 60:02d}:00.000+07:00"
        h = self.record_hash(seq + 1, at, "máy-1", "Cường", action, data_hash, prev)
        fp, sig = (None, None) if key is None else (signer_fp or key.fingerprint, key.sign_log(h))
        self.con.execute(
            "INSERT INTO log (seq, at, station, operator, action, payload, data_hash, prev_hash, hash, key, signature)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (seq + 1, at, "máy-1", "Cường", action, body, data_hash, prev, h, fp, sig),
        )
        self.con.commit()
        return h

    def close(self) -> None:
        self.con.close()


def db_verdict(path: Path, *anchors: str, head: str | None = None) -> dict[str, Any]:
    return tool.db_verdict(str(path), list(anchors), head)


def signed_db(db: Path) -> Log:
    """The older records, then signing starts: the head registers itself and then a station."""
    log = Log(db)
    log.append(HEAD, "signing.started", {"station": HEAD.registration("Máy trưởng ban", "head").to_doc()})
    log.append(HEAD, "station.registered", STATION.registration("Máy 2").to_doc())
    log.append(STATION, "ballot", {"election": "bt", "round": 1, "ballot": "s1"})
    log.append(HEAD, "round.reopen", {"election": "bt", "round": 1, "reason": "kiểm lại"})
    return log


def test_a_database_by_todays_program_and_the_app_agree(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.cli import main

    v = db_verdict(db)
    assert main(["verify", "--db", str(db)]) == 0
    assert v["ok"] and v["fault"] is None and v["last"]["hash"] in capsys.readouterr().out
    assert v["unsigned_older"] == v["records"] and v["signed"] == 0
    con = sqlite3.connect(db)
    ballot = "(SELECT max(seq) FROM log WHERE action = 'ballot')"
    con.execute(f"UPDATE log SET payload = replace(payload, '[1]', '[2]') WHERE seq = {ballot}")
    con.commit()
    con.close()
    assert main(["verify", "--db", str(db)]) == 1
    v = db_verdict(db)
    assert not v["ok"] and v["fault"]["code"] == "log.data_changed"
    ran = run_tool(str(db), cwd=tmp_path)
    assert ran.returncode == 1 and "nội dung đã bị sửa" in ran.stdout


def test_signed_records_are_checked_against_the_keys_the_log_registers(db: Path, tmp_path: Path) -> None:
    log = signed_db(db)
    log.close()
    v = db_verdict(db, head=HEAD.fingerprint)
    assert v["ok"], v["fault"]
    assert v["signed"] == 4 and v["unsigned_older"] == v["records"] - 4
    assert {k["fingerprint"]: k["role"] for k in v["keys"]} == {
        HEAD.fingerprint: "head",
        STATION.fingerprint: "station",
    }
    assert not db_verdict(db, head=STATION.fingerprint)["ok"]
    ran = run_tool(str(db), "--head", HEAD.fingerprint, cwd=tmp_path)
    assert ran.returncode == 0 and "Máy 2 (máy trạm)" in ran.stdout


@pytest.mark.parametrize(
    ("forge", "code"),
    [
        (lambda log: log.append(None, "ballot", {"b": 1}), "log.unsigned"),
        (lambda log: log.append(StationKey.of(Ed25519PrivateKey.generate()), "ballot", {"b": 1}), "log.unknown_key"),
        (lambda log: log.append(STATION, "round.finalize", {"election": "bt", "round": 1}), "log.needs_head_key"),
        (lambda log: log.append(STATION, "pin", {"head_pin": "x"}), "log.needs_head_key"),
        (
            lambda log: log.append(STATION, "station.registered", STATION.registration("x").to_doc()),
            "log.needs_head_key",
        ),
        (lambda log: log.append(STATION, "ballot", {"b": 1}, signer_fp=HEAD.fingerprint), "log.bad_signature"),
        (
            lambda log: log.append(HEAD, "signing.started", {"station": HEAD.registration("x", "head").to_doc()}),
            "log.second_root",
        ),
        (
            lambda log: log.append(
                HEAD, "station.registered", {**OTHER.registration("x").to_doc(), "fingerprint": "0" * 16}
            ),
            "log.bad_registration",
        ),
        (
            lambda log: log.append(HEAD, "station.registered", STATION.registration("x").to_doc()),
            "log.bad_registration",
        ),
        (
            lambda log: log.append(HEAD, "station.rekeyed", {**OTHER.registration("x").to_doc(), "old": "0" * 16}),
            "log.bad_registration",
        ),
        (
            lambda log: log.append(HEAD, "station.rekeyed", {**OTHER.registration("x").to_doc(), "old": [1]}),
            "log.bad_registration",
        ),
        (
            lambda log: log.append(
                OTHER, "head.rekeyed", {**OTHER.registration("x", "head").to_doc(), "old": STATION.fingerprint}
            ),
            "log.bad_registration",
        ),
        (lambda log: log.append(OTHER, "station.requested", {"name": "x"}), "log.bad_signature"),
        (
            lambda log: log.append(OTHER, "station.requested", OTHER.registration("x").to_doc(), HEAD.fingerprint),
            "log.bad_signature",
        ),
    ],
)
def test_forged_records_are_named(db: Path, forge: Any, code: str) -> None:
    log = signed_db(db)
    forge(log)
    log.append(HEAD, "ballot", {"after": True})
    log.close()
    v = db_verdict(db)
    assert not v["ok"] and v["fault"]["code"] == code and v["fault"]["seq"] == v["records"] - 1
    assert app_keyring(db) == (code, v["records"] - 1)


def app_ring(db: Path) -> tuple[tuple[str, int] | None, Any]:
    """The application's check of the same records (`app.keyring`, which `verify --db` calls per record)."""
    from app.keyring import Keyring

    ring = Keyring()
    con = sqlite3.connect(db)
    rows = con.execute("SELECT seq, action, payload, hash, key, signature FROM log ORDER BY seq").fetchall()
    con.close()
    for row in rows:
        fault = ring.check(*row)
        if fault is not None:
            return (fault.code, fault.seq), ring
    return None, ring


def app_keyring(db: Path) -> tuple[str, int] | None:
    return app_ring(db)[0]


def test_the_application_and_the_verifier_share_the_head_actions() -> None:
    from app import keyring

    assert tool.HEAD_ACTIONS == keyring.HEAD_ACTIONS and tool.ROOT_ACTIONS == keyring.ROOT_ACTIONS
    assert tool.SIGNED_ONLY == keyring.SIGNED_ONLY


def test_a_rekeyed_station_and_head(db: Path, tmp_path: Path) -> None:
    """A station that lost its key: the head registers a new one, the old is retired from then on.
    A head that lost its own: `head.rekeyed` signed by the new key, reported prominently."""
    log = signed_db(db)
    new_station = StationKey.of(Ed25519PrivateKey.from_private_bytes(bytes(range(2, 34))))
    log.append(HEAD, "station.rekeyed", {**new_station.registration("Máy 2").to_doc(), "old": STATION.fingerprint})
    log.append(new_station, "ballot", {"b": 1})
    new_head = StationKey.of(Ed25519PrivateKey.from_private_bytes(bytes(range(3, 35))))
    reg = new_head.registration("Máy trưởng ban", "head").to_doc()
    log.append(new_head, "head.rekeyed", {**reg, "old": HEAD.fingerprint, "reason": "máy hỏng"})
    log.append(new_head, "round.finalize", {"election": "bt", "round": 1, "fingerprint": "00" * 32})
    v = db_verdict(db)
    assert v["ok"], v["fault"]
    fault, ring = app_ring(db)
    assert fault is None and ring.head_rekeyed == v["head_rekeyed"] and ring.head().fingerprint == new_head.fingerprint
    assert ring.keys[STATION.fingerprint].retired == ring.keys[new_station.fingerprint].since
    assert "khóa của trưởng ban đã được thay tại bản ghi" in run_tool(str(db), cwd=tmp_path).stdout
    log.append(STATION, "ballot", {"b": 2})  # the retired key
    log.close()
    v = db_verdict(db)
    assert v["fault"]["code"] == "log.key_retired" and app_keyring(db) == ("log.key_retired", v["records"])


def test_a_log_whose_first_signed_record_registers_no_head(db: Path) -> None:
    from app.keyring import Keyring

    assert Keyring().head() is None
    log = Log(db)
    log.append(HEAD, "ballot", {"b": 1})
    log.close()
    assert db_verdict(db)["fault"]["code"] == "log.unknown_key"
    assert app_keyring(db) == ("log.unknown_key", db_verdict(db)["records"])
    log = Log(db)
    log.con.execute("DELETE FROM log WHERE seq = (SELECT max(seq) FROM log)")
    log.append(HEAD, "signing.started", {"station": HEAD.registration("x").to_doc()})  # role station
    log.close()
    assert db_verdict(db)["fault"]["code"] == "log.bad_registration" == app_keyring(db)[0]  # type: ignore[index]


def test_a_station_request_grants_nothing(db: Path) -> None:
    log = signed_db(db)
    stranger = StationKey.of(Ed25519PrivateKey.from_private_bytes(bytes(range(4, 36))))
    log.append(stranger, "station.requested", stranger.registration("Máy lạ").to_doc())
    assert db_verdict(db)["ok"] and app_keyring(db) is None
    log.append(stranger, "ballot", {"b": 1})
    log.close()
    assert db_verdict(db)["fault"]["code"] == "log.unknown_key"


def test_anchors_find_truncation_and_changes(db: Path, tmp_path: Path) -> None:
    """The 3 newest records deleted: the station's anchor file, a backup, an export's signed head and a record
    hash each say so; a finalized round's printed fingerprint names the finalize record."""
    log = signed_db(db)
    backup = tmp_path / "backup.kiemphieu"
    seq, h = log.head()
    log.con.execute(f"VACUUM INTO '{backup}'")
    anchor_file = tmp_path / f"{UID}.log"
    anchor_file.write_text(f"{seq - 1} xyz\n{seq} {h}\n{seq + 1} {h[:10]}", encoding="ascii")
    export = write(tmp_path, {"congress_uid": UID, "log_head": HEAD.head(UID, seq, h).to_doc()}, "export.json")
    fp = log.con.execute("SELECT payload FROM log WHERE action = 'round.finalize'").fetchone()[0]
    round_fp = json.loads(fp)["fingerprint"]
    assert db_verdict(db, str(anchor_file), str(backup), str(export), h)["ok"]
    v = db_verdict(db, tool.grouped(round_fp))
    assert v["anchors"][0]["status"] == "reopened" and not v["ok"]  # the round was reopened since
    log.con.execute(f"DELETE FROM log WHERE seq > {seq - 3}")
    log.con.commit()
    log.close()
    v = db_verdict(db, str(anchor_file), str(backup), str(export), h, round_fp)
    assert v["fault"] is None  # the chain itself is intact: only the anchors see it
    got = {a["kind"]: a for a in v["anchors"]}
    for kind in ("station", "backup", "signed_head"):
        assert got[kind]["status"] == "missing" and got[kind]["missing"] == 3
    assert got["hash"]["status"] == "not_found" and not v["ok"]
    assert got["round"]["status"] == "ok"  # the reopening was among the records deleted
    ran = run_tool(str(db), "--anchor", str(anchor_file), cwd=tmp_path)
    assert ran.returncode == 1 and "THIẾU 3 BẢN GHI MỚI NHẤT" in ran.stdout
    changed = Log(db)
    changed.append(HEAD, "ballot", {"other": 1})
    changed.close()
    v = db_verdict(db, str(anchor_file))
    assert v["anchors"][0]["status"] == "missing" and v["anchors"][0]["missing"] == 2
    for bad in (tmp_path / "none", write(tmp_path, {"x": 1}, "plain.json")):
        assert run_tool(str(db), "--anchor", str(bad), cwd=tmp_path).returncode == 2


def test_a_file_that_is_no_database(tmp_path: Path) -> None:
    fake = tmp_path / "x.kiemphieu"
    fake.write_bytes(b"SQLite format 3\x00" + bytes(100))
    ran = run_tool(str(fake), cwd=tmp_path)
    assert ran.returncode == 2 and "Traceback" not in ran.stderr


def test_a_file_signed_by_the_head_and_resigned(tmp_path: Path, examples: Path) -> None:
    """Re-signing a changed file with another key keeps the seals the head's: both sides see the forgery."""
    data = load(examples / "cell-tie.json").data
    doc = signed_export(data, HEAD)
    doc["elections"][0]["rounds"][0]["ballots_issued"] += 1
    doc = sign_document(doc, STATION, "2025-05-21T08:00:00.000+07:00")
    assert same(write(tmp_path, doc)) == 1


def test_an_older_export_anchors_by_its_last_hash(db: Path, tmp_path: Path) -> None:
    """An export made before signing carries `log_hash`: it anchors as that record's hash."""
    log = Log(db)
    _, h = log.head()
    log.con.execute("DELETE FROM log WHERE seq = (SELECT max(seq) FROM log)")
    log.con.commit()
    log.close()
    older = write(tmp_path, {"format": "kiemphieu-election/1", "log_hash": h}, "older.json")
    v = db_verdict(db, str(older))
    assert v["anchors"][0]["kind"] == "hash" and v["anchors"][0]["status"] == "not_found" and not v["ok"]


def test_hostile_inputs_end_in_exit_2_never_a_traceback(tmp_path: Path) -> None:
    cases = {
        "huge.json": ('{"format": "kiemphieu-election/1", "n": ' + "9" * 5000 + "}").encode(),
        "deep.json": b"[" * 100000 + b"]" * 100000,
        "utf16.json": '{"format": "kiemphieu-election/1"}'.encode("utf-16"),
        "dup.json": b'{"format": "kiemphieu-election/1", "format": "x"}',
        "list.json": b"[]",
    }
    for name, raw in cases.items():
        (tmp_path / name).write_bytes(raw)
        ran = run_tool(str(tmp_path / name), cwd=tmp_path)
        assert ran.returncode == 2 and "Traceback" not in ran.stderr and ran.stdout == "", name
    no_log = tmp_path / "nolog.kiemphieu"
    sqlite3.connect(no_log).execute("CREATE TABLE x (a)").connection.commit()
    bad_log = tmp_path / "badlog.kiemphieu"
    sqlite3.connect(bad_log).execute("CREATE TABLE log (seq INTEGER)").connection.commit()
    for db in (no_log, bad_log):
        ran = run_tool(str(db), cwd=tmp_path)
        assert ran.returncode == 2 and "Traceback" not in ran.stderr, db


def test_a_nomination_tie_settled_by_the_head_and_a_secretary_from_the_proposed(tmp_path: Path) -> None:
    """Committee → nomination ballot among its elected (a tie the head settles) → the secretary elected
    from the proposed, at a cell congress: both sides give the same ranking, the same proposed, the same
    result and fingerprints, signed or not."""
    names = ["Nguyễn Văn An", "Lê Thị Bình", "Trần Văn Cường", "Phạm Thị Dung"]
    doc: dict[str, Any] = {
        "format": "kiemphieu-election/1",
        "congress": {"kind": "members", "level": "cell", "electorate": {"summoned": 12}},
        "parameters": {"withdrawal_majority_of": "votes_cast"},
        "elections": [
            {
                "id": "chiuy",
                "body": "committee",
                "seats": 2,
                "candidates": [{"no": i, "name": n} for i, n in enumerate(names, 1)],
                "withdrawals": [{"no": 4, "proposal": "allow", "agree": 9, "disagree": 2, "abstain": 1}],
                "rounds": [
                    {
                        "ballots_issued": 12,
                        "ballots_collected": 12,
                        "ballots": [{"struck": [3], "count": 12}],
                    }
                ],
            },
            {
                "id": "gt",
                "kind": "nomination",
                "seats": 1,
                "candidate_pool": {"election": "chiuy", "take": "elected"},
                "candidates": [{"no": i, "name": n} for i, n in enumerate(names[:2], 1)],
                "rounds": [
                    {
                        "ballots_issued": 12,
                        "ballots_collected": 12,
                        "head_choice": {"chosen": [2], "by": "Trần Văn Cường", "at": "2025-05-20T12:00"},
                        "ballots": [
                            {"names": [1], "count": 5},
                            {"names": [2], "count": 5},
                            {"names": [], "outside_pool": 1},
                            {"names": [1, 2]},
                        ],
                    }
                ],
            },
            {
                "id": "bt",
                "body": "secretary",
                "seats": 1,
                "candidate_pool": {"election": "gt", "take": "proposed"},
                "candidates": [{"no": 1, "name": names[1]}],
                "rounds": [
                    {"ballots_issued": 12, "ballots_collected": 12, "ballots": [{"marks": {"1": "agree"}, "count": 12}]}
                ],
            },
        ],
    }
    path = write(tmp_path, doc)
    assert same(path) == 0
    data = tool.read(doc)
    nomination = data["elections"][1]["rounds"][0]["result"]["outcome"]
    assert nomination["proposed"] == [2] and nomination["head_choice"]["chosen"] == [2]
    assert data["elections"][0]["rounds"][0]["candidates"] == [1, 2, 3]  # 4 withdrew: 9 of 12 votes cast
    signed = signed_export(load(path).data, HEAD)
    assert same(write(tmp_path, signed, "signed.json")) == 0
    doc["elections"][1]["rounds"][0]["head_choice"]["chosen"] = [1, 2]  # two names for one place: E401
    assert same(write(tmp_path, doc, "e401.json")) == 2  # the tie stands: the secretary's pool is empty
