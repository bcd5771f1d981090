"""Time arithmetic inside SQL, written once per database.

Timestamps are stored in UTC on both (``UtcDateTime``); SQLite keeps them as ISO text, which
its ``julianday`` reads, PostgreSQL as ``timestamptz``.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import ColumnElement, Integer, String, cast, func, literal_column


def seconds_between(start: Any, end: Any, dialect: str, *, step: int = 1) -> ColumnElement[int]:
    """Seconds from ``start`` to ``end`` rounded to a multiple of ``step`` (julianday carries
    float noise, and coarser steps keep a histogram of a quarter small)."""
    if dialect == "postgresql":
        return cast(func.round(func.extract("epoch", end - start) / step), Integer) * step
    return cast(func.round((func.julianday(end) - func.julianday(start)) * (86400 / step)), Integer) * step


def utc_hour(column: Any, dialect: str) -> ColumnElement[str]:
    """``YYYY-MM-DD HH`` of the UTC hour ``column`` falls in.

    Grouping by UTC hour and converting each group to office time afterwards is exact for
    every zone whose offset is whole hours (all three Indonesian zones), daylight saving
    included, and needs no time zone support in SQLite.
    """
    if dialect == "postgresql":
        return cast(func.to_char(func.timezone(literal_column("'UTC'"), column), "YYYY-MM-DD HH24"), String)
    return cast(func.strftime("%Y-%m-%d %H", column), String)


def parse_utc_hour(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%d %H").replace(tzinfo=UTC)
