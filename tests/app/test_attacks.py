"""The 16 targeted changes of issue 11, made as an attacker with a copy of the database and the program's own
code would make them — re-hashing the chain, recomputing fingerprints and results, rebuilding every table
from the changed log with the program's own projector, signing with a key of their own or a registered
station's — each found:

- on the station that wrote the data, by its own anchor (and the signatures);
- on any other computer (an empty data folder: no anchor of its own) given the signed export, or the printed
  fingerprint of a finalized round with its head's key fingerprint, or the printed seal (the minutes' QR).

The congress: the head's station and a registered station on a shared database; double entry with a difference
the head resolved, its round finalized; then ballots entered by both stations and their round finalized last.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app import congress as congress_svc
from app import elections, entry, reports, rounds, stacks, stations, teams
from app.cli import main
from app.commands.verify import check_db
from app.db import Actor
from app.demo import CONGRESS
from app.fileformat.writer import fingerprint
from app.keys import StationKey, create_station_key, load_station_key
from app.minutes.document import seal_qr
from app.record.canonical import GENESIS, dumps, record_hash, sha256
from app.record.codec import SealedResult
from app.record.events import decode
from app.record.projection import Envelope, Projection
from app.record.projector import project
from app.record.sql import TABLES, SqliteSql
from app.storage import queries
from app.transfer import export_file
from ballot.election import tally_all
from ballot.model import Body, Candidate, Election, StruckBallot
from tests.app.conftest import PIN
from tests.conftest import data_dir

HEAD = Actor("máy-trưởng-ban", "Trần Thị Bình")
PEOPLE = tuple(Candidate(i, n) for i, n in enumerate(["An", "Bình", "Chi", "Dũng", "Em", "Giang"], 1))
LOG = "SELECT seq, at, station, operator, action, payload, data_hash, prev_hash, hash, key, signature FROM log"
ATTACKER = StationKey.of(Ed25519PrivateKey.from_private_bytes(bytes(range(40, 72))))


@dataclass(frozen=True)
class Scene:
    """The congress as its stations left it: the database, the head's data folder, the station's key, the
    export, and what the minutes of the last finalized round print."""

    db: Path
    home: Path
    station: StationKey
    export: Path
    round_fp: str
    head_fp: str
    qr: str


def build(folder: Path) -> Scene:
    home = folder / "head-home"
    with data_dir(home):
        return _build(folder, home)


def _build(folder: Path, home: Path) -> Scene:
    path = folder / "dh.kiemphieu"
    station_key = create_station_key(folder / "station-home")
    lan = Actor("máy-2", "Lan", station_key)
    with congress_svc.create(path, CONGRESS, HEAD, head_pin=PIN) as db:
        elections.add(db, HEAD, Election("bch", "Bầu Ban Chấp hành", Body.COMMITTEE, 5, PEOPLE))
        elections.add(db, HEAD, Election("ubkt", "Bầu Ủy ban Kiểm tra", Body.OTHER, 3, PEOPLE[:4]))
        stations.register(db, HEAD, station_key.registration("máy-2"), PIN)
        congress_svc.set_entry_mode(db, HEAD, 2, PIN)
        rounds.set_counts(db, HEAD, "ubkt", 1, ballots_issued=4, ballots_collected=4, present=4)
        teams.add_team(db, HEAD, "Tổ 1", ["Lan", "Minh"])
        sid = stacks.open_stack(db, HEAD, "ubkt", 1, "Tổ 1", 4)
        for who, last in ((lan, {4}), (Actor(HEAD.station, "Minh"), {3})):
            for seq, nos in enumerate(({1}, {2}, {1}, last), 1):
                stacks.record_pass_ballot(db, who, sid, seq, StruckBallot(frozenset(nos)))
            stacks.complete_pass(db, who, sid)
        stacks.resolve_difference(db, HEAD, sid, 4, 0, PIN)
        rounds.finalize(db, HEAD, "ubkt", 1, PIN)
        congress_svc.set_entry_mode(db, HEAD, 1, PIN)
        rounds.set_counts(db, HEAD, "bch", 1, ballots_issued=7, ballots_collected=7, present=7)
        for i, nos in enumerate(({6}, {6}, {5}, {1, 6}, {6}, {4}, {6})):
            entry.record_ballot(db, lan if i % 2 else HEAD, "bch", 1, StruckBallot(frozenset(nos)))
        done = rounds.finalize(db, HEAD, "bch", 1, PIN)
        export = export_file(db, folder / "export.json")
        head_fp, signature = reports.seal_signatures(db)[("bch", 1)]
    return Scene(
        path, home, station_key, export, done.fingerprint, head_fp, seal_qr(done.fingerprint, head_fp, signature)
    )


@pytest.fixture(scope="module")
def scene(tmp_path_factory: pytest.TempPathFactory) -> Scene:
    return build(tmp_path_factory.mktemp("attacks"))


# --- what an attacker with the file and the program's code can do -------------------------------------------


def rows(conn: sqlite3.Connection) -> list[list[object]]:
    return [list(r) for r in conn.execute(LOG + " ORDER BY seq")]


def rebuild(conn: sqlite3.Connection) -> None:
    """Every table made again from the log as it now stands, with the program's own projector: whatever the
    log says, the tables agree with it."""
    conn.execute("PRAGMA foreign_keys=OFF")
    for name in TABLES:
        if name != "log":
            conn.execute(f"DELETE FROM {name}")
    p = Projection(SqliteSql(conn))
    for r in rows(conn):
        env = Envelope(*r)  # type: ignore[arg-type]
        project(p, env, decode(env.action, env.payload))
    conn.commit()


def rewrite(conn: sqlite3.Connection, records: list[list[object]], signer: StationKey | None) -> None:
    """The log replaced by `records` (numbered afresh), every hash re-computed; each record signed again by
    `signer` when given, else keeping the signature it had (which no longer holds for a changed hash)."""
    conn.execute("DELETE FROM log")
    prev = GENESIS
    for seq, r in enumerate(records, 1):
        _, at, station, operator, action, payload, _, _, _, key, sig = r
        data_hash = sha256(str(payload))
        h = record_hash(seq, str(at), str(station), str(operator), str(action), data_hash, prev)
        if signer is not None:
            key, sig = signer.fingerprint, signer.sign_log(h)
        conn.execute(
            "INSERT INTO log VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (seq, at, station, operator, action, payload, data_hash, prev, h, key, sig),
        )
        prev = h
    conn.commit()


def append(conn: sqlite3.Connection, signer: StationKey | None, action: str, payload: dict[str, object]) -> None:
    """One record more at the end, chained; signed by `signer` (None: unsigned)."""
    records = rows(conn)
    last = records[-1]
    seq, prev = len(records) + 1, str(last[8])
    data_hash = sha256(dumps(payload))
    h = record_hash(seq, str(last[1]), "máy-lạ", "Kẻ giả mạo", action, data_hash, prev)
    key, sig = (None, None) if signer is None else (signer.fingerprint, signer.sign_log(h))
    forged = [seq, last[1], "máy-lạ", "Kẻ giả mạo", action, dumps(payload), data_hash, prev, h, key, sig]
    conn.execute("INSERT INTO log VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", forged)
    conn.commit()
    try:
        rebuild(conn)
    except Exception:  # the projection refuses what the record says: the tables stay as they were
        conn.rollback()


def truncate(conn: sqlite3.Connection, keep: int) -> None:
    """The newest records deleted with every row they wrote (the tables rebuilt from what is left)."""
    conn.execute("DELETE FROM log WHERE seq > ?", (keep,))
    conn.commit()
    rebuild(conn)


def last_of(conn: sqlite3.Connection, action: str, election: str | None = None) -> int:
    """The newest record of this action (about this election)."""
    found = []
    for seq, payload in conn.execute("SELECT seq, payload FROM log WHERE action = ? ORDER BY seq", (action,)):
        about = json.loads(payload).get("election")
        about = about.get("id") if isinstance(about, dict) else about
        if election is None or about == election:
            found.append(int(seq))
    return found[-1]


def other_ballot(d: dict[str, object]) -> None:
    d["ballot"] = {"struck": [3]}


def change_payload(
    conn: sqlite3.Connection, seq: int, change: Callable[[dict[str, object]], None]
) -> list[list[object]]:
    records = rows(conn)
    doc = json.loads(str(records[seq - 1][5]))
    change(doc)
    records[seq - 1][5] = dumps(doc)
    return records


def station_key_of(scene: Scene) -> StationKey:
    return load_station_key(scene.station.path.parent.parent)  # type: ignore[union-attr]


# --- the 16 changes ----------------------------------------------------------------------------------------


def delete_newest_ballot(conn: sqlite3.Connection, scene: Scene, path: Path) -> None:
    truncate(conn, last_of(conn, "ballot") - 1)


def delete_newest_three(conn: sqlite3.Connection, scene: Scene, path: Path) -> None:
    truncate(conn, len(rows(conn)) - 3)


def delete_finalize_with_its_seal(conn: sqlite3.Connection, scene: Scene, path: Path) -> None:
    truncate(conn, last_of(conn, "round.finalize@2") - 1)


def change_a_ballot_and_rehash(conn: sqlite3.Connection, scene: Scene, path: Path) -> None:
    rewrite(conn, change_payload(conn, last_of(conn, "ballot", "bch"), other_ballot), None)
    rebuild(conn)


def change_a_ballot_and_sign_with_a_made_up_key(conn: sqlite3.Connection, scene: Scene, path: Path) -> None:
    rewrite(conn, change_payload(conn, last_of(conn, "ballot", "bch"), other_ballot), ATTACKER)
    rebuild(conn)


def change_a_finalized_ballot_and_recompute_its_seal(conn: sqlite3.Connection, scene: Scene, path: Path) -> None:
    """A ballot of the last finalized round changed; its fingerprint and result computed again with the
    program's own functions and put in the finalize record; the chain re-hashed, signed with a made-up key."""
    records = change_payload(conn, last_of(conn, "ballot", "bch"), other_ballot)
    rewrite(conn, records, ATTACKER)
    rebuild(conn)
    from sqlalchemy.orm import Session

    from app.storage.engine import make_engine, url_for

    engine = make_engine(url_for(path))
    with Session(engine) as s:
        data = queries.election_data(s)
    engine.dispose()
    e = data.election("bch")
    result = next(r for er in tally_all(data) if er.election == "bch" for r in er.rounds)
    fp = fingerprint(data, e, e.rounds[0])
    final = last_of(conn, "round.finalize@2", "bch")
    doc = json.loads(str(records[final - 1][5]))
    doc.update(fingerprint=fp, result=SealedResult.of(result).doc())
    uid = json.loads(str(records[0][5]))["uid"]
    doc.update(ATTACKER.seal(uid, "bch", 1, fp, doc["at"], doc["by"]))
    records[final - 1][5] = dumps(doc)
    rewrite(conn, records, ATTACKER)
    rebuild(conn)


