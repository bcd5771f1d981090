"""Indonesian national holidays and cuti bersama, looked up once per year.

The ``holidays`` package files national holidays (SKB 3 Menteri) under category "public" and
cuti bersama under "government". Names come in Indonesian and English so closed-day messages
can be shown in both languages.

Building a year's table means importing every country the package knows (about 0.1 s), and a
kiosk needs today's table before its first screen. So each year's table is kept in the user's
cache folder, one file per package version and year: a new ``holidays`` release (new decrees,
corrected estimates) gets new files, and a missing, unreadable or unwritable cache only means
the table is built again.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import tempfile
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from importlib import metadata
from pathlib import Path
from types import MappingProxyType

from platformdirs import user_cache_dir

LOG = logging.getLogger(__name__)
CACHE_FORMAT = 1


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
                    table = _cached_year(year)
                    self._years[year] = table
        return table

    def is_estimated(self, year: int) -> bool:
        """True while no official list binds ``year``: the package still estimates some dates
        (marked "perkiraan"), or the cuti bersama of the year are not decided yet."""
        table = self.in_year(year)
        guessed = any("perkiraan" in h.name_id.lower() or "estimated" in h.name_en.lower() for h in table.values())
        return guessed or not any(h.kind is HolidayKind.CUTI_BERSAMA for h in table.values())


def _cache_file(year: int) -> Path | None:
    try:
        version = metadata.version("holidays")
    except metadata.PackageNotFoundError:  # a frozen build without the package's metadata
        return None
    folder = Path(user_cache_dir("mpp-kiosk", appauthor=False))
    return folder / f"holidays-ID-{version}-{year}-v{CACHE_FORMAT}.json"


def _cached_year(year: int) -> Mapping[date, Holiday]:
    path = _cache_file(year)
    if path is not None:
        try:
            rows = json.loads(path.read_text(encoding="utf-8"))
            found = {date.fromisoformat(d): Holiday(date.fromisoformat(d), HolidayKind(k), i, e) for d, k, i, e in rows}
            return MappingProxyType(found)
        except FileNotFoundError:
            pass
        except (OSError, ValueError, TypeError) as error:
            LOG.info("holiday cache %s unreadable (%s); building the table again", path, error)
    table = _load_year(year)
    if path is not None:
        _store(path, [[d.isoformat(), h.kind.value, h.name_id, h.name_en] for d, h in sorted(table.items())])
    return table


def _store(path: Path, rows: list[list[str]]) -> None:
    temporary: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # Written beside and renamed over, so a reader never sees half a file.
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(rows, out, ensure_ascii=False)
        os.replace(temporary, path)
    except OSError as error:
        LOG.info("holiday cache %s not written (%s)", path, error)
        if temporary is not None:
            with contextlib.suppress(OSError):
                Path(temporary).unlink(missing_ok=True)


def _load_year(year: int) -> Mapping[date, Holiday]:
    import holidays  # here, not at the top: most starts read the cache instead

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
