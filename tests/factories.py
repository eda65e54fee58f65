"""Small builders of ballot values for tests."""

from __future__ import annotations

from ballot.model import (
    Ballot,
    Body,
    Candidate,
    Congress,
    CongressKind,
    Election,
    ElectionData,
    ElectionKind,
    Electorate,
    Exclusion,
    Round,
    StruckBallot,
)

NAMES = [
    "Nguyễn Văn An",
    "Trần Thị Bích",
    "Lê Hoàng Cường",
    "Phạm Minh Đức",
    "Đặng Thu Hà",
    "Võ Quang Khải",
    "Bùi Thị Lệ",
]


def candidates(n: int) -> tuple[Candidate, ...]:
    """n candidates numbered from 1."""
    return tuple(
        Candidate(i, NAMES[(i - 1) % len(NAMES)] + ("" if i <= len(NAMES) else f" {i}")) for i in range(1, n + 1)
    )


def struck(*nos: int, count: int = 1) -> StruckBallot:
    """A strike-out ballot."""
    return StruckBallot(frozenset(nos), count)


def make_round(n: int, seats: int, ballots: tuple[Ballot, ...] = (), number: int = 1, **kw: object) -> Round:
    """A round of n candidates whose counts match its ballots."""
    total = sum(b.count for b in ballots) + sum(s.ballots for s in kw.get("subtotals", ()))  # type: ignore[attr-defined]
    kw.setdefault("ballots_issued", total)
    kw.setdefault("ballots_collected", total)
    return Round(number=number, seats=seats, candidates=tuple(range(1, n + 1)), ballots=ballots, **kw)  # type: ignore[arg-type]


def make_election(
    n: int, seats: int, rounds: tuple[Round, ...] = (), body: Body = Body.COMMITTEE, **kw: object
) -> Election:
    """An election of n candidates."""
    return Election(
        id=str(kw.pop("id", "e")),
        title="Bầu thử",
        body=body,
        seats=seats,
        candidates=candidates(n),
        rounds=rounds,
        **kw,
    )  # type: ignore[arg-type]


def make_data(*elections: Election, summoned: int = 21, excluded: int = 1, attending: int = 20) -> ElectionData:
    """A member congress with the given elections."""
    exclusions = (Exclusion("Vắng mặt có lý do", excluded),) if excluded else ()
    congress = Congress(
        organization="Chi bộ Thử",
        title="Đại hội Chi bộ Thử",
        term="2025–2030",
        kind=CongressKind.MEMBERS,
        electorate=Electorate(summoned, exclusions),
        attending=attending,
    )
    return ElectionData("qd190-2024", congress, elections)


__all__ = ["ElectionKind", "candidates", "make_data", "make_election", "make_round", "struck"]
