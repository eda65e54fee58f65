"""Each election keeps the congress's show-of-hands votes on its seats and list, which the minutes quote.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Adds election.hand_votes (canonical JSON, or NULL when none were recorded).

    A plain ADD COLUMN, not a batch copy: other tables refer to `election`, and SQLite's table copy would
    break those foreign keys.
    """
    op.add_column("election", sa.Column("hand_votes", sa.Text, nullable=True))


def downgrade() -> None:
    """Drops election.hand_votes (SQLite 3.35+ and PostgreSQL drop a column in place)."""
    op.execute("ALTER TABLE election DROP COLUMN hand_votes")
