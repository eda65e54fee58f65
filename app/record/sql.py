"""SQL text with named parameters, run on whichever connection a transaction has: SQLAlchemy's (any database)
or a raw sqlite3 connection (the ballot fast path, and verify's in-memory rebuild). Each table's INSERT is
written once, from the table definitions, and used by both."""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any, Protocol

from sqlalchemy import Connection, TextClause, text

from app.storage.rows import Base

Params = Mapping[str, Any]


class Sql(Protocol):
    """A connection inside a transaction."""

    def run(self, sql: str, params: Params) -> None:
        """Executes a statement."""

    def all(self, sql: str, params: Params) -> Sequence[Sequence[Any]]:
        """Every row of a query."""

    def one(self, sql: str, params: Params) -> Sequence[Any] | None:
        """The first row of a query, or None."""


@cache
def _clause(sql: str) -> TextClause:
    return text(sql)


class AlchemySql:
    """SQL on a SQLAlchemy connection (the statement compiled once per text)."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def run(self, sql: str, params: Params) -> None:
        self.conn.execute(_clause(sql), dict(params))

    def all(self, sql: str, params: Params) -> Sequence[Sequence[Any]]:
        return [tuple(r) for r in self.conn.execute(_clause(sql), dict(params))]

    def one(self, sql: str, params: Params) -> Sequence[Any] | None:
        row = self.conn.execute(_clause(sql), dict(params)).first()
        return None if row is None else tuple(row)


class SqliteSql:
    """SQL on a raw sqlite3 connection."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def run(self, sql: str, params: Params) -> None:
        self.conn.execute(sql, params)

    def all(self, sql: str, params: Params) -> Sequence[Sequence[Any]]:
        return self.conn.execute(sql, params).fetchall()

    def one(self, sql: str, params: Params) -> Sequence[Any] | None:
        row: Sequence[Any] | None = self.conn.execute(sql, params).fetchone()
        return row


@dataclass(frozen=True)
class TableSql:
    """The statements of one table, from its definition: columns in order, primary key, INSERT, SELECT by key."""

    name: str
    columns: tuple[str, ...]
    key: tuple[str, ...]
    insert: str
    select: str
    get: str
    _updates: dict[tuple[str, ...], str] = field(default_factory=dict, compare=False)

    def update(self, columns: tuple[str, ...]) -> str:
        """UPDATE of these columns of the row with the key."""
        sql = self._updates.get(columns)
        if sql is None:
            sets = ", ".join(f"{c} = :{c}" for c in columns)
            sql = self._updates[columns] = f"UPDATE {self.name} SET {sets} WHERE {self._where}"
        return sql

    @property
    def delete(self) -> str:
        """DELETE of the row with the key."""
        return f"DELETE FROM {self.name} WHERE {self._where}"

    @property
    def _where(self) -> str:
        return " AND ".join(f"{k} = :{k}" for k in self.key)


def _table_sql(name: str) -> TableSql:
    t = Base.metadata.tables[name]
    cols = tuple(c.name for c in t.columns)
    key = tuple(c.name for c in t.primary_key.columns)
    where = " AND ".join(f"{k} = :{k}" for k in key)
    return TableSql(
        name=name,
        columns=cols,
        key=key,
        insert=f"INSERT INTO {name} ({', '.join(cols)}) VALUES ({', '.join(':' + c for c in cols)})",
        select=f"SELECT {', '.join(cols)} FROM {name} ORDER BY {', '.join(key)}",
        get=f"SELECT {', '.join(cols)} FROM {name} WHERE {where}",
    )


#: Every table's statements, by table name.
TABLES: dict[str, TableSql] = {name: _table_sql(name) for name in Base.metadata.tables}
#: The one INSERT of a log record and of a ballot row (the general path and the SQLite fast path alike).
LOG_INSERT = TABLES["log"].insert
BALLOT_INSERT = TABLES["ballot"].insert
