"""The minutes model: goldens of the sample congress, and each wording rule."""

from __future__ import annotations

import dataclasses
import json
import os
from dataclasses import replace
from fractions import Fraction
from pathlib import Path

import pytest

from app.errors import UserError
from app.minutes import minutes_for
from app.minutes.model import Minutes
from app.minutes.wording import place_date
from ballot.election import tally_all
from ballot.model import CongressKind, Election, ElectionData
from ballot.rulesets import Parameters
from tests.app.minutes_data import congress

GOLDEN = Path(__file__).parent / "golden"
ROUNDS = [("bch", 1), ("bithu", 1), ("dbct", 1), ("dbct", 2), ("ubkt", 1), ("yk", 1)]


def as_json(m: Minutes) -> str:
    """The minutes as stable, readable JSON."""
    return json.dumps(dataclasses.asdict(m), ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def check_golden(name: str, text: str) -> None:
    """Compares with tests/app/golden/NAME; KIEMPHIEU_UPDATE_GOLDEN=1 rewrites it."""
    path = GOLDEN / name
    if os.environ.get("KIEMPHIEU_UPDATE_GOLDEN"):
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8"), f"{name} differs from its golden"


@pytest.mark.parametrize(("election", "round_no"), ROUNDS)
def test_minutes_match_golden(election: str, round_no: int) -> None:
    data = congress()
    m = minutes_for(data, election, round_no, finalized=True, results=tally_all(data))
    check_golden(f"minutes-{election}-{round_no}.json", as_json(m))


def test_last_round_by_default_and_same_with_or_without_results() -> None:
    data = congress()
    m = minutes_for(data, "dbct", finalized=True)
    assert m.round == 2
    assert m == minutes_for(data, "dbct", 2, finalized=True, results=tally_all(data))
    assert m.subject == "Bầu đại biểu chính thức dự Đại hội Đảng bộ huyện (lần thứ 2, bầu giữa những người bằng phiếu)"
    assert m.decision.startswith("Thực hiện quyết định của Đoàn Chủ tịch Đại hội (2025-05-08 15:40)")


def test_committee_minutes_numbers() -> None:
    """Summoned 120 − (2 + 1) = 117; more than half needs 59; 112 valid of 115 with three reasons."""
    m = minutes_for(congress(), "bch", 1, finalized=True)
    e, b = m.electorate, m.ballots
    assert (e.summoned, e.base, e.votes_needed, e.present) == (120, 117, 59, 115)
    assert [x.count for x in e.exclusions] == [2, 1]
    assert (b.issued, b.collected, b.valid, b.invalid) == (115, 115, 112, 3)
    assert [x.label for x in b.invalid_reasons] == [
        "không do Ban kiểm phiếu phát ra",
        "để lại quá số lượng cần bầu",
        "có dấu hiệu riêng",
    ]
    assert [r.votes for r in m.elected] == sorted((r.votes for r in m.elected), reverse=True)
    assert len(m.elected) == 9
    assert m.elected[0].name == "Trần Thị Bích Ngọc"
    assert m.elected[0].percent == "85,47%"
    assert "vừa đủ số lượng 9 đồng chí và có tỷ lệ quá bán" in m.elected_intro
    assert m.percent_header == "Tỷ lệ % (so với tổng số đại biểu được triệu tập)"
    assert m.outcome == ()
    assert not m.draft
    assert m.head == "Trần Thị Bình"
    assert m.members == ("Lê Văn Cường", "Phan Thị Xuân")


def test_tie_and_shortfall_are_stated_with_what_to_decide() -> None:
    data = congress()
    tie = minutes_for(data, "dbct", 1, finalized=True)
    assert "Có 2 đồng chí có số phiếu bầu bằng nhau (75 phiếu) cho 1 chỗ còn lại" in tie.outcome[0]
    assert "Đoàn Chủ tịch tổ chức bầu tiếp (lần thứ 2)" in tie.outcome[1]
    assert [v.result for v in tie.votes] == ["Trúng cử", "Bằng phiếu", "Bằng phiếu", ""]
    short = minutes_for(data, "ubkt", 1, finalized=True)
    assert "còn thiếu 1 đồng chí" in short.outcome[0]
    assert "Đại hội quyết định" in short.outcome[1]


def test_opinion_ballot_counts_agree_of_those_attending() -> None:
    """117 attending: more than 30 % needs 36 agree; 50 passes, 20 does not."""
    m = minutes_for(congress(), "yk", 1, finalized=True)
    assert m.opinion and m.agree_disagree
    assert m.electorate.votes_needed == 36
    assert [(v.votes, v.disagree, v.result) for v in m.votes] == [(50, 67, "Đủ điều kiện"), (20, 97, "")]
    assert m.percent_header == "Tỷ lệ % (so với tổng số đại biểu có mặt)"
    assert "trên 30% so với tổng số đại biểu có mặt (117)" in m.elected_intro


def test_draft_when_not_finalized_or_with_errors() -> None:
    data = congress()
    assert minutes_for(data, "bch", 1, finalized=False).draft
    bad = replace(data.election("bch").rounds[0], ballots_collected=116)
    data2 = replace(data, elections=(replace(data.election("bch"), rounds=(bad,)),))
    m = minutes_for(data2, "bch", 1, finalized=True)
    assert m.draft
    assert any(p.startswith("[E102]") for p in m.problems)


def test_congress_rules_and_kinds_change_the_wording() -> None:
    data = congress(Parameters(opinion_threshold=Fraction(1, 4)))
    m = minutes_for(data, "bch", 1, finalized=True)
    assert m.basis[-1] == "Căn cứ các quy định riêng theo Quy chế bầu cử do Đại hội thông qua;"
    assert "Quy chế bầu cử do Đại hội thông qua" in m.ruleset
    members = replace(data, congress=replace(data.congress, kind=CongressKind.MEMBERS))
    assert minutes_for(members, "bch", 1, finalized=True).percent_header == "Tỷ lệ % (so với đảng viên chính thức)"
    conf = replace(data, congress=replace(data.congress, kind=CongressKind.CONFERENCE))
    mc = minutes_for(conf, "bch", 1, finalized=True)
    assert mc.percent_header == "Tỷ lệ % (so với tổng số ủy viên được triệu tập)"
    assert mc.adoption.startswith("Biên bản được thông qua trước Hội nghị vào hồi")


def test_244_cites_its_own_articles() -> None:
    data = replace(congress(), ruleset="qd244-2014")
    basis = minutes_for(data, "dbct", 1, finalized=True).basis[1]
    assert "244-QĐ/TW" in basis
    assert "Điều 7 (Ban kiểm phiếu), Điều 20 (bầu đại biểu" in basis
    assert "Điều 32 (nguyên tắc tính kết quả" in basis


def test_place_and_date_line() -> None:
    assert place_date("Thái Tân", "2025-02-05") == "Thái Tân, ngày 05 tháng 02 năm 2025"
    assert place_date("Thái Tân", "2025-11-20") == "Thái Tân, ngày 20 tháng 11 năm 2025"
    assert place_date("", "") == "……, ngày …… tháng …… năm ……"


def test_unknown_election_or_round_is_a_user_error() -> None:
    data = congress()
    empty = ElectionData(data.ruleset, data.congress, (Election("e", "Bầu", data.election("bch").body, 1, ()),))
    cases = [
        (data, "x", None, "Không có cuộc bầu mã 'x' (các mã có: bch, bithu, dbct, ubkt, yk)."),
        (data, "bch", 3, "Cuộc bầu 'bch' không có lần bầu thứ 3 (có 1 lần)."),
        (empty, "e", None, "Cuộc bầu 'e' chưa có lần bầu nào."),
    ]
    for d, election, round_no, vi in cases:
        with pytest.raises(UserError) as caught:
            minutes_for(d, election, round_no, finalized=True)
        assert caught.value.vi == vi
