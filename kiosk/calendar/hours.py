"""The hall's service hours, breaks and issuing cut-off, set once for every terminal from the
console (or ``calendar hours`` on the command line) and kept in the database.

Until a supervisor sets them, each terminal uses its ``[calendar]`` settings (or the defaults);
once set, the hall's week wins on every terminal, so the kiosks, the desks and the due dates all
count the same hours. Terminals read the week through :class:`HallWeekCache`, which asks the
database at most once a minute and keeps the last answer while the database cannot be reached.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import Integer, String, Text, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from kiosk import audit
from kiosk.audit import Actor
from kiosk.calendar.refreshed import Refreshed
from kiosk.calendar.settings import (
    WEEKDAY_KEYS,
    WEEKDAY_NAMES_EN,
    WEEKDAY_NAMES_ID,
    CalendarSettings,
    ConfigValueError,
    TimeRange,
)
from kiosk.refusals import Refused
from kiosk.staff.accounts import require
from kiosk.staff.roles import Permission
from kiosk.storage import Database
from kiosk.storage.base import Base, UtcDateTime

_LOG = logging.getLogger("kiosk.calendar.hours")
_ROW = 1  # one week for the whole hall


class HallHours(Base):
    __tablename__ = "hall_hours"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    week: Mapped[str] = mapped_column(Text)  # JSON: {"hours": {mon: ...}, "breaks": {...}, "issue_cutoff_minutes": n}
    changed_by: Mapped[str] = mapped_column(String(40))
    changed_at: Mapped[datetime] = mapped_column(UtcDateTime)


@dataclass(frozen=True)
class HallWeek:
    """Opening hours (None: closed), breaks and the issuing cut-off, Monday first."""

    hours: tuple[TimeRange | None, ...]
    breaks: tuple[tuple[TimeRange, ...], ...]
    issue_cutoff_minutes: int

    def applied_to(self, settings: CalendarSettings) -> CalendarSettings:
        return replace(settings, hours=self.hours, breaks=self.breaks, issue_cutoff_minutes=self.issue_cutoff_minutes)

    def texts(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """Each day's hours ("08:00-15:00", "" when closed) and breaks ("11:30-13:00, ...")."""
        return (tuple(str(h) if h is not None else "" for h in self.hours),
                tuple(", ".join(str(b) for b in day) for day in self.breaks))

    def to_json(self) -> str:
        hours, _ = self.texts()
        return json.dumps({"hours": {k: h or "closed" for k, h in zip(WEEKDAY_KEYS, hours, strict=True)},
                           "breaks": {k: [str(b) for b in day] for k, day in zip(WEEKDAY_KEYS, self.breaks,
                                                                                  strict=True)},
                           "issue_cutoff_minutes": self.issue_cutoff_minutes}, sort_keys=True)

    @classmethod
    def of(cls, settings: CalendarSettings) -> HallWeek:
        return cls(settings.hours, settings.breaks, settings.issue_cutoff_minutes)


def week_lines(week: HallWeek, *, english: bool = False) -> list[str]:
    """The week in a few lines, days with the same hours and breaks grouped: "Sen-Kam 08:00-15:00",
    "Jum 08:00-15:00 (istirahat 11:30-13:00)" (for slips and the console)."""
    names = WEEKDAY_NAMES_EN if english else WEEKDAY_NAMES_ID
    hours, breaks = week.texts()
    groups: list[tuple[int, int, str, str]] = []
    for i, (h, b) in enumerate(zip(hours, breaks, strict=True)):
        if h and groups and groups[-1][1] == i - 1 and groups[-1][2:] == (h, b):
            groups[-1] = (groups[-1][0], i, h, b)
        elif h:
            groups.append((i, i, h, b))
    lines = []
    for first, last, h, b in groups:
        days = names[first][:3] if first == last else f"{names[first][:3]}-{names[last][:3]}"
        rest = (f" (break {b})" if english else f" (istirahat {b})") if b else ""
        lines.append(f"{days} {h}{rest}")
    return lines


