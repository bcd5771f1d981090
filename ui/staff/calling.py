"""The calling page: the ticket at this counter, the call buttons, the held tickets, and the
counter's own queues. Every action runs off the screen's thread; what the screen shows after it
(the ticket, the held list, the line) is read in the same background job, so one slow database
round trip never freezes the desk and the screen never shows half an answer.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.checklist import ANSWER_WORDS
from kiosk.faults import classify
from kiosk.queue import ActionResult, CallResult, Office, list_counters, list_queues
from kiosk.queue.states import STATUS_LABELS, Action, Status
from kiosk.queue.views import TicketView
from kiosk.staff.desk import Desk, LineAtCounter, OpenedTicket
from ui.common.rows import RowsModel
from ui.staff.pagemodel import DeskState, PageModel

NO_TICKET = ("Belum ada tiket yang dibuka.", "No ticket is open.")


@dataclass(frozen=True)
class _After:
    """What the page shows after an action, read in the action's own background job."""

    opened: OpenedTicket | None
    held: tuple[TicketView, ...]
    lines: tuple[LineAtCounter, ...] | None  # None: could not be read this time, keep the last


def _after(desk: Desk, opened: OpenedTicket | None) -> _After:
    try:
        lines: tuple[LineAtCounter, ...] | None = tuple(desk.lines())
    except Exception as exc:  # a busy or lost database: the next action refreshes the line
        if classify(exc) is None:
            raise
        lines = None
    return _After(opened, tuple(desk.held_here()), lines)


