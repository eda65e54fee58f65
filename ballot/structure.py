"""What a congress elects, in what order, by its level and size (RULES.md §2, §7), and the cell's limits.

`usual_sequence` proposes the usual elections as data for the window to offer (people may change
it); `check_cell` reports, as coded problems, what a cell congress may not set up.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from ballot.model import Body, CandidatePool, CongressLevel, Election, ElectionData, ElectionKind, PoolTake
from ballot.problems import Code, Problem

#: A cell with fewer official members has no committee (Party Charter Art. 24.4).
CELL_COMMITTEE_FROM = 9
#: A cell committee has at most this many members (244 Art. 19 cl. 9).
CELL_COMMITTEE_MAX = 7


class Voters(enum.StrEnum):
    """Who votes in a step: the congress, or the new committee at its first meeting."""

    CONGRESS = "congress"
    NEW_COMMITTEE = "new_committee"


@dataclass(frozen=True, slots=True)
class Step:
    """One election the congress usually holds: its id, body and kind, who votes, and where its list comes from.

    `seats` is fixed when the rules fix it (one secretary), else None (the congress votes the number);
    `max_seats` is the most the rules allow; `optional` steps are offered, not required.
    """

    id: str
    body: Body
    kind: ElectionKind = ElectionKind.ELECTION
    voters: Voters = Voters.CONGRESS
    pool: CandidatePool | None = None
    seats: int | None = None
    max_seats: int | None = None
    optional: bool = False


def _from(election: str, take: PoolTake = PoolTake.ELECTED) -> CandidatePool:
    return CandidatePool(election, take)


def _delegates() -> tuple[Step, ...]:
    """Delegates to the higher congress, then alternates from those not elected (190 Art. 18: one list)."""
    return (
        Step("dbct", Body.DELEGATES, optional=True),
        Step("dbdk", Body.ALTERNATE_DELEGATES, pool=_from("dbct", PoolTake.NOT_ELECTED), optional=True),
    )


def _direct_secretary(committee: str) -> tuple[Step, ...]:
    """A nomination ballot from the new committee, then the secretary elected by the whole congress (RULES.md §7)."""
    return (
        Step("gtbt", Body.SECRETARY, ElectionKind.NOMINATION, pool=_from(committee), seats=1),
        Step("bt", Body.SECRETARY, pool=_from("gtbt", PoolTake.PROPOSED), seats=1),
    )


def usual_sequence(
    level: CongressLevel,
    members: int = 0,
    *,
    direct_secretary: bool = False,
    standing_committee: bool = True,
    delegates: bool = True,
) -> tuple[Step, ...]:
    """The usual elections of a congress, in order.

    A cell of fewer than 9 official members elects its secretary and at most one deputy directly
    (Charter Art. 24.4). A cell of 9 or more elects a committee of at most 7, then the secretary and
    the deputy from its members, each on its own ballot (244 Art. 19 cl. 9). A grassroots or higher
    congress elects the committee; its first meeting elects the standing committee, the secretary,
    the deputies, the inspection committee and its chair; where the congress elects its secretary
    directly, a nomination ballot from the new committee proposes the candidate(s) the whole
    congress then elects (Chỉ thị 45-CT/TW; 04-HD/TW 2024 item 8). Delegates and alternates follow.
    """
    tail = _delegates() if delegates else ()
    if level is CongressLevel.CELL and members < CELL_COMMITTEE_FROM:
        head: tuple[Step, ...] = (
            Step("bt", Body.SECRETARY, seats=1),
            Step("pbt", Body.DEPUTY_SECRETARY, seats=1, max_seats=1, optional=True),
        )
        return head + tail
    if level is CongressLevel.CELL:
        committee = Step("chiuy", Body.COMMITTEE, max_seats=CELL_COMMITTEE_MAX)
        secretary = (
            _direct_secretary("chiuy")
            if direct_secretary
            else (Step("bt", Body.SECRETARY, pool=_from("chiuy"), seats=1),)
        )
        deputy = Step("pbt", Body.DEPUTY_SECRETARY, pool=_from("chiuy"), seats=1, optional=True)
        return (committee, *secretary, deputy, *tail)
    committee = Step("bch", Body.COMMITTEE)
    meeting = Voters.NEW_COMMITTEE
    leaders = "btv" if standing_committee else "bch"
    first_meeting: list[Step] = []
    if standing_committee:
        first_meeting.append(Step("btv", Body.STANDING_COMMITTEE, voters=meeting, pool=_from("bch")))
    if not direct_secretary:
        first_meeting.append(Step("bt", Body.SECRETARY, voters=meeting, pool=_from(leaders), seats=1))
    first_meeting += [
        Step("pbt", Body.DEPUTY_SECRETARY, voters=meeting, pool=_from(leaders)),
        Step("ubkt", Body.INSPECTION_COMMITTEE, voters=meeting),
        Step("cnubkt", Body.INSPECTION_CHAIR, voters=meeting, pool=_from("ubkt"), seats=1),
    ]
    secretary = _direct_secretary("bch") if direct_secretary else ()
    return (committee, *secretary, *tail, *first_meeting)


def check_cell(data: ElectionData) -> dict[str, list[Problem]]:
    """What a cell congress may not set up, by election id (Charter Art. 24.4; 244 Art. 19 cl. 9).

    E501 a committee below 9 official members; E502 a committee of more than 7; E503 the secretary
    or a deputy on a ballot for more than one seat (each is elected alone, never with the committee);
    E504 more than one deputy below 9; E505 from 9, a secretary or deputy not taken from the committee's
    elected (directly, or through a nomination ballot drawn from them).
    A cell's official members are the congress's `summoned`.
    """
    if data.congress.level is not CongressLevel.CELL:
        return {}
    members = data.congress.electorate.summoned
    small = members < CELL_COMMITTEE_FROM
    committees = {e.id for e in data.elections if e.body is Body.COMMITTEE}
    from_committee = {
        CandidatePool(e.id, PoolTake.PROPOSED)
        for e in data.elections
        if e.kind is ElectionKind.NOMINATION and _of_committee(e.candidate_pool, committees)
    } | {CandidatePool(c, PoolTake.ELECTED) for c in committees}
    out: dict[str, list[Problem]] = {}
    for i, e in enumerate(data.elections):
        found = _cell_problems(e, f"elections[{i}]", members, small, from_committee)
        if found:
            out[e.id] = found
    return out


def _of_committee(pool: CandidatePool | None, committees: set[str]) -> bool:
    """A pool of the elected of a committee election."""
    return pool is not None and pool.take is PoolTake.ELECTED and pool.election in committees


def _cell_problems(
    e: Election, path: str, members: int, small: bool, from_committee: set[CandidatePool]
) -> list[Problem]:
    if e.kind is not ElectionKind.ELECTION:
        return []
    found: list[Problem] = []
    if e.body is Body.COMMITTEE:
        if small:
            found.append(Problem(Code.E501, f"{path}.body", {"members": members}))
        elif e.seats > CELL_COMMITTEE_MAX:
            found.append(Problem(Code.E502, f"{path}.seats", {"seats": e.seats, "max": CELL_COMMITTEE_MAX}))
    if e.body in (Body.SECRETARY, Body.DEPUTY_SECRETARY):
        if e.body is Body.SECRETARY and e.seats != 1:
            found.append(Problem(Code.E503, f"{path}.seats", {"seats": e.seats}))
        if e.body is Body.DEPUTY_SECRETARY and small and e.seats > 1:
            found.append(Problem(Code.E504, f"{path}.seats", {"seats": e.seats}))
        if not small and e.candidate_pool not in from_committee:
            found.append(Problem(Code.E505, f"{path}.candidate_pool"))
    return found
