"""The counting room: who may sit at a keyboard (the counting committee, the teams' members, the technical staff
kept with the congress), who does, and the network a station is on — read from the record, written through it.

The staff list and the network seen are held by the log alone (their projection writes no table): the newest
`staff` record is the list, the newest `network` record of a station is what that station last reported.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from sqlalchemy import select

from app.congress import choose_operator
from app.db import Actor, Database
from app.errors import Refused
from app.progress import teams
from app.record.events import NetworkSeen, NetworkState, StaffSet, decode
from app.storage import queries
from app.storage.rows import LogRow
from ballot.model import Role
from ballot.text import nfc

#: Longest name kept (a name is a person's, not a paragraph).
MAX_NAME = 120


class Source(enum.StrEnum):
    """Where an operator's name comes from."""

    HEAD = "head"
    COMMITTEE = "committee"
    TEAM = "team"
    STAFF = "staff"


@dataclass(frozen=True, slots=True)
class Operator:
    """A person who may type ballots: the name, where it comes from, the team (for a team's member)."""

    name: str
    source: Source
    team: str = ""


def _newest(db: Database, action: str, station: str | None = None) -> str | None:
    with db.reading() as s:
        q = select(LogRow.payload).where(LogRow.action == action)
        if station is not None:
            q = q.where(LogRow.station == station)
        return s.scalar(q.order_by(LogRow.seq.desc()).limit(1))


def staff(db: Database) -> tuple[str, ...]:
    """The technical staff list as last recorded (empty when never set)."""
    payload = _newest(db, StaffSet.action())
    if payload is None:
        return ()
    ev = decode(StaffSet.action(), payload)
    assert isinstance(ev, StaffSet)
    return ev.names


def clean_names(names: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    """Names as people typed them: NFC, trimmed, blank lines dropped, each once (the first spelling kept)."""
    out: list[str] = []
    seen: set[str] = set()
    for raw in names:
        name = " ".join(nfc(raw).split())
        if not name:
            continue
        if len(name) > MAX_NAME:
            raise Refused("operator.too_long", {"max": MAX_NAME}, "staff")
        if name.casefold() not in seen:
            seen.add(name.casefold())
            out.append(name)
    return tuple(out)


def set_staff(db: Database, actor: Actor, names: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    """Records the whole technical staff list (recorded only when it changes); the list kept."""
    cleaned = clean_names(names)
    if cleaned == staff(db):
        return cleaned
    with db.writing(actor) as tx:
        tx.append(StaffSet(cleaned))
    return cleaned


def operators(db: Database) -> tuple[Operator, ...]:
    """Everyone who may type, each name once: the head and members of the counting committee, the teams'
    members, then the technical staff."""
    with db.reading() as s:
        congress = queries.congress_row(s).to_domain()
        made = teams(s)
    found: list[Operator] = []
    for m in congress.counting_committee:
        found.append(Operator(m.name, Source.HEAD if m.role is Role.HEAD else Source.COMMITTEE))
    for t in made:
        found += [Operator(name, Source.TEAM, t.name) for name in t.members]
    found += [Operator(name, Source.STAFF) for name in staff(db)]
    seen: set[str] = set()
    unique = []
    for op in found:
        key = op.name.casefold()
        if op.name and key not in seen:
            seen.add(key)
            unique.append(op)
    return tuple(unique)


def choose(db: Database, actor: Actor, name: str) -> Actor:
    """Who is at this station's keyboard from now on (logged; every later record carries the name)."""
    return choose_operator(db, actor, " ".join(nfc(name).split()))


def network(db: Database, station: str) -> NetworkState | None:
    """What this station last recorded of its network (None: never recorded)."""
    payload = _newest(db, NetworkSeen.action(), station)
    if payload is None:
        return None
    ev = decode(NetworkSeen.action(), payload)
    assert isinstance(ev, NetworkSeen)
    return ev.state


def network_seen(db: Database, actor: Actor, state: NetworkState) -> bool:
    """Records the station's network when it differs from what the station last recorded (a station never
    recorded counts as disconnected, so an offline computer records nothing); whether a record was written."""
    if state is (network(db, actor.station) or NetworkState.DISCONNECTED):
        return False
    with db.writing(actor) as tx:
        tx.append(NetworkSeen(state))
    return True
