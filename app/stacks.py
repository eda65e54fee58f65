"""Independent double (or triple) entry of a team's stack: opening it, each operator's blind pass, completing
and comparing passes, the head's decisions. A stack made definitive makes its ballots (or its tally sheet)
current, one record each, in the same transaction.

In entry mode 1 ballots are recorded directly (app.entry); in modes 2 and 3 only a definitive stack's ballots
count.
"""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import guards, stations
from app.checks import check_ballot, check_subtotal, nfc_ballot
from app.db import Actor, Database
from app.errors import Refused
from app.progress import StackStatus, projection, stack_dict, status
from app.record.codec import ballot_from_text, ballot_text, subtotal_from_text, subtotal_text
from app.record.events import (
    BallotRecorded,
    DifferenceResolved,
    PassCompleted,
    PassItemRecorded,
    StackOpened,
    SubtotalRecorded,
)
from app.record.kinds import EntryStatus, StackKind, StackState
from app.record.log import Tx
from app.record.projection import Item, Row
from app.record.stackstate import Reading, decode, differences, entry_size, machine, readings, state_of
from app.storage import queries
from app.storage.rows import BallotRow, ElectionRow, PassItemRow, PassRow, StackRow, TeamRow
from ballot.double_entry import Definitive, EntriesDiffer, Entry, Refusal, State, enter, resolve, settle
from ballot.model import Ballot, Subtotal
from ballot.text import nfc


def refuse(r: Refusal, path: str = "stack") -> Refused:
    """The user-facing refusal for a state-machine refusal."""
    return Refused(f"stack.refusal.{r.value}", {}, path)


def _stack(s: Session, stack_id: int) -> StackRow:
    st = s.get(StackRow, stack_id)
    if st is None:
        raise Refused("stack.not_found", {"stack": stack_id}, "stack")
    return st


def _open_pass(s: Session, stack_id: int, actor: Actor) -> PassRow | None:
    q = select(PassRow).where(
        PassRow.stack_id == stack_id,
        PassRow.operator == actor.operator,
        PassRow.station == actor.station,
        PassRow.completed.is_(None),
    )
    return s.scalars(q).first()


def _pass_items(s: Session, pass_id: int) -> dict[int, Item]:
    q = select(PassItemRow.seq, PassItemRow.content, PassItemRow.count).where(
        PassItemRow.pass_id == pass_id, PassItemRow.status == EntryStatus.CURRENT.value
    )
    return {seq: (content, count) for seq, content, count in s.execute(q)}


def _pass_count(s: Session, stack_id: int) -> int:
    return int(s.scalar(select(func.count()).select_from(PassRow).where(PassRow.stack_id == stack_id)) or 0)


def open_stack(
    db: Database,
    actor: Actor,
    election_id: str,
    round_no: int,
    team: str,
    size: int,
    *,
    kind: StackKind = StackKind.BALLOTS,
) -> int:
    """A team's stack of `size` ballots (or its hand-count sheet), entered as the entry mode says; its id."""
    with db.writing(actor) as tx:
        return open_in(tx, election_id, round_no, team, size, StackKind(kind))


def open_in(tx: Tx, election_id: str, round_no: int, team: str, size: int, kind: StackKind) -> int:
    """Opens a stack inside a transaction (the window's action, and a hand-over naming a stack only the station
    opened): the team must exist, the round be open, the team have no such stack yet; its id."""
    if size < 1:
        raise Refused("stack.size_min", {}, "size")
    team = nfc(team).strip()
    s = tx.orm
    if s.scalar(select(TeamRow.id).where(TeamRow.name == team)) is None:
        raise Refused("team.not_found", {"team": team}, "team")
    guards.open_round_row(s, election_id, round_no)
    clash = select(StackRow.id).where(
        StackRow.election_id == election_id,
        StackRow.round_no == round_no,
        StackRow.team == team,
        StackRow.kind == kind.value,
    )
    if s.scalar(clash) is not None:
        raise Refused("stack.exists", {"team": team}, "team")
    required = int(queries.congress_row(s).entry_mode)
    return tx.append(StackOpened(election_id, round_no, team, kind, size, required)).seq


def _entry_refusal(s: Session, st: StackRow, operator: str) -> Refused | None:
    """A definitive stack takes no more entries; an operator who completed a pass of it cannot enter it again."""
    if st.state == StackState.DEFINITIVE:
        return refuse(Refusal.ALREADY_DEFINITIVE)
    done = s.scalars(select(PassRow.operator).where(PassRow.stack_id == st.id, PassRow.completed.is_not(None)))
    if operator in set(done):
        return refuse(Refusal.SAME_OPERATOR)
    return None


