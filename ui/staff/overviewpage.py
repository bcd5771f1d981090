"""The supervisor's overview: each queue's load, each counter's state, the kiosks' printers, and
the tickets whose paper never printed (reprinted from here, a permission and an audit entry)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import Property, QObject, Slot

from kiosk import config as config_mod
from kiosk.printjobs import DocumentPrinter, IssueOutcome, reprint
from kiosk.queue import Office
from kiosk.staff.overview import SupervisorOverview, supervisor_overview
from ui.common.rows import RowsModel
from ui.staff.pagemodel import DeskState, PageModel


def _plain(error: str | None) -> str:
    """The printer's sentence without the ``reason_code: `` the print job stores in front of it."""
    text = error or ""
    head, sep, rest = text.partition(": ")
    return rest if sep and head.replace("_", "").isalpha() and head.islower() else text


class OverviewPage(PageModel):
    def __init__(self, state: DeskState, office: Office, settings: config_mod.Settings, *,
                 printer: Callable[[], DocumentPrinter], parent: QObject | None = None) -> None:
        super().__init__(state, parent)
        self.office = office
        self.settings = settings
        self._printer = printer
        self._zone = ZoneInfo(str(settings.get("office", "timezone")))
        self._view: SupervisorOverview | None = None
        self.queueLoads = RowsModel(("letter", "name", "waiting", "priority", "longest", "next"), self)
        self.counterStates = RowsModel(("number", "name", "open", "officer", "current", "transferred"), self)
        self.printerStates = RowsModel(("terminal", "state", "message", "at", "fault"), self)
        self.failedPrints = RowsModel(("ticketId", "code", "terminal", "error", "status"), self)

    def _get_queue_loads(self) -> RowsModel:
        return self.queueLoads

    def _get_counter_states(self) -> RowsModel:
        return self.counterStates

    def _get_printer_states(self) -> RowsModel:
        return self.printerStates

    def _get_failed_prints(self) -> RowsModel:
        return self.failedPrints

    queueLoadsModel = Property(QObject, _get_queue_loads, constant=True)
    counterStatesModel = Property(QObject, _get_counter_states, constant=True)
    printerStatesModel = Property(QObject, _get_printer_states, constant=True)
    failedPrintsModel = Property(QObject, _get_failed_prints, constant=True)

    @Slot()
    def refresh(self) -> None:
        db, office, now = self.state.db, self.office, self.state.clock()

        def then(view: SupervisorOverview) -> None:
            self._view = view
            self._fill()

        self.operate(lambda: supervisor_overview(db, office, now), then)

    def relabel(self) -> None:
        super().relabel()
        self._fill()

    def _fill(self) -> None:
        view, words = self._view, self.state.words()
        if view is None:
            return
        self.queueLoads.set_rows(
            {"letter": q.letter, "name": q.name, "waiting": q.waiting, "priority": q.waiting_priority,
             "longest": words.minutes(timedelta(minutes=q.longest_wait_minutes))
             if q.longest_wait_minutes is not None else "-", "next": ", ".join(q.next_codes)}
            for q in view.queues
        )
        self.counterStates.set_rows(
            {"number": c.number, "name": c.name, "open": c.is_open, "officer": c.officer_name or "-",
             "current": c.current or "-", "transferred": ", ".join(c.transferred) or "-"}
            for c in view.counters
        )
        self.printerStates.set_rows(
            {"terminal": p.terminal, "state": p.reason, "message": p.message,
             "at": p.at.astimezone(self._zone).strftime("%H.%M"), "fault": p.fault}
            for p in view.printers
        )
        self.failedPrints.set_rows(
            {"ticketId": f.ticket_id, "code": f.code, "terminal": f.terminal or "-", "error": _plain(f.error),
             "status": f.status}
            for f in view.failed_prints
        )

    @Slot(int)
    def reprintTicket(self, ticket_id: int) -> None:
        db, office, settings, now = self.state.db, self.office, self.settings, self.state.clock()
        language = self.state.words().language

        def job() -> IssueOutcome:
            return reprint(db, office, self._printer(), settings, f"#{ticket_id}", actor=self.actor(), now=now,
                           language=language)

        def then(outcome: IssueOutcome) -> None:
            if outcome.printed:
                self.say(f"Tiket {outcome.ticket.code} dicetak ulang.", f"Ticket {outcome.ticket.code} reprinted.",
                         "ok")
            else:
                why = outcome.staff_message
                self.say(f"Cetak ulang gagal: {why}", f"Reprint failed: {why}", "error")
            self.refresh()

        self.operate(job, then)