def append_a_forged_ballot(conn: sqlite3.Connection, scene: Scene, path: Path) -> None:
    append(conn, ATTACKER, "ballot", {"election": "bch", "round": 1, "seq": 8, "ballot": {"struck": [2]}})


def append_an_unsigned_ballot(conn: sqlite3.Connection, scene: Scene, path: Path) -> None:
    append(conn, None, "ballot", {"election": "bch", "round": 1, "seq": 8, "ballot": {"struck": [2]}})


def append_a_forged_pin(conn: sqlite3.Connection, scene: Scene, path: Path) -> None:
    append(conn, ATTACKER, "pin@2", {"change": True})


def append_a_pin_signed_by_the_station(conn: sqlite3.Connection, scene: Scene, path: Path) -> None:
    append(conn, station_key_of(scene), "pin@2", {"change": True})


def forge_a_registration(conn: sqlite3.Connection, scene: Scene, path: Path) -> None:
    append(conn, ATTACKER, "station.registered", ATTACKER.registration("Máy lạ").to_doc())


def forge_a_resolve_signed_by_the_station(conn: sqlite3.Connection, scene: Scene, path: Path) -> None:
    seq = last_of(conn, "stack.resolve")
    records = rows(conn)
    payload = json.loads(str(records[seq - 1][5]))
    append(conn, station_key_of(scene), "stack.resolve", {**payload, "choice": 1})


