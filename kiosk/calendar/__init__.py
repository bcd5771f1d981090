"""The office calendar: opening hours, holidays, cuti bersama, and working-day deadlines.

Pure functions and dataclasses; the database layer, the kiosk and the reports call them.
"""

from kiosk.calendar.office import ClosedDay, ClosedKind, OfficeCalendar, OfficeState, OpenStatus
from kiosk.calendar.public_holidays import DEFAULT_HOLIDAYS, Holiday, HolidayKind, IndonesianHolidays
from kiosk.calendar.settings import CalendarSettings, ConfigValueError, LocalClosure, TimeRange

__all__ = [
    "DEFAULT_HOLIDAYS",
    "CalendarSettings",
    "ClosedDay",
    "ClosedKind",
    "ConfigValueError",
    "Holiday",
    "HolidayKind",
    "IndonesianHolidays",
    "LocalClosure",
    "OfficeCalendar",
    "OfficeState",
    "OpenStatus",
    "TimeRange",
]
