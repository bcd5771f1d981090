"""The office calendar settings: opening hours, breaks, issuing cutoff, closures.

The configuration loader hands over the ``[calendar]`` table of the terminal's TOML file::

    [calendar]
    timezone = "Asia/Jakarta"
    issue_cutoff_minutes = 30
    cuti_bersama_is_working_day = false
    hours.sat = "08:00-12:00"          # days left out keep their default
    breaks.fri = ["11:30-13:00"]       # [] removes the Friday prayer break
    closures = [{ date = 2026-12-31, reason = "Tutup buku akhir tahun" }]

Every value is checked here, so a typo stops the terminal at start with the offending key named
instead of silently changing when tickets can be issued.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from kiosk.calendar.zones import load_timezone
from kiosk.config import ConfigError

WEEKDAY_KEYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
WEEKDAY_NAMES_ID = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
WEEKDAY_NAMES_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

CLOSED_WORDS = ("closed", "tutup", "")
MAX_ISSUE_CUTOFF_MINUTES = 12 * 60

_RANGE_HINT = 'a time range "HH:MM-HH:MM" with start before end, e.g. "08:00-15:00"'
_HOURS_HINT = _RANGE_HINT + ', or "closed"'
_TOP_KEYS = ("timezone", "hours", "breaks", "issue_cutoff_minutes",
             "cuti_bersama_is_working_day", "closures")
_TIME_RANGE = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*[-–]\s*(\d{1,2}):(\d{2})\s*$")


class ConfigValueError(ConfigError, ValueError):
    """One calendar setting has a value that is not allowed.

    ``key`` is the dotted path inside the ``[calendar]`` table (``hours.mon``,
    ``closures[2].date``), ``allowed`` says in words what would be accepted.
    """

    def __init__(self, key: str, value: object, allowed: str) -> None:
        self.key = key
        self.value = value
        self.allowed = allowed
        super().__init__(f"[calendar] {key} = {value!r} is not allowed; expected {allowed}")


@dataclass(frozen=True, order=True)
class TimeRange:
    """A half-open span of wall-clock time within one day: ``start <= t < end``."""

    start: time
    end: time

    def __post_init__(self) -> None:
        if self.start >= self.end:
            raise ValueError(f"time range must start before it ends: {self}")

    @classmethod
    def parse(cls, text: str) -> TimeRange:
        """``"08:00-15:00"`` (an en dash and spaces are tolerated); ValueError otherwise."""
        match = _TIME_RANGE.match(text)
        if match is None:
            raise ValueError(f"not a time range: {text!r}")
        h1, m1, h2, m2 = (int(g) for g in match.groups())
        return cls(time(h1, m1), time(h2, m2))

    def overlaps(self, other: TimeRange) -> bool:
        return self.start < other.end and other.start < self.end

    def within(self, other: TimeRange) -> bool:
        return other.start <= self.start and self.end <= other.end

    def __str__(self) -> str:
        return f"{self.start:%H:%M}-{self.end:%H:%M}"


@dataclass(frozen=True)
class LocalClosure:
    """A day this office closes for its own reason (reason text as shown to visitors)."""

    day: date
    reason: str


_WEEKDAY_HOURS = TimeRange(time(8, 0), time(15, 0))
DEFAULT_HOURS: tuple[TimeRange | None, ...] = (_WEEKDAY_HOURS,) * 5 + (None, None)
DEFAULT_BREAKS: tuple[tuple[TimeRange, ...], ...] = (
    (), (), (), (), (TimeRange(time(11, 30), time(13, 0)),), (), (),
)


@dataclass(frozen=True)
class CalendarSettings:
    """How the office keeps time. Weekday-indexed tuples run Monday (0) to Sunday (6)."""

    timezone: str = "Asia/Jakarta"
    hours: tuple[TimeRange | None, ...] = DEFAULT_HOURS
    breaks: tuple[tuple[TimeRange, ...], ...] = DEFAULT_BREAKS
    issue_cutoff_minutes: int = 30
    cuti_bersama_is_working_day: bool = False
    closures: tuple[LocalClosure, ...] = field(default=())

    def __post_init__(self) -> None:
        _check_timezone(self.timezone)
        if len(self.hours) != 7 or len(self.breaks) != 7:
            raise ValueError("hours and breaks need one entry per weekday, Monday first")
        if all(h is None for h in self.hours):
            raise ConfigValueError("hours", "closed every day", "at least one day with hours")
        for weekday, (hours, breaks) in enumerate(zip(self.hours, self.breaks, strict=True)):
            _check_breaks(weekday, hours, breaks)
        _check_cutoff(self.issue_cutoff_minutes, self.hours)
        if not isinstance(self.cuti_bersama_is_working_day, bool):
            raise ConfigValueError(
                "cuti_bersama_is_working_day", self.cuti_bersama_is_working_day, "true or false"
            )
        _check_closures(self.closures)

    def sessions(self, weekday: int) -> tuple[TimeRange, ...]:
        """The spans the counters serve on ``weekday``: opening hours minus breaks."""
        hours = self.hours[weekday]
        if hours is None:
            return ()
        spans: list[TimeRange] = []
        start = hours.start
        for pause in sorted(self.breaks[weekday]):
            if start < pause.start:
                spans.append(TimeRange(start, pause.start))
            start = max(start, pause.end)
        if start < hours.end:
            spans.append(TimeRange(start, hours.end))
        return tuple(spans)

    def issue_cutoff(self, weekday: int) -> time | None:
        """Wall-clock time after which the kiosk stops issuing tickets on ``weekday``."""
        hours = self.hours[weekday]
        if hours is None:
            return None
        return _minus_minutes(hours.end, self.issue_cutoff_minutes)

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> CalendarSettings:
        """Settings from the ``[calendar]`` table; defaults for everything left out.

        Accepts the nested form TOML produces for ``hours.mon = ...`` as well as flat dotted
        keys. A day whose hours are given keeps its default breaks unless ``breaks.<day>`` is
        given too; a day set to ``"closed"`` drops its default breaks.
        """
        if not isinstance(data, Mapping):
            raise ConfigValueError("(table)", data, "a table of calendar settings")
        flat = _nest(data)
        unknown = sorted(set(flat) - set(_TOP_KEYS))
        if unknown:
            raise ConfigValueError(unknown[0], flat[unknown[0]], "one of " + ", ".join(_TOP_KEYS))

        timezone = flat.get("timezone", cls.timezone)
        if not isinstance(timezone, str):
            raise ConfigValueError("timezone", timezone, 'a time-zone name such as "Asia/Jakarta"')
        _check_timezone(timezone)

        hours = list(DEFAULT_HOURS)
        hours_given = _day_table(flat, "hours")
        for key, value in hours_given.items():
            hours[WEEKDAY_KEYS.index(key)] = _parse_hours(f"hours.{key}", value)

        breaks = list(DEFAULT_BREAKS)
        breaks_given = _day_table(flat, "breaks")
        for weekday, key in enumerate(WEEKDAY_KEYS):
            if key in breaks_given:
                breaks[weekday] = _parse_breaks(f"breaks.{key}", breaks_given[key])
            elif hours[weekday] is None:
                breaks[weekday] = ()

        cutoff = flat.get("issue_cutoff_minutes", cls.issue_cutoff_minutes)
        if not isinstance(cutoff, int) or isinstance(cutoff, bool):
            raise ConfigValueError(
                "issue_cutoff_minutes", cutoff, f"a whole number 0-{MAX_ISSUE_CUTOFF_MINUTES}"
            )

        return cls(
            timezone=timezone,
            hours=tuple(hours),
            breaks=tuple(breaks),
            issue_cutoff_minutes=cutoff,
            cuti_bersama_is_working_day=flat.get(
                "cuti_bersama_is_working_day", cls.cuti_bersama_is_working_day
            ),
            closures=_parse_closures(flat.get("closures", [])),
        )


def _nest(data: Mapping[str, Any]) -> dict[str, Any]:
    """Fold flat ``"hours.mon"`` keys into the nested shape TOML gives for dotted keys."""
    nested: dict[str, Any] = {}
    for raw_key, value in data.items():
        key = str(raw_key)
        head, dot, tail = key.partition(".")
        if not dot:
            if isinstance(nested.get(key), dict) and isinstance(value, Mapping):
                nested[key].update(value)
            else:
                nested[key] = dict(value) if isinstance(value, Mapping) else value
            continue
        section = nested.setdefault(head, {})
        if not isinstance(section, dict):
            raise ConfigValueError(head, section, f"a table of days ({', '.join(WEEKDAY_KEYS)})")
        section[tail] = value
    return nested


def _day_table(flat: Mapping[str, Any], name: str) -> dict[str, Any]:
    table = flat.get(name, {})
    if not isinstance(table, Mapping):
        raise ConfigValueError(name, table, f"a table of days ({', '.join(WEEKDAY_KEYS)})")
    for key in table:
        if key not in WEEKDAY_KEYS:
            raise ConfigValueError(f"{name}.{key}", table[key], "a day key: " + ", ".join(WEEKDAY_KEYS))
    return dict(table)


def _parse_range(key: str, value: Any, hint: str) -> TimeRange:
    if not isinstance(value, str):
        raise ConfigValueError(key, value, hint)
    try:
        return TimeRange.parse(value)
    except ValueError:
        raise ConfigValueError(key, value, hint) from None


def _parse_hours(key: str, value: Any) -> TimeRange | None:
    if isinstance(value, str) and value.strip().lower() in CLOSED_WORDS:
        return None
    return _parse_range(key, value, _HOURS_HINT)


def _parse_breaks(key: str, value: Any) -> tuple[TimeRange, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list | tuple):
        raise ConfigValueError(key, value, f"a list of time ranges, each {_RANGE_HINT}")
    return tuple(
        sorted(_parse_range(f"{key}[{i}]", item, _RANGE_HINT) for i, item in enumerate(value))
    )


def _parse_closures(value: Any) -> tuple[LocalClosure, ...]:
    entry_hint = 'a table { date = 2026-12-31, reason = "..." }'
    if not isinstance(value, list | tuple):
        raise ConfigValueError("closures", value, f"a list of {entry_hint}")
    closures: list[LocalClosure] = []
    for i, entry in enumerate(value):
        where = f"closures[{i}]"
        if not isinstance(entry, Mapping):
            raise ConfigValueError(where, entry, entry_hint)
        extra = sorted(set(entry) - {"date", "reason"})
        if extra:
            raise ConfigValueError(f"{where}.{extra[0]}", entry[extra[0]], "only date and reason")
        closures.append(LocalClosure(_parse_date(f"{where}.date", entry.get("date")),
                                     _parse_reason(f"{where}.reason", entry.get("reason"))))
    return tuple(closures)


def _parse_date(key: str, value: Any) -> date:
    hint = 'a date such as 2026-12-31 or "2026-12-31"'
    if isinstance(value, datetime):
        raise ConfigValueError(key, value, hint)
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise ConfigValueError(key, value, hint)


def _parse_reason(key: str, value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ConfigValueError(key, value, "a non-empty reason shown to visitors")
    return value.strip()


def _check_timezone(name: str) -> None:
    try:
        load_timezone(name)
    except LookupError:
        raise ConfigValueError(
            "timezone", name, 'an IANA time-zone name such as "Asia/Jakarta"'
        ) from None


def _check_breaks(weekday: int, hours: TimeRange | None, breaks: Iterable[TimeRange]) -> None:
    day = WEEKDAY_KEYS[weekday]
    ordered = sorted(breaks)
    for i, pause in enumerate(ordered):
        key = f"breaks.{day}"
        if hours is None:
            raise ConfigValueError(key, str(pause), f"no break on a closed day (hours.{day})")
        if not pause.within(hours) or pause.start == hours.start or pause.end == hours.end:
            raise ConfigValueError(
                key, str(pause), f"a break strictly inside the opening hours {hours}"
            )
        if i and ordered[i - 1].overlaps(pause):
            raise ConfigValueError(key, str(pause), f"breaks that do not overlap ({ordered[i - 1]})")


def _check_cutoff(minutes: int, hours: tuple[TimeRange | None, ...]) -> None:
    allowed = f"a whole number 0-{MAX_ISSUE_CUTOFF_MINUTES}"
    if isinstance(minutes, bool) or not isinstance(minutes, int):
        raise ConfigValueError("issue_cutoff_minutes", minutes, allowed)
    if not 0 <= minutes <= MAX_ISSUE_CUTOFF_MINUTES:
        raise ConfigValueError("issue_cutoff_minutes", minutes, allowed)
    for weekday, span in enumerate(hours):
        if span is None:
            continue
        if _minus_minutes(span.end, minutes) <= span.start:
            raise ConfigValueError(
                "issue_cutoff_minutes",
                minutes,
                f"fewer minutes than the opening hours of {WEEKDAY_KEYS[weekday]} ({span})",
            )


def _check_closures(closures: tuple[LocalClosure, ...]) -> None:
    seen: set[date] = set()
    for i, closure in enumerate(closures):
        if closure.day in seen:
            raise ConfigValueError(
                f"closures[{i}].date", closure.day.isoformat(), "each date listed once"
            )
        seen.add(closure.day)


def _minus_minutes(moment: time, minutes: int) -> time:
    stamp = datetime.combine(date(2000, 1, 1), moment) - timedelta(minutes=minutes)
    if stamp.date() != date(2000, 1, 1):
        return time(0, 0)
    return stamp.time()
