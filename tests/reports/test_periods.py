"""Report periods are whole office-local days: the quarter an office publishes, in WIB."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from kiosk.reports.periods import PeriodError, parse_period, range_period


def test_a_quarter_runs_from_local_midnight_to_local_midnight() -> None:
    q4 = parse_period("2026-Q4")
    assert (q4.first, q4.last, q4.days) == (date(2026, 10, 1), date(2026, 12, 31), 92)
    start, end = q4.bounds("Asia/Jakarta")
    # 00.00 WIB is 17.00 UTC the evening before.
    assert start == datetime(2026, 9, 30, 17, 0, tzinfo=UTC)
    assert end == datetime(2026, 12, 31, 17, 0, tzinfo=UTC)
    assert q4.label_id == "Triwulan IV 2026"
    assert q4.span_id == "1 Oktober 2026 s.d. 31 Desember 2026"
    assert q4.code == "2026-Q4"
    # A hall in Makassar (WITA) closes its quarter an hour earlier in UTC.
    assert q4.bounds("Asia/Makassar")[1] == datetime(2026, 12, 31, 16, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "kind", "first", "last", "label"),
    [
        ("2026-q1", "quarter", date(2026, 1, 1), date(2026, 3, 31), "Triwulan I 2026"),
        ("2028-02", "month", date(2028, 2, 1), date(2028, 2, 29), "Februari 2028"),
        ("2026-11-24", "day", date(2026, 11, 24), date(2026, 11, 24), "Selasa, 24 November 2026"),
        ("2026", "year", date(2026, 1, 1), date(2026, 12, 31), "Tahun 2026"),
    ],
)
def test_every_kind_of_period(text: str, kind: str, first: date, last: date, label: str) -> None:
    period = parse_period(text)
    assert (period.kind, period.first, period.last, period.label_id) == (kind, first, last, label)


@pytest.mark.parametrize("text", ["2026-Q5", "2026-13", "Q4", "24-11-2026", "kemarin"])
def test_unreadable_periods_say_what_to_write(text: str) -> None:
    with pytest.raises(PeriodError):
        parse_period(text)


def test_a_range_is_inclusive_and_must_not_run_backwards() -> None:
    period = range_period("2026-10-01", "2026-10-15")
    assert period.days == 15
    assert period.label_id == "1 Oktober 2026 s.d. 15 Oktober 2026"
    with pytest.raises(PeriodError, match="ends"):
        range_period("2026-10-15", "2026-10-01")
