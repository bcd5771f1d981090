"""A hall ready for desk work: the bundled catalog and three officers, on each database."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from kiosk import config
from kiosk.audit import Actor
from kiosk.calendar import OfficeCalendar
from kiosk.queue import Office, add_counter, add_queue, ensure_default_layout
from kiosk.setup import load_bundled_catalog
from kiosk.staff import add_officer
from kiosk.staff.roles import Role
from kiosk.storage import Database
from tests.support.actors import SETUP, SETUP_TIME

WIB = ZoneInfo("Asia/Jakarta")
ADMIN = Actor("cli", Role.ADMINISTRATOR.value, "test-pc")
PINS = {"ANI": "246810", "BUDI": "135790", "CITRA": "112233"}


def at(text: str) -> datetime:
    """Office wall-clock time, e.g. ``at("2026-11-24 09:00")``."""
    return datetime.fromisoformat(text).replace(tzinfo=WIB)


SECRET = "5f" * 32


@dataclass
class Hall:
    db: Database
    calendar: OfficeCalendar
    office: Office

    def officer(self, code: str, counter: str = "3", terminal: str = "Loket-PC-3") -> Actor:
        role = {"ANI": "supervisor", "BUDI": "officer", "CITRA": "administrator"}[code]
        return Actor(code, role, terminal, counter)


def make_hall(db: Database, *, officers: bool = True) -> Hall:
    """``officers=False`` skips the three slow PIN hashes for tests that only need an Actor."""
    now = at("2026-11-24 07:30")
    load_bundled_catalog(db, config.validate({}, "test"), now)
    ensure_default_layout(db)
    # A second line, served only by counter 4, to transfer tickets into.
    add_queue(db, "B", "Konsultasi", actor=SETUP, now=SETUP_TIME)
    add_counter(db, 4, queues=["B"], is_open=False, actor=SETUP, now=SETUP_TIME)
    if officers:
        add_officer(db, ADMIN, now, code="ani", name="Ani Suryani", role="supervisor", pin=PINS["ANI"])
        add_officer(db, ADMIN, now, code="budi", name="Budi Santoso", role="officer", pin=PINS["BUDI"])
        add_officer(db, ADMIN, now, code="citra", name="Citra Lestari", role="administrator", pin=PINS["CITRA"])
    calendar = OfficeCalendar()
    return Hall(db, calendar, Office(calendar, SECRET))


@pytest.fixture
def hall(db: Database) -> Hall:
    return make_hall(db)
