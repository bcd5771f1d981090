"""Properties of deadlines and opening status that hold for every date and moment."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.calendar import CalendarSettings, OfficeCalendar, OfficeState

OFFICE = OfficeCalendar()
OFFICE_CUTI_WORKING = OfficeCalendar(CalendarSettings(cuti_bersama_is_working_day=True))
JAKARTA_OFFSET = timezone(timedelta(hours=7))

offices = st.sampled_from([OFFICE, OFFICE_CUTI_WORKING])
days = st.dates(min_value=date(2024, 1, 1), max_value=date(2029, 12, 31))
counts = st.integers(min_value=0, max_value=60)
moments = st.datetimes(
    min_value=datetime(2025, 1, 1), max_value=datetime(2028, 12, 31), timezones=st.just(UTC)
)
caller_zones = st.sampled_from(
    [UTC, JAKARTA_OFFSET, timezone(timedelta(hours=-5)), timezone(timedelta(hours=9))]
)

common = settings(max_examples=150, deadline=None)


@common
@given(office=offices, start=days, n=st.integers(min_value=1, max_value=60))
def test_a_deadline_always_falls_on_a_working_day(office: OfficeCalendar, start: date, n: int) -> None:
    due = office.add_working_days(start, n)
    assert due > start
    assert office.is_working_day(due)


@common
@given(office=offices, start=days, n=counts)
def test_counting_back_gives_the_days_added(office: OfficeCalendar, start: date, n: int) -> None:
    due = office.add_working_days(start, n)
    assert office.working_days_between(start, due) == n
    assert office.working_days_between(due, start) == -n


@common
@given(office=offices, start=days, n=counts, extra=counts, later=st.integers(0, 30))
def test_deadlines_never_move_earlier(
    office: OfficeCalendar, start: date, n: int, extra: int, later: int
) -> None:
    due = office.add_working_days(start, n)
    assert office.add_working_days(start, n + extra) >= due
    assert office.add_working_days(start + timedelta(days=later), n) >= due


@common
@given(office=offices, moment=moments, zone=caller_zones)
def test_service_day_is_the_date_in_jakarta(
    office: OfficeCalendar, moment: datetime, zone: timezone
) -> None:
    assert office.service_day(moment.astimezone(zone)) == moment.astimezone(JAKARTA_OFFSET).date()


@common
@given(office=offices, moment=moments, zone=caller_zones, data=st.data())
def test_status_agrees_with_the_sessions_and_the_next_opening(
    office: OfficeCalendar, moment: datetime, zone: timezone, data: st.DataObject
) -> None:
    moment = moment.astimezone(zone)
    status = office.status_at(moment)
    day = office.service_day(moment)
    serving = any(start <= moment < end for start, end in office.sessions_on(day))

    assert status.open == serving
    if status.can_issue:
        assert status.open
        assert status.state is OfficeState.OPEN
        assert status.next_opening is None
        return

    assert status.next_opening is not None
    assert status.next_opening > moment
    assert office.status_at(status.next_opening).open
    assert office.status_at(status.next_opening).can_issue
    if status.state is not OfficeState.AFTER_CUTOFF:
        # Nothing opens between now and the announced opening.
        wait = (status.next_opening - moment) // timedelta(microseconds=1)
        between = moment + timedelta(microseconds=data.draw(st.integers(0, wait - 1)))
        assert not office.status_at(between).open
        assert office.next_opening(moment) == status.next_opening
