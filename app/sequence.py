"""The elections a congress usually holds, by its kind, proposed for people to accept, change or skip
(`ballot.structure.usual_sequence`, RULES.md §2, §7); the chosen ones are created with `elections.add_all`."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, replace

from app.errors import Refused
from app.texts import text
from ballot.model import Body, CandidatePool, Congress, CongressLevel, Election, ElectionKind, Electorate
from ballot.structure import CELL_COMMITTEE_FROM, Step, Voters, usual_sequence

#: Bodies whose titles carry the term ("… nhiệm kỳ 2025–2030").
WITH_TERM = frozenset({Body.COMMITTEE, Body.INSPECTION_COMMITTEE})


@dataclass(frozen=True, slots=True)
class Proposal:
    """One proposed election: the rules' step and the election it would create.

    `seats_fixed` when the rules fix the number (one secretary; N names on a nomination ballot), else people
    fill it in (the congress votes it); `chosen` is what the window ticks at first: what the congress itself
    elects, not what is optional or left to the new committee's first meeting.
    """

    step: Step
    election: Election
    seats_fixed: bool
    chosen: bool


def title(step: Step, congress: Congress) -> str:
    """The election's title in Vietnamese (it is printed in the minutes): 'Bầu Ban Chấp hành Đảng bộ …'."""
    cell = congress.level is CongressLevel.CELL
    key = "nomination" if step.kind is ElectionKind.NOMINATION else step.body.value
    if cell and step.body is Body.COMMITTEE:
        key = "cell_committee"
    term = text("sequence.term", {"term": congress.term}, "vi") if congress.term and step.body in WITH_TERM else ""
    return text(f"sequence.title.{key}", {"org": congress.organization, "term": term}, "vi").strip()


def propose(
    congress: Congress,
    taken: Collection[str] = (),
    *,
    direct_secretary: bool = False,
    standing_committee: bool = True,
    delegates: bool = True,
) -> tuple[Proposal, ...]:
    """The usual elections of this congress (its level and, for a cell, its official members = summoned).

    Ids already used get a number ('bch2'); pools follow the renamed ids.
    """
    if congress.level is None:
        raise Refused("sequence.no_level", {}, "congress.level")
    steps = usual_sequence(
        congress.level,
        congress.electorate.summoned,
        direct_secretary=direct_secretary,
        standing_committee=standing_committee,
        delegates=delegates,
    )
    ids = _free_ids([s.id for s in steps], set(taken))
    out = []
    for s in steps:
        pool = None if s.pool is None else CandidatePool(ids[s.pool.election], s.pool.take)
        seats = s.seats or s.max_seats or 1
        election = Election(ids[s.id], title(s, congress), s.body, seats, (), kind=s.kind, candidate_pool=pool)
        out.append(Proposal(s, election, s.seats is not None, s.voters is Voters.CONGRESS and not s.optional))
    return tuple(out)


def _free_ids(wanted: list[str], taken: set[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for w in wanted:
        new, n = w, 1
        while new in taken:
            n += 1
            new = f"{w}{n}"
        taken.add(new)
        out[w] = new
    return out


def chosen_elections(
    proposals: tuple[Proposal, ...], chosen: Collection[str], seats: Mapping[str, int], existing: Collection[str] = ()
) -> tuple[Election, ...]:
    """The chosen proposals as elections with the seats people gave; the new committee's first-meeting elections
    get its members as their electorate. Refused when a chosen election draws on one neither chosen nor held."""
    by_id = {p.election.id: p for p in proposals}
    committee = next((p for p in proposals if p.step.body is Body.COMMITTEE and p.election.id in chosen), None)
    members = seats.get(committee.election.id, committee.election.seats) if committee is not None else None
    out = []
    for p in proposals:
        e = p.election
        if e.id not in chosen:
            continue
        n = e.seats if p.seats_fixed else seats.get(e.id, 0)
        if n < 1:
            raise Refused("sequence.seats_missing", {"title": e.title}, f"{e.id}.seats")
        cp = e.candidate_pool
        if cp is not None and cp.election not in chosen and cp.election not in existing:
            source = by_id[cp.election].election.title if cp.election in by_id else cp.election
            raise Refused("sequence.source_skipped", {"title": e.title, "source": source}, f"{e.id}.candidate_pool")
        electorate = Electorate(members) if p.step.voters is Voters.NEW_COMMITTEE and members else None
        out.append(replace(e, seats=n, electorate=electorate))
    return tuple(out)


__all__ = ["CELL_COMMITTEE_FROM", "Proposal", "chosen_elections", "propose", "title"]
