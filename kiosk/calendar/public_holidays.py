"""Indonesian national holidays and cuti bersama, looked up once per year.

The ``holidays`` package files national holidays (SKB 3 Menteri) under category "public" and
cuti bersama under "government". Names come in Indonesian and English so closed-day messages
can be shown in both languages.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from types import MappingProxyType

import holidays


class HolidayKind(StrEnum):
    PUBLIC = "public"
    CUTI_BERSAMA = "government"


@dataclass(frozen=True)
class Holiday:
    day: date
    kind: HolidayKind
    name_id: str
    name_en: str


class IndonesianHolidays:
    """Holiday table for Indonesia, built per year on first use and kept.

    Shared between calendars (see ``DEFAULT_HOLIDAYS``) and safe to use from several threads.
    """

    def __init__(self) -> None:
        self._years: dict[int, Mapping[date, Holiday]] = {}
        self._lock = threading.Lock()

    def on(self, day: date) -> Holiday | None:
        return self.in_year(day.year).get(day)

    def in_year(self, year: int) -> Mapping[date, Holiday]:
        table = self._years.get(year)
        if table is None:
            with self._lock:
                table = self._years.get(year)
                if table is None:
                    table = _load_year(year)
                    self._years[year] = table
        return table

    def is_estimated(self, year: int) -> bool:
        """True while no official list binds ``year``: the package still estimates some dates
        (marked "perkiraan"), or the cuti bersama of the year are not decided yet."""
        table = self.in_year(year)
        guessed = any("perkiraan" in h.name_id.lower() or "estimated" in h.name_en.lower() for h in table.values())
        return guessed or not any(h.kind is HolidayKind.CUTI_BERSAMA for h in table.values())


def _load_year(year: int) -> Mapping[date, Holiday]:
    table: dict[date, Holiday] = {}
    # Cuti bersama first so a national holiday on the same date wins.
    for kind in (HolidayKind.CUTI_BERSAMA, HolidayKind.PUBLIC):
        names_id = holidays.country_holidays(
            "ID", years=year, categories=(kind.value,), language="id"
        )
        names_en = holidays.country_holidays(
            "ID", years=year, categories=(kind.value,), language="en_US"
        )
        for day, name in names_id.items():
            table[day] = Holiday(day, kind, str(name), str(names_en.get(day, name)))
    return MappingProxyType(table)


DEFAULT_HOLIDAYS = IndonesianHolidays()
