"""The election file's added fields (nomination, withdrawals, pause, level), the result format, the coded faults
and the limits of a sane file."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.errors import UserError
from app.fileformat import FileFault, load, loads, result_json
from app.fileformat.fields import Limits, shown
from app.fileformat.writer import dumps
from ballot.election import tally_all
from ballot.model import (
    Body,
    CandidatePool,
    CongressLevel,
    Decision,
    ElectionKind,
    HeadChoice,
    InvalidReason,
    NominatedBallot,
    Pause,
    PauseReason,
    PoolTake,
    Proposal,
    RuledInvalidBallot,
    VoteMethod,
    Withdrawal,
)
from tests.conftest import ROOT
from tests.factories import make_data, make_election, make_round


def congress_doc() -> dict[str, Any]:
    """The whole congress of a party organisation electing its secretary directly, with every added field."""
    committee = [
        {"no": i, "name": n}
        for i, n in enumerate(["Nguyễn Văn An", "Trần Thị Bích", "Lê Hoàng Cường", "Phạm Minh Đức"], 1)
    ]
    return {
        "format": "kiemphieu-election/1",
        "ruleset": "qd190-2024",
        "parameters": {"nomination_outside_pool_invalid": False, "withdrawal_majority_of": "votes_cast"},
        "congress": {
            "kind": "delegates",
            "level": "grassroots",
            "electorate": {"summoned": 21, "exclusions": [{"reason": "Vắng", "count": 1}]},
            "attending": 20,
        },
        "elections": [
            {
                "id": "bch",
                "body": "committee",
                "seats": 3,
                "candidates": [*committee, {"no": 5, "name": "Đặng Thu Hà"}],
                "withdrawals": [
                    {
                        "no": 5,
                        "proposal": "allow",
                        "method": "hands",
                        "agree": 18,
                        "disagree": 1,
                        "abstain": 1,
                        "reason": "Hoàn cảnh gia đình",
                    }
                ],
                "rounds": [{"ballots_issued": 20, "ballots_collected": 20, "ballots": [{"struck": [4], "count": 20}]}],
            },
            {
                "id": "gtbt",
                "kind": "nomination",
                "body": "secretary",
                "seats": 2,
                "propose": 1,
                "candidate_pool": {"election": "bch", "take": "elected"},
                "candidates": committee[:3],
                "rounds": [
                    {
                        "ballots_issued": 20,
                        "ballots_collected": 20,
                        "head_choice": {"chosen": [2], "by": "Trần Thị Bình", "note": "Trưởng ban chọn", "at": "9:40"},
                        "ballots": [
                            {"names": [1], "count": 9},
                            {"names": [2], "count": 8, "outside_pool": 1},
                            {"names": [2]},
                            {"names": [], "team": "T1"},
                            {"invalid": "outside_pool"},
                        ],
                    }
                ],
            },
            {
                "id": "bt",
                "body": "secretary",
                "seats": 1,
                "candidate_pool": {"election": "gtbt", "take": "proposed"},
                "candidates": [{"no": 1, "name": "Trần Thị Bích"}],
                "rounds": [
                    {"ballots_issued": 20, "ballots_collected": 20, "ballots": [{"marks": {"1": "agree"}, "count": 20}]}
                ],
            },
            {
                "id": "ubkt_cn",
                "body": "inspection_chair",
                "seats": 1,
                "candidates": [{"no": 1, "name": "Võ Quang Khải"}],
                "pause": {
                    "reason": "intended_not_elected",
                    "intended": "Bùi Thị Lệ",
                    "by": "Ban Chấp hành khóa mới",
                    "note": "Xin ý kiến Ban Thường vụ Huyện ủy",
                    "at": "2025-06-12",
                    "resumed": None,
                },
            },
        ],
    }


def load_doc(d: Any) -> Any:
    return loads(json.dumps(d, ensure_ascii=False))


def test_the_added_fields_are_read() -> None:
    """Nomination ballots (names written, outside the pool, the head's choice), withdrawals with the vote, the
    pause with who decided, the congress level and the new parameters all come in as `ballot` values."""
    data = load_doc(congress_doc()).data
    assert data.congress.level is CongressLevel.GRASSROOTS
    assert data.parameters is not None and not data.parameters.nomination_outside_pool_invalid
    assert data.parameters.withdrawal_majority_of == "votes_cast"
    bch, gt, bt, ubkt = data.elections
    assert bch.withdrawals == (
        Withdrawal(5, Proposal.ALLOW, 18, 1, 1, VoteMethod.HANDS, None, 1, "Hoàn cảnh gia đình"),
    )
    assert bch.rounds[0].candidates == (1, 2, 3, 4)  # no. 5 was allowed to withdraw
    assert gt.kind is ElectionKind.NOMINATION and gt.propose == 1
    assert gt.rounds[0].ballots[1] == NominatedBallot(frozenset({2}), 1, 8)
    assert gt.rounds[0].ballots[4] == RuledInvalidBallot(InvalidReason.OUTSIDE_POOL)
    assert gt.rounds[0].head_choice == HeadChoice((2,), Decision("Trần Thị Bình", "Trưởng ban chọn", "9:40"))
    assert bt.candidate_pool == CandidatePool("gtbt", PoolTake.PROPOSED)
    assert ubkt.pause == Pause(
        PauseReason.INTENDED_NOT_ELECTED,
        Decision("Ban Chấp hành khóa mới", "Xin ý kiến Ban Thường vụ Huyện ủy", "2025-06-12"),
        "Bùi Thị Lệ",
    )


def test_the_added_fields_round_trip_byte_for_byte() -> None:
    """write → read → write gives the same bytes; read → write → read the same data."""
    lf = load_doc(congress_doc())
    text = dumps(lf.data)
    again = loads(text)
    assert again.data == lf.data and dumps(again.data) == text


def test_the_result_of_a_nomination_ballot() -> None:
    """A ranking, not an election: `elected` empty, `proposed`, `ranking`, the tie for the head and the head's
    choice with who decided; candidates `proposed` / `tied` / `not_proposed`; `kind` and `propose` added."""
    data = load_doc(congress_doc()).data
    doc = result_json(data.ruleset, tally_all(data), "gtbt")
    (r,) = doc["results"]
    assert (r["kind"], r["seats"], r["propose"], r["form"]) == ("nomination", 2, 1, "written")
    assert r["base"] == {"summoned": 21, "excluded": 1, "base": 20, "votes_needed": 1}
    # 9 for no. 1; no. 2: 8 (the outside name is ignored, parameter off) + 1 = 9: tied, the head chose no. 2
    assert [(c["no"], c["votes"], c["rank"], c["status"]) for c in r["candidates"]] == [
        (1, 9, 1, "not_proposed"),
        (2, 9, 1, "proposed"),
        (3, 0, 3, "not_proposed"),
    ]
    assert r["ballots"]["invalid_by_reason"] == {"outside_pool": 1} and r["ballots"]["valid"] == 19
    assert r["outcome"] == {
        "status": "proposed",
        "elected": [],
        "tied": [],
        "tied_seats": 0,
        "seats_remaining": 0,
        "proposed": [2],
        "ranking": [1, 2, 3],
        "head_choice": {"chosen": [2], "by": "Trần Thị Bình", "note": "Trưởng ban chọn", "at": "9:40"},
    }
    d = congress_doc()
    del d["elections"][1]["rounds"][0]["head_choice"]
    d["elections"] = d["elections"][:2]
    data = load_doc(d).data
    (r,) = result_json(data.ruleset, tally_all(data), "gtbt")["results"]
    assert r["outcome"]["status"] == "tie" and r["outcome"]["tied"] == [1, 2] and r["outcome"]["tied_seats"] == 1
    assert r["outcome"]["proposed"] == [] and r["outcome"]["head_choice"] is None
    assert [c["status"] for c in r["candidates"]] == ["tied", "tied", "not_proposed"]


def test_a_paused_election_is_reported_with_who_decided() -> None:
    """The result lists paused elections apart (they have no round): why, whom, who decided, not resumed."""
    data = load_doc(congress_doc()).data
    doc = result_json(data.ruleset, tally_all(data))
    assert doc["paused"] == [
        {
            "election": "ubkt_cn",
            "status": "paused",
            "reason": "intended_not_elected",
            "intended": "Bùi Thị Lệ",
            "by": "Ban Chấp hành khóa mới",
            "note": "Xin ý kiến Ban Thường vụ Huyện ủy",
            "at": "2025-06-12",
            "resumed": None,
        }
    ]
    d = congress_doc()
    d["elections"][3]["pause"]["resumed"] = {"by": "Ban Thường vụ Huyện ủy", "note": "Đồng ý bầu"}
    data = load_doc(d).data
    resumed = result_json(data.ruleset, tally_all(data), "ubkt_cn")["paused"][0]
    assert resumed["status"] == "resumed" and resumed["resumed"] == {
        "by": "Ban Thường vụ Huyện ủy",
        "note": "Đồng ý bầu",
        "at": "",
    }
    assert "paused" not in result_json(data.ruleset, tally_all(data), "bch")


def test_an_opinion_ballots_base_is_those_attending() -> None:
    """`base` is exactly {"attending": N, "votes_needed": ⌊3N/10⌋ + 1} (spec); 92 attending → 28. A blank row is no
    support: the ballot stays valid."""
    d = {
        "format": "kiemphieu-election/1",
        "congress": {"electorate": {"summoned": 93, "exclusions": [{"count": 1}]}, "attending": 92},
        "elections": [
            {
                "id": "yk",
                "kind": "opinion",
                "candidates": [{"no": 1, "name": "Lê Văn A"}],
                "rounds": [
                    {
                        "ballots_issued": 92,
                        "ballots_collected": 92,
                        "ballots": [
                            {"marks": {"1": "agree"}, "count": 28},
                            {"marks": {}, "count": 60},
                            {"marks": {"1": "none"}, "count": 4},
                        ],
                    }
                ],
            }
        ],
    }
    data = load_doc(d).data
    (r,) = result_json(data.ruleset, tally_all(data))["results"]
    assert r["base"] == {"attending": 92, "votes_needed": 28}
    assert r["ballots"]["valid"] == 92 and r["ballots"]["invalid"] == 0
    assert r["candidates"][0]["passed"] and r["outcome"]["status"] == "admitted"


def test_the_result_of_an_election_keeps_its_base_and_adds_kind() -> None:
    """An election round keeps summoned / excluded / base / votes_needed; withdrawals do not appear in it."""
    data = load_doc(congress_doc()).data
    (r,) = result_json(data.ruleset, tally_all(data), "bch")["results"]
    assert r["kind"] == "election" and "propose" not in r
    assert r["base"] == {"summoned": 21, "excluded": 1, "base": 20, "votes_needed": 11}


# --- write → read → write, generated -------------------------------------------------------------------------


@st.composite
def congresses(draw: st.DrawFn) -> Any:
    """A congress with a committee (withdrawals, maybe a pause) and a nomination ballot from it."""
    n = draw(st.integers(2, 6))
    seats = draw(st.integers(1, n - 1))
    withdrawals = tuple(
        Withdrawal(
            no,
            draw(st.sampled_from(list(Proposal))),
            draw(st.none() | st.integers(0, 20)),
            draw(st.integers(0, 5)),
            draw(st.integers(0, 5)),
            draw(st.sampled_from(list(VoteMethod))),
            draw(st.none() | st.booleans()),
            draw(st.integers(1, 3)),
            draw(st.sampled_from(["", "Sức khỏe", "Lý do\tgia đình "])).strip().replace("\t", " "),
        )
        for no in draw(st.sets(st.integers(1, n), max_size=2))
    )
    pause = draw(
        st.none()
        | st.builds(
            Pause,
            st.sampled_from(list(PauseReason)),
            st.builds(Decision, st.sampled_from(["Ban Chấp hành", "Đoàn Chủ tịch"])),
            st.sampled_from(["", "Lê Văn A"]),
            st.none() | st.builds(Decision, st.just("Ban Thường vụ"), st.just("Đồng ý")),
        )
    )
    committee = make_election(n, seats, id="bch", withdrawals=withdrawals, pause=pause)
    k = draw(st.integers(1, n))
    ballots = draw(
        st.lists(
            st.builds(NominatedBallot, st.frozensets(st.integers(1, k)), st.integers(0, 2), st.integers(1, 4))
            | st.builds(RuledInvalidBallot, st.sampled_from([InvalidReason.MARKED, InvalidReason.OUTSIDE_POOL])),
            max_size=8,
        )
    )
    choice = draw(
        st.none() | st.builds(HeadChoice, st.tuples(st.integers(1, k)), st.builds(Decision, st.just("Trưởng ban")))
    )
    total = sum(b.count for b in ballots)
    rnd = make_round(k, 1, tuple(ballots), head_choice=choice, ballots_issued=total, ballots_collected=total)
    gt = make_election(
        k,
        1,
        (rnd,),
        body=Body.SECRETARY,
        kind=ElectionKind.NOMINATION,
        id="gt",
        propose=draw(st.none() | st.integers(1, k)),
    )
    data = make_data(committee, gt)
    level = draw(st.none() | st.sampled_from(list(CongressLevel)))
    return replace(data, congress=replace(data.congress, level=level))


@given(congresses())
@settings(max_examples=60, deadline=None)
def test_write_read_write_is_identical(data: Any) -> None:
    """Every added field survives the file: write → read → write is the same text, and the data is equal."""
    text = dumps(data)
    again = loads(text)
    assert again.data == data
    assert dumps(again.data) == text


# --- faults of the added fields -------------------------------------------------------------------------------


def _drop(d: dict[str, Any], key: str) -> None:
    del d[key]


@pytest.mark.parametrize(
    ("change", "code", "place"),
    [
        (lambda d: d["congress"].update(level="province"), "file.not_choice", "congress.level"),
        (
            lambda d: d["parameters"].update(withdrawal_majority_of="all"),
            "file.not_choice",
            "parameters.withdrawal_majority_of",
        ),
        (
            lambda d: d["parameters"].update(nomination_over_limit_invalid=1),
            "file.not_flag",
            "parameters.nomination_over_limit_invalid",
        ),
        (
            lambda d: d["elections"][0]["withdrawals"][0].update(no=9),
            "file.not_in_election",
            "elections[0].withdrawals[0].no",
        ),
        (
            lambda d: d["elections"][0]["withdrawals"].append(dict(d["elections"][0]["withdrawals"][0])),
            "file.withdrawal_twice",
            "elections[0].withdrawals[1]",
        ),
        (
            lambda d: d["elections"][0]["withdrawals"][0].update(proposal="maybe"),
            "file.not_choice",
            "withdrawals[0].proposal",
        ),
        (
            lambda d: d["elections"][0]["withdrawals"][0].update(allowed="yes"),
            "file.not_flag",
            "withdrawals[0].allowed",
        ),
        (lambda d: d["elections"][0]["withdrawals"][0].update(round=0), "file.below_minimum", "withdrawals[0].round"),
        (lambda d: d["elections"][0].update(propose=1), "file.propose_not_nomination", "elections[0].propose"),
        (
            lambda d: d["elections"][1]["rounds"][0]["ballots"][0].update(names=[7]),
            "file.not_candidate",
            "ballots[0].names",
        ),
        (
            lambda d: d["elections"][1]["rounds"][0]["ballots"][0].update(names=[1, 1]),
            "file.number_twice",
            "ballots[0].names",
        ),
        (
            lambda d: d["elections"][1]["rounds"][0]["ballots"][0].update(outside_pool=-1),
            "file.below_minimum",
            "ballots[0].outside_pool",
        ),
        (
            lambda d: d["elections"][1]["rounds"][0]["ballots"].append({"struck": [1]}),
            "file.use_names",
            "ballots[5].struck",
        ),
        (
            lambda d: d["elections"][0]["rounds"][0]["ballots"].append({"names": [1]}),
            "file.use_struck",
            "ballots[1].names",
        ),
        (
            lambda d: d["elections"][2]["rounds"][0]["ballots"].append({"names": [1]}),
            "file.use_marks",
            "ballots[1].names",
        ),
        (
            lambda d: d["elections"][1]["rounds"][0]["ballots"].append({"names": [1], "struck": []}),
            "file.ballot_keys",
            "ballots[5]",
        ),
        (
            lambda d: d["elections"][1]["rounds"][0]["ballots"].append({"invalid": "none_kept"}),
            "file.reason_not_for_form",
            "ballots[5].invalid",
        ),
        (
            lambda d: d["elections"][0]["rounds"][0]["ballots"].append({"invalid": "outside_pool"}),
            "file.reason_not_for_form",
            "ballots[1].invalid",
        ),
        (
            lambda d: d["elections"][1]["rounds"][0]["head_choice"].update(chosen=[9]),
            "file.not_candidate",
            "head_choice.chosen[0]",
        ),
        (lambda d: _drop(d["elections"][1]["rounds"][0]["head_choice"], "by"), "file.missing", "head_choice.by"),
        (
            lambda d: d["elections"][0]["rounds"][0].update(head_choice={"chosen": [1], "by": "x"}),
            "file.choice_not_nomination",
            "rounds[0].head_choice",
        ),
        (
            lambda d: d["elections"][2].update(candidate_pool={"election": "bch", "take": "proposed"}),
            "file.pool_not_nomination",
            "elections[2].candidate_pool.take",
        ),
        (
            lambda d: d["elections"][2]["candidates"][0].update(name="Lê Hoàng Cường"),
            "file.not_among_proposed",
            "elections[2].candidates[0]",
        ),
        (lambda d: d["elections"][3]["pause"].update(reason="weather"), "file.not_choice", "elections[3].pause.reason"),
        (lambda d: d["elections"][3]["pause"].update(resumed={"note": "x"}), "file.missing", "pause.resumed.by"),
        (lambda d: d["elections"][3]["pause"].update(by=""), "file.empty_text", "elections[3].pause.by"),
        (
            lambda d: d["elections"][1]["rounds"][0]["ballots"][0].update(marks={"1": "agree", "01": "agree"}),
            "file.ballot_keys",
            "ballots[0]",
        ),
    ],
)
def test_each_fault_of_the_added_fields_has_its_code_and_place(change: Any, code: str, place: str) -> None:
    """Every added field is validated; the fault is a code of the catalogue with the JSON path."""
    d = congress_doc()
    change(d)
    with pytest.raises(FileFault) as err:
        load_doc(d)
    assert err.value.code == code and place in err.value.path, (err.value.code, err.value.path)


def test_a_candidate_number_given_twice_in_marks_is_refused() -> None:
    """{"1": …, "01": …} names candidate 1 twice; more marks than names on the ballot is refused before."""
    d = congress_doc()
    d["elections"] = [d["elections"][2]]
    del d["elections"][0]["candidate_pool"]
    d["elections"][0].update(seats=2, candidates=[{"no": 1, "name": "A"}, {"no": 2, "name": "B"}])
    d["elections"][0]["rounds"][0]["ballots"] = [{"marks": {"1": "agree", "01": "disagree"}, "count": 20}]
    with pytest.raises(FileFault) as err:
        load_doc(d)
    assert err.value.code == "file.number_twice" and err.value.path == "elections[0].rounds[0].ballots[0].marks"
    d["elections"][0]["rounds"][0]["ballots"] = [{"marks": {"1": "agree", "2": "agree", "3": "agree"}}]
    with pytest.raises(FileFault) as err:
        load_doc(d)
    assert err.value.code == "file.too_many"


# --- coded faults ------------------------------------------------------------------------------------------------


def test_a_file_fault_is_a_coded_user_error() -> None:
    """`FileFault(code, params, path)` is a `UserError`: the place and the English for experts, Vietnamese for people;
    the spec's command-line line `PATH: what is wrong` is its `str()`."""
    d = congress_doc()
    d["elections"][0]["rounds"][0]["ballots"][0]["struck"] = [99]
    with pytest.raises(FileFault) as err:
        load_doc(d)
    f = err.value
    assert isinstance(f, UserError)
    assert (f.code, dict(f.params), f.path) == (
        "file.not_candidate",
        {"no": 99},
        "elections[0].rounds[0].ballots[0].struck",
    )
    assert str(f) == "elections[0].rounds[0].ballots[0].struck: 99 is not a candidate of this round"
    assert (
        f.vi
        == "Tệp bầu cử không hợp lệ tại elections[0].rounds[0].ballots[0].struck: số 99 không có trên phiếu của lần bầu này"
    )
    assert f.en.startswith("The election file is not valid at elections[0]")
    assert f.user_text() == f"{f.vi} [file.not_candidate {f}]"
    assert FileFault("file.too_deep").user_text().startswith("Tệp bầu cử không hợp lệ: dữ liệu lồng nhau")


def test_no_vietnamese_sentence_is_left_in_the_file_format_code() -> None:
    """Every word people read comes from the catalogue (`app/texts`), none from `app/fileformat/`."""
    vietnamese = re.compile("[ăâđêôơưĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]")
    for path in sorted((ROOT / "app" / "fileformat").glob("*.py")):
        found = vietnamese.findall(path.read_text(encoding="utf-8"))
        assert not found, f"{path.name}: {found[:5]}"


def test_shown_values_are_short_and_safe() -> None:
    """A value quoted in a message is never the whole of a huge, deep or broken value."""
    assert shown([[[]]]) == "[…]" and shown({"a": 1}) == "{…}" and shown(None) == "null"
    assert shown("x" * 100) == json.dumps("x" * 40 + "…", ensure_ascii=False)
    assert shown("Lê") == '"Lê"' and shown("\ud800") == '"\\ud800"'
    assert shown(10**40) == "(a number of 41 digits)" and shown(-(10**40)).startswith("-(") and shown(7) == "7"


# --- hardening: bytes, JSON, limits ---------------------------------------------------------------------------------


def _text() -> str:
    return json.dumps(congress_doc(), ensure_ascii=False)


@pytest.mark.parametrize(
    ("raw", "code", "place"),
    [
        (
            lambda: _text().replace('"seats": 3', '"seats": 3, "seats": 4', 1).encode(),
            "file.duplicate_key",
            "elections[0].seats",
        ),
        (lambda: _text().replace('"format"', '"format": "x", "format"', 1).encode(), "file.duplicate_key", "format"),
        (lambda: ("\ufeff" + _text()).encode("utf-16"), "file.wrong_encoding", ""),
        (lambda: _text().encode("utf-32"), "file.wrong_encoding", ""),
        (lambda: _text().encode("cp1258", errors="replace"), "file.not_utf8", "byte"),
        (lambda: _text()[:500].encode(), "file.not_json", "line 1 column"),
        (lambda: ("[" * 100_000 + "]" * 100_000).encode(), "file.too_deep", "line 1 column"),
        (
            lambda: _text().replace('"summoned": 21', '"summoned": 2' + "0" * 5000, 1).encode(),
            "file.number_too_long",
            "line 1",
        ),
        (
            lambda: _text().replace('"summoned": 21', '"summoned": 18446744073709551617', 1).encode(),
            "file.above_maximum",
            "congress.electorate.summoned",
        ),
        (
            lambda: _text().replace('"ruleset": "qd190-2024"', '"ruleset": ["qd190-2024"]', 1).encode(),
            "file.unknown_ruleset",
            "ruleset",
        ),
        (
            lambda: _text().replace("Nguyễn Văn An", "Nguyễn\\u0000An", 1).encode(),
            "file.bad_character",
            "elections[0].candidates[0].name",
        ),
        (
            lambda: _text().replace("Nguyễn Văn An", "An\\ud800", 1).encode(),
            "file.bad_character",
            "elections[0].candidates[0].name",
        ),
        (
            lambda: _text().replace("Nguyễn Văn An", "A" * 201, 1).encode(),
            "file.text_too_long",
            "elections[0].candidates[0].name",
        ),
        (lambda: _text().replace('"struck": [4]', '"struck": ["²"]', 1).encode(), "file.not_integer", "struck[0]"),
        (
            lambda: _text().replace('"struck": [4]', '"struck": [1, 2, 3, 4, 5]', 1).encode(),
            "file.too_many",
            "ballots[0].struck",
        ),
        (
            lambda: (
                _text().replace('"withdrawal_majority_of": "votes_cast"', '"surplus_cap": "1e999999999"', 1).encode()
            ),
            "file.not_share",
            "parameters.surplus_cap",
        ),
        (
            lambda: _text().replace('"withdrawal_majority_of": "votes_cast"', '"surplus_cap": "1/0"', 1).encode(),
            "file.not_share",
            "parameters.surplus_cap",
        ),
        (
            lambda: _text().replace('"withdrawal_majority_of": "votes_cast"', '"surplus_cap": [1]', 1).encode(),
            "file.not_share",
            "parameters.surplus_cap",
        ),
        (
            lambda: _text().replace('"withdrawal_majority_of": "votes_cast"', '"surplus_cap": "3/2"', 1).encode(),
            "file.share_range",
            "parameters.surplus_cap",
        ),
        (
            lambda: _text().replace('{"1": "agree"}', '{"' + "9" * 60 + '": "agree"}', 1).encode(),
            "file.not_integer",
            "ballots[0].marks",
        ),
        (
            lambda: _text().replace('{"1": "agree"}', '{"1": "' + "y" * 60 + '"}', 1).encode(),
            "file.not_choice",
            "marks.1",
        ),
    ],
)
def test_what_no_sane_file_holds_is_refused_with_its_place(raw: Any, code: str, place: str) -> None:
    """Duplicate keys, other encodings, cut files, deep nesting, numbers of thousands of digits or beyond the
    limits, control characters, broken surrogates, overlong texts: each a coded fault with its place."""
    with pytest.raises(FileFault) as err:
        loads(raw())
    assert err.value.code == code and place in err.value.path, (err.value.code, err.value.path)
    assert len(err.value.user_text()) < 600


def test_a_utf8_byte_order_mark_is_accepted() -> None:
    """Windows editors write a BOM: the file is still read."""
    assert loads(b"\xef\xbb\xbf" + _text().encode()).data.congress.attending == 20
    assert loads("\ufeff" + _text()).data.congress.attending == 20


def test_the_limits_of_size_and_count_are_enforced(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Above the documented limits the file is refused before it is read at any cost."""
    monkeypatch.setattr(Limits, "FILE_BYTES", 1000)
    big = tmp_path / "big.json"
    big.write_text(_text() + " " * 2000, encoding="utf-8")
    with pytest.raises(FileFault) as err:
        load(big)
    assert err.value.code == "file.too_big" and err.value.params == {"size": "0.0", "limit": "0.0"}
    for raw in (_text() + " " * 2000, (_text() + " " * 2000).encode()):
        with pytest.raises(FileFault, match="MB"):
            loads(raw)
    monkeypatch.setattr(Limits, "FILE_BYTES", 32 * 1024 * 1024)
    monkeypatch.setattr(Limits, "BALLOT_ENTRIES", 4)
    with pytest.raises(FileFault) as err:
        load_doc(congress_doc())
    assert err.value.code == "file.too_many_ballots" and err.value.path == "elections[1].rounds[0].ballots"
    monkeypatch.setattr(Limits, "BALLOT_ENTRIES", 100)
    monkeypatch.setattr(Limits, "BALLOT_NUMBERS", 2)
    with pytest.raises(FileFault) as err:
        load_doc(congress_doc())
    assert err.value.code == "file.too_many_numbers" and err.value.path == "elections[1].rounds[0].ballots[1]"


def test_a_missing_unreadable_or_folder_file(tmp_path: Path) -> None:
    """Faults of the file itself name it."""
    with pytest.raises(FileFault) as err:
        load(tmp_path / "none.json")
    assert err.value.code == "file.not_found"
    with pytest.raises(FileFault) as err:
        load(tmp_path)
    assert err.value.code == "file.is_folder"
    locked = tmp_path / "locked.json"
    locked.write_text("{}", encoding="utf-8")
    locked.chmod(0)
    try:
        try:
            locked.read_bytes()
        except PermissionError:
            with pytest.raises(FileFault) as err:
                load(locked)
            assert err.value.code == "file.unreadable"
    finally:
        locked.chmod(0o644)


def test_the_whole_congress_imports_verifies_and_exports_the_same(tmp_path: Path) -> None:
    """The database holds every added field now: the file imports, `verify` replays it, and the export reads back
    as the same congress with the same results (a paused election gains its empty round 1, as in the window)."""
    from app import reports
    from app.db import Actor
    from app.transfer import export_text, import_file

    path = tmp_path / "c.json"
    path.write_text(_text(), encoding="utf-8")
    original = load(path).data
    db = import_file(path, tmp_path / "c.kiemphieu", Actor("S", "op"))
    try:
        assert reports.verify(db).ok
        back = loads(export_text(db)).data
    finally:
        db.close()
    assert back.congress == original.congress and back.parameters == original.parameters
    for a, b in zip(original.elections, back.elections, strict=True):
        assert replace(a, rounds=()) == replace(b, rounds=())
        assert a.rounds == (b.rounds if a.rounds else ())
        assert all(not r.ballots for r in b.rounds[len(a.rounds) :])
    before = result_json(original.ruleset, tally_all(original))
    after = result_json(back.ruleset, tally_all(back))
    assert before["paused"] == after["paused"]
    assert before["results"] == [r for r in after["results"] if r["election"] != "ubkt_cn"]


def test_every_file_code_is_documented_in_the_readme() -> None:
    """The README's table of the election file's faults lists every `file.` code of the catalogue."""
    from app.texts import en

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = [k for k in en.TEXTS if k.startswith("file.") and k not in ("file.invalid", "file.invalid_at")]
    assert [k for k in missing if f"| `{k}` |" not in readme] == []


def test_the_terminal_table_names_the_nomination_and_the_pause(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`kiemphieu tally FILE` (no --json): the proposed with the head's choice, the tie for the head, the pause."""
    from app.cli import main

    path = tmp_path / "c.json"
    path.write_text(_text(), encoding="utf-8")
    assert main(["tally", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Được giới thiệu: 2. Trần Thị Bích. (Trưởng ban Trần Thị Bình đã chọn" in out
    assert "giới thiệu 1 người" in out
    assert (
        "ubkt_cn — TẠM DỪNG, xin ý kiến cấp ủy cấp trên (đồng chí Bùi Thị Lệ không trúng cử cấp ủy); "
        "Ban Chấp hành khóa mới quyết định: Xin ý kiến Ban Thường vụ Huyện ủy." in out
    )
    d = congress_doc()
    del d["elections"][1]["rounds"][0]["head_choice"]
    d["elections"][1]["propose"] = 2
    d["elections"][1]["rounds"][0]["ballots"] = [{"names": [1], "count": 5}]
    d["elections"] = d["elections"][:2] + d["elections"][3:]
    d["elections"][2]["pause"].update(reason="other", intended="", note="", resumed={"by": "Ban Thường vụ"})
    path.write_text(json.dumps(d, ensure_ascii=False), encoding="utf-8")
    assert main(["tally", str(path), "--election", "gtbt"]) == 0
    assert "Được giới thiệu: 1. Nguyễn Văn An. Còn 1 chỗ không có ai được ghi tên." in capsys.readouterr().out
    assert main(["tally", str(path), "--election", "ubkt_cn"]) == 0
    assert (
        "TẠM DỪNG, xin ý kiến cấp ủy cấp trên (lý do khác); Ban Chấp hành khóa mới quyết định. Đã tiếp tục theo ý kiến của Ban Thường vụ."
        in capsys.readouterr().out
    )
    d["elections"][1]["rounds"][0]["ballots"] = [{"names": [1, 2], "count": 5}]
    d["elections"][1]["propose"] = 1
    path.write_text(json.dumps(d, ensure_ascii=False), encoding="utf-8")
    assert main(["tally", str(path), "--election", "gtbt"]) == 0
    assert (
        "BẰNG PHIẾU: 1. Nguyễn Văn An, 2. Trần Thị Bích cho 1 chỗ còn lại; trưởng ban kiểm phiếu chọn."
        in capsys.readouterr().out
    )


def test_a_line_and_column_are_said_in_the_language() -> None:
    """The place of a file that is not JSON: words in each language, the English form kept for experts."""
    from app.fileformat.fields import FileFault

    fault = FileFault("file.not_json", {"reason": "Expecting value"}, "line 10 column 3")
    assert "tại dòng 10, cột 3:" in fault.message("vi") and "line 10, column 3" in fault.message("en")
    assert fault.user_text().endswith(
        "[file.not_json line 10 column 3: not valid JSON (Expecting value); the file may be cut short or edited by hand]"
    )
    assert FileFault("file.not_json", {"reason": "x"}, "elections[0]").place("vi") == "elections[0]"
