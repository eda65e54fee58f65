"""Scanned ballots (issue 15): the scan_page table, one row per page read, projected from `scan.page` and
`scan.decide` records. A database made before holds no scanned page, exactly what replaying its log writes.

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """The scan_page table and its indexes (by image hash, by round)."""
    op.create_table(
        "scan_page",
        sa.Column("id", sa.Integer, autoincrement=False, nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("file", sa.Text, nullable=False),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("page", sa.Integer, nullable=False),
        sa.Column("election_id", sa.String(60), nullable=True),
        sa.Column("round_no", sa.Integer, nullable=True),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("form", sa.String(20), nullable=True),
        sa.Column("reading", sa.Text, nullable=False),
        sa.Column("decisions", sa.Text, nullable=False),
        sa.Column("state", sa.String(12), nullable=False),
        sa.Column("ballot", sa.Integer, nullable=True),
        sa.Column("stack_id", sa.Integer, nullable=True),
        sa.Column("position", sa.Integer, nullable=True),
        sa.Column("fed_station", sa.Text, nullable=False),
        sa.Column("fed_operator", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_scan_page"),
    )
    op.create_index("ix_scan_page_sha256", "scan_page", ["sha256"])
    op.create_index("ix_scan_page_round", "scan_page", ["election_id", "round_no"])


def downgrade() -> None:
    """Drops the table."""
    op.drop_index("ix_scan_page_round", "scan_page")
    op.drop_index("ix_scan_page_sha256", "scan_page")
    op.drop_table("scan_page")
