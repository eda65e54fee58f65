"""Projections of teams, stacks, passes and the head's decisions onto their tables. The stack's state is
recomputed here through `ballot.double_entry`; a record that states another outcome is a projection fault."""

from __future__ import annotations

from app.record.canonical import dumps
from app.record.codec import ballot_text, subtotal_text
from app.record.events import (
    DifferenceResolved,
    PassCompleted,
    PassItemRecorded,
    PassMerged,
    StackOpened,
    TeamAdded,
    TeamMembersSet,
)
from app.record.kinds import EntryStatus, StackKind, StackState
from app.record.projection import Envelope, Item, Projection, ProjectionFault, Row, projects
from app.record.projections.entry import open_round
from app.record.stackstate import differences, entry_size, machine, state_of
from app.texts import Phrase
from ballot.double_entry import Definitive, EntriesDiffer, Refusal, State, resolve, settle
from ballot.model import Ballot, Subtotal

TEAM = "SELECT id FROM team WHERE name = :n"
STACK = "SELECT id FROM stack WHERE election_id = :e AND round_no = :n AND team = :t AND kind = :k"
PASS_COUNT = "SELECT count(*) FROM entry_pass WHERE stack_id = :s"
ORIGIN = "SELECT id FROM entry_pass WHERE origin = :o"
CURRENT_ITEM = "SELECT log_seq FROM pass_item WHERE pass_id = :p AND seq = :s AND status = :c"
ENTRY_MODE = "SELECT entry_mode FROM congress WHERE id = 1"


def item_of(stack: Row, item: Ballot | Subtotal) -> Item:
    """What a pass stores for a reading: the ballot's text (or the sheet's JSON) and its count."""
    if (stack["kind"] == StackKind.BALLOTS) != (not isinstance(item, Subtotal)):
        raise ProjectionFault("projection.item_kind", stack=stack["id"])
    if isinstance(item, Subtotal):
        return (subtotal_text(item), 1)
    return (ballot_text(item), item.count)


def _team_id(p: Projection, name: str) -> int | None:
    found = p.sql.one(TEAM, {"n": name})
    return None if found is None else int(found[0])


@projects(TeamAdded)
def team_added(p: Projection, env: Envelope, ev: TeamAdded) -> None:
    """A team; its id is the record's number."""
    if _team_id(p, ev.name) is not None:
        raise ProjectionFault("projection.team_exists", team=ev.name)
    p.insert("team", {"id": env.seq, "name": ev.name, "members": dumps(list(ev.members))}, env.seq)


@projects(TeamMembersSet)
def team_members(p: Projection, env: Envelope, ev: TeamMembersSet) -> None:
    """A team's members replaced."""
    tid = _team_id(p, ev.name)
    if tid is None:
        raise ProjectionFault("projection.no_team", team=ev.name)
    p.update("team", (tid,), {"members": dumps(list(ev.members))}, env.seq)


@projects(StackOpened)
def stack_opened(p: Projection, env: Envelope, ev: StackOpened) -> None:
    """A stack awaiting its entries; the entries it needs are the congress's entry mode."""
    if _team_id(p, ev.team) is None:
        raise ProjectionFault("projection.no_team", team=ev.team)
    open_round(p, ev.election, ev.round)
    if p.sql.one(STACK, {"e": ev.election, "n": ev.round, "t": ev.team, "k": ev.kind.value}) is not None:
        raise ProjectionFault("projection.stack_exists", team=ev.team)
    mode = p.sql.one(ENTRY_MODE, {})
    if mode is None or mode[0] != ev.required:
        raise ProjectionFault("projection.entry_mode", required=ev.required)
    row = {
        "id": env.seq,
        "election_id": ev.election,
        "round_no": ev.round,
        "team": ev.team,
        "kind": ev.kind.value,
        "collected": ev.collected,
        "required": ev.required,
        "state": StackState.AWAITING.value,
    }
    p.insert("stack", row, env.seq)


def _open_stack(p: Projection, stack_id: int) -> Row:
    st = p.need("stack", stack_id)
    if st["state"] == StackState.DEFINITIVE:
        raise ProjectionFault("projection.stack_definitive", stack=stack_id)
    eid, rno = st["election_id"], st["round_no"]
    rr, e = p.need("round", eid, rno), p.need("election", eid)
    if e["removed"] is not None:
        raise ProjectionFault("projection.removed", election=eid)
    if rr["fingerprint"] is not None:
        raise ProjectionFault("projection.round_final", election=eid, round=rno)
    return st


def _pass_count(p: Projection, stack_id: int) -> int:
    found = p.sql.one(PASS_COUNT, {"s": stack_id})
    return 0 if found is None else int(found[0])


def _words(state: StackState) -> Phrase:
    return Phrase(f"stack_state.{state.value}")


def _settle(
    p: Projection, env: Envelope, st: Row, state: State[Item], stated: StackState, diffs: tuple[int, ...] | None
) -> None:
    """The stack's new state (which the record must state, with its open differences when it lists them); a
    definitive stack's items must be made current by the next records."""
    if state_of(state) != stated or (diffs is not None and differences(state) != diffs):
        raise ProjectionFault(
            "projection.stack_state", stack=st["id"], stored=_words(stated), expected=_words(state_of(state))
        )
    p.update("stack", (st["id"],), {"state": stated.value}, env.seq)
    if isinstance(state, Definitive):
        p.promote(st["id"], state.items)


