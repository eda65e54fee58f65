"""Reading the teams' work: each stack's state and passes (blind-safe: counts only), progress per team and
operator, and the teams' reconciliation (E108–E112)."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.record.kinds import EntryStatus, StackState
from app.record.projection import Item, Projection, Row
from app.record.sql import AlchemySql, SqliteSql
from app.record.stackstate import EntriesDiffer, entry_size, machine
from app.storage import queries
from app.storage.rows import PassItemRow, PassRow, StackRow, TeamRow
from ballot.double_entry import State
from ballot.problems import Problem
from ballot.teams import reconcile_teams


@dataclass(frozen=True, slots=True)
class Team:
    """A counting team and its members (operators)."""

    name: str
    members: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PassStatus:
    """One operator's entry of a stack: how far it got."""

    id: int
    number: int
    operator: str
    station: str
    entered: int
    completed: bool


@dataclass(frozen=True, slots=True)
class StackStatus:
    """A stack: its team, size, the entries needed, its state and its passes."""

    id: int
    election_id: str
    round_no: int
    team: str
    kind: str
    collected: int
    required: int
    state: str
    passes: tuple[PassStatus, ...]
    open_differences: int


@dataclass(frozen=True, slots=True)
class TeamProgress:
    """A team's progress in one round."""

    team: str
    stacks: int
    collected: int
    entered: int
    needed: int
    verified: int
    differences: int


@dataclass(frozen=True, slots=True)
class OperatorProgress:
    """An operator's progress in one round."""

    operator: str
    team: str
    entered: int
    passes: int
    differences: int


@dataclass(frozen=True, slots=True)
class Progress:
    """Per team and per operator, and whether every stack of the round is definitive."""

    teams: tuple[TeamProgress, ...]
    operators: tuple[OperatorProgress, ...]
    stacks: int
    definitive: int

    @property
    def complete(self) -> bool:
        """Every stack definitive (and at least one)."""
        return self.stacks > 0 and self.definitive == self.stacks


def projection(s: Session) -> Projection:
    """The projection as the session's connection sees it (for the stack machine); on SQLite through the driver
    connection of the same transaction, a tenth of the cost per row."""
    conn = s.connection()
    if conn.dialect.name == "sqlite":
        return Projection(SqliteSql(conn.connection.driver_connection))  # type: ignore[arg-type]
    return Projection(AlchemySql(conn))


def stack_dict(st: StackRow) -> Row:
    """A stack row as the projection's functions take it."""
    return {
        c: getattr(st, c) for c in ("id", "election_id", "round_no", "team", "kind", "collected", "required", "state")
    }


def teams(s: Session) -> list[Team]:
    """The counting teams in the order they were made."""
    return [Team(t.name, tuple(json.loads(t.members))) for t in s.scalars(select(TeamRow).order_by(TeamRow.id))]


def status(s: Session, st: StackRow, known: State[Item] | None = None) -> StackStatus:
    """A stack's state and passes (counts only, never contents); `known`: its machine state, when just computed."""
    counts = dict(
        s.execute(
            select(PassItemRow.pass_id, func.count())
            .join(PassRow, PassRow.id == PassItemRow.pass_id)
            .where(PassRow.stack_id == st.id, PassItemRow.status == EntryStatus.CURRENT.value)
            .group_by(PassItemRow.pass_id)
        ).all()
    )
    passes = tuple(
        PassStatus(p.id, p.number, p.operator, p.station, int(counts.get(p.id, 0)), p.completed is not None)
        for p in s.scalars(select(PassRow).where(PassRow.stack_id == st.id).order_by(PassRow.id))
    )
    open_diffs = 0
    if st.state == StackState.DIFFER:
        state = known if known is not None else machine(projection(s), stack_dict(st))
        open_diffs = len(state.open) if isinstance(state, EntriesDiffer) else 0
    return StackStatus(
        st.id, st.election_id, st.round_no, st.team, st.kind, st.collected, st.required, st.state, passes, open_diffs
    )


def round_stacks(s: Session, election_id: str, round_no: int) -> list[StackRow]:
    """The round's stacks in the order they were opened."""
    q = select(StackRow).where(StackRow.election_id == election_id, StackRow.round_no == round_no)
    return list(s.scalars(q.order_by(StackRow.id)))


def pending(s: Session, election_id: str, round_no: int) -> int:
    """Stacks of the round not yet definitive."""
    return sum(1 for st in round_stacks(s, election_id, round_no) if st.state != StackState.DEFINITIVE)


def progress(s: Session, election_id: str, round_no: int) -> Progress:
    """Per team and operator: entered, verified (definitive), differences open."""
    team_of = {m: t.name for t in teams(s) for m in t.members}
    rows = round_stacks(s, election_id, round_no)
    per_team: dict[str, Counter[str]] = defaultdict(Counter)
    per_op: dict[str, Counter[str]] = defaultdict(Counter)
    for st in rows:
        st_status = status(s, st)
        t = per_team[st.team]
        t["stacks"] += 1
        t["collected"] += st.collected
        t["needed"] += entry_size(stack_dict(st)) * st.required
        t["verified"] += st.collected if st.state == StackState.DEFINITIVE else 0
        t["differences"] += st_status.open_differences
        for p in st_status.passes:
            t["entered"] += p.entered
            o = per_op[p.operator]
            o["entered"] += p.entered
            o["passes"] += int(p.completed)
            o["differences"] += st_status.open_differences if p.completed else 0
    team_rows = tuple(
        TeamProgress(name, c["stacks"], c["collected"], c["entered"], c["needed"], c["verified"], c["differences"])
        for name, c in per_team.items()
    )
    ops = tuple(
        OperatorProgress(op, team_of.get(op, ""), c["entered"], c["passes"], c["differences"])
        for op, c in sorted(per_op.items())
    )
    return Progress(team_rows, ops, len(rows), sum(1 for st in rows if st.state == StackState.DEFINITIVE))


def team_problems(s: Session, election_id: str, round_no: int) -> list[Problem]:
    """Per-team reconciliation (E108–E112) of the round's stacks."""
    rows = round_stacks(s, election_id, round_no)
    if not rows:
        return []
    data = queries.election_data(s)
    election = data.election(election_id)
    rnd = next(r for r in election.rounds if r.number == round_no)
    collected: Counter[str] = Counter()
    for st in rows:
        collected[st.team] += st.collected
    left = sum(1 for st in rows if st.state != StackState.DEFINITIVE)
    path = f"elections[{election_id}].rounds[{round_no}]"
    return reconcile_teams(rnd, election.form(rnd), dict(collected), left, path)
