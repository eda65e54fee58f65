"""The open election file: defaults, NFC, parameters, seals, and the round trip."""

from __future__ import annotations

import json
from fractions import Fraction
from typing import Any

import pytest
from hypothesis import given, settings

from app.fileformat import FileFault, loads
from app.fileformat.writer import dumps, fingerprint
from ballot.model import Purpose
from tests.ballot.test_properties import rounds
from tests.factories import make_data, make_election, make_round


def doc(**over: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "format": "kiemphieu-election/1",
        "congress": {"kind": "members", "electorate": {"summoned": 11, "exclusions": [{"reason": "Vắng", "count": 1}]}},
        "elections": [
            {
                "id": "bt",
                "body": "secretary",
                "seats": 1,
                "candidates": [{"no": 1, "name": "Nguye\u0302\u0303n Va\u0306n An"}, {"no": 2, "name": "Lê Thị Bình"}],
                "rounds": [
                    {
                        "ballots_issued": 10,
                        "ballots_collected": 10,
                        "ballots": [{"struck": [2], "count": 6}, {"struck": [1], "count": 4}],
                    }
                ],
            }
        ],
    }
    base.update(over)
    return base


def load_doc(d: dict[str, Any]):  # type: ignore[no-untyped-def]
    return loads(json.dumps(d, ensure_ascii=False))


def test_defaults_and_nfc() -> None:
    """Ruleset defaults to qd190-2024; attending defaults to the base; names arrive NFC; round 1 takes all candidates."""
    lf = load_doc(doc())
    data = lf.data
    assert data.ruleset == "qd190-2024" and data.congress.attending == 10
    e = data.elections[0]
    assert e.candidates[0].name == "Nguyễn Văn An"
    assert e.rounds[0].candidates == (1, 2) and e.rounds[0].seats == 1


def test_later_rounds_default_to_the_congress_question() -> None:
    """A tie-break round without a list takes the tied for their seats; another round the seats left."""
    d = doc()
    e = d["elections"][0]
    e.update(seats=2, body="delegates")
    e["candidates"].append({"no": 3, "name": "Phạm Văn Cường"})
    e["rounds"] = [
        {
            "ballots_issued": 12,
            "ballots_collected": 12,
            "ballots": [{"struck": [3], "count": 6}, {"struck": [2], "count": 6}],
        },
        {"purpose": "tie_break", "decision": {"by": "Đoàn Chủ tịch"}, "ballots_issued": 12, "ballots_collected": 12},
        {"decision": {"by": "Đại hội"}, "ballots_issued": 12, "ballots_collected": 12},
    ]
    data = load_doc(d).data
    r2, r3 = data.elections[0].rounds[1:]
    assert r2.purpose is Purpose.TIE_BREAK
    assert (r2.seats, r2.candidates) == (1, (2, 3))
    assert (r3.seats, r3.candidates) == (1, (2, 3))


def test_parameters_and_seals_are_read() -> None:
    """The congress's own parameters (190 Art. 1) and the final seal of a round."""
    d = doc(
        parameters={
            "surplus_cap": "1/5",
            "opinion_threshold": 0.3,
            "surplus_rounding": "ceil",
            "small_body_cap": 2,
            "tie_break_needs_majority": True,
        },
        log_hash="ab",
    )
    d["elections"][0]["rounds"][0]["final"] = {"fingerprint": "f" * 64, "by": "Trần Thị Bình"}
    lf = load_doc(d)
    p = lf.data.parameters
    assert p is not None and p.surplus_cap == Fraction(1, 5) and p.opinion_threshold == Fraction(3, 10)
    assert p.surplus_rounding == "ceil" and p.small_body_cap == 2 and p.tie_break_needs_majority
    assert lf.seals[("bt", 1)].fingerprint == "f" * 64 and lf.log_hash == "ab"
    again = load_doc(json.loads(dumps(lf.data, lf.seals, lf.log_hash)))
    assert again.data == lf.data and again.seals == lf.seals


