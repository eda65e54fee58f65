"""Counting teams and independent double (or triple) entry of their stacks: the Workspace's service calls.

Mixed into `app.workspace.Workspace`. In entry mode 1 ballots are recorded directly (`record_ballot`); in modes
2 and 3 each team's stack is entered blind by two (three) operators, compared when a pass is completed, and
only a definitive stack's ballots count. Every call is one transaction and one entry-log record (a definitive
stack adds one `ballot` record per ballot it makes current).
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import stacks as sk
from app.storage import queries
from app.storage.canonical import ballot_text, dumps
from app.storage.docs import subtotal_payload
from app.storage.log import Appender
from app.storage.rows import ElectionRow, PassItemRow, PassRow, ResolutionRow, RoundRow, StackRow, TeamRow
from app.storage.validate import Refused, ballot_refusal, check_subtotal, nfc_ballot
from ballot.double_entry import Definitive, EntriesDiffer, Entry, State, enter, resolve, settle
from ballot.model import Ballot, Subtotal
from ballot.problems import Problem
from ballot.teams import reconcile_teams
from ballot.text import nfc

if TYPE_CHECKING:
    from ballot.election import ElectionResult

MODES = (1, 2, 3)


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


class TeamsAndStacks:
    """Service calls for teams, entry mode and stacks (mixed into Workspace)."""

    station: str
    operator: str

    if TYPE_CHECKING:

        def _action(self) -> AbstractContextManager[tuple[Session, Appender]]: ...
        def _reading(self) -> AbstractContextManager[Session]: ...
        def _need_pin(self, s: Session, pin: str) -> None: ...
        def results(self) -> tuple[ElectionResult, ...]: ...

    # ---- entry mode and teams --------------------------------------------------------------------------------

    def entry_mode(self) -> int:
        """1 single entry, 2 double, 3 triple (chosen per congress)."""
        with self._reading() as s:
            return int(queries.congress_row(s).entry_mode)

    def set_entry_mode(self, mode: int, pin: str) -> None:
        """Single, double or triple independent entry for stacks opened from now on (head's PIN)."""
        if mode not in MODES:
            raise Refused("Chỉ chọn nhập một, hai hoặc ba lần.", f"entry mode {mode} not in 1–3")
        with self._action() as (s, log):
            self._need_pin(s, pin)
            queries.congress_row(s).entry_mode = mode
            log.append("entry.mode", {"mode": mode})

    def teams(self) -> list[Team]:
        """The counting teams in the order they were made."""
        with self._reading() as s:
            return [Team(t.name, tuple(json.loads(t.members))) for t in s.scalars(select(TeamRow).order_by(TeamRow.id))]

    def add_team(self, name: str, members: tuple[str, ...] | list[str] = ()) -> int:
        """A new counting team with its operators; its id."""
        name, people = _team_fields(name, members)
        with self._action() as (s, log):
            if s.scalar(select(TeamRow.id).where(TeamRow.name == name)) is not None:
                raise Refused(f"Đã có tổ {name}.", f"team {name!r} exists")
            tid = log.next_seq()
            log.append("team.add", {"name": name, "members": list(people)})
            s.add(TeamRow(id=tid, name=name, members=dumps(list(people))))
            return tid

    def set_team_members(self, name: str, members: tuple[str, ...] | list[str]) -> None:
        """Replaces a team's operators."""
        name, people = _team_fields(name, members)
        with self._action() as (s, log):
            row = s.scalars(select(TeamRow).where(TeamRow.name == name)).first()
            if row is None:
                raise Refused(f"Không có tổ {name}.", f"no team {name!r}")
            row.members = dumps(list(people))
            log.append("team.members", {"name": name, "members": list(people)})

    # ---- stacks ----------------------------------------------------------------------------------------------

    def open_stack(self, election_id: str, round_no: int, team: str, size: int, *, kind: str = "ballots") -> int:
        """A team's stack of `size` ballots (or its hand-count sheet: kind 'subtotal'); entered per the mode."""
        if kind not in ("ballots", "subtotal"):
            raise ValueError(kind)
        if size < 1:
            raise Refused("Tập phiếu phải có ít nhất 1 phiếu.", "stack size < 1")
        team = nfc(team).strip()
        with self._action() as (s, log):
            if s.scalar(select(TeamRow.id).where(TeamRow.name == team)) is None:
                raise Refused(f"Không có tổ {team}: hãy lập tổ trước.", f"no team {team!r}")
            _open_round_row(s, election_id, round_no)
            clash = select(StackRow.id).where(
                StackRow.election_id == election_id,
                StackRow.round_no == round_no,
                StackRow.team == team,
                StackRow.kind == kind,
            )
            if s.scalar(clash) is not None:
                raise Refused(f"Tổ {team} đã có tập phiếu trong lần bầu này.", "stack exists")
            required = int(queries.congress_row(s).entry_mode)
            sid = log.next_seq()
            doc = {"election": election_id, "round": round_no, "team": team, "kind": kind}
            log.append("stack.open", {**doc, "collected": size, "required": required})
            s.add(
                StackRow(
                    id=sid,
                    election_id=election_id,
                    round_no=round_no,
                    team=team,
                    kind=kind,
                    collected=size,
                    required=required,
                    state="awaiting",
                )
            )
            return sid

    def stacks(self, election_id: str, round_no: int) -> list[StackStatus]:
        """The round's stacks with their passes (blind-safe: counts only, never contents)."""
        with self._reading() as s:
            rows = s.scalars(
                select(StackRow)
                .where(StackRow.election_id == election_id, StackRow.round_no == round_no)
                .order_by(StackRow.id)
            )
            return [_status(s, st) for st in rows]

    def stack_state(self, stack_id: int) -> StackStatus:
        """One stack's state and passes."""
        with self._reading() as s:
            return _status(s, _stack(s, stack_id))

    def stack_machine(self, stack_id: int) -> State[sk.Item]:
        """The stack's state-machine value over stored items (for tests and the differences dialog)."""
        with self._reading() as s:
            return sk.machine(s, _stack(s, stack_id))

    def my_pass(self, stack_id: int) -> dict[int, Ballot | Subtotal]:
        """What this operator has entered so far in their open pass — never another operator's pass (blind)."""
        with self._reading() as s:
            st = _stack(s, stack_id)
            p = sk.open_pass(s, stack_id, self.operator, self.station)
            if p is None:
                return {}
            return {seq: sk.decode(st, item) for seq, item in sorted(sk.pass_items(s, p.id).items())}

    def record_pass_ballot(self, stack_id: int, seq: int, ballot: Ballot) -> int:
        """Ballot number `seq` of the stack as this operator reads it; durable when it returns; does not count yet."""
        ballot = nfc_ballot(ballot)
        if ballot.count != 1:
            raise Refused("Trong tập phiếu, mỗi phiếu được nhập riêng.", "stack ballots are entered one by one")
        with self._action() as (s, log):
            st = _stack(s, stack_id)
            if st.kind != "ballots":
                raise Refused("Tập này là bảng tổng hợp của tổ, không phải từng phiếu.", "not a ballot stack")
            rr = _open_round_row(s, st.election_id, st.round_no)
            erow = s.get(ElectionRow, st.election_id)
            assert erow is not None
            refusal = ballot_refusal(ballot, rr.to_domain(), erow.kind)
            if refusal is not None:
                raise Refused(*refusal)
            return _put_item(s, log, self, st, seq, (ballot_text(ballot), 1))

    def record_pass_subtotal(self, stack_id: int, subtotal: Subtotal) -> int:
        """A hand-counted team's sheet as this operator reads it (entered independently like ballots)."""
        with self._action() as (s, log):
            st = _stack(s, stack_id)
            if st.kind != "subtotal":
                raise Refused("Tập này nhập từng phiếu, không phải bảng tổng hợp.", "not a subtotal stack")
            rr = _open_round_row(s, st.election_id, st.round_no)
            sub = check_subtotal(
                Subtotal(st.team, subtotal.ballots, subtotal.invalid, subtotal.votes, subtotal.disagree), rr.to_domain()
            )
            return _put_item(s, log, self, st, 1, (dumps(subtotal_payload(sub)), 1))

    def complete_pass(self, stack_id: int) -> StackStatus:
        """Closes this operator's pass and compares it with the others: awaiting, differ, or definitive."""
        with self._action() as (s, log):
            st = _stack(s, stack_id)
            _open_round_row(s, st.election_id, st.round_no)
            p = sk.open_pass(s, stack_id, self.operator, self.station)
            if p is None:
                raise Refused("Bạn chưa nhập phiếu nào của tập này.", "no open pass")
            items = sk.pass_items(s, p.id)
            size = sk.entry_size(st)
            missing = [i for i in range(1, size + 1) if i not in items]
            if missing:
                shown = ", ".join(map(str, missing[:10])) + ("…" if len(missing) > 10 else "")
                raise Refused(f"Còn thiếu phiếu số {shown} của tập.", f"missing {len(missing)} ballots")
            state = _advance(s, st, Entry(p.operator, tuple(items[i] for i in range(1, size + 1))))
            p.completed = log.next_seq()
            diffs = [d.seq for d in state.open] if isinstance(state, EntriesDiffer) else []
            log.append(
                "pass.complete", {"stack": st.id, "pass": p.id, "state": sk.state_name(state), "differences": diffs}
            )
            sk.settle_state(s, log, st, state)
            return _status(s, st)

    def differences(self, stack_id: int) -> list[sk.Reading]:
        """The ballots the passes disagree on, each pass's reading side by side (for the head)."""
        with self._reading() as s:
            st = _stack(s, stack_id)
            state = sk.machine(s, st)
            return sk.readings(s, st, state) if isinstance(state, EntriesDiffer) else []

    def resolve(self, stack_id: int, seq: int, choice: int | Ballot | Subtotal, pin: str) -> StackStatus:
        """The head decides ballot `seq`: keep entry `choice` (0 the first, 1 the second…) or their own reading."""
        with self._action() as (s, log):
            st = _stack(s, stack_id)
            try:
                self._need_pin(s, pin)
            except Refused:
                raise sk.refuse(sk.Refusal.NOT_HEAD) from None
            rr = _open_round_row(s, st.election_id, st.round_no)
            state = sk.machine(s, st)
            if isinstance(choice, int):
                nxt = resolve(state, seq, choice, by_head=True)
                reading = nxt.resolved[-1][1] if isinstance(nxt, EntriesDiffer) else None
            else:
                reading = _own_reading(s, st, rr, choice)
                nxt = settle(state, seq, reading, by_head=True)
            if isinstance(nxt, sk.Refusal):
                raise sk.refuse(nxt)
            if reading is None:  # resolved to definitive: the chosen reading is the definitive item
                assert isinstance(nxt, Definitive)
                reading = nxt.items[seq - 1]
            rid = log.next_seq()
            log.append(
                "stack.resolve",
                {
                    "stack": st.id,
                    "seq": seq,
                    "choice": choice if isinstance(choice, int) else None,
                    **sk.item_doc(st, reading),
                    "state": sk.state_name(nxt),
                },
            )
            s.add(
                ResolutionRow(
                    id=rid,
                    stack_id=st.id,
                    seq=seq,
                    choice=choice if isinstance(choice, int) else None,
                    content=reading[0],
                    count=reading[1],
                )
            )
            sk.settle_state(s, log, st, nxt)
            return _status(s, st)

    # ---- progress and reconciliation -------------------------------------------------------------------------

    def progress(self, election_id: str, round_no: int) -> Progress:
        """Per team and operator: entered, verified (definitive), differences open."""
        with self._reading() as s:
            return _progress(s, election_id, round_no)

    def team_problems(self, election_id: str, round_no: int) -> list[Problem]:
        """Per-team reconciliation (E108–E112) of the round's stacks."""
        with self._reading() as s:
            return round_team_problems(s, election_id, round_no)

    def pending_stacks(self, election_id: str, round_no: int) -> int:
        """Stacks of the round not yet definitive."""
        with self._reading() as s:
            return _pending(s, election_id, round_no)


def _team_fields(name: str, members: tuple[str, ...] | list[str]) -> tuple[str, tuple[str, ...]]:
    name = nfc(name).strip()
    if not name:
        raise Refused("Cần đặt tên tổ.", "a team needs a name")
    people = tuple(dict.fromkeys(nfc(m).strip() for m in members if nfc(m).strip()))
    return name, people


def _stack(s: Session, stack_id: int) -> StackRow:
    st = s.get(StackRow, stack_id)
    if st is None:
        raise Refused(f"Không có tập phiếu số {stack_id}.", f"no stack {stack_id}")
    return st


def _open_round_row(s: Session, election_id: str, round_no: int) -> RoundRow:
    e = s.get(ElectionRow, election_id)
    rr = s.get(RoundRow, (election_id, round_no))
    if e is None or e.removed is not None or rr is None:
        raise Refused(f"Không có lần bầu thứ {round_no} của cuộc bầu {election_id!r}.", "no such round")
    if rr.fingerprint is not None:
        raise Refused(
            f"Lần bầu thứ {round_no} đã chốt: muốn sửa phải mở lại bằng mã PIN của trưởng ban.", "round is finalized"
        )
    return rr


def _put_item(s: Session, log: Appender, who: TeamsAndStacks, st: StackRow, seq: int, item: sk.Item) -> int:
    """Stores one item of this operator's pass (opening the pass with its first item); a re-entry supersedes."""
    size = sk.entry_size(st)
    if not 1 <= seq <= size:
        raise Refused(f"Tập phiếu có {size} phiếu: không có phiếu số {seq}.", f"seq {seq} outside 1–{size}")
    if st.state == "definitive":
        raise sk.refuse(sk.Refusal.ALREADY_DEFINITIVE)
    done = sk.completed_passes(s, st.id)
    if any(p.operator == who.operator for p in done):
        raise sk.refuse(sk.Refusal.SAME_OPERATOR)
    p = sk.open_pass(s, st.id, who.operator, who.station)
    rid = log.next_seq()
    payload = {"stack": st.id, "pass": rid if p is None else p.id, "seq": seq, **sk.item_doc(st, item)}
    if p is None:
        p = PassRow(
            id=rid, stack_id=st.id, number=_pass_count(s, st.id) + 1, operator=who.operator, station=who.station
        )
        payload["number"] = p.number
    log.append("pass.item", payload)
    if p.id == rid:
        s.add(p)
        s.flush()
    for old in s.scalars(
        select(PassItemRow).where(PassItemRow.pass_id == p.id, PassItemRow.seq == seq, PassItemRow.status == "current")
    ):
        old.status, old.changed_by = "superseded", rid
    s.add(PassItemRow(log_seq=rid, seq=seq, pass_id=p.id, content=item[0], count=item[1], status="current"))
    return rid


def _pass_count(s: Session, stack_id: int) -> int:
    return int(s.scalar(select(func.count()).select_from(PassRow).where(PassRow.stack_id == stack_id)) or 0)


def _advance(s: Session, st: StackRow, entry: Entry[sk.Item]) -> State[sk.Item]:
    nxt = enter(sk.machine(s, st), entry)
    if isinstance(nxt, sk.Refusal):
        raise sk.refuse(nxt)
    return nxt


def _own_reading(s: Session, st: StackRow, rr: RoundRow, choice: Ballot | Subtotal) -> sk.Item:
    """The head's own reading, checked like any entry."""
    if st.kind == "subtotal":
        if not isinstance(choice, Subtotal):
            raise Refused("Cần nhập bảng tổng hợp của tổ.", "a subtotal is needed")
        sub = check_subtotal(
            Subtotal(st.team, choice.ballots, choice.invalid, choice.votes, choice.disagree), rr.to_domain()
        )
        return (dumps(subtotal_payload(sub)), 1)
    if isinstance(choice, Subtotal):
        raise Refused("Cần nhập một phiếu.", "a ballot is needed")
    ballot = nfc_ballot(choice)
    erow = s.get(ElectionRow, st.election_id)
    assert erow is not None
    refusal = ballot_refusal(ballot, rr.to_domain(), erow.kind)
    if refusal is not None or ballot.count != 1:
        raise Refused(*(refusal or ("Mỗi phiếu được nhập riêng.", "count must be 1")))
    return (ballot_text(ballot), 1)


def _status(s: Session, st: StackRow) -> StackStatus:
    counts = dict(
        s.execute(
            select(PassItemRow.pass_id, func.count())
            .join(PassRow, PassRow.id == PassItemRow.pass_id)
            .where(PassRow.stack_id == st.id, PassItemRow.status == "current")
            .group_by(PassItemRow.pass_id)
        ).all()
    )
    passes = tuple(
        PassStatus(p.id, p.number, p.operator, p.station, int(counts.get(p.id, 0)), p.completed is not None)
        for p in s.scalars(select(PassRow).where(PassRow.stack_id == st.id).order_by(PassRow.id))
    )
    open_diffs = 0
    if st.state == "differ":
        state = sk.machine(s, st)
        open_diffs = len(state.open) if isinstance(state, EntriesDiffer) else 0
    return StackStatus(
        st.id, st.election_id, st.round_no, st.team, st.kind, st.collected, st.required, st.state, passes, open_diffs
    )


def _round_stacks(s: Session, election_id: str, round_no: int) -> list[StackRow]:
    return list(
        s.scalars(
            select(StackRow)
            .where(StackRow.election_id == election_id, StackRow.round_no == round_no)
            .order_by(StackRow.id)
        )
    )


def _pending(s: Session, election_id: str, round_no: int) -> int:
    return sum(1 for st in _round_stacks(s, election_id, round_no) if st.state != "definitive")


def _progress(s: Session, election_id: str, round_no: int) -> Progress:
    team_of = {m: t.name for t in s.scalars(select(TeamRow).order_by(TeamRow.id)) for m in json.loads(t.members)}
    rows = _round_stacks(s, election_id, round_no)
    per_team: dict[str, Counter[str]] = defaultdict(Counter)
    per_op: dict[str, Counter[str]] = defaultdict(Counter)
    for st in rows:
        status = _status(s, st)
        t = per_team[st.team]
        t["stacks"] += 1
        t["collected"] += st.collected
        t["needed"] += sk.entry_size(st) * st.required
        t["verified"] += st.collected if st.state == "definitive" else 0
        t["differences"] += status.open_differences
        for p in status.passes:
            t["entered"] += p.entered
            o = per_op[p.operator]
            o["entered"] += p.entered
            o["passes"] += int(p.completed)
            o["differences"] += status.open_differences if p.completed else 0
    teams = tuple(
        TeamProgress(name, c["stacks"], c["collected"], c["entered"], c["needed"], c["verified"], c["differences"])
        for name, c in per_team.items()
    )
    ops = tuple(
        OperatorProgress(op, team_of.get(op, ""), c["entered"], c["passes"], c["differences"])
        for op, c in sorted(per_op.items())
    )
    return Progress(teams, ops, len(rows), sum(1 for st in rows if st.state == "definitive"))


def round_team_problems(s: Session, election_id: str, round_no: int) -> list[Problem]:
    rows = _round_stacks(s, election_id, round_no)
    if not rows:
        return []
    data = queries.election_data(s)
    election = data.election(election_id)
    rnd = next(r for r in election.rounds if r.number == round_no)
    collected: Counter[str] = Counter()
    for st in rows:
        collected[st.team] += st.collected
    pending = sum(1 for st in rows if st.state != "definitive")
    path = f"elections[{election_id}].rounds[{round_no}]"
    return reconcile_teams(rnd, election.form(rnd), dict(collected), pending, path)