def reorder_two_records(conn: sqlite3.Connection, scene: Scene, path: Path) -> None:
    """Two records that do not depend on each other swapped (the station's registration and the entry mode),
    the chain re-hashed, the tables rebuilt: each keeps the signature of another hash."""
    records = rows(conn)
    a, b = last_of(conn, "station.registered") - 1, last_of(conn, "entry.mode") - 1
    records[a], records[b] = records[b], records[a]
    rewrite(conn, records, None)
    rebuild(conn)


def reopen_signed_by_the_station(conn: sqlite3.Connection, scene: Scene, path: Path) -> None:
    append(conn, station_key_of(scene), "round.reopen", {"election": "bch", "round": 1, "reason": "sửa"})


def rekey_the_head_then_reopen(conn: sqlite3.Connection, scene: Scene, path: Path) -> None:
    """The escape hatch of a head that lost its key, taken by the attacker: accepted, but anchors say so."""
    reg = ATTACKER.registration("Máy trưởng ban", "head").to_doc()
    append(conn, ATTACKER, "head.rekeyed", {**reg, "old": scene.head_fp, "reason": "máy hỏng"})
    append(conn, ATTACKER, "round.reopen", {"election": "bch", "round": 1, "reason": "sửa"})


def a_second_root(conn: sqlite3.Connection, scene: Scene, path: Path) -> None:
    root = {"station": ATTACKER.registration("x", "head").to_doc(), "schema": "0008", "pin_moved": False}
    append(conn, ATTACKER, "signing.started", root)


