"""The minutes model: goldens of every kind of round, and each wording rule the templates and the rules require."""

from __future__ import annotations

import dataclasses
import json
import os
import time
from dataclasses import replace
from fractions import Fraction
from pathlib import Path

import pytest

from app.errors import UserError
from app.minutes import build_summary, minutes_for
from app.minutes.wording import count_vi, grouped, human_time, locality, place_date
from app.results import congress_fingerprint
from ballot.election import tally_all
from ballot.model import Body, CongressKind, Decision, Election, ElectionData, Purpose
from ballot.rulesets import Parameters, ruleset
from tests.app.minutes_data import big_committee, committee_15_of_18, congress

GOLDEN = Path(__file__).parent / "golden"
#: Every kind of round: committee, secretary, tie and tie-break, shortfall and its second round, alternates
#: with a hand-counted team, opinion ballot.
ROUNDS = [("bch", 1), ("bithu", 1), ("dbct", 1), ("dbct", 2), ("ubkt", 1), ("ubkt", 2), ("dbdk", 1), ("yk", 1)]


def as_json(value: object) -> str:
    """A model as stable, readable JSON."""
    return json.dumps(dataclasses.asdict(value), ensure_ascii=False, indent=1, sort_keys=True) + "\n"  # type: ignore[call-overload]


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


def test_220_names_and_15_of_18_match_golden() -> None:
    check_golden("minutes-220-names.json", as_json(minutes_for(big_committee(), "bch", 1, finalized=True)))
    data = ElectionData("qd190-2024", congress().congress, (committee_15_of_18(),))
    check_golden("minutes-15-of-18.json", as_json(minutes_for(data, "bch18", 1, finalized=True)))


def test_summary_matches_golden() -> None:
    data = congress()
    finalized = {(e.id, r.number): True for e in data.elections for r in e.rounds}
    check_golden("summary.json", as_json(build_summary(data, finalized={**finalized, ("ubkt", 2): False})))


def test_last_round_by_default_and_same_with_or_without_results() -> None:
    data = congress()
    m = minutes_for(data, "dbct", finalized=True)
    assert m.round == 2
    assert m == minutes_for(data, "dbct", 2, finalized=True, results=tally_all(data))
    assert m.subject == "Bầu đại biểu chính thức dự Đại hội Đảng bộ huyện (lần thứ 2, bầu giữa những người bằng phiếu)"
    assert m.decision == (
        "Thực hiện quyết định của Đoàn Chủ tịch Đại hội ngày 08/05/2025 15:40: bầu giữa 2 đồng chí bằng phiếu cho 1 chỗ."
    )


def test_committee_minutes_numbers() -> None:
    """Summoned 120 − (2 + 1) = 117; more than half needs 59; 112 valid of 115 with three reasons; 5 absent."""
    m = minutes_for(congress(), "bch", 1, finalized=True)
    e, b = m.electorate, m.ballots
    assert (e.summoned, e.base, e.votes_needed, e.present, e.absent) == (120, 117, 59, 115, 5)
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
    assert m.seats_label == "Số lượng cần bầu (Đại hội đã biểu quyết)"
    assert m.outcome == ()
    assert not m.draft and not m.in_progress
    assert m.head == "Trần Thị Bình"
    assert m.members == ("Lê Văn Cường", "Phan Thị Xuân")
    assert m.committee_intro == "Đại hội đã cử Ban kiểm phiếu gồm các đồng chí:"
    assert [c.role for c in m.committee] == ["Trưởng ban", "Ủy viên", "Ủy viên"]
    assert m.label == "Bầu Ban Chấp hành Đảng bộ xã khóa XXV — lần 1"


def test_header_term_on_its_own_line_and_the_locality_not_the_hall() -> None:
    data = congress()
    hall = replace(data.congress, place="Hội trường Ủy ban nhân dân xã Thái Tân")
    h = minutes_for(replace(data, congress=hall), "bch", 1, finalized=True).header
    assert (h.organization, h.congress, h.term) == (
        "ĐẢNG BỘ XÃ THÁI TÂN",
        "ĐẠI HỘI ĐẠI BIỂU LẦN THỨ XXV",
        "NHIỆM KỲ 2025–2030",
    )
    assert h.place_date == "Thái Tân, ngày 08 tháng 5 năm 2025"
    assert locality("Hội trường A", "Đảng bộ phường Láng Thượng") == "Láng Thượng"
    assert locality("Nhà văn hóa thôn 3, phường Láng Thượng, quận Đống Đa") == "Láng Thượng"
    assert locality("xã Thái Tân") == "Thái Tân"
    assert locality("Thành phố Hồ Chí Minh") == "Thành phố Hồ Chí Minh"
    assert locality("Trụ sở Thành ủy thành phố Hồ Chí Minh") == "Thành phố Hồ Chí Minh"
    assert locality("Bến Thành, quận 1") == "Bến Thành, quận 1"
    assert locality("Hội trường lớn", "Đảng bộ Khối cơ quan tỉnh") == ""
    assert place_date("Hội trường lớn", "2025-05-08") == "……, ngày 08 tháng 5 năm 2025"