def _from_json(text: str, timezone: str = "Asia/Jakarta") -> HallWeek:
    return HallWeek.of(CalendarSettings.from_mapping({**json.loads(text), "timezone": timezone}))


def _refusal(problem: ConfigValueError) -> Refused:
    head, _, day = problem.key.partition(".")
    day = day.split("[")[0]
    if day in WEEKDAY_KEYS:
        i = WEEKDAY_KEYS.index(day)
        what_id, what_en = ("Jam layanan", "Service hours") if head == "hours" else ("Istirahat", "Break")
        return Refused(
            f"{what_id} hari {WEEKDAY_NAMES_ID[i]} tidak dapat dipakai ({problem.value!r}). Tulis seperti "
            "08:00-15:00 (istirahat di dalam jam layanan, dipisah koma), atau kosongkan jam bila tutup.",
            f"{what_en} on {WEEKDAY_NAMES_EN[i]} cannot be used ({problem.value!r}). Write them as 08:00-15:00 "
            "(breaks inside the service hours, separated by commas), or leave the hours empty when closed.",
            code="bad_hours")
    if problem.key == "issue_cutoff_minutes":
        return Refused("Batas akhir pengambilan nomor harus berupa menit, dan lebih singkat dari jam layanan.",
                       "The issuing cut-off must be whole minutes, shorter than the service hours.",
                       code="bad_cutoff")
    return Refused("Sedikitnya satu hari harus memiliki jam layanan.", "At least one day needs service hours.",
                   code="bad_hours")


def parse_week(hours: Sequence[str], breaks: Sequence[str], cutoff_minutes: int | str) -> HallWeek:
    """The console's seven rows (and the command line's ``--day``) as a checked week."""
    if len(hours) != 7 or len(breaks) != 7:
        raise ValueError("seven days, Monday first")
    try:
        cutoff = int(str(cutoff_minutes).strip())
    except ValueError:
        raise _refusal(ConfigValueError("issue_cutoff_minutes", cutoff_minutes, "minutes")) from None
    mapping = {
        "hours": {k: h.strip() or "closed" for k, h in zip(WEEKDAY_KEYS, hours, strict=True)},
        "breaks": {k: [p.strip() for p in b.replace(";", ",").split(",") if p.strip()]
                   for k, b in zip(WEEKDAY_KEYS, breaks, strict=True)},
        "issue_cutoff_minutes": cutoff,
    }
    try:
        return HallWeek.of(CalendarSettings.from_mapping(mapping))
    except ConfigValueError as problem:
        raise _refusal(problem) from None


def set_hall_week(db: Database, actor: Actor, now: datetime, week: HallWeek) -> HallWeek:
    require(actor, Permission.MANAGE_CALENDAR)
    with db.write() as session:
        row = session.get(HallHours, _ROW)
        before = row.week if row is not None else None
        after = week.to_json()
        if row is None:
            session.add(HallHours(id=_ROW, week=after, changed_by=actor.code[:40], changed_at=now))
        else:
            row.week, row.changed_by, row.changed_at = after, actor.code[:40], now
        audit.record(session, actor, "calendar.set_hours", now, after=json.loads(after),
                     **({"before": json.loads(before)} if before is not None else {}))
    return week


class HallWeekCache(Refreshed[HallWeek | None]):
    """``() -> HallWeek | None`` for an OfficeCalendar, refreshed at most every ``REFRESH_S``."""

    def __init__(self, db: Database, *, monotonic: Callable[[], float] = time.monotonic) -> None:
        self._text: str | None = None
        super().__init__(db, None, self._read_week, log=_LOG, what="hall hours", monotonic=monotonic)

    def _read_week(self, session: Session, last: HallWeek | None) -> HallWeek | None:
        text = session.scalar(select(HallHours.week).where(HallHours.id == _ROW))
        if text == self._text:  # same week, same object: the calendar keeps its merged settings
            return last
        self._text = text
        return _from_json(text) if text is not None else None
