"""Bringing a database to the current schema with the Alembic scripts shipped in the package."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from app.storage.errors import NewerSchemaError

MIGRATIONS = Path(__file__).with_name("migrations")


def config(engine: Engine) -> Config:
    """An Alembic configuration without alembic.ini."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["engine"] = engine
    return cfg


@cache
def _scripts() -> ScriptDirectory:
    """The shipped migration scripts (read once per process)."""
    return ScriptDirectory.from_config(config_for_scripts())


def head() -> str:
    """The newest schema revision this program knows."""
    rev = _scripts().get_current_head()
    assert rev is not None
    return rev


def config_for_scripts() -> Config:
    """A configuration only for reading the scripts."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def current(engine: Engine) -> str | None:
    """The schema revision recorded in the database (None for an empty one)."""
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def known(rev: str) -> bool:
    """Whether this program has the script for a revision."""
    return rev in {s.revision for s in _scripts().walk_revisions()}


def upgrade(engine: Engine, target: str = "head", actor: Any = None, *, keep: bool = True) -> None:
    """Runs the migrations up to `target`; refuses a database written by a newer version. A migration that
    writes a log record (0006, 0008) records it as `actor`'s (an `app.record.log.Actor`; default: this computer);
    `keep=False` (a private copy made only to read) keeps nothing outside the database (0008's PIN move)."""
    rev = current(engine)
    if rev is not None and not known(rev):
        raise NewerSchemaError("storage.newer_schema", {"found": rev, "known": head()})
    if rev == head() and target == "head":
        return
    with engine.begin() as conn:
        cfg = config(engine)
        cfg.attributes["connection"] = conn
        cfg.attributes["actor"] = actor
        cfg.attributes["keep"] = keep
        command.upgrade(cfg, target)


def downgrade(engine: Engine, target: str) -> None:
    """Runs the migrations down to `target` (for tests of upgrading an older database)."""
    with engine.begin() as conn:
        cfg = config(engine)
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, target)
