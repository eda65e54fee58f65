"""The demo congress: a realistic sample built through the services, also exportable as an election file.

Đảng bộ xã Thái Tân, delegate congress, 120 summoned, 2 excluded (base 118, 60 votes needed):
- the committee, 15 seats from 17 names (surplus 2, within 30 % and the advised 10–15 %), complete;
- the secretary elected directly by the congress, one name from the committee's elected (agree/disagree);
- the inspection committee, 5 seats from 6 names: only 4 pass in round 1 (a shortfall); the congress
  decided a second round for 1 seat between the other two, which is set up and waits for its ballots;
- official delegates to the district congress, 5 from 6; alternates, 1 from the officials' not-elected.
Ballots come from a seeded generator, so the demo is the same every time.
"""

from __future__ import annotations

import random
from collections import Counter
from pathlib import Path

from app import congress, elections, entry, reports, rounds, transfer
from app.db import Actor, Database
from ballot.model import (
    Ballot,
    Body,
    CandidatePool,
    CommitteeMember,
    Congress,
    CongressKind,
    Decision,
    Election,
    Electorate,
    Exclusion,
    HandVote,
    HandVoteTopic,
    InvalidReason,
    Mark,
    MarkedBallot,
    PoolTake,
    Purpose,
    Role,
    RuledInvalidBallot,
    StruckBallot,
)
from ballot.model import Candidate as C
from ballot.outcome import Shortfall

DEMO_PIN = "202530"
SEED = 20250520
PRESENT = 118

CONGRESS = Congress(
    organization="Đảng bộ xã Thái Tân",
    title="Đại hội đại biểu Đảng bộ xã Thái Tân lần thứ XXV",
    term="2025–2030",
    kind=CongressKind.DELEGATES,
    electorate=Electorate(
        120,
        (
            Exclusion("Đại biểu vắng mặt cả thời gian đại hội, không có dự khuyết thay", 1),
            Exclusion("Đại biểu bị đình chỉ sinh hoạt đảng", 1),
        ),
    ),
    attending=118,
    place="Hội trường Ủy ban nhân dân xã Thái Tân",
    date="2025-05-20",
    counting_committee=(
        CommitteeMember("Trần Thị Bình", Role.HEAD),
        CommitteeMember("Lê Văn Cường"),
        CommitteeMember("Phạm Thị Hằng"),
        CommitteeMember("Đỗ Quang Khải"),
    ),
)

COMMITTEE = (
    C(1, "Nguyễn Văn An", "1972"),
    C(2, "Lê Thị Bích", "1980"),
    C(3, "Hoàng Văn Châu", "1976"),
    C(4, "Vũ Thị Diệu", "1983"),
    C(5, "Phạm Minh Đức", "1970"),
    C(6, "Trịnh Văn Giang", "1978"),
    C(7, "Đặng Thị Hạnh", "1985"),
    C(8, "Bùi Quốc Hùng", "1974"),
    C(9, "Ngô Thị Lan", "1981"),
    C(10, "Đinh Văn Long", "1969"),
    C(11, "Nguyễn Thị Mai", "1987"),
    C(12, "Trần Văn Nam", "1975"),
    C(13, "Lương Thị Oanh", "1984"),
    C(14, "Phan Văn Phúc", "1979"),
    C(15, "Hà Thị Quyên", "1986"),
    C(16, "Cao Văn Sơn", "1977"),
    C(17, "Mai Thị Thu", "1982"),
)

INSPECTION = (
    C(1, "Đào Văn Bảo", "1973"),
    C(2, "Lê Thị Cúc", "1982"),
    C(3, "Nguyễn Hữu Định", "1971"),
    C(4, "Phùng Thị Hoa", "1980"),
    C(5, "Tạ Văn Khoa", "1976"),
    C(6, "Vương Thị Ngọc", "1988"),
)

