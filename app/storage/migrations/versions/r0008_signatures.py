"""The signed record: every log record carries its signer's key fingerprint and signature; the congress registers
its stations' keys; the head's PIN and the hand-over secret leave the database.

Adds `log.key` and `log.signature`, the `station` table (registered keys) and the `handover_file` table (files
accepted, each once), a round's seal signature (`round.seal_key`, `round.seal_signature`); drops
`congress.head_pin` (the hash now lives beside the head's key, `<data>/keys/<uid>.head`) and `congress.secret`
(hand-over files are signed by the station's key). A database that already holds records gets one
`signing.started` record, signed by the converting station's key, which it registers as the head's: records
before it stay "unsigned (older version)". Its PIN hash, if any, is moved beside that station's key (never over
one already there, and not when the conversion is only a private copy for reading).

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """The new columns and tables, then the conversion record (under the writers' lock)."""
    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        conn.execute(sa.text("SELECT pg_advisory_xact_lock(:k)"), {"k": 0x6B70})
    op.add_column("log", sa.Column("key", sa.String(16), nullable=True))
    op.add_column("log", sa.Column("signature", sa.String(90), nullable=True))
    op.add_column("round", sa.Column("seal_key", sa.String(43), nullable=True))
    op.add_column("round", sa.Column("seal_signature", sa.String(90), nullable=True))
    op.create_table(
        "station",
        sa.Column("fingerprint", sa.String(16), nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("key", sa.String(43), nullable=False),
        sa.Column("role", sa.String(12), nullable=False),
        sa.Column("since", sa.Integer, nullable=False),
        sa.Column("retired", sa.Integer, nullable=True),
        sa.PrimaryKeyConstraint("fingerprint", name="pk_station"),
    )
    op.create_table(
        "handover_file",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("fingerprint", sa.String(16), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("passes", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_handover_file"),
    )
    row = conn.execute(sa.text("SELECT uid, head_pin FROM congress WHERE id = 1")).first()
    with op.batch_alter_table("congress") as batch:
        batch.drop_column("head_pin")
        batch.drop_column("secret")
    records = conn.execute(sa.text("SELECT count(*) FROM log")).scalar_one()
    if records and row is not None:
        _start_signing(conn, row[0], row[1])


def _start_signing(conn: sa.Connection, uid: str | None, head_pin: str | None) -> None:
    from alembic import context

    from app import people
    from app.record.events import SigningStarted
    from app.record.log import Actor, Tx
    from app.record.sql import AlchemySql

    attributes = context.config.attributes
    actor = attributes.get("actor") or Actor(people.default_station(), "kiemphieu")
    moved = False
    if head_pin and uid and attributes.get("keep", True) and not people.has_head_pin(uid):
        people.store_pin_hash(uid, head_pin)
        moved = True
    tx = Tx(AlchemySql(conn), actor)
    tx.append(SigningStarted(actor.signer().registration(actor.station, "head"), revision, moved))
    tx.finish()


def downgrade() -> None:
    """Back to 0007 (tests of older databases): the signatures, registrations and seal signatures are dropped."""
    with op.batch_alter_table("congress") as batch:
        batch.add_column(sa.Column("head_pin", sa.Text, nullable=True))
        batch.add_column(sa.Column("secret", sa.String(64), nullable=True))
    op.drop_table("handover_file")
    op.drop_table("station")
    # ALTER TABLE … DROP COLUMN in place (SQLite ≥ 3.35): other tables' keys refer to round and log
    for table, column in (("round", "seal_signature"), ("round", "seal_key"), ("log", "signature"), ("log", "key")):
        op.execute(f'ALTER TABLE "{table}" DROP COLUMN "{column}"')
