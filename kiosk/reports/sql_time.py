"""Time arithmetic inside SQL, written once per database.

Timestamps are stored in UTC on both (``UtcDateTime``); SQLite keeps them as ISO text, which
its ``julianday`` reads, PostgreSQL as ``timestamptz``.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Integer, String, cast, func, literal


def seconds_between(start: Any, end: Any, dialect: str, *, step: int = 1) -> ColumnElement[int]:
    """Seconds from ``start`` to ``end`` rounded to a multiple of ``step`` (julianday carries
    float noise, and coarser steps keep a histogram of a quarter small)."""
    if dialect == "postgresql":
        return cast(func.round(func.extract("epoch", end - start) / step), Integer) * step
    return cast(func.round((func.julianday(end) - func.julianday(start)) * (86400 / step)), Integer) * step


def utc_hour_number(column: Any, dialect: str) -> ColumnElement[int]:
    """Whole hours since 1970-01-01 00:00 UTC, in which ``column`` falls.

    Grouping by UTC hour and converting each hour to office time afterwards is exact for every
    zone whose offset is whole hours (all three Indonesian zones), daylight saving included,
    and needs no time zone support in SQLite. A number packs with small codes into one list
    item (see :func:`joined`).
    """
    if dialect == "postgresql":
        return cast(func.floor(func.extract("epoch", column) / 3600), Integer)
    return cast(func.strftime("%s", column), Integer) // 3600


def joined(value: Any, dialect: str) -> ColumnElement[str]:
    """The group's non-null ``value`` items as one comma-separated text (NULL when none).

    One list per group lets a single ``GROUP BY`` scan carry what would otherwise need a scan
    per grouping: Python splits and counts the lists (both in C) for any coarser grouping.
    """
    if dialect == "postgresql":
        return func.string_agg(cast(value, String), literal(","))
    return func.group_concat(value)