DELEGATES = (
    C(1, "Nguyễn Văn An", "1972"),
    C(2, "Kiều Thị Duyên", "1979"),
    C(3, "Phạm Minh Đức", "1970"),
    C(4, "Lò Văn Hải", "1983"),
    C(5, "Ngô Thị Lan", "1981"),
    C(6, "Chu Văn Tâm", "1975"),
)

#: How likely a voter keeps each candidate (1-based), per election.
COMMITTEE_LIKING = (0.95, 0.93, 0.9, 0.92, 0.96, 0.88, 0.91, 0.89, 0.94, 0.87, 0.86, 0.9, 0.85, 0.84, 0.6, 0.55, 0.5)
INSPECTION_LIKING = (0.9, 0.88, 0.47, 0.86, 0.85, 0.45)
DELEGATES_LIKING = (0.95, 0.8, 0.93, 0.75, 0.9, 0.52)


def _struck_ballots(rng: random.Random, liking: tuple[float, ...], seats: int, voters: int) -> list[Ballot]:
    """Each voter keeps the names they like (never more than the seats, at least one)."""
    ballots: list[Ballot] = []
    order = sorted(range(len(liking)), key=lambda i: liking[i])
    for _ in range(voters):
        kept = {i for i, p in enumerate(liking) if rng.random() < p}
        for i in order:
            if len(kept) <= seats:
                break
            kept.discard(i)
        if not kept:
            kept = {order[-1]}
        ballots.append(StruckBallot(frozenset(i + 1 for i in range(len(liking)) if i not in kept)))
    return ballots


def _stacked(ballots: list[Ballot]) -> list[Ballot]:
    """Identical papers entered as one stack, as the committee does with a pile of unmarked ballots."""
    counts = Counter(b for b in ballots if isinstance(b, StruckBallot) and not b.struck)
    out: list[Ballot] = [b for b in ballots if not (isinstance(b, StruckBallot) and not b.struck)]
    out += [StruckBallot(b.struck, count=n) for b, n in counts.items()]
    return out


def _enter(db: Database, who: Actor, election_id: str, round_no: int, ballots: list[Ballot]) -> None:
    for b in ballots:
        entry.record_ballot(db, who, election_id, round_no, b)


def _counts(db: Database, who: Actor, election_id: str, round_no: int) -> None:
    rounds.set_counts(
        db, who, election_id, round_no, ballots_issued=PRESENT, ballots_collected=PRESENT, present=PRESENT
    )


def build_demo(target: str | Path, *, station: str = "demo", operator: str = "Người nhập thử") -> Database:
    """Creates the demo congress database at `target` (which must not exist yet) and returns it open."""
    rng = random.Random(SEED)
    who = Actor(station, operator)
    db = congress.create(target, CONGRESS, who, head_pin=DEMO_PIN)
    try:
        _committee(db, who, rng)
        _secretary(db, who, rng)
        _inspection(db, who, rng)
        _delegates(db, who, rng)
    except BaseException:
        db.close()
        raise
    return db


def _committee(db: Database, who: Actor, rng: random.Random) -> None:
    elections.add(db, who, Election("bch", "Bầu Ban Chấp hành Đảng bộ xã khóa XXV", Body.COMMITTEE, 15, COMMITTEE))
    votes = (HandVote(HandVoteTopic.SEATS, PRESENT - 2, 1, 1), HandVote(HandVoteTopic.LIST, PRESENT))
    elections.set_hand_votes(db, who, "bch", votes)
    _counts(db, who, "bch", 1)
    ballots = _struck_ballots(rng, COMMITTEE_LIKING, 15, PRESENT - 2)
    ballots.append(RuledInvalidBallot(InvalidReason.NOT_ISSUED))
    ballots.append(StruckBallot(frozenset({17})))  # keeps 16 of 17: over the limit, invalid
    _enter(db, who, "bch", 1, _stacked(ballots))
    rounds.finalize(db, who, "bch", 1, DEMO_PIN)


