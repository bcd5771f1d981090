"""A small hall for survey and report tests: the bundled catalog, the default queue layout, and
tickets taken through the real queue engine (issue, call, serve, complete) at chosen times."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from kiosk import config
from kiosk.calendar import CalendarSettings, OfficeCalendar
from kiosk.queue.calling import call_next
from kiosk.queue.issuing import issue_ticket
from kiosk.queue.layout import ensure_default_layout
from kiosk.queue.office import Office
from kiosk.queue.states import Action
from kiosk.queue.transitions import act
from kiosk.queue.views import TicketView
from kiosk.setup import load_bundled_catalog
from kiosk.storage import Database

SECRET = "5eed" * 16
WIB = ZoneInfo("Asia/Jakarta")


def wib(year: int, month: int, day: int, hour: int, minute: int = 0, second: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, second, tzinfo=WIB)


def office() -> Office:
    return Office(calendar=OfficeCalendar(CalendarSettings()), secret=SECRET)


def prepare(db: Database) -> Office:
    settings = config.validate({}, "test")
    load_bundled_catalog(db, settings, wib(2026, 9, 1, 8))
    ensure_default_layout(db)
    return office()


def served(
    db: Database,
    hall: Office,
    *,
    issued: datetime,
    wait: timedelta = timedelta(minutes=10),
    service: timedelta = timedelta(minutes=5),
    counter: int = 1,
    officer: str = "PTG-01",
    number: int = 50,
) -> TicketView:
    """A ticket issued at ``issued``, called ``wait`` later, served and completed ``service``
    after the call, at ``counter`` by ``officer``."""
    ticket = issue_ticket(db, number, office=hall, now=issued)
    called = issued + wait
    result = call_next(db, counter, office=hall, now=called, officer=officer)
    assert result is not None and result.ticket.id == ticket.id, "another ticket was called first"
    act(db, ticket.id, Action.SERVE, office=hall, now=called, counter=counter, officer=officer)
    done = act(db, ticket.id, Action.COMPLETE, office=hall, now=called + service, counter=counter, officer=officer)
    return done.ticket


def waiting(db: Database, hall: Office, *, issued: datetime, number: int = 50) -> TicketView:
    return issue_ticket(db, number, office=hall, now=issued)


def no_show(db: Database, hall: Office, *, issued: datetime, counter: int = 1, officer: str = "PTG-01") -> TicketView:
    ticket = issue_ticket(db, 50, office=hall, now=issued)
    called = issued + timedelta(minutes=3)
    call_next(db, counter, office=hall, now=called, officer=officer)
    return act(db, ticket.id, Action.SKIP, office=hall, now=called + timedelta(minutes=2), counter=counter,
                       officer=officer).ticket