def test_tie_and_shortfall_are_stated_with_what_to_decide() -> None:
    data = congress()
    tie = minutes_for(data, "dbct", 1, finalized=True)
    assert "Có 2 đồng chí có số phiếu bầu bằng nhau (75 phiếu) cho 1 chỗ còn lại" in tie.outcome[0]
    assert "Đoàn Chủ tịch tổ chức bầu tiếp (lần thứ 2)" in tie.outcome[1]
    assert "(người có số phiếu cao hơn trúng cử)" in tie.outcome[1]
    assert [v.result for v in tie.votes] == ["Trúng cử", "Bằng phiếu", "Bằng phiếu", ""]
    assert tie.elected_intro.startswith("Đồng chí có tên sau đây trúng cử đại biểu chính thức")
    short = minutes_for(data, "ubkt", 1, finalized=True)
    assert "còn thiếu 1 đồng chí" in short.outcome[0]
    assert "Đại hội quyết định" in short.outcome[1]


def test_tie_break_states_the_rule_in_words_never_a_one_vote_majority() -> None:
    """RULES.md §6.4: the tied all passed more than half before; in this ballot the most votes take the seats."""
    m = minutes_for(congress(), "dbct", 2, finalized=True)
    text = " ".join(m.tie_rule)
    assert "đều đã đạt số phiếu quá một nửa so với tổng số đại biểu được triệu tập (từ 59 phiếu trở lên)" in text
    assert "ở lần bầu thứ 1" in text
    assert "đồng chí có số phiếu cao hơn trúng cử, lấy đủ 1 đồng chí; không xét lại tỷ lệ quá bán" in text
    assert "quy định mặc định khi Đại hội không quy định khác" in text
    assert "1 phiếu trở lên" not in as_json(m)
    assert m.elected_intro == (
        "Đồng chí có tên sau đây trúng cử đại biểu chính thức dự Đại hội Đảng bộ huyện (có số phiếu cao hơn):"
    )
    strict = minutes_for(congress(Parameters(tie_break_needs_majority=True)), "dbct", 2, finalized=True)
    text = " ".join(strict.tie_rule)
    assert "(theo Quy chế bầu cử do Đại hội thông qua)" in text
    assert "phải đạt số phiếu quá một nửa so với tổng số đại biểu được triệu tập một lần nữa (từ 59 phiếu" in text
    data = congress()
    flagged = replace(data.election("dbct").rounds[1], tie_break_needs_majority=True)
    one = replace(data.election("dbct"), rounds=(data.election("dbct").rounds[0], flagged))
    by_round = minutes_for(replace(data, elections=(one,)), "dbct", 2, finalized=True)
    assert "(theo quyết định của Đại hội)" in " ".join(by_round.tie_rule)
    assert minutes_for(data, "dbct", 1, finalized=True).tie_rule == ()


def test_delegates_are_allocated_not_voted() -> None:
    data = congress()
    assert minutes_for(data, "dbct", 1, finalized=True).seats_label == "Số lượng đại biểu chính thức được phân bổ"
    assert minutes_for(data, "dbdk", 1, finalized=True).seats_label == "Số lượng đại biểu dự khuyết được phân bổ"
    assert minutes_for(data, "dbct", 2, finalized=True).seats_label == (
        "Số lượng đại biểu chính thức cần bầu ở lần bầu này"
    )
    assert minutes_for(data, "ubkt", 2, finalized=True).seats_label == "Số lượng cần bầu ở lần bầu này"
    assert minutes_for(data, "bithu", 1, finalized=True).seats_label == "Số lượng cần bầu"
    assert "báo cáo cấp ủy cấp trên trực tiếp theo quy định" in minutes_for(data, "dbdk", 1, finalized=True).approval


def test_a_single_secretary_is_not_introduced_as_a_list() -> None:
    m = minutes_for(congress(), "bithu", 1, finalized=True)
    assert m.elected_intro == "Đồng chí có tên sau đây trúng cử Bí thư Đảng ủy xã (có số phiếu bầu quá một nửa):"
    assert "xếp theo thứ tự" not in m.elected_intro
    assert (m.elected[0].name, m.elected[0].note) == ("Nguyễn Văn An", "1975")


