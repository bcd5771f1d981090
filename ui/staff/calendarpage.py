"""The Office calendar page: the year at a glance (national holidays, cuti bersama, the hall's own
closures), a warning when the year's holiday list is not official yet, closing or reopening the
hall on a day, and the hall's week of service hours, breaks and issuing cut-off.
kiosk.calendar.closures and kiosk.calendar.hours check the permission and write the audit entry."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.calendar import OfficeCalendar
from kiosk.calendar.closures import ClosureView, add_closure, remove_closure
from kiosk.calendar.daytext import parse_day
from kiosk.calendar.hours import HallWeek, parse_week, set_hall_week, week_lines
from kiosk.calendar.office import ClosedKind
from kiosk.calendar.settings import WEEKDAY_KEYS, WEEKDAY_NAMES_EN, WEEKDAY_NAMES_ID
from kiosk.calendar.wording import date_en, date_id
from kiosk.calendar.year import KIND_WORDS, OfficeYear, office_year, weekday_initials
from kiosk.staff import allows
from kiosk.staff.roles import Permission
from ui.common.rows import RowsModel
from ui.staff.pagemodel import DeskState, PageModel


class CalendarPage(PageModel):
    changed = Signal()
    hoursSaved = Signal()

    def __init__(self, state: DeskState, calendar: OfficeCalendar, parent: QObject | None = None) -> None:
        super().__init__(state, parent)
        self._calendar = calendar
        self._year = state.clock().astimezone(calendar.tz).year
        self._shown: OfficeYear | None = None
        self._months = RowsModel(("month", "title", "cells"), self)
        self._closed = RowsModel(("day", "dateText", "kind", "kindLabel", "reason", "local"), self)
        self._weekdays: list[str] = []
        self._week: HallWeek | None = None
        self._hours = RowsModel(("key", "day", "hours", "breaks"), self)
        self.relabel()

    def _get_year(self) -> int:
        return self._year

    def _get_estimated_text(self) -> str:
        if self._shown is None or not self._shown.estimated:
            return ""
        return self.state.words().say(
            f"Daftar hari libur {self._year} belum ditetapkan resmi: tanggal libur dan tanggal selesai berkas pada "
            "tahun ini adalah perkiraan.",
            f"The {self._year} holiday list is not official yet: holidays and file due dates in this year are "
            "estimates.")

    def _get_summary(self) -> str:
        if self._shown is None:
            return ""
        local = sum(1 for c in self._shown.closed if c.kind == ClosedKind.LOCAL_CLOSURE.value)
        holidays = len(self._shown.closed) - local
        return self.state.words().say(
            f"{self._shown.working_days} hari kerja · {holidays} hari libur dan cuti bersama · "
            f"{local} penutupan kantor",
            f"{self._shown.working_days} working days · {holidays} holidays and collective leave days · "
            f"{local} office closures")

    def _get_can_manage(self) -> bool:
        actor = self.state.actor()
        return actor is not None and allows(actor.role, Permission.MANAGE_CALENDAR)

    def _get_weekdays(self) -> list[str]:
        return self._weekdays

    year = Property(int, _get_year, notify=changed)
    estimatedText = Property(str, _get_estimated_text, notify=changed)
    summary = Property(str, _get_summary, notify=changed)
    canManage = Property(bool, _get_can_manage, notify=changed)
    weekdays = Property(list, _get_weekdays, notify=changed)
    def _get_months(self) -> RowsModel:
        return self._months

    def _get_closed(self) -> RowsModel:
        return self._closed

    months = Property(QObject, _get_months, constant=True)
    closedDays = Property(QObject, _get_closed, constant=True)

    def _get_hours(self) -> RowsModel:
        return self._hours

    def _get_cutoff(self) -> int:
        return self._week.issue_cutoff_minutes if self._week is not None else 0

    def _get_hours_summary(self) -> str:
        """The week in one line: days with the same hours and breaks grouped ("Sen-Kam 08:00-15:00")."""
        if self._week is None:
            return ""
        words = self.state.words()
        parts = week_lines(self._week, english=words.english)
        cutoff = self._week.issue_cutoff_minutes
        return words.say("Jam layanan: ", "Service hours: ") + " · ".join(parts) + words.say(
            f" · nomor antrean berhenti {cutoff} menit sebelum tutup",
            f" · tickets stop {cutoff} minutes before closing")

    hoursRows = Property(QObject, _get_hours, constant=True)
    cutoffMinutes = Property(int, _get_cutoff, notify=changed)
    hoursSummary = Property(str, _get_hours_summary, notify=changed)

    def relabel(self) -> None:
        self._weekdays = list(weekday_initials(self.state.words().english))
        self._fill()
        super().relabel()

    def _fill(self) -> None:
        shown, words = self._shown, self.state.words()
        if self._week is not None:
            names = WEEKDAY_NAMES_EN if words.english else WEEKDAY_NAMES_ID
            hours, breaks = self._week.texts()
            self._hours.set_rows({"key": k, "day": n, "hours": h, "breaks": b}
                                 for k, n, h, b in zip(WEEKDAY_KEYS, names, hours, breaks, strict=True))
        if shown is None:
            self._months.set_rows([])
            self._closed.set_rows([])
        else:
            self._months.set_rows(
                {"month": m.month, "title": words.say(m.name_id, m.name_en),
                 "cells": [{"label": str(c.day.day) if c.day else "", "kind": c.kind} for c in m.cells]}
                for m in shown.months)
            self._closed.set_rows(
                {"day": c.day.isoformat(), "dateText": words.day(c.day),
                 "kind": c.kind, "kindLabel": words.pick(KIND_WORDS[c.kind]),
                 "reason": words.say(c.reason_id, c.reason_en), "local": c.kind == ClosedKind.LOCAL_CLOSURE.value}
                for c in shown.closed)
        self.changed.emit()

    @Slot(int)
    def showYear(self, year: int) -> None:
        self._year = max(2000, min(2100, year))
        calendar, wanted = self._calendar, self._year
        def job() -> tuple[OfficeYear, HallWeek]:
            calendar.refresh_hall_closures()
            return office_year(calendar, wanted), HallWeek.of(calendar.settings)

        def done(answer: tuple[OfficeYear, HallWeek]) -> None:
            self._shown, self._week = answer
            self._fill()

        self.operate(job, done)

    @Slot()
    def refresh(self) -> None:
        self.showYear(self._year)

    @Slot(str, str)
    def closeDay(self, day_text: str, reason: str) -> None:
        db, now = self.state.db, self.state.clock()

        def job() -> ClosureView:
            return add_closure(db, self.actor(), now, parse_day(day_text), reason)

        def done(c: ClosureView) -> None:
            self.say(f"Kantor tutup pada {date_id(c.day)}: {c.reason}.", f"The office is closed on {date_en(c.day)}: "
                     f"{c.reason}.")
            if c.day.year != self._year:
                self._year = c.day.year
            self.refresh()

        self.operate(job, done)

    @Slot(str)
    def reopenDay(self, day_text: str) -> None:
        db, now = self.state.db, self.state.clock()
        day = date.fromisoformat(day_text)

        def done(_: None) -> None:
            self.say(f"{date_id(day)} kembali menjadi hari kerja.", f"{date_en(day)} is a working day again.")
            self.refresh()

        self.operate(lambda: remove_closure(db, self.actor(), now, day), done)


    @Slot(list, list, str)
    def saveHours(self, hours: list[str], breaks: list[str], cutoff: str) -> None:
        """The week for every terminal of the hall (they follow within a minute)."""
        db, now = self.state.db, self.state.clock()

        def job() -> HallWeek:
            return set_hall_week(db, self.actor(), now, parse_week([str(h) for h in hours],
                                                                   [str(b) for b in breaks], cutoff))

        def done(_: HallWeek) -> None:
            self.say("Jam layanan disimpan; semua terminal mengikutinya dalam satu menit.",
                     "Service hours saved; every terminal follows within a minute.")
            self.hoursSaved.emit()
            self.refresh()

        self.operate(job, done)
