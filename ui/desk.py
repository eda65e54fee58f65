"""The open congress in the window: its database and who is at this station's keyboard, shared by every page."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.db import Actor, Database


@dataclass
class Desk:
    """One open congress database and the actor every change is recorded as (replaced when the operator changes)."""

    db: Database
    actor: Actor

    @property
    def target(self) -> str:
        """The database's file path or URL."""
        return self.db.target

    @property
    def path(self) -> Path | None:
        """The SQLite file, else None."""
        return self.db.path

    def close(self) -> None:
        """Releases the database."""
        self.db.close()