def a_whole_new_log(conn: sqlite3.Connection, scene: Scene, path: Path) -> None:
    """Every record signed again by the attacker's own key, its own key registered as the head's at the
    start (the create record's `station`), the seals signed again: a consistent log of another head."""
    records = rows(conn)
    uid = json.loads(str(records[0][5]))["uid"]
    out = []
    for r in records:
        doc = json.loads(str(r[5]))
        action = str(r[4])
        if action.startswith("create"):
            doc["station"] = ATTACKER.registration("Máy trưởng ban", "head").to_doc()
        elif action == "round.finalize@2":
            doc.update(ATTACKER.seal(uid, doc["election"], doc["round"], doc["fingerprint"], doc["at"], doc["by"]))
        r[5] = dumps(doc)
        out.append(r)
    rewrite(conn, out, ATTACKER)
    rebuild(conn)


def strip_every_signature_and_change_a_ballot(conn: sqlite3.Connection, scene: Scene, path: Path) -> None:
    """Passed off as a log of a version before signatures (all unsigned): what only a signing version writes
    (`create@3`, seals…) is never unsigned."""
    records = change_payload(conn, last_of(conn, "ballot", "bch"), other_ballot)
    for r in records:
        r[9] = r[10] = None
    rewrite(conn, records, None)
    rebuild(conn)


