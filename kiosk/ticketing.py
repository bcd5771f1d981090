"""The one place the kiosk screens issue tickets and print receipts.

Everything the screens need from the queue engine and the printer goes through
:class:`TicketDesk`. :class:`LocalDesk` uses the print-job API (``kiosk.printjobs``): the ticket
is committed before a byte is printed, and a ticket whose paper failed is still valid, in line,
and shown to the staff. Tests and other front ends can pass any object with the same methods.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Mapping

from kiosk import config
from kiosk.calendar import OpenStatus
from kiosk.calendar.hours import HallWeek, week_lines
from kiosk.catalog.views import ServiceDetail
from kiosk.checklist import Verdict
from kiosk.clock import Clock
from kiosk.identity import terminal_identity
from kiosk.printjobs import DocumentPrinter, issue_and_print, print_missing_documents, recover_interrupted
from kiosk.queue import Office
from kiosk.queue.errors import OfficeClosed, QueueError
from kiosk.storage import Database
from kiosk.terminals import beat, test_page
from kiosk.ticket_desk import KioskTicket, ReceiptOutcome, Refusal, TicketDesk

__all__ = ["KioskTicket", "LocalDesk", "ReceiptOutcome", "Refusal", "TicketDesk"]

_LOG = logging.getLogger("kiosk.ticketing")


SWEEP_EVERY_S = 60.0


class LocalDesk:
    """Issues through the print-job API on this terminal's database and prints on its printer."""

    def __init__(
        self,
        db: Database,
        settings: config.Settings,
        clock: Clock,
        printer: DocumentPrinter,
        *,
        terminal: str | None = None,
    ) -> None:
        self._db = db
        self._settings = settings
        self._clock = clock
        self._office = Office.from_settings(settings, db)
        self._printer = printer
        self._terminal = terminal or terminal_identity(settings)
        self._sweeper: threading.Thread | None = None
        self._printer_state: tuple[str | None, str | None] = (None, None)
        self._stop_sweeping = threading.Event()

    @property
    def office(self) -> Office:
        return self._office

    def recover(self) -> int:
        """After a crash mid-print: this terminal's unconfirmed tickets (and any of the hall's that
        nobody confirmed) go to the staff. Returns how many there were."""
        recovered = recover_interrupted(self._db, self._office, now=self._clock(), terminal=self._terminal)
        for view in recovered:
            _LOG.warning("ticket %s was being printed when the kiosk stopped; marked for the staff", view.code)
        return len(recovered)

    def start_sweeping(self, every_s: float = SWEEP_EVERY_S) -> None:
        """Every minute, hand the hall's never-confirmed tickets to the line (off the GUI thread)."""

        def sweep() -> None:
            while True:
                self.beat()
                if self._stop_sweeping.wait(every_s):
                    return
                try:
                    recover_interrupted(self._db, self._office, now=self._clock())
                except Exception as exc:  # a busy or lost database: next minute, then
                    _LOG.warning("recovery sweep skipped: %s", exc)

        self._sweeper = threading.Thread(target=sweep, name="print-recovery", daemon=True)
        self._sweeper.start()

    def beat(self) -> None:
        """Tell the hall this kiosk is alive and how its printer is; print a test page when a
        supervisor asked for one (the console shows the result at the next beat)."""
        state, message = self._printer_state
        try:
            asked_by = beat(self._db, self._terminal, "kiosk", self._clock(), printer_state=state,
                            printer_message=message)
            if asked_by is not None:
                page = test_page(self._terminal, asked_by, self._clock(), self._office.calendar.settings.timezone)
                result = self._printer.print_document(page)
                self._printer_state = (result.reason_code, result.staff_message_id)
                beat(self._db, self._terminal, "kiosk", self._clock(), printer_state=result.reason_code,
                     printer_message=result.staff_message_id)
        except Exception as exc:  # the hall not reachable: the next beat tells
            _LOG.warning("heartbeat skipped: %s", exc)

    def stop_sweeping(self) -> None:
        self._stop_sweeping.set()

    def opening(self) -> OpenStatus:
        return self._office.calendar.status_at(self._clock())

    def issue(
        self,
        service: ServiceDetail,
        *,
        priority: str | None,
        answers: Mapping[int, str],
        consultation: bool,
        language: str,
        request_key: str | None = None,
    ) -> KioskTicket | Refusal:
        try:
            outcome = issue_and_print(
                self._db,
                self._office,
                self._printer,
                self._settings,
                service.number,
                now=self._clock(),
                priority=priority or None,
                checklist={key: value for key, value in answers.items()},
                terminal=self._terminal,
                language=language,
                request_key=request_key,
            )
        except OfficeClosed as closed:
            return Refusal(closed.message_id, closed.message_en, closed.next_opening, closed=True)
        except QueueError as refusal:
            return Refusal(refusal.message_id, refusal.message_en, None, closed=False)
        view = outcome.ticket
        self._printer_state = (outcome.reason_code, outcome.staff_message)
        if not outcome.printed:
            _LOG.warning("ticket %s not printed: %s", view.code, outcome.reason_code)
        return KioskTicket(
            code=view.code,
            service_title=view.service_title,
            queue_name=view.queue_name,
            counters=view.counters,
            ahead=view.ahead,
            wait_min=view.wait_min,
            wait_max=view.wait_max,
            priority=view.priority,
            consultation=consultation,
            printed=outcome.printed,
            print_message_id=outcome.message_id,
            print_message_en=outcome.message_en,
            preview_png=outcome.preview_png,
        )

    def print_missing(self, service: ServiceDetail, verdict: Verdict, language: str) -> ReceiptOutcome:
        ok, message_id, message_en, preview = print_missing_documents(
            self._printer,
            self._settings,
            service,
            missing=[r.text for r in verdict.missing],
            unsure=[r.text for r in verdict.unsure],
            now=self._clock(),
            language=language,
            hours=self._hours(),
        )
        return ReceiptOutcome(ok, message_id, message_en, preview)

    def print_requirements(self, service: ServiceDetail, language: str) -> ReceiptOutcome:
        """The whole list, from "Lihat persyaratan", to gather the papers at home."""
        ok, message_id, message_en, preview = print_missing_documents(
            self._printer, self._settings, service, missing=[r.text for r in service.requirements], unsure=[],
            now=self._clock(), language=language, hours=self._hours(), all_items=True)
        return ReceiptOutcome(ok, message_id, message_en, preview)

    def _hours(self) -> list[str]:
        return week_lines(HallWeek.of(self._office.calendar.settings))
