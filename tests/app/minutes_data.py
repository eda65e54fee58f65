"""A realistic delegate congress for the minutes tests: a committee, a secretary, a tie, a shortfall, an opinion ballot."""

from __future__ import annotations

import random
from dataclasses import replace

from ballot.model import (
    Ballot,
    Body,
    Candidate,
    CommitteeMember,
    Congress,
    CongressKind,
    Decision,
    Election,
    ElectionData,
    ElectionKind,
    Electorate,
    Exclusion,
    HandVote,
    HandVoteTopic,
    InvalidReason,
    Mark,
    MarkedBallot,
    Purpose,
    Role,
    Round,
    RuledInvalidBallot,
    StruckBallot,
    Subtotal,
)
from ballot.rulesets import Parameters

NAMES = (
    "Nguyễn Văn An",
    "Trần Thị Bích Ngọc",
    "Lê Hoàng Cường",
    "Phạm Minh Đức",
    "Đặng Thu Hà",
    "Võ Quang Khải",
    "Bùi Thị Lệ",
    "Hoàng Ngọc Ánh",
    "Ngô Đức Ẩn",
    "Dương Thị Ý",
    "Huỳnh Ưng Ơn",
)
#: A 15-of-18 committee with long names and two namesakes told apart by their notes.
LONG_NAMES = (
    ("Nguyễn Văn An", "1975"),
    ("Trương Công Hoàng Long", ""),
    ("Nguyễn Thị Phương Thảo", ""),
    ("Tôn Nữ Hoàng Thị Ngọc Diệp", ""),
    ("Lê Nguyễn Quỳnh Trang", ""),
    ("Nguyễn Văn An", "1982"),
    ("Phạm Huỳnh Thiên Hương", ""),
    ("Đoàn Thị Kim Phượng", ""),
    ("Vương Đình Huệ", ""),
    ("Hoàng Trọng Nghĩa", ""),
    ("Nguyễn Hữu Khánh Duy", ""),
    ("Mạc Thị Bưởi", ""),
    ("Châu Văn Liêm", ""),
    ("Quách Thị Thanh Tuyền", ""),
    ("Âu Dương Nguyệt Quế", ""),
    ("Khổng Minh Triết", ""),
    ("Ông Ích Khiêm", ""),
    ("Lã Thị Hồng Nhung", ""),
)
FAMILY = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi")
MIDDLE = ("Văn", "Thị", "Hữu", "Đức", "Minh", "Ngọc", "Thanh", "Quang", "Thu", "Hoài")
GIVEN = ("An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hạnh", "Khánh", "Lan", "Long", "Mai", "Nam", "Phúc", "Quyên")
CONGRESS = Congress(
    organization="Đảng bộ xã Thái Tân",
    title="Đại hội đại biểu Đảng bộ xã Thái Tân lần thứ XXV",
    term="2025–2030",
    kind=CongressKind.DELEGATES,
    electorate=Electorate(
        120,
        (
            Exclusion("Vắng mặt cả thời gian đại hội, không có dự khuyết thay", 2),
            Exclusion("Ủy viên Ban Chấp hành triệu tập đại hội vắng mặt cả thời gian đại hội", 1),
        ),
    ),
    attending=117,
    place="Thái Tân",
    date="2025-05-08",
    counting_committee=(
        CommitteeMember("Trần Thị Bình", Role.HEAD),
        CommitteeMember("Lê Văn Cường"),
        CommitteeMember("Phan Thị Xuân"),
    ),
)


def strike_ballots(n: int, candidates: tuple[int, ...], seats: int, seed: int, bias: dict[int, float]) -> list[Ballot]:
    """`n` strike-out ballots keeping at most `seats` names, favouring names by `bias`."""
    rng = random.Random(seed)
    out: list[Ballot] = []
    for _ in range(n):
        keep = sorted(candidates, key=lambda no: -bias.get(no, 0.5) * rng.random())[: seats - (rng.random() < 0.1)]
        out.append(StruckBallot(frozenset(set(candidates) - set(keep)), team="T1" if rng.random() < 0.5 else "T2"))
    return out


