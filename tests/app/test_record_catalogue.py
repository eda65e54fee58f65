"""The event catalogue and the text catalogue: every event has a projection and its words in both languages,
reads back strictly and round-trips; the documentation is current; `app/` raises coded errors only and keeps
its Vietnamese sentences in the catalogue."""

from __future__ import annotations

import ast
import json
import re
import shutil
import sqlite3
from pathlib import Path

import pytest

from app.db import Actor, open_database
from app.errors import UserError
from app.record.canonical import dumps
from app.record.codec import SealedResult
from app.record.events import (
    EVENTS,
    BackupFolderSet,
    ElectionPaused,
    EntryModeSet,
    Event,
    HandoverExported,
    HeadChoiceSet,
    NetworkSeen,
    NetworkState,
    OperatorChosen,
    RecordConverted,
    ScanDecided,
    ScanPageRecorded,
    StaffSet,
    WithdrawalsSet,
    decode,
)
from app.record.fields import RecordFault
from app.record.projection import PROJECTIONS
from app.texts import CATALOGUES
from ballot.model import Decision, HeadChoice, Pause, PauseReason, Proposal, Round, Withdrawal
from tools import codes

ROOT = Path(__file__).resolve().parents[2]
LEGACY = Path(__file__).parent / "legacy"
#: String constants of app/ that are Vietnamese but not sentences to translate.
NOT_SENTENCES = {
    "app/candidates_import.py",  # the column headers a spreadsheet may have
    "app/live_tally.py",  # the name of the folded pseudo-team, never shown
    "app/demo.py",  # the demo congress's data
}


def sample_events(tmp_path: Path) -> list[Event]:
    """An instance of every event class: from the databases of the previous version (converted), the demo, and
    made here for the few neither holds."""
    events: list[Event] = []
    for name in ("v1-demo", "v1-import", "v1-params"):
        path = tmp_path / f"{name}.kiemphieu"
        shutil.copyfile(LEGACY / f"{name}.kiemphieu", path)
        open_database(path, Actor("s", "o")).close()
        conn = sqlite3.connect(path)
        events += [decode(a, p) for a, p in conn.execute("SELECT action, payload FROM log ORDER BY seq")]
        conn.close()
    events += [
        OperatorChosen("Nguyễn Thị Lan"),
        HandoverExported(2, "may-2.kpentries", "ab" * 32),
        RecordConverted(None, None, "0006"),
        EntryModeSet(3),
        BackupFolderSet(None),
        StaffSet(("Phạm Văn Kỹ", "Nguyễn Thị Lan")),
        NetworkSeen(NetworkState.SITE),
        WithdrawalsSet("bch", (Withdrawal(3, Proposal.ALLOW, 90, 2, 1),)),
        WithdrawalsSet(
            "bch",
            (Withdrawal(3, Proposal.REFUSE, None, allowed=True, round=2, reason="sức khỏe"),),
            Round(2, 1, (1, 2), 0, 0),
        ),
        ElectionPaused("bt", Pause(PauseReason.INTENDED_NOT_ELECTED, Decision("Ban Chấp hành", "", "t"), "Lê Văn A")),
        ElectionPaused("bt", Pause(PauseReason.OTHER, Decision("B", "n", "t"), "", Decision("Ban Thường vụ", "", "t"))),
        HeadChoiceSet("gtbt", 1, HeadChoice((3,), Decision("Đỗ Thị Hương", "", "t"))),
        HeadChoiceSet("gtbt", 1, None),
        ScanPageRecorded(
            "ab" * 32,
            "ab" * 32 + ".png",
            "p1.png",
            1,
            "bch",
            1,
            "read",
            "strike_out",
            (2, 5),
            (),
            (),
            (),
            {"version": "kiemphieu-reader/1", "thresholds": {"line": 0.2}},
        ),
        ScanPageRecorded(
            "cd" * 32,
            "cd" * 32 + ".jpg",
            "p2.jpg",
            3,
            "bd",
            1,
            "doubtful",
            "agree_disagree",
            (),
            ((1, "agree"), (2, "none")),
            (3,),
            (("scan.rows_doubtful", {"rows": "3"}),),
            {},
            7,
            2,
        ),
        ScanPageRecorded(
            "ef" * 32,
            "ef" * 32 + ".png",
            "p3.pdf",
            2,
            None,
            None,
            "rejected",
            None,
            (),
            (),
            (),
            (("scan.other_round", {"round": 1, "expected": 2}),),
        ),
        ScanDecided(9, 3, "struck"),
        ScanDecided(9, None, "invalid.write_in"),
        *signature_events(),
    ]
    return events


