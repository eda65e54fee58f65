"""The entry log becomes the record: what older versions stored without a log record is logged once.

Versions before this one wrote the congress's id (`uid`) and station secret (`secret`) into the congress table
without logging them, so a change to either could not be told from the original. This revision appends one
`record.converted` record carrying the values as stored, projected like any other record; from now on `verify`
rebuilds every table from the log alone. A database with an empty log (being created) gets no record.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Appends the conversion record (as the opening station's, under the writers' lock)."""
    from alembic import context

    from app.people import default_station
    from app.record.events import RecordConverted
    from app.record.log import Actor, build, clamp, now, read_head
    from app.record.sql import AlchemySql

    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        conn.execute(sa.text("SELECT pg_advisory_xact_lock(:k)"), {"k": 0x6B70})
    if conn.execute(sa.text("SELECT count(*) FROM log")).scalar_one() == 0:
        return
    row = conn.execute(sa.text("SELECT uid, secret FROM congress WHERE id = 1")).first()
    if row is None:
        return  # no congress row: nothing to carry over (verify names what is missing)
    uid, secret = row[0], row[1]
    actor = context.config.attributes.get("actor") or Actor(default_station(), "kiemphieu")
    # the record and its projection written with this revision's columns only (the current table definitions may
    # hold columns a later revision adds): what the projector writes for `record.converted`, no more
    sql = AlchemySql(conn)
    head = read_head(sql)
    env = build(head, clamp(now(), head.at), actor, RecordConverted(uid, secret, revision))
    columns = ("seq", "at", "station", "operator", "action", "payload", "data_hash", "prev_hash", "hash")
    sql.run(f"INSERT INTO log ({', '.join(columns)}) VALUES ({', '.join(':' + c for c in columns)})", env.row())
    sql.run("UPDATE congress SET uid = :uid, secret = :secret WHERE id = 1", {"uid": uid, "secret": secret})


def downgrade() -> None:
    """The record stays: a log is never shortened."""
