"""``INSERT ... ON CONFLICT`` for the database a session is bound to.

Both databases spell it the same, but SQLAlchemy builds it per dialect. The PostgreSQL dialect
is imported only when a session is bound to PostgreSQL: on a SQLite terminal it would cost the
start-up about 30 ms (it brings its asyncpg and psycopg variants with it) for nothing.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.dialects.sqlite import Insert as SqliteInsert
from sqlalchemy.orm import Session


def dialect_insert(dialect: str, table: Any) -> SqliteInsert:
    """``insert(table)`` that knows ``on_conflict_do_nothing`` / ``on_conflict_do_update``."""
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as postgresql_insert

        # The two Insert classes offer the same on_conflict methods; typed as one for callers.
        return postgresql_insert(table)  # type: ignore[return-value]
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    return sqlite_insert(table)


def session_insert(session: Session, table: Any) -> SqliteInsert:
    return dialect_insert(session.get_bind().dialect.name, table)