class CallingPage(PageModel):
    ticketChanged = Signal()

    def __init__(self, state: DeskState, office: Office, desk: Callable[[], Desk | None],
                 parent: QObject | None = None) -> None:
        super().__init__(state, parent)
        self.office = office
        self._desk = desk
        self._opened: OpenedTicket | None = None
        self._reason: tuple[str, str] = ("", "")
        self._lines: tuple[LineAtCounter, ...] = ()
        self.queues = RowsModel(("letter", "name"), self)
        self.transferCounters = RowsModel(("number", "name"), self)
        self.checklist = RowsModel(("order", "text", "answer", "answerLabel"), self)
        self.held = RowsModel(("code", "service"), self)
        self.myLines = RowsModel(("letter", "name", "waiting", "next"), self)

    # -- what the screen reads ------------------------------------------------------------------

    def _t(self) -> TicketView | None:
        return self._opened.ticket if self._opened else None

    def _get_has_ticket(self) -> bool:
        return self._opened is not None

    def _get_code(self) -> str:
        t = self._t()
        return t.code if t else ""

    def _get_service(self) -> str:
        t = self._t()
        return f"{t.service_number}. {t.service_title}" if t else ""

    def _get_service_number(self) -> int:
        t = self._t()
        return t.service_number if t else 0

    def _get_priority(self) -> str:
        t = self._t()
        if t is None or not t.priority:
            return ""
        for category in self.office.queue.categories:
            if category.key == t.priority:
                return self.state.words().pick((category.label_id, category.label_en))
        return t.priority_label or t.priority

    def _get_status(self) -> str:
        t = self._t()
        return t.status if t else ""

    def _get_status_label(self) -> str:
        t = self._t()
        if t is None:
            return ""
        words = self.state.words()
        label = words.pick(STATUS_LABELS[Status(t.status)])
        if t.reserved_counter_name:
            label += words.say(f", dipindahkan ke {t.reserved_counter_name}",
                               f", transferred to {t.reserved_counter_name}")
        return label[:1].upper() + label[1:]

    def _get_waited(self) -> str:
        return self.state.words().minutes(self._opened.waited) if self._opened else ""

    def _get_reason(self) -> str:
        return self.state.words().pick(self._reason) if self._reason[0] else ""

    def _get_counter(self) -> str:
        t = self._t()
        return (t.counter_name or "") if t else ""

    def _get_at_this_counter(self) -> bool:
        t, desk = self._t(), self._desk()
        return bool(t and desk and t.counter_number == desk.counter and t.status in ("called", "serving"))

    hasTicket = Property(bool, _get_has_ticket, notify=ticketChanged)
    ticketCode = Property(str, _get_code, notify=ticketChanged)
    ticketService = Property(str, _get_service, notify=ticketChanged)
    ticketServiceNumber = Property(int, _get_service_number, notify=ticketChanged)
    ticketPriority = Property(str, _get_priority, notify=ticketChanged)
    ticketStatus = Property(str, _get_status, notify=ticketChanged)
    ticketStatusLabel = Property(str, _get_status_label, notify=ticketChanged)
    ticketWaited = Property(str, _get_waited, notify=ticketChanged)
    ticketReason = Property(str, _get_reason, notify=ticketChanged)
    ticketCounter = Property(str, _get_counter, notify=ticketChanged)
    ticketAtThisCounter = Property(bool, _get_at_this_counter, notify=ticketChanged)

    def _get_queues(self) -> RowsModel:
        return self.queues

    def _get_transfer_counters(self) -> RowsModel:
        return self.transferCounters

    def _get_checklist(self) -> RowsModel:
        return self.checklist

    def _get_held(self) -> RowsModel:
        return self.held

    def _get_my_lines(self) -> RowsModel:
        return self.myLines

    queuesModel = Property(QObject, _get_queues, constant=True)
    transferCountersModel = Property(QObject, _get_transfer_counters, constant=True)
    checklistModel = Property(QObject, _get_checklist, constant=True)
    heldModel = Property(QObject, _get_held, constant=True)
    myLinesModel = Property(QObject, _get_my_lines, constant=True)

    def current_ticket(self) -> TicketView | None:
        """The open ticket, for the files page's defaults."""
        return self._t()

    # -- filling the screen ---------------------------------------------------------------------

    def _show(self, opened: OpenedTicket | None, reason: tuple[str, str] = ("", "")) -> None:
        self._opened = opened
        self._reason = reason
        self._fill_checklist()
        self.ticketChanged.emit()

    def _fill_checklist(self) -> None:
        words = self.state.words()
        rows = []
        if self._opened is not None:
            for line in self._opened.checklist:
                label = words.pick(ANSWER_WORDS[line.answer]) if line.answer in ANSWER_WORDS else (
                    words.say("tidak ditanyakan", "not asked"))
                rows.append({"order": line.order, "text": line.text, "answer": line.answer or "",
                             "answerLabel": label})
        self.checklist.set_rows(rows)

    def _apply(self, after: _After, reason: tuple[str, str] = ("", "")) -> None:
        self._show(after.opened, reason)
        self.held.set_rows({"code": t.code, "service": t.service_title} for t in after.held)
        if after.lines is not None:
            self._lines = after.lines
        self._fill_lines()

    def _fill_lines(self) -> None:
        words = self.state.words()
        self.myLines.set_rows(
            {"letter": line.letter, "name": line.name, "waiting": line.waiting,
             "next": words.say(f"berikutnya {', '.join(line.next_codes)}", f"next {', '.join(line.next_codes)}")
             if line.next_codes else ""}
            for line in self._lines
        )

    def relabel(self) -> None:
        super().relabel()
        self._fill_checklist()
        self._fill_lines()
        self.ticketChanged.emit()

    def _signed_in(self) -> Desk | None:
        desk = self._desk()
        if desk is None:
            self.say("Silakan masuk terlebih dahulu.", "Please sign in first.", "error")
        return desk

    def opened(self) -> None:
        """A desk was just opened: its ticket in hand, held tickets, line, and the queue letters."""
        if (desk := self._signed_in()) is None:
            return
        db = self.state.db

        def job() -> tuple[_After, list[tuple[str, str]]]:
            current = desk.current()
            letters = [(q.letter, q.name) for q in list_queues(db)]
            return _after(desk, desk.describe(current) if current else None), letters

        def then(answer: tuple[_After, list[tuple[str, str]]]) -> None:
            after, letters = answer
            self.queues.set_rows({"letter": letter, "name": name} for letter, name in letters)
            self._apply(after)

        self.operate(job, then)

    def closed(self) -> None:
        self._lines = ()
        self._show(None)
        self.held.set_rows([])
        self.myLines.set_rows([])

    # -- the officer's actions ------------------------------------------------------------------

    @Slot()
    def callNext(self) -> None:
        if (desk := self._signed_in()) is None:
            return

        def job() -> tuple[CallResult | None, _After]:
            result = desk.call_next()
            return result, _after(desk, desk.describe(result.ticket) if result else None)

        def then(answer: tuple[CallResult | None, _After]) -> None:
            result, after = answer
            if result is None:
                self._apply(after)
                self.say("Tidak ada antrean yang menunggu.", "Nobody is waiting.", "info")
                return
            self._apply(after, (result.reason_id, result.reason_en))
            self.say(f"Memanggil {result.ticket.code}.", f"Calling {result.ticket.code}.", "ok")

        self.operate(job, then)

    def _act(self, call: Callable[[Desk, str], ActionResult]) -> None:
        if (desk := self._signed_in()) is None:
            return
        if self._opened is None:
            self.say(*NO_TICKET, "error")
            return
        ref = str(self._opened.ticket.id)

        def job() -> tuple[ActionResult, _After]:
            result = call(desk, ref)
            return result, _after(desk, desk.describe(result.ticket))

        def then(answer: tuple[ActionResult, _After]) -> None:
            result, after = answer
            keep = self._reason if result.ticket.status in ("called", "serving") else ("", "")
            self._apply(after, keep)
            self.say(result.message_id, result.message_en, "ok")

        self.operate(job, then)

    @Slot()
    def recall(self) -> None:
        self._act(lambda d, ref: d.act(Action.RECALL, ref))

    @Slot()
    def serve(self) -> None:
        self._act(lambda d, ref: d.act(Action.SERVE, ref))

    @Slot()
    def skip(self) -> None:
        self._act(lambda d, ref: d.act(Action.SKIP, ref))

    @Slot()
    def hold(self) -> None:
        self._act(lambda d, ref: d.act(Action.HOLD, ref))

    @Slot()
    def complete(self) -> None:
        self._act(lambda d, ref: d.act(Action.COMPLETE, ref))

    @Slot(str)
    def transfer(self, letter: str) -> None:
        self._act(lambda d, ref: d.transfer(ref, letter))

    @Slot(int)
    def transferToCounter(self, number: int) -> None:
        self._act(lambda d, ref: d.transfer(ref, to_counter=number))

    @Slot(str)
    def transferTo(self, typed: str) -> None:
        """The transfer box: a queue letter (B) or a counter number (5), for keyboard users."""
        target = typed.strip().upper()
        if target.isdigit():
            self.transferToCounter(int(target))
        elif target.isalpha():
            self.transfer(target)
        else:
            self.say("Ketik huruf antrean (mis. B) atau nomor loket (mis. 5).",
                     "Type a queue letter (e.g. B) or a counter number (e.g. 5).", "error")

    @Slot()
    def prepareTransfer(self) -> None:
        """The open counters a ticket can be sent to, as they are now (officers come and go)."""
        if (desk := self._signed_in()) is None:
            return
        db = self.state.db

        def job() -> list[tuple[int, str]]:
            return [(c.number, c.name) for c in list_counters(db) if c.is_open and c.number != desk.counter]

        self.operate(job, lambda found: self.transferCounters.set_rows(
            {"number": number, "name": name} for number, name in found))

    @Slot(str)
    def resume(self, code: str) -> None:
        if (desk := self._signed_in()) is None:
            return

        def job() -> tuple[ActionResult, _After]:
            result = desk.act(Action.RESUME, code)
            return result, _after(desk, desk.describe(result.ticket))

        def then(answer: tuple[ActionResult, _After]) -> None:
            result, after = answer
            self._apply(after)
            self.say(result.message_id, result.message_en, "ok")

        self.operate(job, then)

    @Slot(str)
    def openTicket(self, text: str) -> None:
        """A scanned QR (keyboard-wedge scanners type it and press Enter) or a typed code."""
        if not text.strip():
            return
        if (desk := self._signed_in()) is None:
            return

        def then(opened: OpenedTicket) -> None:
            self._show(opened)
            self.say(f"Tiket {opened.ticket.code} dibuka.", f"Ticket {opened.ticket.code} opened.", "ok")

        self.operate(lambda: desk.open_ticket(text), then)
