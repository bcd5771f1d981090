"""Dates printed on tickets and shown on screens, written the Indonesian way."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone

import pytest

from kiosk.receipts.indonesian_dates import (
    format_date,
    format_date_short,
    format_datetime,
    format_time,
    zone_name,
)

WIB = timezone(timedelta(hours=7))


def test_ticket_date_and_time() -> None:
    moment = datetime(2026, 11, 24, 14, 5, tzinfo=WIB)
    assert format_datetime(moment) == "Selasa, 24 November 2026 14.05"
    assert format_datetime(moment, with_zone=True) == "Selasa, 24 November 2026 14.05 WIB"


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2026, 11, 23), "Senin, 23 November 2026"),
        (date(2026, 11, 25), "Rabu, 25 November 2026"),
        (date(2026, 11, 26), "Kamis, 26 November 2026"),
        (date(2026, 11, 27), "Jumat, 27 November 2026"),
        (date(2026, 11, 28), "Sabtu, 28 November 2026"),
        (date(2026, 11, 29), "Minggu, 29 November 2026"),
        (date(2026, 1, 1), "Kamis, 1 Januari 2026"),
        (date(2026, 2, 2), "Senin, 2 Februari 2026"),
        (date(2026, 3, 3), "Selasa, 3 Maret 2026"),
        (date(2026, 5, 5), "Selasa, 5 Mei 2026"),
        (date(2026, 6, 6), "Sabtu, 6 Juni 2026"),
        (date(2026, 7, 7), "Selasa, 7 Juli 2026"),
        (date(2026, 8, 17), "Senin, 17 Agustus 2026"),
        (date(2026, 10, 10), "Sabtu, 10 Oktober 2026"),
        (date(2026, 12, 25), "Jumat, 25 Desember 2026"),
    ],
)
def test_day_and_month_names(day: date, expected: str) -> None:
    assert format_date(day) == expected


def test_short_date_and_date_without_day() -> None:
    assert format_date_short(date(2026, 8, 17)) == "17 Agu 2026"
    assert format_date(date(2026, 8, 17), with_day=False) == "17 Agustus 2026"


def test_times_use_a_full_stop_and_two_digits() -> None:
    assert format_time(time(9, 5)) == "09.05"
    assert format_time(datetime(2026, 1, 1, 0, 0)) == "00.00"


def test_indonesian_time_zones_and_foreign_offsets() -> None:
    assert zone_name(datetime(2026, 1, 1, tzinfo=timezone(timedelta(hours=8)))) == "WITA"
    assert zone_name(datetime(2026, 1, 1, tzinfo=timezone(timedelta(hours=9)))) == "WIT"
    utc = datetime(2026, 1, 1, 7, 0, tzinfo=UTC)
    assert zone_name(utc) is None
    assert format_datetime(utc, with_zone=True) == "Kamis, 1 Januari 2026 07.00"
