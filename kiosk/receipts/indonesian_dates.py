"""Dates and times written the Indonesian way: "Selasa, 24 November 2026", "14.05".

Locale modules are avoided on purpose: Windows kiosks rarely have an ``id_ID`` locale installed
and ``strftime`` names would silently come out in English.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

DAY_NAMES: tuple[str, ...] = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
MONTH_NAMES: tuple[str, ...] = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)
MONTH_ABBREVIATIONS: tuple[str, ...] = (
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Mei",
    "Jun",
    "Jul",
    "Agu",
    "Sep",
    "Okt",
    "Nov",
    "Des",
)
# Indonesia's three civil time zones; anything else has no Indonesian abbreviation.
_ZONES = {timedelta(hours=7): "WIB", timedelta(hours=8): "WITA", timedelta(hours=9): "WIT"}


def day_name(d: date) -> str:
    return DAY_NAMES[d.weekday()]


def month_name(month: int) -> str:
    if not 1 <= month <= 12:
        raise ValueError(f"month must be 1..12, not {month}")
    return MONTH_NAMES[month - 1]


def format_date(d: date, *, with_day: bool = True) -> str:
    """``Selasa, 24 November 2026`` (or ``24 November 2026`` without the day name)."""
    body = f"{d.day} {month_name(d.month)} {d.year}"
    return f"{day_name(d)}, {body}" if with_day else body


def format_date_short(d: date) -> str:
    """``24 Nov 2026`` for narrow places such as table cells."""
    return f"{d.day} {MONTH_ABBREVIATIONS[d.month - 1]} {d.year}"


def format_time(t: time | datetime) -> str:
    """``14.05``: Indonesian uses a full stop between hours and minutes."""
    return f"{t.hour:02d}.{t.minute:02d}"


def zone_name(dt: datetime) -> str | None:
    """``WIB``, ``WITA`` or ``WIT`` for an aware datetime in an Indonesian zone, else None."""
    offset = dt.utcoffset()
    return None if offset is None else _ZONES.get(offset)


def format_datetime(dt: datetime, *, with_zone: bool = False) -> str:
    """``Selasa, 24 November 2026 14.05`` (``... 14.05 WIB`` with ``with_zone``).

    The zone is appended only when the offset is one of Indonesia's, so a wrong clock setting
    is not dressed up as local time.
    """
    text = f"{format_date(dt.date())} {format_time(dt)}"
    zone = zone_name(dt) if with_zone else None
    return f"{text} {zone}" if zone else text
