"""The staff desk's view-model: what the QML screens read and the slots their buttons and
keyboard shortcuts call. Rules live in kiosk/ (Desk, files, complaints, audit); this turns
their results and refusals into text in the desk's language.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import Property, QObject, QTimer, Signal, Slot

from kiosk import config as config_mod
from kiosk.calendar.daytext import parse_day
from kiosk.calendar.wording import estimated_note
from kiosk.clock import Clock
from kiosk.complaints import (
    CHANNELS,
    channel_label,
    list_complaints,
    record_complaint,
    update_complaint,
)
from kiosk.complaints.records import COMPLAINT_STATUS_WORDS
from kiosk.faults import classify
from kiosk.files import accept_file, list_files, risk_of
from kiosk.files.receipt import file_receipt
from kiosk.files.records import FILE_STATUS_WORDS
from kiosk.printjobs import DocumentPrinter, reprint
from kiosk.queue import CallResult, Office, QueueError, TicketView, list_counters, list_queues
from kiosk.queue.states import STATUS_LABELS, Status
from kiosk.refusals import Refused
from kiosk.staff import SignInRefused, StaffPolicy, resume
from kiosk.staff.desk import CONSOLE, Desk, OpenedTicket, start_desk
from kiosk.staff.overview import supervisor_overview
from kiosk.staff.roles import Permission, allows
from kiosk.storage import Database
from kiosk.terminals import beat
from ui.common.background import Background
from ui.common.rows import RowsModel
from ui.common.viewmodel import ViewModel
from ui.staff.words import (
    ANSWER_WORDS,
    KIND_WORDS,
    REASON_WORDS,
    RISK_WORDS,
    SIGN_IN_WORDS,
    Words,
)

_LOG = logging.getLogger("ui.staff")

SIGNIN, DESK, LOCKED = "signin", "desk", "locked"
PAGES = ("calling", "files", "complaints", "overview", "audit", "officers", "layout", "reports", "calendar",
         "terminals", "catalog")


def _plain(error: str | None) -> str:
    """The printer's sentence without the ``reason_code: `` the print job stores in front of it."""
    text = error or ""
    head, sep, rest = text.partition(": ")
    return rest if sep and head.replace("_", "").isalpha() and head.islower() else text


