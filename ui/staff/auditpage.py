"""The Audit page: the append-only record of staff actions, newest first, in words (what was done
and to what) in the desk's language, filtered by officer and by day."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from PySide6.QtCore import QObject, Signal, Slot

from kiosk import audit
from kiosk.audit.log import AuditEntryView
from kiosk.audit.wording import action_words, subject_words
from kiosk.calendar.daytext import parse_day
from kiosk.staff.accounts import require
from kiosk.staff.roles import Permission
from ui.staff.pagemodel import DeskState, TablePage

LIMIT = 300


class AuditPage(TablePage):
    changed = Signal()

    def __init__(self, state: DeskState, timezone: str, parent: QObject | None = None) -> None:
        super().__init__(state, timezone, ("at", "actor", "role", "terminal", "counter", "action", "subject", "code"),
                         parent)
        self._shown: list[AuditEntryView] = []

    def _fill(self) -> None:
        words = self.state.words()
        self._rows.set_rows(
            {"at": e.at.astimezone(self._zone).strftime("%d-%m %H.%M.%S"), "actor": e.actor, "role": e.actor_role,
             "terminal": e.terminal, "counter": e.counter or "", "action": words.say(*action_words(e.action)),
             "subject": words.say(*subject_words(e.subject)), "code": e.action}
            for e in self._shown)
        self.changed.emit()

    @Slot(str, str)
    def refresh(self, officer: str = "", day: str = "") -> None:
        db, zone = self.state.db, self._zone

        def job() -> list[AuditEntryView]:
            require(self.actor(), Permission.VIEW_AUDIT)
            since = until = None
            if day.strip():
                first = parse_day(day)
                since = datetime.combine(first, time(0), zone)
                until = since + timedelta(days=1)
            who = officer.strip().upper() or None
            return audit.entries(db, actor=who, since=since, until=until, limit=LIMIT)

        def done(shown: list[AuditEntryView]) -> None:
            self._shown = shown
            self.say("", "")
            self._fill()

        self.operate(job, done)