def entry_refusal(db: Database, actor: Actor, stack_id: int) -> Refused | None:
    """Why this operator cannot enter the stack now, asked before the first ballot is typed (the same checks as
    each entry); None when they can."""
    with db.reading() as s:
        st = _stack(s, stack_id)
        try:
            guards.open_round_row(s, st.election_id, st.round_no)
        except Refused as refused:
            return refused
        return _entry_refusal(s, st, actor.operator)


def _put_item(tx: Tx, st: StackRow, seq: int, item: Ballot | Subtotal, scan: int | None = None) -> int:
    """One item of this operator's pass (its first item opens the pass); a re-entry supersedes."""
    s = tx.orm
    size = entry_size(stack_dict(st))
    if not 1 <= seq <= size:
        raise Refused("stack.position", {"size": size, "seq": seq}, "seq")
    refusal = _entry_refusal(s, st, tx.actor.operator)
    if refusal is not None:
        raise refusal
    p = _open_pass(s, st.id, tx.actor)
    number = None if p is not None else _pass_count(s, st.id) + 1
    pass_id = tx.next_seq if p is None else p.id
    return tx.append(PassItemRecorded(st.id, pass_id, seq, item, number, scan)).seq


def put_item(tx: Tx, stack_id: int, seq: int, ballot: Ballot, *, scan: int | None = None) -> int:
    """Ballot number `seq` of the stack in the pass of the transaction's operator, inside a transaction (a scanned
    pass: `scan` names the page it is); checked like a typed one; the record's number."""
    s = tx.orm
    st = _stack(s, stack_id)
    if st.kind != StackKind.BALLOTS:
        raise Refused("stack.not_ballots", {}, "stack")
    rr = guards.open_round_row(s, st.election_id, st.round_no)
    erow = s.get(ElectionRow, st.election_id)
    assert erow is not None
    check_ballot(ballot, rr.to_domain(), erow.kind)
    return _put_item(tx, st, seq, replace(ballot, team=None), scan)


def record_pass_ballot(db: Database, actor: Actor, stack_id: int, seq: int, ballot: Ballot) -> int:
    """Ballot number `seq` of the stack as this operator reads it; durable when it returns; does not count yet."""
    ballot = nfc_ballot(ballot)
    if ballot.count != 1:
        raise Refused("stack.one_by_one", {}, "ballot.count")
    with db.writing(actor) as tx:
        return put_item(tx, stack_id, seq, ballot)


def record_pass_subtotal(db: Database, actor: Actor, stack_id: int, subtotal: Subtotal) -> int:
    """A hand-counted team's sheet as this operator reads it (entered independently like ballots)."""
    with db.writing(actor) as tx:
        s = tx.orm
        st = _stack(s, stack_id)
        if st.kind != StackKind.SUBTOTAL:
            raise Refused("stack.not_sheet", {}, "stack")
        rr = guards.open_round_row(s, st.election_id, st.round_no)
        sub = check_subtotal(replace(subtotal, team=st.team), rr.to_domain())
        return _put_item(tx, st, 1, sub)


def complete_pass(db: Database, actor: Actor, stack_id: int) -> StackStatus:
    """Closes this operator's pass and compares it with the others: awaiting, differ, or definitive."""
    with db.writing(actor) as tx:
        s = tx.orm
        st = _stack(s, stack_id)
        guards.open_round_row(s, st.election_id, st.round_no)
        p = _open_pass(s, stack_id, actor)
        if p is None:
            raise Refused("stack.no_open_pass", {}, "stack")
        items = _pass_items(s, p.id)
        size = entry_size(stack_dict(st))
        missing = [i for i in range(1, size + 1) if i not in items]
        if missing:
            shown = ", ".join(map(str, missing[:10])) + ("…" if len(missing) > 10 else "")
            raise Refused("stack.missing", {"seqs": shown, "count": len(missing)}, "stack")
        state = enter(
            machine(projection(s), stack_dict(st)), Entry(p.operator, tuple(items[i] for i in range(1, size + 1)))
        )
        if isinstance(state, Refusal):
            raise refuse(state)
        tx.append(PassCompleted(st.id, p.id, state_of(state), differences(state)))
        promote(tx, stack_dict(st), state)
        return status(s, _stack(s, stack_id), state)


