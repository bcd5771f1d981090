from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.storage import Database
from kiosk.storage.migrate import upgrade
from tests.support.databases import database_url

DB_KINDS = ["sqlite", "postgresql"]


@pytest.fixture(params=DB_KINDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty database on each engine the project supports."""
    with database_url(request.param, tmp_path) as url:
        yield url


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    """A database migrated to the newest schema, with nothing loaded."""
    database = Database(db_url)
    upgrade(database)
    yield database
    database.dispose()
