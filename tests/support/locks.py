"""Another client holding the database, as a stuck terminal, a backup tool or a long report does:
the SQLite write lock, or an exclusive lock on one PostgreSQL table."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import create_engine, text

from kiosk.storage import Database


@contextmanager
def write_lock_held(db: Database, table: str) -> Iterator[None]:
    """On PostgreSQL only writes to ``table`` wait (readers and other tables go on)."""
    if db.is_sqlite:
        holder = sqlite3.connect(db.url.removeprefix("sqlite:///"), isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")
        try:
            yield
        finally:
            holder.execute("ROLLBACK")
            holder.close()
        return
    engine = create_engine(db.url.replace("postgresql://", "postgresql+psycopg://", 1))
    try:
        with engine.connect() as conn:
            conn.execute(text(f"LOCK TABLE {table} IN EXCLUSIVE MODE"))
            try:
                yield
            finally:
                conn.rollback()
    finally:
        engine.dispose()
