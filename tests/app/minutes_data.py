"""A realistic delegate congress for the minutes tests: a committee, a secretary, a tie, a shortfall, an opinion ballot."""

from __future__ import annotations

import random

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
    """Inspection committee: only two of three pass."""
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
    return Election("ubkt", "Bầu Ủy ban Kiểm tra Đảng ủy xã", Body.INSPECTION_COMMITTEE, 3, cands, (rnd,))


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
        "qd190-2024", CONGRESS, (committee(), secretary(), tie_then_break(), shortfall(), opinion()), parameters
    )
