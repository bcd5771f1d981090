"""What every queue operation needs to know about the office: its calendar, its signing secret
and the per-terminal queue settings."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from kiosk import config
from kiosk.calendar import CalendarSettings, OfficeCalendar
from kiosk.queue.priority import Labels
from kiosk.queue.settings import QueueSettings

if TYPE_CHECKING:
    from kiosk.storage import Database


@dataclass(frozen=True)
class Office:
    calendar: OfficeCalendar
    secret: str
    queue: QueueSettings = field(default_factory=QueueSettings)

    @property
    def labels(self) -> Labels:
        return Labels(self.queue.categories)

    def service_day(self, now: datetime) -> date:
        return self.calendar.service_day(now)

    @classmethod
    def from_settings(cls, settings: config.Settings, db: Database | None = None) -> Office:
        """With ``db``, closures set for the whole hall count too (see kiosk.calendar.closures)."""
        return cls(
            calendar=calendar_from_settings(settings, db),
            secret=settings.secret,
            queue=QueueSettings.from_mapping(settings.extra.get("queue", {})),
        )


def calendar_from_settings(settings: config.Settings, db: Database | None = None) -> OfficeCalendar:
    """The ``[calendar]`` table, in the ``[office]`` time zone unless it names its own, and with
    ``db`` the hall's closures and its week (hours, breaks, cut-off) from the database."""
    raw: Any = settings.extra.get("calendar", {})
    if isinstance(raw, Mapping) and "timezone" not in raw:
        raw = {**raw, "timezone": str(settings.get("office", "timezone"))}
    if db is None:
        return OfficeCalendar(CalendarSettings.from_mapping(raw))
    # The hall's tables (and SQLAlchemy) only when a database is given: a terminal reads the
    # settings file for its clock before its first screen, and the database after it.
    from kiosk.calendar.closures import HallClosures
    from kiosk.calendar.hours import HallWeekCache

    return OfficeCalendar(CalendarSettings.from_mapping(raw), hall_closures=HallClosures(db),
                          hall_week=HallWeekCache(db))
