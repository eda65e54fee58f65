"""The ballot row no longer carries a database foreign key to its log record.

Measured on the hot path (one durable ballot): that one key check cost ~23 % of a save (0.31 → 0.24 ms);
the other foreign keys cost nothing measurable. The link it guarded — every ballot row was written by the
log record whose seq is its id — is checked by `kiemphieu verify`, which also checks the row's content
against that record, so the guarantee stays, where the database key could not have caught a changed row.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Drops fk_ballot_id_log (SQLite copies the ballot table; nothing refers to it)."""
    with op.batch_alter_table("ballot") as batch:
        batch.drop_constraint("fk_ballot_id_log", type_="foreignkey")


def downgrade() -> None:
    """Puts fk_ballot_id_log back."""
    with op.batch_alter_table("ballot") as batch:
        batch.create_foreign_key("fk_ballot_id_log", "log", ["id"], ["seq"])