class StaffDesk(ViewModel):
    changed = Signal()
    ticketChanged = Signal()
    listsChanged = Signal()
    messageChanged = Signal()
    receiptPrinted = Signal(str)
    complaintRecorded = Signal(str)

    def __init__(
        self,
        db: Database,
        settings: config_mod.Settings,
        clock: Clock,
        *,
        printer: Callable[[], DocumentPrinter],
        terminal: str,
        language: str = "id",
        policy: StaffPolicy | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent=parent)
        self.db = db
        self.settings = settings
        self.clock = clock
        self.office = Office.from_settings(settings, db)
        self.policy = policy or StaffPolicy.from_settings(settings)
        self.terminal = terminal
        self.words = Words(language)
        self._printer_factory = printer
        self._printer: DocumentPrinter | None = None
        self._zone = ZoneInfo(str(settings.get("office", "timezone")))
        self.desk: Desk | None = None
        self._screen = SIGNIN
        self._page = "calling"
        self._message = ""
        self._message_kind = "info"
        self._opened: OpenedTicket | None = None
        self._reason = ""
        self._last_activity = clock()
        self._background = Background(self)
        self._beat_at: datetime | None = None
        self.counters = RowsModel(("number", "name", "open", "label"), self)
        self.queues = RowsModel(("letter", "name"), self)
        self.transferCounters = RowsModel(("number", "name"), self)
        self.checklist = RowsModel(("order", "text", "answer", "answerLabel"), self)
        self.held = RowsModel(("code", "service"), self)
        self.myLines = RowsModel(("letter", "name", "waiting", "next"), self)
        self.files = RowsModel(("tracking", "applicant", "service", "due", "risk", "riskLabel", "status"), self)
        self.complaints = RowsModel(
            ("tracking", "kind", "kindLabel", "channel", "status", "statusLabel", "due", "overdue", "matter", "who"),
            self,
        )
        self.channels = RowsModel(("key", "label"), self)
        self.queueLoads = RowsModel(("letter", "name", "waiting", "priority", "longest", "next"), self)
        self.counterStates = RowsModel(("number", "name", "open", "officer", "current", "transferred"), self)
        self.printerStates = RowsModel(("terminal", "state", "message", "at", "fault"), self)
        self.failedPrints = RowsModel(("ticketId", "code", "terminal", "error", "status"), self)
        self._idle = QTimer(self)
        self._idle.setInterval(5000)
        self._idle.timeout.connect(self._check_idle)
        self._idle.start()
        self._fill_static()

    # -- helpers ------------------------------------------------------------------------------

    def _say(self, indonesian: str, english: str, kind: str = "info") -> None:
        self._message = self.words.say(indonesian, english)
        self._message_kind = kind
        self.messageChanged.emit()

    def _refusal(self, exc: BaseException) -> None:
        """Any refusal from the core, in the desk's language, as an error line on screen."""
        if isinstance(exc, SignInRefused):
            if exc.reason == "locked" and exc.locked_until is not None:
                until = exc.locked_until.astimezone(self._zone).strftime("%H.%M")
                self._message = self.words.locked(until)
            elif exc.tries_left is not None:
                self._message = self.words.tries_left(exc.tries_left)
            else:
                self._message = self.words.pick(SIGN_IN_WORDS.get(exc.reason, SIGN_IN_WORDS["bad_credentials"]))
            self._message_kind = "error"
            self.messageChanged.emit()
            if exc.reason in ("session_ended", "locked") and self._screen != SIGNIN:
                self._to_signin(keep_message=True)
        elif isinstance(exc, Refused):
            self._say(exc.message_id, exc.message_en, "error")
        elif (fault := classify(exc)) is not None:  # e.g. a number or text out of range
            self._say(fault.message_id, fault.message_en, "error")
        else:
            self._say(f"Tidak dapat diproses: {exc}", f"Could not be done: {exc}", "error")

    def _guarded(self, work: Callable[[], Any]) -> Any:
        self.poke()
        try:
            return work()
        except (Refused, ValueError) as exc:
            self._refusal(exc)
            return None
        except Exception as exc:
            fault = classify(exc)
            if fault is not None:  # a busy or unreachable database, a full disk: say which, calmly
                _LOG.warning("%s: %s", fault.code, fault.detail)
                self._say(fault.message_id, fault.message_en, "error")
                return None
            # An unexpected fault: logged, shown calmly, the desk stays up.
            self.contain(exc, "StaffDesk")
            self._say("Terjadi galat; kejadian ini dicatat di log.", "Something went wrong; it was logged.", "error")
            return None

    def _fill_static(self) -> None:
        self.channels.set_rows({"key": c, "label": channel_label(c, self.words.language)} for c in CHANNELS)
        try:
            self.counters.set_rows([
                *({"number": c.number, "name": c.name, "open": c.is_open, "label": f"{c.name} ({'/'.join(c.queues)})"}
                  for c in list_counters(self.db)),
                {"number": CONSOLE, "name": "", "open": False,
                 "label": self.words.say("Tanpa loket (konsol supervisor)", "No counter (supervisor console)")},
            ])
            self.queues.set_rows({"letter": q.letter, "name": q.name} for q in list_queues(self.db))
        except Exception as exc:
            self.contain(exc, "StaffDesk._fill_static")
            self._say("Basis data tidak dapat dihubungi.", "The database cannot be reached.", "error")

    def _set_screen(self, screen: str) -> None:
        self._screen = screen
        self.changed.emit()

    def _to_signin(self, *, keep_message: bool = False) -> None:
        self.desk = None
        self._opened = None
        self._page = "calling"
        if not keep_message:
            self._message = ""
        self._fill_static()  # counters added from the console since this desk started
        self._set_screen(SIGNIN)
        self.ticketChanged.emit()

    def notify(self, text: str) -> None:
        """A sentence from another part of the staff screens (already in the desk's language)."""
        self._message = text
        self._message_kind = "ok"
        self.messageChanged.emit()

    def set_language(self, code: str) -> None:
        self.words = Words(code)
        self._fill_static()
        self._refresh_ticket()
        self.refreshLists()
        self.changed.emit()

    # -- properties ---------------------------------------------------------------------------

    screen = Property(str, lambda self: self._screen, notify=changed)
    page = Property(str, lambda self: self._page, notify=changed)
    message = Property(str, lambda self: self._message, notify=messageChanged)
    messageKind = Property(str, lambda self: self._message_kind, notify=messageChanged)
    officerName = Property(str, lambda self: self.desk.session.officer.name if self.desk else "", notify=changed)
    officerCode = Property(str, lambda self: self.desk.officer if self.desk else "", notify=changed)
    role = Property(str, lambda self: self.desk.session.officer.role if self.desk else "", notify=changed)
    isSupervisor = Property(
        bool, lambda self: bool(self.desk and allows(self.desk.actor.role, Permission.OVERVIEW)), notify=changed
    )
    def _get_counter_name(self) -> str:
        if self.desk is None:
            return ""
        if self.desk.counter == CONSOLE:
            return self.words.say("Konsol", "Console")
        return self.words.say(f"Loket {self.desk.counter}", f"Counter {self.desk.counter}")

    counterName = Property(str, _get_counter_name, notify=changed)
    terminalName = Property(str, lambda self: self.terminal, constant=True)
    idleLockMinutes = Property(int, lambda self: self.policy.idle_lock_minutes, constant=True)

    def _t(self) -> TicketView | None:
        return self._opened.ticket if self._opened else None

    hasTicket = Property(bool, lambda self: self._opened is not None, notify=ticketChanged)
    ticketCode = Property(str, lambda self: self._t().code if self._t() else "", notify=ticketChanged)
    ticketService = Property(
        str, lambda self: f"{self._t().service_number}. {self._t().service_title}" if self._t() else "",
        notify=ticketChanged,
    )
    ticketServiceNumber = Property(int, lambda self: self._t().service_number if self._t() else 0,
                                   notify=ticketChanged)
    ticketPriority = Property(str, lambda self: self._priority_label(), notify=ticketChanged)
    ticketStatus = Property(str, lambda self: self._t().status if self._t() else "", notify=ticketChanged)
    ticketStatusLabel = Property(str, lambda self: self._status_label(), notify=ticketChanged)
    ticketWaited = Property(str, lambda self: self.words.minutes(self._opened.waited) if self._opened else "",
                            notify=ticketChanged)
    ticketReason = Property(str, lambda self: self._reason, notify=ticketChanged)
    ticketCounter = Property(str, lambda self: (self._t().counter_name or "") if self._t() else "",
                             notify=ticketChanged)
    ticketAtThisCounter = Property(bool, lambda self: self._at_this_counter(), notify=ticketChanged)

    def _status_label(self) -> str:
        t = self._t()
        if t is None:
            return ""
        label = self.words.pick(STATUS_LABELS[Status(t.status)])
        if t.reserved_counter_name:
            label += self.words.say(f", dipindahkan ke {t.reserved_counter_name}",
                                    f", transferred to {t.reserved_counter_name}")
        return label[:1].upper() + label[1:]

    def _priority_label(self) -> str:
        t = self._t()
        if t is None or not t.priority:
            return ""
        for category in self.office.queue.categories:
            if category.key == t.priority:
                return self.words.pick((category.label_id, category.label_en))
        return t.priority_label or t.priority

    def _at_this_counter(self) -> bool:
        t = self._t()
        return bool(t and self.desk and t.counter_number == self.desk.counter and t.status in ("called", "serving"))

    countersModel = Property(QObject, lambda self: self.counters, constant=True)
    queuesModel = Property(QObject, lambda self: self.queues, constant=True)
    transferCountersModel = Property(QObject, lambda self: self.transferCounters, constant=True)
    checklistModel = Property(QObject, lambda self: self.checklist, constant=True)
    heldModel = Property(QObject, lambda self: self.held, constant=True)

    def _get_my_lines(self) -> RowsModel:
        return self.myLines

    myLinesModel = Property(QObject, _get_my_lines, constant=True)
    filesModel = Property(QObject, lambda self: self.files, constant=True)
    complaintsModel = Property(QObject, lambda self: self.complaints, constant=True)
    channelsModel = Property(QObject, lambda self: self.channels, constant=True)
    queueLoadsModel = Property(QObject, lambda self: self.queueLoads, constant=True)
    counterStatesModel = Property(QObject, lambda self: self.counterStates, constant=True)
    printerStatesModel = Property(QObject, lambda self: self.printerStates, constant=True)
    failedPrintsModel = Property(QObject, lambda self: self.failedPrints, constant=True)

    # -- sign in, idle lock, sign out ----------------------------------------------------------

    @Slot(str, str, int)
    def signIn(self, code: str, pin: str, counter: int) -> None:
        def work() -> None:
            if not code.strip() or not pin:
                self._say("Isi ID petugas dan PIN.", "Enter your officer ID and PIN.", "error")
                return
            self.desk = start_desk(self.db, self.office, code=code, pin=pin, counter=counter,
                                   terminal=self.terminal, clock=self.clock, policy=self.policy)
            self._message = ""
            self._last_activity = self.clock()
            if self.desk.counter == CONSOLE:
                self._page = "overview"  # no counter, no calls: the hall is what a console is for
            self._set_screen(DESK)
            self._say(f"Selamat bekerja, {self.desk.session.officer.name}.",
                      f"Welcome, {self.desk.session.officer.name}.", "ok")
            self._opened = None
            self._load_current()
            self.refreshLists()

        self._guarded(work)

    def _maybe_beat(self) -> None:
        """Once a minute: this desk PC is alive (the console's Terminals page)."""
        now = self.clock()
        if self._beat_at is not None and now - self._beat_at < timedelta(seconds=60) and now >= self._beat_at:
            return
        self._beat_at = now
        db, name = self.db, self.terminal

        def done(_: object, error: BaseException | None) -> None:
            if error is not None:
                _LOG.warning("heartbeat skipped: %s", error)

        self._background.run(lambda: beat(db, name, "staff", now), done)

    @Slot()
    def poke(self) -> None:
        self._last_activity = self.clock()

    def _check_idle(self) -> None:
        self._maybe_beat()
        if self._screen != DESK:
            return
        idle = self.clock() - self._last_activity
        if idle >= timedelta(minutes=self.policy.idle_lock_minutes):
            self.lock()

    @Slot()
    def lock(self) -> None:
        if self._screen == DESK:
            self._message = ""
            self._set_screen(LOCKED)
            self.messageChanged.emit()

    @Slot(str)
    def unlock(self, pin: str) -> None:
        def work() -> None:
            assert self.desk is not None
            self.desk.session = resume(self.db, self.desk.session.token, pin, self.clock(), self.policy)
            self._message = ""
            self.messageChanged.emit()
            self._set_screen(DESK)

        self._guarded(work)

    @Slot()
    def signOut(self) -> None:
        def work() -> None:
            if self.desk is not None:
                self.desk.sign_out()
            self._to_signin()
            self._say("Anda telah keluar. Loket ditutup.", "You have signed out. The counter is closed.", "ok")

        self._guarded(work)

    @Slot(str)
    def showPage(self, page: str) -> None:
        if page in PAGES and (page in ("calling", "files", "complaints") or self.isSupervisor):
            self._page = page
            self.poke()
            self.changed.emit()
            if page in ("overview", "audit"):
                self.refreshLists()

    # -- the current ticket -------------------------------------------------------------------

    def _show(self, opened: OpenedTicket | None, reason: str = "") -> None:
        self._opened = opened
        self._reason = reason
        rows = []
        if opened is not None:
            for line in opened.checklist:
                label = self.words.pick(ANSWER_WORDS[line.answer]) if line.answer in ANSWER_WORDS else (
                    self.words.say("tidak ditanyakan", "not asked"))
                rows.append({"order": line.order, "text": line.text, "answer": line.answer or "",
                             "answerLabel": label})
        self.checklist.set_rows(rows)
        self.ticketChanged.emit()

    def _load_current(self) -> None:
        if self.desk is None:
            return
        current = self.desk.current()
        self._show(self.desk.describe(current) if current else None)
        self._refresh_held()

    def _refresh_ticket(self) -> None:
        if self.desk is not None and self._opened is not None:
            try:
                self._show(self.desk.open_ticket(str(self._opened.ticket.id)), self._reason)
            except QueueError:
                self._show(None)

    def _refresh_held(self) -> None:
        if self.desk is not None:
            self.held.set_rows({"code": t.code, "service": t.service_title} for t in self.desk.held_here())
            self._fill_my_lines()

    def _fill_my_lines(self) -> None:
        """The officer's own queues beside the call buttons: how many wait, who is next."""
        assert self.desk is not None
        try:
            lines = self.desk.lines()
        except Exception as exc:  # a busy or lost database: the next action refreshes it
            if classify(exc) is None:
                raise
            return
        self.myLines.set_rows(
            {"letter": line.letter, "name": line.name, "waiting": line.waiting,
             "next": self.words.say(f"berikutnya {', '.join(line.next_codes)}", f"next {', '.join(line.next_codes)}")
             if line.next_codes else ""}
            for line in lines
        )

    @Slot()
    def callNext(self) -> None:
        def work() -> None:
            assert self.desk is not None
            result: CallResult | None = self.desk.call_next()
            if result is None:
                self._show(None)
                self._say("Tidak ada antrean yang menunggu.", "Nobody is waiting.", "info")
                return
            reason = self.words.say(result.reason_id, result.reason_en)
            self._show(self.desk.describe(result.ticket), reason)
            self._say(f"Memanggil {result.ticket.code}.", f"Calling {result.ticket.code}.", "ok")

        self._guarded(work)
        self._refresh_held()

    def _act(self, name: str, call: Callable[[Desk, str], Any]) -> None:
        def work() -> None:
            assert self.desk is not None
            if self._opened is None:
                self._say("Belum ada tiket yang dibuka.", "No ticket is open.", "error")
                return
            result = call(self.desk, str(self._opened.ticket.id))
            self._show(self.desk.describe(result.ticket), self._reason)
            self._say(result.message_id, result.message_en, "ok")
            if result.ticket.status not in ("called", "serving"):
                self._reason = ""

        self._guarded(work)
        self._refresh_held()

    @Slot()
    def recall(self) -> None:
        self._act("recall", lambda d, ref: d.recall(ref))

    @Slot()
    def serve(self) -> None:
        self._act("serve", lambda d, ref: d.serve(ref))

    @Slot()
    def skip(self) -> None:
        self._act("skip", lambda d, ref: d.skip(ref))

    @Slot()
    def hold(self) -> None:
        self._act("hold", lambda d, ref: d.hold(ref))

    @Slot()
    def complete(self) -> None:
        self._act("complete", lambda d, ref: d.complete(ref))

    @Slot(str)
    def transfer(self, letter: str) -> None:
        self._act("transfer", lambda d, ref: d.transfer(ref, letter))

    @Slot(int)
    def transferToCounter(self, number: int) -> None:
        self._act("transfer", lambda d, ref: d.transfer(ref, to_counter=number))

    @Slot(str)
    def transferTo(self, typed: str) -> None:
        """The transfer box: a queue letter (B) or a counter number (5), for keyboard users."""
        target = typed.strip().upper()
        if target.isdigit():
            self.transferToCounter(int(target))
        elif target.isalpha():
            self.transfer(target)
        else:
            self._say("Ketik huruf antrean (mis. B) atau nomor loket (mis. 5).",
                      "Type a queue letter (e.g. B) or a counter number (e.g. 5).", "error")

    @Slot()
    def prepareTransfer(self) -> None:
        """The open counters a ticket can be sent to, as they are now (officers come and go)."""
        def work() -> None:
            assert self.desk is not None
            self.transferCounters.set_rows(
                {"number": c.number, "name": c.name}
                for c in list_counters(self.db)
                if c.is_open and c.number != self.desk.counter
            )

        self._guarded(work)

    @Slot(str)
    def resume(self, code: str) -> None:
        def work() -> None:
            assert self.desk is not None
            result = self.desk.resume(code)
            self._show(self.desk.describe(result.ticket))
            self._say(result.message_id, result.message_en, "ok")

        self._guarded(work)
        self._refresh_held()

    @Slot(str)
    def openTicket(self, text: str) -> None:
        """A scanned QR (keyboard-wedge scanners type it and press Enter) or a typed code."""
        def work() -> None:
            assert self.desk is not None
            if not text.strip():
                return
            opened = self.desk.open_ticket(text)
            self._show(opened)
            self._say(f"Tiket {opened.ticket.code} dibuka.", f"Ticket {opened.ticket.code} opened.", "ok")

        self._guarded(work)

    # -- files --------------------------------------------------------------------------------

    def printer_now(self) -> DocumentPrinter:
        """This desk's printer, opened on first use (also the console's test print)."""
        if self._printer is None:
            self._printer = self._printer_factory()
        return self._printer

    @Slot(str, str, str, str)
    def acceptFile(self, applicant: str, contact: str, service: str, ticket: str) -> None:
        def work() -> None:
            assert self.desk is not None
            current = self._t()
            number = int(service) if service.strip() else (current.service_number if current else 0)
            if not number:
                self._say("Pilih layanan untuk berkas ini.", "Choose the service of this file.", "error")
                return
            # The officer has checked the papers against the standard; accepting says they are complete.
            f = accept_file(self.db, self.desk.actor, self.clock(), self.office.calendar, service_number=number,
                            applicant_name=applicant, applicant_contact=contact,
                            ticket_code=ticket or (current.code if current else None))
            due = self.words.day(f.due_date)
            if (note := estimated_note(f.estimated_years)) is not None:
                due += " (" + self.words.say(*note).rstrip(".") + ")"
            self._say(f"Berkas {f.tracking_number} diterima lengkap; selesai paling lambat {due}. Mencetak…",
                      f"File {f.tracking_number} accepted complete; due {due}. Printing…", "ok")
            self.refreshLists()
            doc = file_receipt(f, office_name=str(self.settings.get("office", "name")),
                               office_address=str(self.settings.get("office", "address")),
                               officer_name=self.desk.session.officer.name,
                               timezone=str(self.settings.get("office", "timezone")), language=self.words.language)

            def printed(result: Any, error: BaseException | None) -> None:
                if error is not None or not getattr(result, "ok", False):
                    why = str(error) if error else str(getattr(result, "staff_message_id", ""))
                    self._say(f"Berkas {f.tracking_number} tersimpan, tetapi tanda terima tidak tercetak: {why}",
                              f"File {f.tracking_number} is saved, but the receipt did not print: {why}", "error")
                else:
                    self._say(f"Tanda terima {f.tracking_number} tercetak; selesai paling lambat {due}.",
                              f"Receipt {f.tracking_number} printed; due {due}.", "ok")
                self.receiptPrinted.emit(f.tracking_number)

            self._background.run(lambda: self.printer_now().print_document(doc), printed)

        self._guarded(work)

    # -- complaints ---------------------------------------------------------------------------

    @Slot(str, str, str, str, str, str)
    def recordComplaint(self, channel: str, name: str, contact: str, service: str, served_on: str,
                        matter: str) -> None:
        def work() -> None:
            assert self.desk is not None
            day = parse_day(served_on) if served_on.strip() else None
            c = record_complaint(self.db, self.desk.actor, self.clock(), self.office.calendar, channel=channel,
                                 matter=matter, complainant_name=name, complainant_contact=contact,
                                 service_number=int(service) if service.strip() else None, service_date=day)
            if c.kind == "complaint" and c.response_due is not None:
                due = self.words.day(c.response_due)
                self._say(f"Pengaduan {c.tracking_number} dicatat; wajib dijawab paling lambat {due}.",
                          f"Complaint {c.tracking_number} recorded; it must be answered by {due}.", "ok")
            else:
                why = ", ".join(self.words.pick(REASON_WORDS[r]) for r in c.suggestion_reasons)
                self._say(f"{c.tracking_number} dicatat sebagai saran ({why}).",
                          f"{c.tracking_number} recorded as a suggestion ({why}).", "ok")
            self.refreshLists()
            self.complaintRecorded.emit(c.tracking_number)

        self._guarded(work)

    @Slot(str, str, str)
    def advanceComplaint(self, tracking: str, status: str, answer: str) -> None:
        def work() -> None:
            assert self.desk is not None
            c = update_complaint(self.db, self.desk.actor, self.clock(), tracking, status=status, answer=answer)
            label = self.words.pick(COMPLAINT_STATUS_WORDS[c.status])
            self._say(f"{c.tracking_number}: {label}.", f"{c.tracking_number}: {label}.", "ok")
            self.refreshLists()

        self._guarded(work)

    # -- lists, overview, audit, reprint ------------------------------------------------------

    @Slot()
    def refreshLists(self) -> None:
        if self.desk is None:
            return
        try:
            self._fill_lists()
        except Exception as exc:
            self.contain(exc, "StaffDesk.refreshLists")
            self._say("Daftar tidak dapat dimuat.", "The lists could not be loaded.", "error")
        self.listsChanged.emit()

    def _fill_lists(self) -> None:
        assert self.desk is not None
        now = self.clock()
        self._fill_my_lines()
        today = self.office.service_day(now)
        cal = self.office.calendar
        rows = []
        for f in list_files(self.db):
            risk = risk_of(f, today, cal)
            rows.append({"tracking": f.tracking_number, "applicant": f.applicant_name, "service": f.service_title,
                         "due": self.words.day(f.due_date), "risk": risk.value,
                         "riskLabel": self.words.pick(RISK_WORDS[risk.value]),
                         "status": self.words.pick(FILE_STATUS_WORDS[f.status])})
        self.files.set_rows(rows)
        self.complaints.set_rows(
            {"tracking": c.tracking_number, "kind": c.kind, "kindLabel": self.words.pick(KIND_WORDS[c.kind]),
             "channel": channel_label(c.channel, self.words.language), "status": c.status,
             "statusLabel": self.words.pick(COMPLAINT_STATUS_WORDS[c.status]),
             "due": self.words.day(c.response_due) if c.response_due else "-", "overdue": c.overdue_on(today),
             "matter": c.matter, "who": c.complainant_name or self.words.say("(tanpa nama)", "(no name)")}
            for c in list_complaints(self.db, open_only=True)
        )
        if allows(self.desk.actor.role, Permission.OVERVIEW):
            self._fill_overview(now)

    def _fill_overview(self, now: datetime) -> None:
        view = supervisor_overview(self.db, self.office, now)
        self.queueLoads.set_rows(
            {"letter": q.letter, "name": q.name, "waiting": q.waiting, "priority": q.waiting_priority,
             "longest": self.words.minutes(timedelta(minutes=q.longest_wait_minutes))
             if q.longest_wait_minutes is not None else "-", "next": ", ".join(q.next_codes)}
            for q in view.queues
        )
        self.counterStates.set_rows(
            {"number": c.number, "name": c.name, "open": c.is_open,
             "officer": c.officer_name or "-", "current": c.current or "-",
             "transferred": ", ".join(c.transferred) or "-"}
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
        def work() -> None:
            assert self.desk is not None
            actor = self.desk.actor

            def job() -> Any:
                return reprint(self.db, self.office, self.printer_now(), self.settings, f"#{ticket_id}",
                               actor=actor, now=self.clock(), language=self.words.language)

            def done(outcome: Any, error: BaseException | None) -> None:
                if isinstance(error, Refused) or (error is not None and classify(error) is not None):
                    self._refusal(error)
                elif error is not None or not getattr(outcome, "printed", False):
                    why = str(error) if error else outcome.staff_message
                    self._say(f"Cetak ulang gagal: {why}", f"Reprint failed: {why}", "error")
                else:
                    self._say(f"Tiket {outcome.ticket.code} dicetak ulang.", f"Ticket {outcome.ticket.code} reprinted.",
                              "ok")
                self.refreshLists()

            self._background.run(job, done)

        self._guarded(work)

    def wait_for_background(self) -> None:
        """Block until printing jobs have finished (tests, closing)."""
        self._background.wait()

    def shutdown(self) -> None:
        self._idle.stop()
        self._background.shutdown()
