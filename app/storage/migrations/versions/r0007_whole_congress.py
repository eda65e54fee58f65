"""The whole congress (issue 12): the congress's level, a nomination ballot's places, an election's withdrawals
and pause, and the committee head's choice on a nomination tie.

Plain ADD COLUMNs (other tables refer to `election` and `round`; SQLite's table copy would break those keys). A
database made before holds none of these, so every new column starts NULL — exactly what replaying its log
writes, since no earlier record carried them.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

COLUMNS = (
    ("congress", "level", sa.String(20)),
    ("election", "propose", sa.Integer),
    ("election", "withdrawals", sa.Text),
    ("election", "pause", sa.Text),
    ("round", "head_choice", sa.Text),
)


def upgrade() -> None:
    """congress.level; election.propose, .withdrawals, .pause (canonical JSON); round.head_choice (canonical JSON)."""
    for table, column, kind in COLUMNS:
        op.add_column(table, sa.Column(column, kind, nullable=True))


def downgrade() -> None:
    """Drops them again (SQLite 3.35+ and PostgreSQL drop a column in place)."""
    for table, column, _ in reversed(COLUMNS):
        op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