def signature_events() -> list[Event]:
    """The events of keys and hand-over files (issue 11), and the older `create@2` the demo no longer writes."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from app.demo import CONGRESS
    from app.keys import StationKey
    from app.record.events import (
        CongressCreated,
        HandoverAccepted,
        HandoverRefused,
        HandoverWritten,
        HeadRekeyed,
        PinChanged,
        PinFailed,
        StationRegistered,
        StationRekeyed,
        StationRequested,
    )
    from app.record.events.stations import Head

    a, b = (StationKey.of(Ed25519PrivateKey.from_private_bytes(bytes(range(i, i + 32)))) for i in (3, 4))
    return [
        CongressCreated("qd190-2024", CONGRESS, None, "scrypt$…", "5f2c1e9a", "ab" * 32),
        PinChanged(False),
        PinChanged(True),
        PinFailed("round.finalize", 6, 60),
        StationRegistered(a.registration("Máy 2")),
        StationRequested(b.registration("Máy 3")),
        StationRekeyed(b.registration("Máy 2"), a.fingerprint),
        HeadRekeyed(b.registration("Máy trưởng ban", "head"), a.fingerprint, "Máy hỏng ổ cứng"),
        HandoverWritten(2, "2f0e8f4e-0000-4000-8000-000000000001", "may-2.kpentries", "ab" * 32),
        HandoverAccepted("2f0e8f4e-0000-4000-8000-000000000001", "ab" * 32, a.fingerprint, Head(12, "cd" * 32), 2),
        HandoverRefused("handover.replayed", "ab" * 32, "2f0e8f4e-0000-4000-8000-000000000001", a.fingerprint),
        HandoverRefused("handover.unknown_key", "ab" * 32, None, None, (("fingerprint", "0123-4567-89AB-CDEF"),)),
        HandoverRefused("handover.unreadable", "ab" * 32, None, None),
    ]


@pytest.fixture(scope="module")
def samples(tmp_path_factory: pytest.TempPathFactory) -> list[Event]:
    from app.demo import build_demo

    folder = tmp_path_factory.mktemp("samples")
    db = build_demo(folder / "demo.kiemphieu")
    from app import reports

    demo = [e.event for e in reports.log(db) if e.event is not None]
    db.close()
    return sample_events(folder) + demo


def test_every_event_has_a_projection_and_a_sample(samples: list[Event]) -> None:
    assert set(PROJECTIONS) == set(EVENTS.values())
    assert {type(e) for e in samples} == set(EVENTS.values())


def test_every_event_reads_back_and_says_itself_in_both_languages(samples: list[Event]) -> None:
    titles = {"bch": "Bầu Ban Chấp hành", "thu": "Bầu thử"}
    for ev in samples:
        doc = dumps(ev.to_doc())
        assert decode(ev.action(), doc) == ev
        for lang in ("vi", "en"):
            for phrase in (ev.label(), ev.words(titles)):
                said = phrase.text(lang)
                assert said and phrase.code in CATALOGUES[lang], (ev, phrase.code)
                assert not re.search(r"\{[a-z_]+\}", said), (ev, said)
                assert "payload" not in said and "None" not in said, said


def test_a_record_that_is_not_its_event_is_a_fault_naming_the_field() -> None:
    ev = {
        "election": "bch",
        "round": 1,
        "fingerprint": "ab" * 32,
        "by": "Trần Thị Bình",
        "result": SealedResult(1, 1, 0, ((1, 1),), (1,), "complete").doc(),
    }
    assert decode("round.finalize", dumps(ev)).to_doc() == ev
    cases = [
        ({k: v for k, v in ev.items() if k != "by"}, "record.missing", "payload.by"),
        ({**ev, "extra": 1}, "record.extra", "payload.extra"),
        ({**ev, "round": "1"}, "record.type", "payload.round"),
        ({**ev, "round": True}, "record.type", "payload.round"),
        ({**ev, "round": 0}, "record.range", "payload.round"),
        ({**ev, "result": {**ev["result"], "outcome": "won"}}, "record.enum", "payload.result.outcome"),  # type: ignore[dict-item]
        ({**ev, "result": {**ev["result"], "votes": {"x": 1}}}, "record.type", "payload.result.votes.x"),  # type: ignore[dict-item]
    ]
    for doc, code, path in cases:
        with pytest.raises(RecordFault) as info:
            decode("round.finalize", json.dumps(doc))
        assert (info.value.code, info.value.path) == (code, path)
    for action, payload, code in (("no.such", "{}", "record.action"), ("ballot", "{not json", "record.json")):
        with pytest.raises(RecordFault) as info:
            decode(action, payload)
        assert info.value.code == code
    with pytest.raises(RecordFault) as info:
        decode("ballot", dumps({"election": "b", "round": 1, "seq": 1, "ballot": {"marks": {"1": "both!"}}}))
    assert (info.value.code, info.value.path) == ("record.enum", "payload.ballot.marks.1")


def test_the_codes_and_events_pages_are_current() -> None:
    assert (ROOT / "docs" / "codes.md").read_text(encoding="utf-8") == codes.codes_markdown()
    assert (ROOT / "docs" / "events.md").read_text(encoding="utf-8") == codes.events_markdown()


def _app_sources() -> list[tuple[str, ast.Module]]:
    out = []
    for path in sorted((ROOT / "app").rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        out.append((rel, ast.parse(path.read_text(encoding="utf-8"))))
    return out


def test_no_error_in_app_is_raised_with_two_sentences() -> None:
    """`UserError(code, params, path)` only: no call of an error class with a sentence for a code."""
    import app.candidates_import
    import app.db
    import app.entry_parse
    import app.handover  # noqa: F401 — every UserError subclass is defined by now

    def subclasses(c: type) -> set[str]:
        return {c.__name__}.union(*(subclasses(s) for s in c.__subclasses__()))

    coded = subclasses(UserError)
    found = []
    for rel, tree in _app_sources():
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
                name = getattr(node.func, "id", getattr(node.func, "attr", ""))
                first = node.args[0].value
                if name in coded and isinstance(first, str) and " " in first:
                    found.append(f"{rel}:{node.lineno} {name}({first[:40]!r}…)")
    assert not found, "\n".join(found)


VIETNAMESE = re.compile("[ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ]", re.I)


def test_no_vietnamese_sentence_is_hard_coded_in_app_outside_the_catalogue_and_the_minutes() -> None:
    """The minutes and the results workbook are documents in Vietnamese for the archive, with their own wording."""
    found = []
    for rel, tree in _app_sources():
        if rel.startswith(("app/texts/", "app/minutes/", "app/results/")) or rel in NOT_SENTENCES:
            continue
        docstrings = {
            id(n.body[0].value)
            for n in ast.walk(tree)
            if isinstance(n, ast.Module | ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef)
            and n.body
            and isinstance(n.body[0], ast.Expr)
            and isinstance(n.body[0].value, ast.Constant)
        }
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
                text = node.value
                if VIETNAMESE.search(text) and len(text.split()) > 1:
                    found.append(f"{rel}:{node.lineno} {text[:50]!r}")
    assert not found, "\n".join(found)