def committee(ballots: int = 115, candidates: int = 11, seats: int = 9) -> Election:
    """A committee of `seats` from `candidates` names, with three invalid ballots."""
    nos = tuple(range(1, candidates + 1))
    cands = tuple(Candidate(no, NAMES[(no - 1) % len(NAMES)] + ("" if no <= len(NAMES) else f" {no}")) for no in nos)
    bias = {no: 1.0 - no / (2 * candidates) for no in nos}
    ballots_ = [
        *strike_ballots(ballots - 3, nos, seats, 7, bias),
        RuledInvalidBallot(InvalidReason.NOT_ISSUED),
        RuledInvalidBallot(InvalidReason.MARKED),
        StruckBallot(frozenset()),
    ]
    rnd = Round(1, seats, nos, ballots, ballots, tuple(ballots_), present=ballots)
    votes = (HandVote(HandVoteTopic.SEATS, ballots - 1, 0, 1), HandVote(HandVoteTopic.LIST, ballots, 0, 0))
    return Election(
        "bch",
        "Bầu Ban Chấp hành Đảng bộ xã khóa XXV",
        Body.COMMITTEE,
        seats,
        cands,
        (rnd,),
        max_surplus=3,
        hand_votes=votes,
    )


def committee_15_of_18() -> Election:
    """Fifteen of eighteen long names, two of them namesakes with notes (the Word columns must not wrap)."""
    nos = tuple(range(1, 19))
    cands = tuple(Candidate(no, name, note) for no, (name, note) in zip(nos, LONG_NAMES, strict=True))
    bias = {no: 1.0 - no / 40 for no in nos}
    rnd = Round(1, 15, nos, 115, 115, tuple(strike_ballots(115, nos, 15, 11, bias)), present=115)
    return Election("bch18", "Bầu Ban Chấp hành Đảng bộ xã khóa XXV", Body.COMMITTEE, 15, cands, (rnd,))


def secretary() -> Election:
    """A single candidate on the agree/disagree form."""
    ballots: list[Ballot] = [MarkedBallot({1: Mark.AGREE}, count=101), MarkedBallot({1: Mark.DISAGREE}, count=12)]
    ballots.append(MarkedBallot({1: Mark.BOTH}, count=2))
    rnd = Round(1, 1, (1,), 115, 115, tuple(ballots), present=115)
    return Election(
        "bithu", "Bầu Bí thư Đảng ủy xã", Body.SECRETARY, 1, (Candidate(1, "Nguyễn Văn An", "1975"),), (rnd,)
    )


def tie_then_break() -> Election:
    """Deputy delegates: round 1 ties at the cut-off, round 2 is the tie-break the presidium called."""
    cands = tuple(Candidate(no, NAMES[no + 2]) for no in range(1, 5))
    r1 = Round(
        1,
        2,
        (1, 2, 3, 4),
        115,
        115,
        (
            StruckBallot(frozenset({3, 4}), count=40),
            StruckBallot(frozenset({2, 4}), count=40),
            StruckBallot(frozenset({1, 4}), count=35),
        ),
        present=115,
    )
    r2 = Round(
        2,
        1,
        (2, 3),
        115,
        115,
        (StruckBallot(frozenset({3}), count=64), StruckBallot(frozenset({2}), count=51)),
        present=115,
        purpose=Purpose.TIE_BREAK,
        decision=Decision("Đoàn Chủ tịch Đại hội", "bầu giữa 2 đồng chí bằng phiếu cho 1 chỗ", "2025-05-08 15:40"),
    )
    return Election(
        "dbct", "Bầu đại biểu chính thức dự Đại hội Đảng bộ huyện", Body.DELEGATES, 2, cands, (r1, r2), max_surplus=2
    )


