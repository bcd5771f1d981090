"""Report periods: a day, month, quarter (triwulan), year or range, in the office time zone.

A period is whole local days, turned into a half-open UTC interval for the queries, so a
ticket served at 23.30 WIB on 31 December belongs to Q4 even though it is already 1 January
in some other zone, and daylight-saving zones still get whole days.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Literal
from zoneinfo import ZoneInfo

from kiosk.calendar.wording import MONTH_NAMES_EN, MONTH_NAMES_ID, date_en, date_id
from kiosk.refusals import Refused

PeriodKind = Literal["day", "month", "quarter", "year", "range"]
ROMAN = ("I", "II", "III", "IV")

_QUARTER = re.compile(r"^(\d{4})-?[Qq]([1-4])$")
_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_YEAR = re.compile(r"^(\d{4})$")


class PeriodError(Refused, ValueError):
    """A period the user typed that cannot be read."""

    code = "bad_period"


@dataclass(frozen=True)
class Period:
    kind: PeriodKind
    first: date  # first local day, inclusive
    last: date  # last local day, inclusive

    def __post_init__(self) -> None:
        if self.last < self.first:
            raise PeriodError(f"Periode berakhir ({self.last}) sebelum dimulai ({self.first}).",
                              f"The period ends ({self.last}) before it starts ({self.first}).")

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    @property
    def code(self) -> str:
        """Short form for file names and JSON: ``2026-Q4``, ``2026-11``, ``2026-11-24``."""
        if self.kind == "quarter":
            return f"{self.first.year}-Q{(self.first.month - 1) // 3 + 1}"
        if self.kind == "month":
            return f"{self.first:%Y-%m}"
        if self.kind == "year":
            return f"{self.first.year}"
        if self.kind == "day":
            return self.first.isoformat()
        return f"{self.first.isoformat()}..{self.last.isoformat()}"

    @property
    def label_id(self) -> str:
        if self.kind == "quarter":
            return f"Triwulan {ROMAN[(self.first.month - 1) // 3]} {self.first.year}"
        if self.kind == "month":
            return f"{MONTH_NAMES_ID[self.first.month - 1]} {self.first.year}"
        if self.kind == "year":
            return f"Tahun {self.first.year}"
        if self.kind == "day":
            return date_id(self.first)
        return f"{_short_id(self.first)} s.d. {_short_id(self.last)}"

    @property
    def label_en(self) -> str:
        if self.kind == "quarter":
            return f"Q{(self.first.month - 1) // 3 + 1} {self.first.year}"
        if self.kind == "month":
            return f"{MONTH_NAMES_EN[self.first.month - 1]} {self.first.year}"
        if self.kind == "year":
            return f"Year {self.first.year}"
        if self.kind == "day":
            return date_en(self.first)
        return f"{_short_en(self.first)} to {_short_en(self.last)}"

    @property
    def span_id(self) -> str:
        """The days covered, written out: ``1 Oktober 2026 s.d. 31 Desember 2026``."""
        if self.first == self.last:
            return _short_id(self.first)
        return f"{_short_id(self.first)} s.d. {_short_id(self.last)}"

    def bounds(self, timezone: str) -> tuple[datetime, datetime]:
        """``[start, end)`` in UTC for the office time zone ``timezone``."""
        zone = ZoneInfo(timezone)
        start = datetime.combine(self.first, time(0), zone)
        end = datetime.combine(self.last + timedelta(days=1), time(0), zone)
        return start.astimezone(UTC), end.astimezone(UTC)

    def to_json(self, timezone: str) -> dict[str, str]:
        """The period as every report's JSON names it."""
        start, end = self.bounds(timezone)
        return {
            "code": self.code,
            "label": self.label_id,
            "from": self.first.isoformat(),
            "to": self.last.isoformat(),
            "timezone": timezone,
            "start_utc": start.isoformat(),
            "end_utc": end.isoformat(),
        }


def _short_id(day: date) -> str:
    return f"{day.day} {MONTH_NAMES_ID[day.month - 1]} {day.year}"


def _short_en(day: date) -> str:
    return f"{day.day} {MONTH_NAMES_EN[day.month - 1]} {day.year}"


def parse_period(text: str) -> Period:
    """``2026-Q4``, ``2026-11``, ``2026-11-24`` or ``2026``."""
    value = text.strip()
    if m := _QUARTER.match(value):
        year, quarter = int(m[1]), int(m[2])
        first = date(year, 3 * quarter - 2, 1)
        return Period("quarter", first, _month_end(date(year, 3 * quarter, 1)))
    if m := _MONTH.match(value):
        year, month = int(m[1]), int(m[2])
        if not 1 <= month <= 12:
            raise PeriodError(f"{text!r}: bulan harus 01-12.", f"{text!r}: the month must be 01-12.")
        first = date(year, month, 1)
        return Period("month", first, _month_end(first))
    if m := _YEAR.match(value):
        year = int(m[1])
        return Period("year", date(year, 1, 1), date(year, 12, 31))
    try:
        day = date.fromisoformat(value)
    except ValueError:
        raise PeriodError(
            f"{text!r} bukan periode; tulis triwulan 2026-Q4, bulan 2026-11, hari 2026-11-24 atau tahun 2026.",
            f"{text!r} is not a period; write a quarter 2026-Q4, a month 2026-11, a day 2026-11-24 or a year 2026.",
        ) from None
    return Period("day", day, day)


def day_period(day: date) -> Period:
    return Period("day", day, day)


def month_period(text: str) -> Period:
    period = parse_period(text)
    if period.kind != "month":
        raise PeriodError(f"{text!r} bukan bulan; tulis seperti 2026-11.",
                          f"{text!r} is not a month; write it as 2026-11.")
    return period


def quarter_period(text: str) -> Period:
    period = parse_period(text)
    if period.kind != "quarter":
        raise PeriodError(f"{text!r} bukan triwulan; tulis seperti 2026-Q4.",
                          f"{text!r} is not a quarter; write it as 2026-Q4.")
    return period


def range_period(first: str, last: str) -> Period:
    """Both days inclusive, ISO dates."""
    try:
        start, end = date.fromisoformat(first.strip()), date.fromisoformat(last.strip())
    except ValueError as exc:
        raise PeriodError(f"Tanggal awal dan akhir ditulis seperti 2026-10-01: {exc}",
                          f"The first and last days are written like 2026-10-01: {exc}") from None
    return Period("range", start, end)


def local_day(instant: datetime, timezone: str) -> date:
    return instant.astimezone(ZoneInfo(timezone)).date()


def _month_end(first: date) -> date:
    following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
    return following - timedelta(days=1)

