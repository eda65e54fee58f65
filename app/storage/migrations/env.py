"""Alembic environment: always given an open connection by app.storage.migrate."""

from __future__ import annotations

from alembic import context

from app.storage.rows import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