def _secretary(db: Database, who: Actor, rng: random.Random) -> None:
    bch = next(r for r in reports.results(db) if r.election == "bch")
    top = bch.rounds[0].elected[0]
    person = next(c for c in COMMITTEE if c.no == top)
    elections.add(
        db,
        who,
        Election(
            "bt",
            "Bầu Bí thư Đảng ủy xã tại Đại hội",
            Body.SECRETARY,
            1,
            (C(1, person.name, person.note),),
            candidate_pool=CandidatePool("bch", PoolTake.ELECTED),
        ),
    )
    _counts(db, who, "bt", 1)
    marks: Counter[Mark] = Counter()
    for _ in range(PRESENT):
        roll = rng.random()
        marks[Mark.AGREE if roll < 0.9 else Mark.DISAGREE if roll < 0.98 else Mark.BOTH] += 1
    # one stack per kind of paper; a single name marked in both boxes is an invalid ballot
    _enter(db, who, "bt", 1, [MarkedBallot({1: m}, count=n) for m, n in marks.items()])
    rounds.finalize(db, who, "bt", 1, DEMO_PIN)


def _inspection(db: Database, who: Actor, rng: random.Random) -> None:
    title = "Bầu Ủy ban Kiểm tra Đảng ủy xã khóa XXV"
    elections.add(db, who, Election("ubkt", title, Body.INSPECTION_COMMITTEE, 5, INSPECTION))
    _counts(db, who, "ubkt", 1)
    _enter(db, who, "ubkt", 1, _struck_ballots(rng, INSPECTION_LIKING, 5, PRESENT))
    rounds.finalize(db, who, "ubkt", 1, DEMO_PIN)
    result = next(r for r in reports.results(db) if r.election == "ubkt").rounds[0]
    assert isinstance(result.outcome, Shortfall), "the demo's inspection committee is meant to fall short"
    remaining = tuple(c.no for c in INSPECTION if c.no not in result.elected)
    rounds.start_round(
        db,
        who,
        "ubkt",
        seats=result.outcome.seats_left,
        candidates=remaining,
        purpose=Purpose.ELECTION,
        decision=Decision(
            by="Đoàn Chủ tịch Đại hội",
            note="Đại hội biểu quyết 116/118 đồng ý bầu tiếp 1 ủy viên trong 2 đồng chí còn lại",
        ),
    )
    _counts(db, who, "ubkt", 2)


def _delegates(db: Database, who: Actor, rng: random.Random) -> None:
    title = "Bầu đại biểu chính thức đi dự Đại hội Đảng bộ huyện"
    elections.add(db, who, Election("dbct", title, Body.DELEGATES, 5, DELEGATES))
    _counts(db, who, "dbct", 1)
    _enter(db, who, "dbct", 1, _struck_ballots(rng, DELEGATES_LIKING, 5, PRESENT))
    rounds.finalize(db, who, "dbct", 1, DEMO_PIN)
    result = next(r for r in reports.results(db) if r.election == "dbct").rounds[0]
    left = [c for c in DELEGATES if c.no not in result.elected]
    elections.add(
        db,
        who,
        Election(
            "dbdk",
            "Bầu đại biểu dự khuyết đi dự Đại hội Đảng bộ huyện",
            Body.ALTERNATE_DELEGATES,
            1,
            tuple(C(i + 1, c.name, c.note) for i, c in enumerate(left)),
            candidate_pool=CandidatePool("dbct", PoolTake.NOT_ELECTED),
        ),
    )
    _counts(db, who, "dbdk", 1)
    marks = [MarkedBallot({1: Mark.AGREE}, count=97), MarkedBallot({1: Mark.DISAGREE}, count=21)]
    _enter(db, who, "dbdk", 1, list(marks))
    rounds.finalize(db, who, "dbdk", 1, DEMO_PIN)


def export_demo(path: str | Path, workdir: str | Path) -> Path:
    """Builds the demo in `workdir` and writes it as an election file at `path` (with its seals)."""
    db = build_demo(Path(workdir) / "demo-export.kiemphieu")
    try:
        return transfer.export_file(db, path)
    finally:
        db.close()