def promote(tx: Tx, st: Row, state: State[Item]) -> None:
    """A stack made definitive: its items become current ballots (or the team's subtotal), one record each."""
    if not isinstance(state, Definitive):
        return
    eid, rno = st["election_id"], st["round_no"]
    if st["kind"] == StackKind.SUBTOTAL:
        tx.append(SubtotalRecorded(eid, rno, subtotal_from_text(state.items[0][0], "item"), stack=st["id"]))
        return
    s = tx.orm
    top = int(
        s.scalar(
            select(func.coalesce(func.max(BallotRow.seq), 0)).where(
                BallotRow.election_id == eid, BallotRow.round_no == rno
            )
        )
        or 0
    )
    for i, (content, count) in enumerate(state.items, start=1):
        tx.append(BallotRecorded(eid, rno, top + i, ballot_from_text(content, count, st["team"]), stack=st["id"]))


def _own_reading(s: Session, st: StackRow, choice: Ballot | Subtotal) -> Item:
    """The head's own reading of the paper, checked like any entry."""
    rr = guards.open_round_row(s, st.election_id, st.round_no)
    if st.kind == StackKind.SUBTOTAL:
        if not isinstance(choice, Subtotal):
            raise Refused("stack.sheet_needed", {}, "choice")
        return (subtotal_text(check_subtotal(replace(choice, team=st.team), rr.to_domain())), 1)
    if isinstance(choice, Subtotal):
        raise Refused("stack.ballot_needed", {}, "choice")
    ballot = nfc_ballot(choice)
    erow = s.get(ElectionRow, st.election_id)
    assert erow is not None
    check_ballot(ballot, rr.to_domain(), erow.kind, "choice")
    if ballot.count != 1:
        raise Refused("stack.one_by_one", {}, "choice.count")
    return (ballot_text(ballot), 1)


def resolve_difference(
    db: Database, actor: Actor, stack_id: int, seq: int, choice: int | Ballot | Subtotal, pin: str
) -> StackStatus:
    """The head decides ballot `seq`: keep entry `choice` (0 the first, 1 the second…) or their own reading."""
    with db.writing(actor) as tx:
        s = tx.orm
        st = _stack(s, stack_id)
        stations.need_pin(tx, pin, "stack.resolve")
        guards.open_round_row(s, st.election_id, st.round_no)
        row = stack_dict(st)
        state = machine(projection(s), row)
        nxt: State[Item] | Refusal
        if isinstance(choice, int):
            nxt = resolve(state, seq, choice, by_head=True)
            reading = None
            if isinstance(state, EntriesDiffer) and not isinstance(nxt, Refusal):
                reading = next(d.readings[choice] for d in state.open if d.seq == seq)
        else:
            reading = _own_reading(s, st, choice)
            nxt = settle(state, seq, reading, by_head=True)
        if isinstance(nxt, Refusal):
            raise refuse(nxt, "choice")
        assert reading is not None
        item = decode({**row, "team": None}, reading) if st.kind == StackKind.BALLOTS else decode(row, reading)
        tx.append(DifferenceResolved(st.id, seq, choice if isinstance(choice, int) else None, item, state_of(nxt)))
        promote(tx, row, nxt)
        return status(s, _stack(s, stack_id), nxt)


def my_pass(db: Database, actor: Actor, stack_id: int) -> dict[int, Ballot | Subtotal]:
    """What this operator has entered so far in their open pass — never another operator's pass (blind)."""
    with db.reading() as s:
        st = _stack(s, stack_id)
        p = _open_pass(s, stack_id, actor)
        if p is None:
            return {}
        return {seq: decode(stack_dict(st), item) for seq, item in sorted(_pass_items(s, p.id).items())}


def differences_of(db: Database, stack_id: int) -> list[Reading]:
    """The ballots the passes disagree on, each pass's reading side by side (for the head)."""
    with db.reading() as s:
        row = stack_dict(_stack(s, stack_id))
        state = machine(projection(s), row)
        return readings(row, state) if isinstance(state, EntriesDiffer) else []


def stack_machine(db: Database, stack_id: int) -> State[Item]:
    """The stack's state-machine value over stored items (tests, the differences dialog)."""
    with db.reading() as s:
        return machine(projection(s), stack_dict(_stack(s, stack_id)))


def stacks(db: Database, election_id: str, round_no: int) -> list[StackStatus]:
    """The round's stacks with their passes (blind-safe: counts only)."""
    from app.progress import round_stacks

    with db.reading() as s:
        return [status(s, st) for st in round_stacks(s, election_id, round_no)]


def stack_state(db: Database, stack_id: int) -> StackStatus:
    """One stack's state and passes."""
    with db.reading() as s:
        return status(s, _stack(s, stack_id))
