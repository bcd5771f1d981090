"""Office time zones, usable even where the system has no time-zone database.

Windows ships no IANA database; unless the ``tzdata`` package is installed, ``ZoneInfo`` cannot
find "Asia/Jakarta" there. Indonesia has kept fixed offsets without daylight saving since 1964,
so for its three zones a fixed offset gives the same wall clock for every date the app handles.
"""

from __future__ import annotations

from datetime import timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

_INDONESIAN_OFFSETS = {
    "Asia/Jakarta": (7, "WIB"),
    "Asia/Pontianak": (7, "WIB"),
    "Asia/Makassar": (8, "WITA"),
    "Asia/Jayapura": (9, "WIT"),
}


def load_timezone(name: str) -> tzinfo:
    """The zone called ``name``; raises ``LookupError`` for a name nobody knows."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        fixed = _INDONESIAN_OFFSETS.get(name)
        if fixed is None:
            raise LookupError(f"unknown time zone {name!r}") from exc
        hours, label = fixed
        return timezone(timedelta(hours=hours), label)
