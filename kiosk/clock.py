"""The one source of "now". ``--now`` or ``MPP_KIOSK_NOW`` pins it for scripting and tests."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

Clock = Callable[[], datetime]

DEFAULT_TZ = "Asia/Jakarta"


def parse_instant(text: str, tz: str = DEFAULT_TZ) -> datetime:
    """An ISO date-time; without an offset it is read as office local time."""
    value = datetime.fromisoformat(text.strip().replace(" ", "T", 1))
    if value.tzinfo is None:
        value = value.replace(tzinfo=ZoneInfo(tz))
    return value.astimezone(UTC)


def system_clock() -> datetime:
    return datetime.now(UTC)


def fixed_clock(instant: datetime) -> Clock:
    return lambda: instant


def from_environment(explicit: str | None = None, tz: str = DEFAULT_TZ) -> Clock:
    text = explicit or os.environ.get("MPP_KIOSK_NOW")
    return fixed_clock(parse_instant(text, tz)) if text else system_clock
