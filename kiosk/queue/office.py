"""What every queue operation needs to know about the office: its calendar, its signing secret
and the per-terminal queue settings."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from kiosk import config
from kiosk.calendar import CalendarSettings, OfficeCalendar
from kiosk.queue.priority import Labels
from kiosk.queue.settings import QueueSettings


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
    def from_settings(cls, settings: config.Settings) -> Office:
        return cls(
            calendar=calendar_from_settings(settings),
            secret=settings.secret,
            queue=QueueSettings.from_mapping(settings.extra.get("queue", {})),
        )


def calendar_from_settings(settings: config.Settings) -> OfficeCalendar:
    """The ``[calendar]`` table, in the ``[office]`` time zone unless it names its own."""
    raw: Any = settings.extra.get("calendar", {})
    if isinstance(raw, Mapping) and "timezone" not in raw:
        raw = {**raw, "timezone": str(settings.get("office", "timezone"))}
    return OfficeCalendar(CalendarSettings.from_mapping(raw))
