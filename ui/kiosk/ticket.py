"""The ticket just issued (or why none could be), as the ticket and printer-problem screens show it."""

from __future__ import annotations

import re

from PySide6.QtCore import Property, QObject, QUrl, Signal

from kiosk.announce.phrases import read_code
from kiosk.calendar.wording import date_en, date_id, time_en, time_id
from kiosk.queue.priority import Labels
from kiosk.ticket_desk import KioskTicket, Refusal
from ui.common.language import Language


class TicketView(QObject):
    changed = Signal()

    def __init__(self, language: Language, labels: Labels, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._labels = labels
        self._ticket: KioskTicket | None = None
        self._refusal: Refusal | None = None
        language.codeChanged.connect(self.changed)

    def show(self, ticket: KioskTicket | None) -> None:
        self._ticket = ticket
        self.changed.emit()

    def refuse(self, refusal: Refusal | None) -> None:
        self._refusal = refusal
        self.changed.emit()

    def clear(self) -> None:
        self._ticket, self._refusal = None, None
        self.changed.emit()

    @property
    def ticket(self) -> KioskTicket | None:
        return self._ticket

    def _en(self) -> bool:
        return self._language.current == "en"

    def _code(self) -> str:
        return self._ticket.code if self._ticket else ""

    def _spoken_code(self) -> str:
        """The number as a voice should say it: "A seratus dua puluh tiga" / "A 123"."""
        code = self._code()
        if not code:
            return ""
        if self._en():
            return " ".join(spoken_runs_en(code))
        try:
            return read_code(code).caption
        except ValueError:
            return code

    def _service(self) -> str:
        return self._ticket.service_title if self._ticket else ""

    def _queue(self) -> str:
        return self._ticket.queue_name if self._ticket else ""

    def _counters(self) -> str:
        return ", ".join(self._ticket.counters) if self._ticket else ""

    def _ahead(self) -> int:
        ahead = self._ticket.ahead if self._ticket else None
        return -1 if ahead is None else ahead

    def _wait_min(self) -> int:
        value = self._ticket.wait_min if self._ticket else None
        return -1 if value is None else value

    def _wait_max(self) -> int:
        value = self._ticket.wait_max if self._ticket else None
        return -1 if value is None else value

    def _priority(self) -> str:
        key = self._ticket.priority if self._ticket else None
        if not key:
            return ""
        return self._labels.en(key) if self._en() else self._labels.id(key)

    def _consultation(self) -> bool:
        return bool(self._ticket and self._ticket.consultation)

    def _printed(self) -> bool:
        return bool(self._ticket and self._ticket.printed)

    def _print_message(self) -> str:
        if not self._ticket:
            return ""
        return self._ticket.print_message_en if self._en() else self._ticket.print_message_id

    def _preview(self) -> QUrl:
        png = self._ticket.preview_png if self._ticket else None
        return QUrl.fromLocalFile(str(png)) if png else QUrl()

    def _refusal_text(self) -> str:
        if not self._refusal:
            return ""
        return self._refusal.message_en if self._en() else self._refusal.message_id

    def _next_opening(self) -> str:
        moment = self._refusal.next_opening if self._refusal else None
        if moment is None:
            return ""
        if self._en():
            return f"{date_en(moment.date())}, {time_en(moment.time())}"
        return f"{date_id(moment.date())}, pukul {time_id(moment.time())}"

    code = Property(str, _code, notify=changed)
    spokenCode = Property(str, _spoken_code, notify=changed)
    serviceTitle = Property(str, _service, notify=changed)
    queueName = Property(str, _queue, notify=changed)
    counters = Property(str, _counters, notify=changed)
    ahead = Property(int, _ahead, notify=changed)
    waitMin = Property(int, _wait_min, notify=changed)
    waitMax = Property(int, _wait_max, notify=changed)
    priorityLabel = Property(str, _priority, notify=changed)
    consultation = Property(bool, _consultation, notify=changed)
    printed = Property(bool, _printed, notify=changed)
    printMessage = Property(str, _print_message, notify=changed)
    preview = Property(QUrl, _preview, notify=changed)
    refusal = Property(str, _refusal_text, notify=changed)
    nextOpening = Property(str, _next_opening, notify=changed)


def spoken_runs_en(code: str) -> list[str]:
    """English reading: letters one by one, short digit runs as a number ("A-007" -> A, 7)."""
    words: list[str] = []
    for run in re.findall(r"[A-Za-z]+|[0-9]+", code):
        if run.isdigit():
            words.append(str(int(run)) if len(run) <= 4 else " ".join(run))
        else:
            words.extend(run.upper())
    return words
