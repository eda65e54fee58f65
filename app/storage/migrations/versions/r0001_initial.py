"""The first schema: entry log, congress, elections, candidates, rounds, ballots, subtotals.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Creates every table of the first version."""
    op.create_table(
        "log",
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("at", sa.String(40), nullable=False),
        sa.Column("station", sa.Text, nullable=False),
        sa.Column("operator", sa.Text, nullable=False),
        sa.Column("action", sa.String(40), nullable=False),
        sa.Column("payload", sa.Text, nullable=False),
        sa.Column("data_hash", sa.String(64), nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("seq", name="pk_log"),
    )
    op.create_table(
        "congress",
        sa.Column("id", sa.Integer, autoincrement=False, nullable=False),
        sa.Column("ruleset", sa.String(40), nullable=False),
        sa.Column("organization", sa.Text, nullable=False),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("term", sa.Text, nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("place", sa.Text, nullable=False),
        sa.Column("date", sa.Text, nullable=False),
        sa.Column("summoned", sa.Integer, nullable=False),
        sa.Column("exclusions", sa.Text, nullable=False),
        sa.Column("attending", sa.Integer, nullable=False),
        sa.Column("committee", sa.Text, nullable=False),
        sa.Column("parameters", sa.Text, nullable=True),
        sa.Column("head_pin", sa.Text, nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_congress"),
    )
    op.create_table(
        "election",
        sa.Column("id", sa.String(60), nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("body", sa.String(40), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("seats", sa.Integer, nullable=False),
        sa.Column("electorate", sa.Text, nullable=True),
        sa.Column("pool_election", sa.String(60), nullable=True),
        sa.Column("pool_take", sa.String(20), nullable=True),
        sa.Column("max_surplus", sa.Integer, nullable=True),
        sa.Column("removed", sa.Text, nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_election"),
    )
    op.create_table(
        "candidate",
        sa.Column("election_id", sa.String(60), nullable=False),
        sa.Column("no", sa.Integer, autoincrement=False, nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("note", sa.Text, nullable=False),
        sa.ForeignKeyConstraint(["election_id"], ["election.id"], name="fk_candidate_election_id_election"),
        sa.PrimaryKeyConstraint("election_id", "no", name="pk_candidate"),
    )
    op.create_table(
        "round",
        sa.Column("election_id", sa.String(60), nullable=False),
        sa.Column("number", sa.Integer, autoincrement=False, nullable=False),
        sa.Column("seats", sa.Integer, nullable=False),
        sa.Column("candidates", sa.Text, nullable=False),
        sa.Column("ballots_issued", sa.Integer, nullable=False),
        sa.Column("ballots_collected", sa.Integer, nullable=False),
        sa.Column("present", sa.Integer, nullable=True),
        sa.Column("purpose", sa.String(20), nullable=False),
        sa.Column("tie_break_needs_majority", sa.Integer, nullable=False),
        sa.Column("decision", sa.Text, nullable=True),
        sa.Column("fingerprint", sa.String(64), nullable=True),
        sa.Column("finalized_at", sa.String(40), nullable=True),
        sa.Column("finalized_by", sa.Text, nullable=True),
        sa.Column("votes", sa.Text, nullable=True),
        sa.ForeignKeyConstraint(["election_id"], ["election.id"], name="fk_round_election_id_election"),
        sa.PrimaryKeyConstraint("election_id", "number", name="pk_round"),
    )
    op.create_table(
        "ballot",
        sa.Column("id", sa.Integer, autoincrement=False, nullable=False),
        sa.Column("election_id", sa.String(60), nullable=False),
        sa.Column("round_no", sa.Integer, nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("content", sa.Text, nullable=False),
        sa.Column("count", sa.Integer, nullable=False),
        sa.Column("team", sa.Text, nullable=True),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("changed_by", sa.Integer, nullable=True),
        sa.Column("reason", sa.Text, nullable=True),
        sa.ForeignKeyConstraint(
            ["election_id", "round_no"], ["round.election_id", "round.number"], name="fk_ballot_election_id_round"
        ),
        sa.ForeignKeyConstraint(["id"], ["log.seq"], name="fk_ballot_id_log"),
        sa.PrimaryKeyConstraint("id", name="pk_ballot"),
    )
    op.create_index("ix_ballot_round_seq", "ballot", ["election_id", "round_no", "seq"])
    op.create_table(
        "subtotal",
        sa.Column("id", sa.Integer, autoincrement=False, nullable=False),
        sa.Column("election_id", sa.String(60), nullable=False),
        sa.Column("round_no", sa.Integer, nullable=False),
        sa.Column("content", sa.Text, nullable=False),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("changed_by", sa.Integer, nullable=True),
        sa.Column("reason", sa.Text, nullable=True),
        sa.ForeignKeyConstraint(
            ["election_id", "round_no"], ["round.election_id", "round.number"], name="fk_subtotal_election_id_round"
        ),
        sa.ForeignKeyConstraint(["id"], ["log.seq"], name="fk_subtotal_id_log"),
        sa.PrimaryKeyConstraint("id", name="pk_subtotal"),
    )


def downgrade() -> None:
    """Drops every table."""
    for table in ("subtotal", "ballot", "round", "candidate", "election", "congress", "log"):
        op.drop_table(table)
