"""A hall for queue tests: the real catalog, queue A for every service, open counters 1-3."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from kiosk.calendar import OfficeCalendar
from kiosk.catalog.importer import read_files
from kiosk.catalog.store import store
from kiosk.queue import Office, ensure_default_layout
from kiosk.storage import Database
from tests.support.documents import annex_of

WIB = ZoneInfo("Asia/Jakarta")
SECRET = "5eed" * 16


def wib(text: str) -> datetime:
    """Office wall-clock time, e.g. ``wib("2026-11-24 09:00")`` (a Tuesday)."""
    return datetime.fromisoformat(text).replace(tzinfo=WIB)


TUESDAY_9 = wib("2026-11-24 09:00")


def load_services(db: Database, numbers: range, now: datetime = TUESDAY_9) -> None:
    """Services ``numbers`` made from the real annex (same text, renumbered)."""
    text = annex_of(len(numbers), start=numbers.start).encode()
    with db.write() as session:
        store(session, read_files([("annex.txt", text)]), now)


@pytest.fixture(scope="session")
def office() -> Office:
    return Office(calendar=OfficeCalendar(), secret=SECRET)


@pytest.fixture
def hall(db: Database) -> Iterator[Database]:
    """Services 50-52, queue A (ratio 2:1, all services), counters 1-3 open."""
    load_services(db, range(50, 53))
    ensure_default_layout(db)
    yield db
