"""When the office serves: working days, opening status, and "n hari kerja" deadlines.

All wall-clock reasoning happens in the office's time zone, whatever zone the caller's datetime
carries, so a server clock kept in UTC still switches service days at local midnight.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from enum import StrEnum
from typing import TYPE_CHECKING

from kiosk.calendar.public_holidays import DEFAULT_HOLIDAYS, HolidayKind, IndonesianHolidays
from kiosk.calendar.settings import WEEKDAY_NAMES_EN, WEEKDAY_NAMES_ID, CalendarSettings
from kiosk.calendar.wording import date_en, date_id, time_en, time_id
from kiosk.calendar.zones import load_timezone

if TYPE_CHECKING:
    from kiosk.calendar.hours import HallWeek

# No office closes for two years; past that the settings are broken, not the calendar.
_SEARCH_DAYS = 2 * 366
_ONE_DAY = timedelta(days=1)


class ClosedKind(StrEnum):
    WEEKEND = "weekend"  # a weekday without opening hours (Saturday, Sunday by default)
    PUBLIC_HOLIDAY = "public_holiday"
    CUTI_BERSAMA = "cuti_bersama"
    LOCAL_CLOSURE = "local_closure"


@dataclass(frozen=True)
class ClosedDay:
    day: date
    kind: ClosedKind
    reason_id: str
    reason_en: str


class OfficeState(StrEnum):
    OPEN = "open"
    BEFORE_OPENING = "before_opening"
    BREAK = "break"
    # Counters may still be serving (``open``), but the kiosk no longer issues tickets.
    AFTER_CUTOFF = "after_cutoff"
    AFTER_CLOSING = "after_closing"
    CLOSED_DAY = "closed_day"


@dataclass(frozen=True)
class OpenStatus:
    """What the office is doing at one moment, with a message for visitors.

    ``next_opening`` is None while tickets can be issued; otherwise it is when a visitor
    should come back: the end of a break, today's opening, or (after the cutoff) the next
    working day's opening.
    """

    open: bool
    can_issue: bool
    reason_id: str
    reason_en: str
    next_opening: datetime | None
    state: OfficeState
    closed_day: ClosedDay | None = None


class OfficeCalendar:
    def __init__(
        self,
        settings: CalendarSettings | None = None,
        *,
        holidays: IndonesianHolidays | None = None,
        hall_closures: Callable[[], Mapping[date, str]] | None = None,
        hall_week: Callable[[], HallWeek | None] | None = None,
    ) -> None:
        self._own = settings if settings is not None else CalendarSettings()
        self.tz: tzinfo = load_timezone(self._own.timezone)
        # The hall's week set at the console (database) replaces this terminal's hours, breaks and
        # cut-off, so every terminal counts the same hours; merged once per week seen.
        self._hall_week = hall_week
        self._merged: tuple[HallWeek, CalendarSettings] | None = None
        self._holidays = holidays if holidays is not None else DEFAULT_HOLIDAYS
        self._closures = {c.day: c.reason for c in self._own.closures}  # no database read while constructing
        # Closures set for the whole hall (database); this terminal's own [calendar] ones win.
        self._hall_closures = hall_closures

    @property
    def settings(self) -> CalendarSettings:
        week = self._hall_week() if self._hall_week is not None else None
        if week is None:
            return self._own
        if self._merged is None or self._merged[0] is not week:
            self._merged = (week, week.applied_to(self._own))
        return self._merged[1]

    # -- days ---------------------------------------------------------------------------------

    def local(self, moment: datetime) -> datetime:
        """``moment`` on the office's wall clock; naive datetimes are refused as ambiguous."""
        if moment.tzinfo is None or moment.utcoffset() is None:
            raise ValueError(f"need a timezone-aware datetime, got {moment!r}")
        return moment.astimezone(self.tz)

    def service_day(self, now: datetime) -> date:
        """The office's calendar date at ``now`` (queues reset when this changes)."""
        return self.local(now).date()

    def closed_day(self, day: date) -> ClosedDay | None:
        """Why the office is closed on ``day``, or None on a working day."""
        holiday = self._holidays.on(day)
        if holiday is not None and (
            holiday.kind is HolidayKind.PUBLIC or not self.settings.cuti_bersama_is_working_day
        ):
            kind = (
                ClosedKind.PUBLIC_HOLIDAY
                if holiday.kind is HolidayKind.PUBLIC
                else ClosedKind.CUTI_BERSAMA
            )
            return ClosedDay(day, kind, holiday.name_id, holiday.name_en)
        reason = self._closures.get(day)
        if reason is None and self._hall_closures is not None:
            reason = self._hall_closures().get(day)
        if reason is not None:
            return ClosedDay(day, ClosedKind.LOCAL_CLOSURE, reason, reason)
        weekday = day.weekday()
        if self.settings.hours[weekday] is None:
            return ClosedDay(
                day, ClosedKind.WEEKEND, WEEKDAY_NAMES_ID[weekday], WEEKDAY_NAMES_EN[weekday]
            )
        return None

    def refresh_hall_closures(self) -> None:
        """Ask the database again at the next question (this process just changed the list)."""
        for cache in (self._hall_closures, self._hall_week):
            forget = getattr(cache, "forget", None)
            if forget is not None:
                forget()

    def estimated_years(self, first: date, last: date) -> tuple[int, ...]:
        """Years from ``first`` to ``last`` whose national holidays are not yet official: a due
        date counted through them may move when the government publishes the list."""
        return tuple(y for y in range(first.year, last.year + 1) if self._holidays.is_estimated(y))

    def closed_reason(self, day: date) -> str | None:
        """Indonesian reason the office is closed on ``day`` ("Sabtu", a holiday name, ...)."""
        closed = self.closed_day(day)
        return closed.reason_id if closed is not None else None

    def is_working_day(self, day: date) -> bool:
        return self.closed_day(day) is None

    def add_working_days(self, start: date, n: int) -> date:
        """The deadline of "``n`` hari kerja" for a file received on ``start``.

        The day of receipt never counts: counting starts with the first working day after
        ``start``, also when ``start`` itself is a closed day. ``n == 0`` gives ``start``.
        """
        if n < 0:
            raise ValueError(f"number of working days must not be negative: {n}")
        day = start
        counted = 0
        while counted < n:
            day += _ONE_DAY
            if self.is_working_day(day):
                counted += 1
        return day

    def working_days_between(self, a: date, b: date) -> int:
        """Working days after ``a`` up to and including ``b``; negative when ``b`` is earlier.

        The inverse of :meth:`add_working_days`: ``working_days_between(s,
        add_working_days(s, n)) == n``.
        """
        if b < a:
            return -self.working_days_between(b, a)
        count = 0
        day = a + _ONE_DAY
        while day <= b:
            if self.is_working_day(day):
                count += 1
            day += _ONE_DAY
        return count

    # -- hours --------------------------------------------------------------------------------

    def sessions_on(self, day: date) -> tuple[tuple[datetime, datetime], ...]:
        """Spans the counters serve on ``day`` (start inclusive, end exclusive); () if closed."""
        if not self.is_working_day(day):
            return ()
        return tuple(
            (self._at(day, span.start), self._at(day, span.end))
            for span in self.settings.sessions(day.weekday())
        )

    def issue_cutoff_at(self, day: date) -> datetime | None:
        """When the kiosk stops issuing tickets on ``day``; None on a closed day."""
        cutoff = self.settings.issue_cutoff(day.weekday())
        if cutoff is None or not self.is_working_day(day):
            return None
        return self._at(day, cutoff)

    def next_opening(self, moment: datetime) -> datetime | None:
        """The first moment strictly after ``moment`` at which service (re)starts.

        That includes the end of a break. None only if nothing opens within two years.
        """
        local = self.local(moment)
        day = local.date()
        for _ in range(_SEARCH_DAYS):
            for start, _end in self.sessions_on(day):
                if start > local:
                    return start
            day += _ONE_DAY
        return None

    def status_at(self, moment: datetime) -> OpenStatus:
        local = self.local(moment)
        day = local.date()
        closed = self.closed_day(day)
        if closed is not None:
            upcoming = self.next_opening(local)
            if closed.kind is ClosedKind.WEEKEND:
                what_id = f"Kantor tutup pada hari {closed.reason_id}"
                what_en = f"The office is closed on {closed.reason_en}"
            else:
                what_id = f"Kantor tutup: {closed.reason_id}"
                what_en = f"The office is closed: {closed.reason_en}"
            return OpenStatus(
                open=False,
                can_issue=False,
                reason_id=f"{what_id}. {_come_back_id(upcoming)}",
                reason_en=f"{what_en}. {_come_back_en(upcoming)}",
                next_opening=upcoming,
                state=OfficeState.CLOSED_DAY,
                closed_day=closed,
            )

        sessions = self.sessions_on(day)
        opening, closing = sessions[0][0], sessions[-1][1]
        cutoff = self.issue_cutoff_at(day)
        assert cutoff is not None  # a working day always has hours
        serving = any(start <= local < end for start, end in sessions)

        if local < opening:
            return OpenStatus(
                open=False,
                can_issue=False,
                reason_id=f"Layanan belum dibuka. Layanan dibuka pukul {time_id(opening.time())}.",
                reason_en=f"Not open yet. Service opens at {time_en(opening.time())}.",
                next_opening=opening,
                state=OfficeState.BEFORE_OPENING,
            )
        if local >= closing:
            upcoming = self.next_opening(local)
            return OpenStatus(
                open=False,
                can_issue=False,
                reason_id=f"Layanan hari ini sudah ditutup. {_come_back_id(upcoming)}",
                reason_en=f"Service has closed for today. {_come_back_en(upcoming)}",
                next_opening=upcoming,
                state=OfficeState.AFTER_CLOSING,
            )
        if local >= cutoff:
            upcoming = self.next_opening(closing)
            return OpenStatus(
                open=serving,
                can_issue=False,
                reason_id=(
                    "Pengambilan nomor antrean hari ini sudah ditutup pukul "
                    f"{time_id(cutoff.time())}. {_come_back_id(upcoming)}"
                ),
                reason_en=(
                    f"Ticket issuing closed at {time_en(cutoff.time())} today. "
                    f"{_come_back_en(upcoming)}"
                ),
                next_opening=upcoming,
                state=OfficeState.AFTER_CUTOFF,
            )
        if not serving:
            resume = next(start for start, _end in sessions if start > local)
            return OpenStatus(
                open=False,
                can_issue=False,
                reason_id=(
                    "Layanan sedang istirahat dan dibuka kembali pukul "
                    f"{time_id(resume.time())}."
                ),
                reason_en=f"Service is on a break and resumes at {time_en(resume.time())}.",
                next_opening=resume,
                state=OfficeState.BREAK,
            )
        return OpenStatus(
            open=True,
            can_issue=True,
            reason_id=f"Layanan buka. Nomor antrean diberikan sampai pukul {time_id(cutoff.time())}.",
            reason_en=f"Open. Queue tickets are issued until {time_en(cutoff.time())}.",
            next_opening=None,
            state=OfficeState.OPEN,
        )

    def _at(self, day: date, moment: time) -> datetime:
        return datetime.combine(day, moment, tzinfo=self.tz)


def _come_back_id(upcoming: datetime | None) -> str:
    if upcoming is None:
        return "Silakan periksa jadwal layanan."
    return (
        f"Silakan datang kembali pada {date_id(upcoming.date())} "
        f"pukul {time_id(upcoming.time())}."
    )


def _come_back_en(upcoming: datetime | None) -> str:
    if upcoming is None:
        return "Please check the service schedule."
    return (
        f"Please come back on {date_en(upcoming.date())} at {time_en(upcoming.time())}."
    )
