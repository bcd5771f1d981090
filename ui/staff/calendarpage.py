"""The Office calendar page: the year at a glance (national holidays, cuti bersama, the hall's own
closures), a warning when the year's holiday list is not official yet, and closing or reopening
the hall on a day. kiosk.calendar.closures checks the permission and writes the audit entry."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.calendar import OfficeCalendar
from kiosk.calendar.closures import ClosureView, add_closure, remove_closure
from kiosk.calendar.daytext import parse_day
from kiosk.calendar.office import ClosedKind
from kiosk.calendar.wording import date_en, date_id
from kiosk.calendar.year import KIND_WORDS, OfficeYear, office_year, weekday_initials
from kiosk.staff import allows
from kiosk.staff.roles import Permission
from ui.common.rows import RowsModel
from ui.staff.pagemodel import DeskState, PageModel


class CalendarPage(PageModel):
    changed = Signal()

    def __init__(self, state: DeskState, calendar: OfficeCalendar, parent: QObject | None = None) -> None:
        super().__init__(state, parent)
        self._calendar = calendar
        self._year = state.clock().astimezone(calendar.tz).year
        self._shown: OfficeYear | None = None
        self._months = RowsModel(("month", "title", "cells"), self)
        self._closed = RowsModel(("day", "dateText", "kind", "kindLabel", "reason", "local"), self)
        self._weekdays: list[str] = []
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

    def relabel(self) -> None:
        self._weekdays = list(weekday_initials(self.state.words().english))
        self._fill()
        super().relabel()

    def _fill(self) -> None:
        shown, words = self._shown, self.state.words()
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
        def job() -> OfficeYear:
            calendar.refresh_hall_closures()
            return office_year(calendar, wanted)

        def done(shown: OfficeYear) -> None:
            self._shown = shown
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