@projects(PassItemRecorded)
def pass_item(p: Projection, env: Envelope, ev: PassItemRecorded) -> None:
    """One reading of this operator's open pass (opened by its first item); a re-entry supersedes."""
    st = _open_stack(p, ev.stack)
    if not 1 <= ev.seq <= entry_size(st):
        raise ProjectionFault("projection.item_position", stack=ev.stack, seq=ev.seq)
    item = item_of(st, ev.item)
    if ev.number is not None:
        if ev.pass_id != env.seq or ev.number != _pass_count(p, ev.stack) + 1:
            raise ProjectionFault("projection.pass_number", stack=ev.stack, number=ev.number)
        row = {
            "id": env.seq,
            "stack_id": ev.stack,
            "number": ev.number,
            "operator": env.operator,
            "station": env.station,
            "origin": None,
            "completed": None,
        }
        p.insert("entry_pass", row, env.seq)
    else:
        ps = p.need("entry_pass", ev.pass_id)
        if (ps["stack_id"], ps["completed"], ps["operator"], ps["station"]) != (
            ev.stack,
            None,
            env.operator,
            env.station,
        ):
            raise ProjectionFault("projection.not_my_pass", pass_id=ev.pass_id)
    if ev.scan is not None:
        from app.record.projections.scans import counted

        if not isinstance(ev.item, Ballot):
            raise ProjectionFault("projection.item_kind", stack=ev.stack)
        counted(p, env, ev.scan, ev.item, ev.stack, ev.seq)
    for (old,) in p.sql.all(CURRENT_ITEM, {"p": ev.pass_id, "s": ev.seq, "c": EntryStatus.CURRENT}):
        p.update("pass_item", (old, ev.seq), {"status": EntryStatus.SUPERSEDED.value, "changed_by": env.seq}, env.seq)
    row = {
        "log_seq": env.seq,
        "seq": ev.seq,
        "pass_id": ev.pass_id,
        "content": item[0],
        "count": item[1],
        "status": EntryStatus.CURRENT.value,
        "changed_by": None,
    }
    p.insert("pass_item", row, env.seq)


@projects(PassCompleted)
def pass_completed(p: Projection, env: Envelope, ev: PassCompleted) -> None:
    """The pass closed; the stack compared again."""
    st = _open_stack(p, ev.stack)
    ps = p.need("entry_pass", ev.pass_id)
    if (ps["stack_id"], ps["completed"]) != (ev.stack, None):
        raise ProjectionFault("projection.not_my_pass", pass_id=ev.pass_id)
    p.update("entry_pass", (ev.pass_id,), {"completed": env.seq}, env.seq)
    _settle(p, env, st, machine(p, st), ev.state, ev.differences)


@projects(PassMerged)
def pass_merged(p: Projection, env: Envelope, ev: PassMerged) -> None:
    """A station's completed pass stored as it came (once per origin), then the stack compared again."""
    st = _open_stack(p, ev.stack)
    if ev.pass_id != env.seq or ev.number != _pass_count(p, ev.stack) + 1:
        raise ProjectionFault("projection.pass_number", stack=ev.stack, number=ev.number)
    if p.sql.one(ORIGIN, {"o": ev.origin}) is not None:
        raise ProjectionFault("projection.merged_twice", origin=ev.origin)
    if sorted(seq for seq, _, _ in ev.items) != list(range(1, entry_size(st) + 1)):
        raise ProjectionFault("projection.pass_incomplete", stack=ev.stack)
    row = {
        "id": env.seq,
        "stack_id": ev.stack,
        "number": ev.number,
        "operator": ev.operator,
        "station": ev.station,
        "origin": ev.origin,
        "completed": env.seq,
    }
    p.insert("entry_pass", row, env.seq)
    for seq, content, count in ev.items:
        item = {
            "log_seq": env.seq,
            "seq": seq,
            "pass_id": env.seq,
            "content": content,
            "count": count,
            "status": EntryStatus.CURRENT.value,
            "changed_by": None,
        }
        p.insert("pass_item", item, env.seq)
    _settle(p, env, st, machine(p, st), ev.state, ev.differences)


@projects(DifferenceResolved)
def resolved(p: Projection, env: Envelope, ev: DifferenceResolved) -> None:
    """The head's decision on one differing ballot: the reading kept must be the one the record states."""
    st = _open_stack(p, ev.stack)
    item = item_of(st, ev.item)
    before = machine(p, st)
    if ev.choice is None:
        nxt = settle(before, ev.seq, item, by_head=True)
    else:
        nxt = resolve(before, ev.seq, ev.choice, by_head=True)
        if isinstance(before, EntriesDiffer) and not isinstance(nxt, Refusal):
            chosen = next(d.readings[ev.choice] for d in before.open if d.seq == ev.seq)
            if chosen != item:
                raise ProjectionFault("projection.resolved_item", stack=ev.stack, seq=ev.seq)
    if isinstance(nxt, Refusal):
        raise ProjectionFault(f"projection.refusal.{nxt.value}", stack=ev.stack)
    row = {
        "id": env.seq,
        "stack_id": ev.stack,
        "seq": ev.seq,
        "choice": ev.choice,
        "content": item[0],
        "count": item[1],
    }
    p.insert("resolution", row, env.seq)
    _settle(p, env, st, nxt, ev.state, None)
