"""Test databases: a fresh SQLite file, or a fresh schema on the PostgreSQL server.

Every database test runs on both. With CI=true an unreachable PostgreSQL fails the run instead
of skipping, so a green CI always means both databases were exercised.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

PG_SERVER = os.environ.get("MPP_TEST_PG", "postgresql+psycopg://127.0.0.1:5432/test")


def ci_requires_everything() -> bool:
    return os.environ.get("CI", "").lower() == "true"


_pg_ok: bool | None = None


def postgres_available() -> bool:
    global _pg_ok
    if _pg_ok is None:
        try:
            engine = create_engine(PG_SERVER, connect_args={"connect_timeout": 3})
            with engine.connect() as conn:
                conn.execute(text("select 1"))
            engine.dispose()
            _pg_ok = True
        except Exception:
            _pg_ok = False
    return _pg_ok


def require_postgres() -> None:
    if postgres_available():
        return
    if ci_requires_everything():
        pytest.fail(f"CI=true but PostgreSQL at {PG_SERVER} does not answer")
    pytest.skip("PostgreSQL server not reachable")


@contextmanager
def postgres_schema_url() -> Iterator[str]:
    """A URL whose connections see only a brand-new schema, dropped afterwards."""
    require_postgres()
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_SERVER, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield f"{PG_SERVER}?options=-csearch_path%3D{schema}"
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@contextmanager
def database_url(kind: str, folder: Path) -> Iterator[str]:
    if kind == "sqlite":
        yield f"sqlite:///{folder / 'kiosk.db'}"
    else:
        with postgres_schema_url() as url:
            yield url
