"""Opening status, closed days and working-day deadlines on the real 2026-2027 calendar."""

from __future__ import annotations

import importlib.util
import zoneinfo
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from kiosk.calendar import (
    CalendarSettings,
    ClosedKind,
    HolidayKind,
    IndonesianHolidays,
    LocalClosure,
    OfficeCalendar,
    OfficeState,
)
from kiosk.calendar.wording import date_en, date_id, time_id
from kiosk.calendar.zones import load_timezone

WIB = zoneinfo.ZoneInfo("Asia/Jakarta")


def wib(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=WIB)


@pytest.fixture(scope="module")
def office() -> OfficeCalendar:
    return OfficeCalendar()


@pytest.fixture(scope="module")
def office_cuti_working() -> OfficeCalendar:
    return OfficeCalendar(CalendarSettings(cuti_bersama_is_working_day=True))


# -- closed days ----------------------------------------------------------------------------


def test_weekends_are_closed_and_named(office: OfficeCalendar) -> None:
    assert office.closed_reason(date(2026, 8, 15)) == "Sabtu"
    assert office.closed_reason(date(2026, 8, 16)) == "Minggu"
    assert not office.is_working_day(date(2026, 8, 15))
    assert office.is_working_day(date(2026, 8, 14))
    assert office.closed_reason(date(2026, 8, 14)) is None


def test_independence_day_is_a_national_holiday(office: OfficeCalendar) -> None:
    day = date(2026, 8, 17)  # a Monday
    closed = office.closed_day(day)
    assert closed is not None
    assert closed.kind is ClosedKind.PUBLIC_HOLIDAY
    assert closed.reason_id == "Hari Kemerdekaan Republik Indonesia"
    assert closed.reason_en == "Independence Day"
    assert not office.is_working_day(day)


def test_2026_has_17_national_holidays_and_8_cuti_bersama_days() -> None:
    table = IndonesianHolidays().in_year(2026)
    kinds = [h.kind for h in table.values()]
    assert kinds.count(HolidayKind.PUBLIC) == 17
    assert kinds.count(HolidayKind.CUTI_BERSAMA) == 8


def test_cuti_bersama_closes_the_office_by_default(
    office: OfficeCalendar, office_cuti_working: OfficeCalendar
) -> None:
    christmas_eve = date(2026, 12, 24)  # a Thursday, cuti bersama by SKB 3 Menteri
    closed = office.closed_day(christmas_eve)
    assert closed is not None
    assert closed.kind is ClosedKind.CUTI_BERSAMA
    assert closed.reason_id == "Cuti Bersama Hari Raya Natal"
    assert not office.is_working_day(christmas_eve)

    assert office_cuti_working.is_working_day(christmas_eve)
    assert office_cuti_working.closed_reason(christmas_eve) is None
    # Christmas Day itself stays a national holiday under either setting.
    assert office_cuti_working.closed_reason(date(2026, 12, 25)) == "Hari Raya Natal"


def test_local_closure_closes_with_its_reason() -> None:
    office = OfficeCalendar(
        CalendarSettings(closures=(LocalClosure(date(2026, 12, 31), "Tutup buku akhir tahun"),))
    )
    assert office.closed_reason(date(2026, 12, 31)) == "Tutup buku akhir tahun"
    status = office.status_at(wib("2026-12-31T09:00"))
    assert not status.open
    assert status.closed_day is not None
    assert status.closed_day.kind is ClosedKind.LOCAL_CLOSURE
    assert status.reason_id.startswith("Kantor tutup: Tutup buku akhir tahun. ")
    # 1 Jan is a holiday, 2-3 Jan a weekend: back on Monday 4 January.
    assert status.next_opening == wib("2027-01-04T08:00")


# -- deadlines ------------------------------------------------------------------------------


def test_seven_working_days_across_the_year_end(
    office: OfficeCalendar, office_cuti_working: OfficeCalendar
) -> None:
    received = date(2026, 12, 23)
    # 24 cuti bersama, 25 Natal, 26-27 weekend; 28, 29, 30, 31 Dec = 1-4;
    # 1 Jan Tahun Baru, 2-3 weekend; 4 Jan = 5; 5 Jan Isra Mikraj 2027; 6, 7 Jan = 6, 7.
    assert office.add_working_days(received, 7) == date(2027, 1, 7)
    # With cuti bersama worked: 24 Dec = 1, 28-31 Dec = 2-5, 4 Jan = 6, 6 Jan = 7.
    assert office_cuti_working.add_working_days(received, 7) == date(2027, 1, 6)
    assert office.working_days_between(received, date(2027, 1, 7)) == 7


def test_a_local_closure_pushes_the_deadline() -> None:
    office = OfficeCalendar(
        CalendarSettings(closures=(LocalClosure(date(2026, 12, 31), "Tutup buku akhir tahun"),))
    )
    assert office.add_working_days(date(2026, 12, 23), 7) == date(2027, 1, 8)