ATTACKS: dict[str, Callable[[sqlite3.Connection, Scene, Path], None]] = {
    f.__name__: f
    for f in (
        delete_newest_ballot,
        delete_newest_three,
        delete_finalize_with_its_seal,
        change_a_ballot_and_rehash,
        change_a_ballot_and_sign_with_a_made_up_key,
        change_a_finalized_ballot_and_recompute_its_seal,
        append_a_forged_ballot,
        append_an_unsigned_ballot,
        append_a_forged_pin,
        append_a_pin_signed_by_the_station,
        forge_a_registration,
        forge_a_resolve_signed_by_the_station,
        reorder_two_records,
        reopen_signed_by_the_station,
        rekey_the_head_then_reopen,
        a_second_root,
        a_whole_new_log,
        strip_every_signature_and_change_a_ballot,
    )
}


@pytest.fixture
def attacked(scene: Scene, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Path]:
    path = tmp_path / "dh.kiemphieu"
    shutil.copyfile(scene.db, path)
    conn = sqlite3.connect(path)
    try:
        ATTACKS[request.param](conn, scene, path)
    finally:
        conn.close()
    yield path


def test_there_are_sixteen_and_more() -> None:
    assert len(ATTACKS) >= 16


def test_untouched_the_congress_verifies_everywhere(
    scene: Scene, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Before any change: ok on the station (its own anchor), and elsewhere with each anchor."""
    monkeypatch.setenv("KIEMPHIEU_DATA_DIR", str(scene.home))
    report = check_db(str(scene.db))
    assert report.ok and [a.status for a in report.anchors] == ["ok"], report.first
    monkeypatch.setenv("KIEMPHIEU_DATA_DIR", str(tmp_path / "elsewhere"))
    for anchors, head in (([str(scene.export)], None), ([scene.round_fp], scene.head_fp), ([scene.qr], None)):
        report = check_db(str(scene.db), anchors, head)
        assert report.ok and [a.status for a in report.anchors] == ["ok"], (anchors, report.first)


@pytest.mark.parametrize("attacked", list(ATTACKS), indirect=True)
def test_each_change_is_found_on_the_station_by_its_own_anchor(
    attacked: Path, scene: Scene, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    home = tmp_path / "home"
    shutil.copytree(scene.home, home)
    monkeypatch.setenv("KIEMPHIEU_DATA_DIR", str(home))
    assert main(["verify", "--db", str(attacked)]) == 1
    assert "KHÔNG KHỚP" in capsys.readouterr().out


@pytest.mark.parametrize("attacked", list(ATTACKS), indirect=True)
def test_each_change_is_found_elsewhere_given_the_export_or_the_printed_minutes(
    attacked: Path, scene: Scene, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KIEMPHIEU_DATA_DIR", str(tmp_path / "elsewhere"))
    assert not check_db(str(attacked), [str(scene.export)]).ok
    assert not check_db(str(attacked), [scene.round_fp], scene.head_fp).ok
    assert not check_db(str(attacked), [scene.qr]).ok


@pytest.mark.parametrize("attacked", list(ATTACKS), indirect=True)
def test_the_standalone_verifier_finds_each_change_too(attacked: Path, scene: Scene) -> None:
    """The same database and anchors given to tools/kiemphieu_verify.py (chain, signatures, anchors only): the
    station's anchor file, the export, the printed fingerprint with the head's key, the printed seal."""
    from tests.tools.test_kiemphieu_verify import tool

    own = next((scene.home / "anchors").glob("*.log"))
    for anchors, head in (([str(own)], None), ([str(scene.export)], None), ([scene.round_fp], scene.head_fp)):
        assert not tool.db_verdict(str(attacked), anchors, head)["ok"], (anchors, head)
    assert not tool.db_verdict(str(attacked), [scene.qr], None)["ok"]


def test_the_standalone_verifier_agrees_on_the_untouched_congress(scene: Scene) -> None:
    from tests.tools.test_kiemphieu_verify import tool

    own = next((scene.home / "anchors").glob("*.log"))
    v = tool.db_verdict(str(scene.db), [str(own), str(scene.export), scene.round_fp, scene.qr], scene.head_fp)
    assert v["ok"] and [a["status"] for a in v["anchors"]] == ["ok"] * 4, v