def test_a_later_round_has_the_decision_in_human_time() -> None:
    m = minutes_for(congress(), "ubkt", 2, finalized=True)
    assert m.decision == (
        "Thực hiện quyết định của Đại hội ngày 08/05/2025 16:20: bầu tiếp 1 ủy viên trong số 2 đồng chí còn lại."
    )
    assert m.list_intro.startswith("Danh sách bầu cử (Đại hội đã biểu quyết thông qua) gồm 2 đồng chí")


def test_machine_timestamps_become_local_dd_mm_yyyy(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Asia/Ho_Chi_Minh")
    time.tzset()
    try:
        assert human_time("2026-11-30T12:38:17.029+00:00") == "30/11/2026 19:38"
        assert human_time("2025-05-08 15:40") == "08/05/2025 15:40"
        assert human_time("chiều ngày 8") == "chiều ngày 8"
    finally:
        monkeypatch.undo()
        time.tzset()


def test_a_draft_still_counting_concludes_nothing() -> None:
    """0 of 115 ballots counted: no 'nobody passed', no next round; the minutes say the count is in progress."""
    data = congress()
    e = data.election("ubkt")
    empty = replace(e.rounds[1], ballots=())
    data2 = replace(data, elections=(replace(e, rounds=(e.rounds[0], empty)),))
    m = minutes_for(data2, "ubkt", 2, finalized=False)
    assert m.draft and m.in_progress
    assert m.elected == () and m.elected_intro == "" and m.approval == ""
    assert m.outcome == ("Chưa kiểm phiếu nào; kết quả bầu cử chưa được xác định.",)
    assert all(v.result == "" for v in m.votes)
    assert "lần thứ 3" not in as_json(m) and "Không có đồng chí nào" not in as_json(m)
    half = replace(e.rounds[1], ballots=e.rounds[1].ballots[:1])
    data3 = replace(data, elections=(replace(e, rounds=(e.rounds[0], half)),))
    assert minutes_for(data3, "ubkt", 2, finalized=False).outcome == (
        "Đang kiểm phiếu: đã kiểm 70 trong số 111 phiếu thu vào; kết quả bầu cử chưa được xác định.",
    )


def test_opinion_ballot_counts_agree_of_those_attending_and_prints_no_summoned_line() -> None:
    """117 attending: more than 30 % needs 36 agree; 50 passes, 20 does not."""
    m = minutes_for(congress(), "yk", 1, finalized=True)
    assert m.opinion and m.agree_disagree
    assert m.electorate.votes_needed == 36
    assert not m.electorate.summoned_based and m.electorate.absent is None
    assert [(v.votes, v.disagree, v.result) for v in m.votes] == [(50, 67, "Đủ điều kiện"), (20, 97, "")]
    assert m.percent_header == "Tỷ lệ % (so với tổng số đại biểu có mặt)"
    assert "trên 30% so với tổng số đại biểu có mặt (117)" in m.elected_intro


def test_hand_counted_teams_are_named() -> None:
    m = minutes_for(congress(), "dbdk", 1, finalized=True)
    assert m.ballots.hand_counted == (
        "Trong số phiếu đã kiểm, phiếu của các tổ sau được kiểm đếm bằng tay và nhập theo biên bản tổng hợp "
        "của tổ: Tổ 3 (45 phiếu)."
    )
    assert minutes_for(congress(), "bch", 1, finalized=True).ballots.hand_counted == ""


def test_draft_when_not_finalized_or_with_errors_and_problems_in_words() -> None:
    data = congress()
    draft = minutes_for(data, "bch", 1, finalized=False)
    assert draft.draft
    assert draft.problems[0].startswith("Lần bầu này chưa được Ban kiểm phiếu chốt")
    assert not any(p.startswith("[") for p in draft.problems)
    assert draft.codes == ("W201",)
    bad = replace(data.election("bch").rounds[0], ballots_collected=116)
    data2 = replace(data, elections=(replace(data.election("bch"), rounds=(bad,)),))
    m = minutes_for(data2, "bch", 1, finalized=True)
    assert m.draft and m.in_progress
    assert "Số phiếu đã kiểm (115) khác số phiếu thu vào (116)." in m.problems
    assert "E102" in m.codes
    pending = minutes_for(data, "bch", 1, finalized=True, pending_stacks=2)
    assert pending.draft and "E112" in pending.codes


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
    assert mc.committee_intro == "Hội nghị đã cử Ban kiểm phiếu gồm các đồng chí:"
    assert mc.seats_label == "Số lượng cần bầu (Hội nghị đã biểu quyết)"


@pytest.mark.parametrize("ruleset_id", ["qd190-2024", "qd244-2014"])
def test_the_guidance_is_cited_as_the_rules_say(ruleset_id: str) -> None:
    data = replace(congress(), ruleset=ruleset_id)
    basis = minutes_for(data, "dbct", 1, finalized=True).basis
    assert basis[2] == f"Căn cứ {ruleset(ruleset_id).guidance};"


def test_244_cites_its_own_articles() -> None:
    data = replace(congress(), ruleset="qd244-2014")
    basis = minutes_for(data, "dbct", 1, finalized=True).basis[1]
    assert "244-QĐ/TW" in basis
    assert "Điều 7 (Ban kiểm phiếu), Điều 20 (bầu đại biểu" in basis
    assert "Điều 32 (nguyên tắc tính kết quả" in basis


def test_counts_have_a_thousands_dot_and_codes_are_grouped() -> None:
    assert [count_vi(n) for n in (0, 999, 1600, 1234567)] == ["0", "999", "1.600", "1.234.567"]
    assert grouped("0123456789abcdef" * 4) == " ".join(["0123", "4567", "89ab", "cdef"] * 4)
    m = minutes_for(big_committee(), "bch", 1, finalized=True)
    assert (m.ballots.issued, len(m.votes), len(m.elected)) == (1600, 220, 180)


def test_the_elected_keep_their_notes_so_namesakes_differ() -> None:
    data = ElectionData("qd190-2024", congress().congress, (committee_15_of_18(),))
    m = minutes_for(data, "bch18", 1, finalized=True)
    ans = [(r.name, r.note) for r in m.elected if r.name == "Nguyễn Văn An"]
    assert sorted(ans) == [("Nguyễn Văn An", "1975"), ("Nguyễn Văn An", "1982")]


def test_signing_key_is_carried_when_given() -> None:
    m = minutes_for(congress(), "bch", 1, finalized=True, signing_key="ab" * 32)
    assert m.signing_key == "ab" * 32
    assert minutes_for(congress(), "bch", 1, finalized=True).signing_key == ""


def test_summary_awaits_approval_never_official() -> None:
    data = congress()
    finalized = {(e.id, r.number): True for e in data.elections for r in e.rounds}
    s = build_summary(data, finalized=finalized)
    assert not s.draft
    assert [line.status for line in s.rounds] == [
        "Đã chốt, chờ chuẩn y",
        "Đã chốt, chờ chuẩn y",
        "Đã chốt, báo cáo cấp trên",
        "Đã chốt, báo cáo cấp trên",
        "Đã chốt, chờ chuẩn y",
        "Đã chốt, chờ chuẩn y",
        "Đã chốt, báo cáo cấp trên",
        "Đã chốt",
    ]
    assert "Chính thức" not in as_json(s)
    assert s.approval[0].startswith("Kết quả bầu cấp ủy, các chức danh của cấp ủy và ủy ban kiểm tra")
    assert s.approval[1] == (
        "Kết quả bầu đại biểu dự đại hội cấp trên được báo cáo cấp ủy cấp trên trực tiếp theo quy định."
    )
    assert s.fingerprint == congress_fingerprint(data)
    only_delegates = replace(data, elections=(data.election("dbct"),))
    assert [a.split(" được ")[0] for a in build_summary(only_delegates, finalized=finalized).approval] == [
        "Kết quả bầu đại biểu dự đại hội cấp trên"
    ]
    partly = build_summary(data, finalized={**finalized, ("yk", 1): False})
    assert partly.draft and partly.fingerprint == s.fingerprint
    assert partly.rounds[-1].status == "Bản nháp"


def test_unknown_election_or_round_is_a_user_error() -> None:
    data = congress()
    empty = ElectionData(data.ruleset, data.congress, (Election("e", "Bầu", Body.COMMITTEE, 1, ()),))
    cases = [
        (
            data,
            "x",
            None,
            "minutes.no_election",
            "Không có cuộc bầu mã x (các mã có: bch, bithu, dbct, ubkt, dbdk, yk).",
        ),
        (data, "bch", 3, "minutes.no_round", "Cuộc bầu bch không có lần bầu thứ 3 (có 1 lần)."),
        (empty, "e", None, "minutes.no_rounds", "Cuộc bầu e chưa có lần bầu nào."),
    ]
    for d, election, round_no, code, vi in cases:
        with pytest.raises(UserError) as caught:
            minutes_for(d, election, round_no, finalized=True)
        assert (caught.value.code, caught.value.vi) == (code, vi)
        assert caught.value.en and caught.value.en != vi


def test_tie_break_of_a_tie_break_names_the_round_where_the_tied_passed() -> None:
    data = congress()
    e = data.election("dbct")
    r2 = e.rounds[1]
    r3 = replace(r2, number=3, decision=Decision("Đoàn Chủ tịch Đại hội"), purpose=Purpose.TIE_BREAK)
    data3 = replace(data, elections=(replace(e, rounds=(*e.rounds, r3)),))
    assert "ở lần bầu thứ 1" in minutes_for(data3, "dbct", 3, finalized=False).tie_rule[0]
