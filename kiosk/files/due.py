"""The date a file must be finished by, from the catalog's processing time."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from kiosk.calendar import OfficeCalendar
from kiosk.refusals import Refused


class DueDateError(Refused, ValueError):
    """The service's processing time cannot give a date (missing or an unknown unit)."""

    code = "no_due_date"


def due_date(calendar: OfficeCalendar, received_at: datetime, value: int | None, unit: str | None) -> date:
    """``working_days`` counts from the day after receipt and skips closed days (the office's
    obligation in its Standar Pelayanan); calendar days, hours and minutes run on the clock."""
    if value is None or unit is None:
        raise DueDateError("Layanan ini tidak mempunyai waktu penyelesaian di katalog.",
                           "The service has no processing time in the catalog.")
    if value < 0:
        raise DueDateError(f"Waktu penyelesaian tidak boleh negatif: {value}.",
                           f"The processing time must not be negative: {value}.")
    local = calendar.local(received_at)
    if unit == "working_days":
        return calendar.add_working_days(local.date(), value)
    if unit == "calendar_days":
        return local.date() + timedelta(days=value)
    if unit == "hours":
        return (local + timedelta(hours=value)).date()
    if unit == "minutes":
        return (local + timedelta(minutes=value)).date()
    raise DueDateError(f"Satuan waktu penyelesaian {unit!r} tidak dikenal.", f"Unknown processing time unit {unit!r}.")