def test_receipt_day_does_not_count_even_when_closed(office: OfficeCalendar) -> None:
    # Thursday 13 Aug: Friday 14 is day 1.
    assert office.add_working_days(date(2026, 8, 13), 1) == date(2026, 8, 14)
    # A file left on Saturday 15 Aug: Monday 17 is a holiday, so Tuesday 18 is day 1.
    assert office.add_working_days(date(2026, 8, 15), 1) == date(2026, 8, 18)
    assert office.add_working_days(date(2026, 8, 15), 0) == date(2026, 8, 15)


def test_fourteen_working_days_for_a_complaint_answer(office: OfficeCalendar) -> None:
    # 17 Aug holiday, 25 Aug Maulid Nabi: Aug 13 -> 14,18,19,20,21,24,26,27,28,31, Sep 1,2,3,4
    assert office.add_working_days(date(2026, 8, 13), 14) == date(2026, 9, 4)


def test_overdue_files_count_back_negative(office: OfficeCalendar) -> None:
    assert office.working_days_between(date(2026, 8, 18), date(2026, 8, 14)) == -1
    assert office.working_days_between(date(2026, 8, 14), date(2026, 8, 14)) == 0


def test_negative_working_days_are_refused(office: OfficeCalendar) -> None:
    with pytest.raises(ValueError, match="negative"):
        office.add_working_days(date(2026, 8, 14), -1)


# -- opening status -------------------------------------------------------------------------


def test_a_normal_day_from_before_opening_to_after_closing(office: OfficeCalendar) -> None:
    before = office.status_at(wib("2026-08-13T07:59:59"))  # Thursday
    assert before.state is OfficeState.BEFORE_OPENING
    assert (before.open, before.can_issue) == (False, False)
    assert before.next_opening == wib("2026-08-13T08:00")
    assert before.reason_id == "Layanan belum dibuka. Layanan dibuka pukul 08.00."
    assert before.reason_en == "Not open yet. Service opens at 08:00."

    opened = office.status_at(wib("2026-08-13T08:00"))
    assert opened.state is OfficeState.OPEN
    assert (opened.open, opened.can_issue, opened.next_opening) == (True, True, None)
    assert opened.reason_id == "Layanan buka. Nomor antrean diberikan sampai pukul 14.30."

    closed = office.status_at(wib("2026-08-13T15:00"))
    assert closed.state is OfficeState.AFTER_CLOSING
    assert (closed.open, closed.can_issue) == (False, False)
    assert closed.next_opening == wib("2026-08-14T08:00")
    assert closed.reason_id == (
        "Layanan hari ini sudah ditutup. "
        "Silakan datang kembali pada Jumat, 14 Agustus 2026 pukul 08.00."
    )


def test_issuing_stops_thirty_minutes_before_closing(office: OfficeCalendar) -> None:
    last = office.status_at(wib("2026-08-13T14:29:59"))
    assert last.can_issue

    late = office.status_at(wib("2026-08-13T14:30"))
    assert late.state is OfficeState.AFTER_CUTOFF
    assert late.open  # counters still serve those already waiting
    assert not late.can_issue
    assert late.next_opening == wib("2026-08-14T08:00")
    assert late.reason_id.startswith(
        "Pengambilan nomor antrean hari ini sudah ditutup pukul 14.30. "
    )
    assert late.reason_en.startswith("Ticket issuing closed at 14:30 today. ")


def test_friday_prayer_break(office: OfficeCalendar) -> None:
    assert office.status_at(wib("2026-08-14T11:29:59")).can_issue

    pause = office.status_at(wib("2026-08-14T11:30"))
    assert pause.state is OfficeState.BREAK
    assert (pause.open, pause.can_issue) == (False, False)
    assert pause.next_opening == wib("2026-08-14T13:00")
    assert pause.reason_id == "Layanan sedang istirahat dan dibuka kembali pukul 13.00."
    assert pause.reason_en == "Service is on a break and resumes at 13:00."

    resumed = office.status_at(wib("2026-08-14T13:00"))
    assert resumed.state is OfficeState.OPEN
    assert resumed.can_issue


def test_a_holiday_status_names_the_holiday_and_the_next_opening(office: OfficeCalendar) -> None:
    status = office.status_at(wib("2026-08-17T10:00"))
    assert status.state is OfficeState.CLOSED_DAY
    assert (status.open, status.can_issue) == (False, False)
    assert status.next_opening == wib("2026-08-18T08:00")
    assert status.reason_id == (
        "Kantor tutup: Hari Kemerdekaan Republik Indonesia. "
        "Silakan datang kembali pada Selasa, 18 Agustus 2026 pukul 08.00."
    )
    assert status.reason_en == (
        "The office is closed: Independence Day. "
        "Please come back on Tuesday, 18 August 2026 at 08:00."
    )


def test_a_weekend_status_says_which_day(office: OfficeCalendar) -> None:
    status = office.status_at(wib("2026-08-16T10:00"))
    assert status.reason_id.startswith("Kantor tutup pada hari Minggu. ")
    assert status.reason_en.startswith("The office is closed on Sunday. ")


