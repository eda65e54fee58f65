"""Counting teams, stacks entered independently two or three times, the congress's entry mode and station secret.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import secrets
import uuid

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Adds congress.entry_mode, uid, secret and the team, stack, entry_pass, pass_item and resolution tables."""
    with op.batch_alter_table("congress") as batch:
        batch.add_column(sa.Column("entry_mode", sa.Integer, nullable=False, server_default="1"))
        batch.add_column(sa.Column("uid", sa.String(36), nullable=True))
        batch.add_column(sa.Column("secret", sa.String(64), nullable=True))
    op.get_bind().execute(
        sa.text("UPDATE congress SET uid = :u, secret = :s"), {"u": str(uuid.uuid4()), "s": secrets.token_hex(32)}
    )
    op.create_table(
        "team",
        sa.Column("id", sa.Integer, autoincrement=False, nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("members", sa.Text, nullable=False),
        sa.ForeignKeyConstraint(["id"], ["log.seq"], name="fk_team_id_log"),
        sa.PrimaryKeyConstraint("id", name="pk_team"),
        sa.UniqueConstraint("name", name="uq_team_name"),
    )
    op.create_table(
        "stack",
        sa.Column("id", sa.Integer, autoincrement=False, nullable=False),
        sa.Column("election_id", sa.String(60), nullable=False),
        sa.Column("round_no", sa.Integer, nullable=False),
        sa.Column("team", sa.Text, nullable=False),
        sa.Column("kind", sa.String(12), nullable=False),
        sa.Column("collected", sa.Integer, nullable=False),
        sa.Column("required", sa.Integer, nullable=False),
        sa.Column("state", sa.String(12), nullable=False),
        sa.ForeignKeyConstraint(
            ["election_id", "round_no"], ["round.election_id", "round.number"], name="fk_stack_election_id_round"
        ),
        sa.ForeignKeyConstraint(["id"], ["log.seq"], name="fk_stack_id_log"),
        sa.PrimaryKeyConstraint("id", name="pk_stack"),
        sa.UniqueConstraint("election_id", "round_no", "team", "kind", name="uq_stack_election_id"),
    )
    op.create_table(
        "entry_pass",
        sa.Column("id", sa.Integer, autoincrement=False, nullable=False),
        sa.Column("stack_id", sa.Integer, nullable=False),
        sa.Column("number", sa.Integer, nullable=False),
        sa.Column("operator", sa.Text, nullable=False),
        sa.Column("station", sa.Text, nullable=False),
        sa.Column("origin", sa.Text, nullable=True),
        sa.Column("completed", sa.Integer, nullable=True),
        sa.ForeignKeyConstraint(["id"], ["log.seq"], name="fk_entry_pass_id_log"),
        sa.ForeignKeyConstraint(["stack_id"], ["stack.id"], name="fk_entry_pass_stack_id_stack"),
        sa.PrimaryKeyConstraint("id", name="pk_entry_pass"),
    )
    op.create_table(
        "pass_item",
        sa.Column("log_seq", sa.Integer, autoincrement=False, nullable=False),
        sa.Column("seq", sa.Integer, autoincrement=False, nullable=False),
        sa.Column("pass_id", sa.Integer, nullable=False),
        sa.Column("content", sa.Text, nullable=False),
        sa.Column("count", sa.Integer, nullable=False),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("changed_by", sa.Integer, nullable=True),
        sa.ForeignKeyConstraint(["log_seq"], ["log.seq"], name="fk_pass_item_log_seq_log"),
        sa.ForeignKeyConstraint(["pass_id"], ["entry_pass.id"], name="fk_pass_item_pass_id_entry_pass"),
        sa.PrimaryKeyConstraint("log_seq", "seq", name="pk_pass_item"),
    )
    op.create_index("ix_pass_item_pass", "pass_item", ["pass_id", "seq"])
    op.create_table(
        "resolution",
        sa.Column("id", sa.Integer, autoincrement=False, nullable=False),
        sa.Column("stack_id", sa.Integer, nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("choice", sa.Integer, nullable=True),
        sa.Column("content", sa.Text, nullable=False),
        sa.Column("count", sa.Integer, nullable=False),
        sa.ForeignKeyConstraint(["id"], ["log.seq"], name="fk_resolution_id_log"),
        sa.ForeignKeyConstraint(["stack_id"], ["stack.id"], name="fk_resolution_stack_id_stack"),
        sa.PrimaryKeyConstraint("id", name="pk_resolution"),
    )


def downgrade() -> None:
    """Drops the new tables and columns."""
    op.drop_index("ix_pass_item_pass", "pass_item")
    for table in ("resolution", "pass_item", "entry_pass", "stack", "team"):
        op.drop_table(table)
    with op.batch_alter_table("congress") as batch:
        for column in ("secret", "uid", "entry_mode"):
            batch.drop_column(column)