@pytest.mark.parametrize(
    ("change", "place"),
    [
        (lambda d: d.update(ruleset="qd999"), "ruleset"),
        (lambda d: d.update(parameters={"surplus_cap": "x"}), "parameters.surplus_cap"),
        (lambda d: d.update(parameters={"surplus_cap": 2}), "parameters.surplus_cap"),
        (lambda d: d.update(parameters={"surplus_rounding": "up"}), "parameters.surplus_rounding"),
        (lambda d: d.update(parameters={"tie_break_needs_majority": "yes"}), "parameters.tie_break_needs_majority"),
        (lambda d: d["congress"]["electorate"]["exclusions"][0].update(count=11), "congress.electorate.exclusions"),
        (lambda d: d["congress"].update(kind="party"), "congress.kind"),
        (lambda d: d["congress"].update(attending=True), "congress.attending"),
        (lambda d: d["congress"].update(title=5), "congress.title"),
        (lambda d: d["elections"][0]["candidates"][0].update(name=" "), "elections[0].candidates[0].name"),
        (lambda d: d["elections"][0].update(candidates={}), "elections[0].candidates"),
        (lambda d: d["elections"].append(dict(d["elections"][0])), "elections[1].id"),
        (
            lambda d: d["elections"][0].update(candidate_pool={"election": "bt", "take": "elected"}),
            "candidate_pool.election",
        ),
        (lambda d: d["elections"][0]["rounds"][0].update(round=2), "rounds[0].round"),
        (lambda d: d["elections"][0]["rounds"][0].update(candidates=[1, 1]), "rounds[0].candidates[1]"),
        (lambda d: d["elections"][0]["rounds"][0].update(candidates=[1, 5]), "rounds[0].candidates[1]"),
        (lambda d: d["elections"][0]["rounds"][0]["ballots"][0].update(struck=[2, 2]), "ballots[0].struck"),
        (lambda d: d["elections"][0]["rounds"][0]["ballots"].append({}), "ballots[2]"),
        (lambda d: d["elections"][0]["rounds"][0]["ballots"].append({"invalid": "lost"}), "ballots[2].invalid"),
        (
            lambda d: d["elections"][0]["rounds"][0]["ballots"].append({"invalid": "single_no_choice"}),
            "ballots[2].invalid",
        ),
        (
            lambda d: d["elections"][0]["rounds"][0].update(subtotals=[{"team": "T", "ballots": 1, "votes": {"7": 1}}]),
            "subtotals[0].votes.7",
        ),
        (lambda d: d["elections"][0]["rounds"][0].update(decision={"note": "x"}), "rounds[0].decision.by"),
        (lambda d: d["elections"][0]["rounds"][0].update(final={"by": "x"}), "rounds[0].final.fingerprint"),
        (lambda d: d["elections"][0]["rounds"][0].update(tie_break_needs_majority=1), "tie_break_needs_majority"),
        (lambda d: d["elections"][0].update(rounds={}), "elections[0].rounds"),
    ],
)
def test_every_fault_names_its_place(change: Any, place: str) -> None:
    """Reading validates everything and reports each fault with its JSON path."""
    d = doc()
    change(d)
    with pytest.raises(FileFault) as err:
        load_doc(d)
    assert place in err.value.path
    assert err.value.vi and place in err.value.user_text()


def test_hand_votes_are_read_written_and_checked() -> None:
    """The congress's show-of-hands votes on the seats and the list, which the minutes quote (RULES §2)."""
    d = doc()
    d["elections"][0]["hand_votes"] = [{"topic": "seats", "agree": 9, "abstain": 1}, {"topic": "list", "agree": 10}]
    data = load_doc(d).data
    votes = data.elections[0].hand_votes
    assert [(v.topic.value, v.agree, v.disagree, v.abstain) for v in votes] == [("seats", 9, 0, 1), ("list", 10, 0, 0)]
    assert loads(dumps(data)).data == data
    d["elections"][0]["hand_votes"] = [{"topic": "rules", "agree": 1}]
    with pytest.raises(FileFault) as err:
        load_doc(d)
    assert err.value.path == "elections[0].hand_votes[0].topic"


def test_pool_cycle_is_a_fault() -> None:
    """Two elections drawing on each other cannot be tallied."""
    d = doc()
    a = d["elections"][0]
    b = {**a, "id": "b", "candidate_pool": {"election": "bt", "take": "elected"}}
    a["candidate_pool"] = {"election": "b", "take": "elected"}
    d["elections"].append(b)
    with pytest.raises(FileFault, match="circle"):
        load_doc(d)


def test_marks_subtotals_and_opinion_read() -> None:
    """Agree/disagree marks with string keys, subtotals with disagree, an opinion ballot without seats."""
    d = doc()
    d["elections"] = [
        {
            "id": "op",
            "kind": "opinion",
            "candidates": [{"no": 1, "name": "Lê Văn A", "note": "1970"}],
            "rounds": [
                {
                    "ballots_issued": 10,
                    "ballots_collected": 10,
                    "present": 10,
                    "ballots": [{"marks": {"1": "agree"}, "count": 7, "team": "T1"}, {"invalid": "marked"}],
                    "subtotals": [
                        {"team": "T2", "ballots": 2, "invalid": {"marked": 1}, "votes": {"1": 1}, "disagree": {"1": 0}}
                    ],
                }
            ],
        }
    ]
    data = load_doc(d).data
    e = data.elections[0]
    assert e.seats == 1 and e.rounds[0].present == 10
    assert json.loads(dumps(data))["elections"][0]["rounds"][0]["ballots"][0] == {
        "marks": {"1": "agree"},
        "count": 7,
        "team": "T1",
    }


@given(rounds())
@settings(max_examples=60, deadline=None)
def test_the_file_round_trips(r: tuple[int, int, list[Any]]) -> None:
    """Writing then reading gives the same data and the same fingerprint."""
    n, seats, ballots = r
    data = make_data(make_election(n, seats, rounds=(make_round(n, seats, tuple(ballots)),), max_surplus=2))
    again = loads(dumps(data)).data
    assert again == data
    e, e2 = data.elections[0], again.elections[0]
    assert fingerprint(data, e, e.rounds[0]) == fingerprint(again, e2, e2.rounds[0])
