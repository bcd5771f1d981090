"""Due dates for each unit a Standar Pelayanan may use (no database)."""

from __future__ import annotations

from datetime import date

import pytest

from kiosk.calendar import CalendarSettings, LocalClosure, OfficeCalendar
from kiosk.files import DueDateError, due_date
from tests.staff.hall import at

CAL = OfficeCalendar()


def test_working_days_count_from_the_day_after_receipt() -> None:
    assert due_date(CAL, at("2026-11-27 14:00"), 1, "working_days") == date(2026, 11, 30)  # Friday -> Monday
    assert due_date(CAL, at("2026-11-28 10:00"), 1, "working_days") == date(2026, 11, 30)  # Saturday -> Monday
    assert due_date(CAL, at("2026-11-24 10:00"), 0, "working_days") == date(2026, 11, 24)


def test_a_local_closure_from_the_configuration_moves_the_date() -> None:
    closed = OfficeCalendar(CalendarSettings(closures=(LocalClosure(date(2026, 11, 25), "Rapat kerja"),)))
    assert due_date(closed, at("2026-11-24 10:00"), 1, "working_days") == date(2026, 11, 26)


def test_calendar_days_hours_and_minutes_run_on_the_clock() -> None:
    assert due_date(CAL, at("2026-11-24 10:00"), 14, "calendar_days") == date(2026, 12, 8)
    assert due_date(CAL, at("2026-11-24 10:00"), 20, "hours") == date(2026, 11, 25)
    assert due_date(CAL, at("2026-11-24 23:50"), 15, "minutes") == date(2026, 11, 25)


@pytest.mark.parametrize(("value", "unit"), [(None, "working_days"), (7, None), (7, "weeks"), (-1, "working_days")])
def test_unusable_processing_times_are_refused(value: int | None, unit: str | None) -> None:
    with pytest.raises(DueDateError):
        due_date(CAL, at("2026-11-24 10:00"), value, unit)
