"""Counting teams (tổ kiểm phiếu) and their operators."""

from __future__ import annotations

from sqlalchemy import select

from app import progress
from app.db import Actor, Database
from app.errors import Refused
from app.progress import Team
from app.record.events import TeamAdded, TeamMembersSet
from app.storage.rows import TeamRow
from ballot.text import nfc


def _fields(name: str, members: tuple[str, ...] | list[str]) -> tuple[str, tuple[str, ...]]:
    name = nfc(name).strip()
    if not name:
        raise Refused("team.name_empty", {}, "team.name")
    people = tuple(dict.fromkeys(nfc(m).strip() for m in members if nfc(m).strip()))
    return name, people


def add_team(db: Database, actor: Actor, name: str, members: tuple[str, ...] | list[str] = ()) -> int:
    """A new counting team with its operators; its id."""
    name, people = _fields(name, members)
    with db.writing(actor) as tx:
        if tx.orm.scalar(select(TeamRow.id).where(TeamRow.name == name)) is not None:
            raise Refused("team.exists", {"team": name}, "team.name")
        return tx.append(TeamAdded(name, people)).seq


def set_team_members(db: Database, actor: Actor, name: str, members: tuple[str, ...] | list[str]) -> None:
    """Replaces a team's operators."""
    name, people = _fields(name, members)
    with db.writing(actor) as tx:
        if tx.orm.scalar(select(TeamRow.id).where(TeamRow.name == name)) is None:
            raise Refused("team.not_found", {"team": name}, "team.name")
        tx.append(TeamMembersSet(name, people))


def teams(db: Database) -> list[Team]:
    """The counting teams in the order they were made."""
    with db.reading() as s:
        return progress.teams(s)


__all__ = ["Team", "add_team", "set_team_members", "teams"]