def test_next_opening_across_the_lebaran_long_weekend(
    office: OfficeCalendar, office_cuti_working: OfficeCalendar
) -> None:
    # 2026: 18 Mar cuti (Nyepi), 19 Nyepi, 20 cuti, 21-22 Idul Fitri (weekend), 23-24 cuti.
    after_work = wib("2026-03-17T15:30")
    assert office.next_opening(after_work) == wib("2026-03-25T08:00")
    assert office.status_at(after_work).next_opening == wib("2026-03-25T08:00")
    # Where cuti bersama is worked, only Nyepi, the weekend and Lebaran itself are off.
    assert office_cuti_working.next_opening(after_work) == wib("2026-03-18T08:00")
    assert office_cuti_working.next_opening(wib("2026-03-18T15:00")) == wib("2026-03-20T08:00")


def test_next_opening_over_the_independence_day_weekend(office: OfficeCalendar) -> None:
    assert office.next_opening(wib("2026-08-14T15:00")) == wib("2026-08-18T08:00")
    # From inside the break, the next opening is the end of the break.
    assert office.next_opening(wib("2026-08-14T12:00")) == wib("2026-08-14T13:00")


def test_service_day_switches_at_jakarta_midnight_not_utc(office: OfficeCalendar) -> None:
    last_second = datetime(2026, 8, 18, 16, 59, 59, tzinfo=UTC)  # 23:59:59 WIB
    midnight = datetime(2026, 8, 18, 17, 0, 0, tzinfo=UTC)  # 00:00 WIB on the 19th
    assert office.service_day(last_second) == date(2026, 8, 18)
    assert office.service_day(midnight) == date(2026, 8, 19)
    # UTC's own date at those moments is the 18th both times.
    assert last_second.date() == midnight.date() == date(2026, 8, 18)


def test_status_reads_a_utc_clock_in_office_time(office: OfficeCalendar) -> None:
    # 05:00 UTC on a Friday is 12:00 in Jakarta: the prayer break.
    status = office.status_at(datetime(2026, 8, 14, 5, 0, tzinfo=UTC))
    assert status.state is OfficeState.BREAK
    assert status.next_opening == wib("2026-08-14T13:00")
    assert status.next_opening.utcoffset() == timedelta(hours=7)


def test_a_naive_datetime_is_refused(office: OfficeCalendar) -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        office.status_at(datetime(2026, 8, 14, 9, 0))


def test_a_saturday_service_opens_saturdays() -> None:
    office = OfficeCalendar(CalendarSettings.from_mapping({"hours": {"sat": "08:00-12:00"}}))
    assert office.is_working_day(date(2026, 8, 15))
    status = office.status_at(wib("2026-08-15T11:45"))
    assert status.state is OfficeState.AFTER_CUTOFF
    assert status.reason_id.startswith("Pengambilan nomor antrean hari ini sudah ditutup pukul 11.30.")
    # Saturday counts as a working day for this office's deadlines.
    assert office.add_working_days(date(2026, 8, 14), 1) == date(2026, 8, 15)


def test_a_cutoff_inside_the_break_stops_issuing_for_the_afternoon() -> None:
    office = OfficeCalendar(CalendarSettings(issue_cutoff_minutes=150))  # Friday cutoff 12:30
    status = office.status_at(wib("2026-08-14T13:30"))
    assert status.state is OfficeState.AFTER_CUTOFF
    assert status.open and not status.can_issue
    assert status.next_opening == wib("2026-08-18T08:00")


# -- portability and wording ----------------------------------------------------------------


@pytest.fixture
def no_tz_database(tmp_path: Path) -> Iterator[None]:
    """A machine without an IANA database, as Windows is without the tzdata package."""
    if importlib.util.find_spec("tzdata") is not None:
        pytest.skip("the tzdata package supplies the zones; nothing to fall back from")
    zoneinfo.reset_tzpath(to=[str(tmp_path)])
    zoneinfo.ZoneInfo.clear_cache()
    try:
        with pytest.raises(zoneinfo.ZoneInfoNotFoundError):
            zoneinfo.ZoneInfo("Asia/Jakarta")
        yield
    finally:
        zoneinfo.reset_tzpath()
        zoneinfo.ZoneInfo.clear_cache()


@pytest.mark.usefixtures("no_tz_database")
def test_jakarta_time_works_without_a_time_zone_database() -> None:
    office = OfficeCalendar()
    assert office.service_day(datetime(2026, 8, 18, 17, 0, tzinfo=UTC)) == date(2026, 8, 19)
    status = office.status_at(datetime(2026, 8, 14, 5, 0, tzinfo=UTC))
    assert status.state is OfficeState.BREAK
    assert status.next_opening is not None
    assert status.next_opening.utcoffset() == timedelta(hours=7)
    with pytest.raises(LookupError):
        load_timezone("Europe/Nowhere")


def test_dates_and_times_are_written_the_indonesian_way() -> None:
    assert date_id(date(2026, 11, 24)) == "Selasa, 24 November 2026"
    assert date_en(date(2026, 11, 24)) == "Tuesday, 24 November 2026"
    assert time_id(wib("2026-11-24T14:05").time()) == "14.05"