def shortfall() -> Election:
    """Inspection committee: only two of three pass in round 1; the congress holds a second round for one seat."""
    cands = tuple(Candidate(no, NAMES[no + 5]) for no in range(1, 5))
    rnd = Round(
        1,
        3,
        (1, 2, 3, 4),
        115,
        115,
        (
            StruckBallot(frozenset({3, 4}), count=55),
            StruckBallot(frozenset({2, 3}), count=40),
            StruckBallot(frozenset({1, 4}), count=20),
        ),
        present=115,
    )
    second = Round(
        2,
        1,
        (3, 4),
        112,
        111,
        (StruckBallot(frozenset({4}), count=70), StruckBallot(frozenset({3}), count=40), StruckBallot(frozenset())),
        present=112,
        decision=Decision("Đại hội", "bầu tiếp 1 ủy viên trong số 2 đồng chí còn lại", "2025-05-08 16:20"),
    )
    return Election("ubkt", "Bầu Ủy ban Kiểm tra Đảng ủy xã", Body.INSPECTION_COMMITTEE, 3, cands, (rnd, second))


def alternates() -> Election:
    """Alternate delegates: one team entered its ballots, another counted by hand and reported its totals."""
    cands = (Candidate(1, "Lò Văn Pấn"), Candidate(2, "H'Hen Niê"), Candidate(3, "Nguyễn Thị Hoa", "Bí thư chi bộ 3"))
    entered = (
        StruckBallot(frozenset({3}), count=40, team="Tổ 1"),
        StruckBallot(frozenset({2}), count=25, team="Tổ 1"),
        StruckBallot(frozenset({1}), count=5, team="Tổ 1"),
    )
    hand = Subtotal("Tổ 3", 45, {InvalidReason.OVER_LIMIT: 1}, {1: 40, 2: 30, 3: 18})
    rnd = Round(1, 2, (1, 2, 3), 115, 115, entered, (hand,), present=115)
    return Election(
        "dbdk", "Bầu đại biểu dự khuyết dự Đại hội Đảng bộ huyện", Body.ALTERNATE_DELEGATES, 2, cands, (rnd,)
    )


def opinion() -> Election:
    """Floor nominees: per-name agree/disagree, admitted with more than 30 % of those attending."""
    cands = (Candidate(1, "Lý Thị Mỹ", "đề cử tại Đại hội"), Candidate(2, "Tạ Quốc Việt", "tự ứng cử"))
    rnd = Round(
        1,
        2,
        (1, 2),
        117,
        117,
        (
            MarkedBallot({1: Mark.AGREE, 2: Mark.DISAGREE}, count=50),
            MarkedBallot({1: Mark.DISAGREE, 2: Mark.AGREE}, count=20),
            MarkedBallot({1: Mark.DISAGREE, 2: Mark.DISAGREE}, count=47),
        ),
        present=117,
    )
    return Election(
        "yk",
        "Xin ý kiến đưa vào danh sách bầu cử Ban Chấp hành",
        Body.COMMITTEE,
        2,
        cands,
        (rnd,),
        ElectionKind.OPINION,
    )


def congress(parameters: Parameters | None = None) -> ElectionData:
    """The whole sample congress."""
    return ElectionData(
        "qd190-2024",
        CONGRESS,
        (committee(), secretary(), tie_then_break(), shortfall(), alternates(), opinion()),
        parameters,
    )


def big_committee() -> ElectionData:
    """220 names for 180 seats counted from 1,600 ballots: counts above a thousand, several pages of tables."""
    names = [f"{f} {m} {g}" for f in FAMILY for m in MIDDLE for g in GIVEN][:220]
    nos = tuple(range(1, 221))
    cands = tuple(Candidate(no, names[no - 1]) for no in nos)
    bias = {no: 1.0 - no / 600 for no in nos}
    ballots = strike_ballots(1600, nos, 180, 6, bias)
    rnd = Round(1, 180, nos, 1600, 1600, tuple(ballots), present=1600)
    election = Election("bch", "Bầu Ban Chấp hành Đảng bộ tỉnh khóa XVI", Body.COMMITTEE, 180, cands, (rnd,))
    congress = replace(
        CONGRESS,
        organization="Đảng bộ tỉnh Thái Bình",
        title="Đại hội đại biểu Đảng bộ tỉnh Thái Bình lần thứ XXI",
        electorate=Electorate(1650, (Exclusion("Vắng mặt cả thời gian đại hội, không có dự khuyết thay", 12),)),
        attending=1620,
        place="Trung tâm Hội nghị tỉnh, thành phố Thái Bình",
    )
    return ElectionData("qd190-2024", congress, (election,))
