"""The congress remembers the folder (USB stick) its finalized rounds are backed up to.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Adds congress.backup_folder."""
    with op.batch_alter_table("congress") as batch:
        batch.add_column(sa.Column("backup_folder", sa.Text, nullable=True))


def downgrade() -> None:
    """Drops congress.backup_folder."""
    with op.batch_alter_table("congress") as batch:
        batch.drop_column("backup_folder")
