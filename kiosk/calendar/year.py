"""The office year at a glance: every month as a grid of weeks, each day marked open or closed
and why (weekend, national holiday, cuti bersama, local closure), and whether the year's holiday
list is official yet. For the console's calendar page and anyone else who draws a year."""

from __future__ import annotations

import calendar as gregorian
from dataclasses import dataclass
from datetime import date

from kiosk.calendar.office import ClosedKind, OfficeCalendar
from kiosk.calendar.settings import WEEKDAY_NAMES_EN, WEEKDAY_NAMES_ID
from kiosk.calendar.wording import MONTH_NAMES_EN, MONTH_NAMES_ID

KIND_WORDS = {
    ClosedKind.WEEKEND.value: ("Akhir pekan", "Weekend"),
    ClosedKind.PUBLIC_HOLIDAY.value: ("Libur nasional", "National holiday"),
    ClosedKind.CUTI_BERSAMA.value: ("Cuti bersama", "Collective leave"),
    ClosedKind.LOCAL_CLOSURE.value: ("Tutup (kantor)", "Closed (office)"),
}


@dataclass(frozen=True)
class DayCell:
    day: date | None  # None: padding before the 1st or after the last day
    kind: str  # "" open, else a ClosedKind value


@dataclass(frozen=True)
class MonthGrid:
    month: int
    name_id: str
    name_en: str
    cells: tuple[DayCell, ...]  # 6 weeks x 7 days, Monday first


@dataclass(frozen=True)
class ClosedEntry:
    day: date
    kind: str
    reason_id: str
    reason_en: str


@dataclass(frozen=True)
class OfficeYear:
    year: int
    estimated: bool
    months: tuple[MonthGrid, ...]
    closed: tuple[ClosedEntry, ...]  # holidays, cuti bersama and local closures (not weekends)
    working_days: int


def office_year(calendar: OfficeCalendar, year: int) -> OfficeYear:
    months, closed, working = [], [], 0
    for month in range(1, 13):
        cells: list[DayCell] = []
        for week in gregorian.Calendar(firstweekday=0).monthdatescalendar(year, month):
            for day in week:
                if day.month != month:
                    cells.append(DayCell(None, ""))
                    continue
                why = calendar.closed_day(day)
                cells.append(DayCell(day, why.kind.value if why else ""))
                if why is None:
                    working += 1
                elif why.kind is not ClosedKind.WEEKEND:
                    closed.append(ClosedEntry(day, why.kind.value, why.reason_id, why.reason_en))
        cells += [DayCell(None, "")] * (42 - len(cells))
        months.append(MonthGrid(month, MONTH_NAMES_ID[month - 1], MONTH_NAMES_EN[month - 1], tuple(cells)))
    estimated = bool(calendar.estimated_years(date(year, 1, 1), date(year, 12, 31)))
    return OfficeYear(year, estimated, tuple(months), tuple(closed), working)


def weekday_initials(english: bool) -> tuple[str, ...]:
    names = WEEKDAY_NAMES_EN if english else WEEKDAY_NAMES_ID
    return tuple(n[:3] for n in names)
