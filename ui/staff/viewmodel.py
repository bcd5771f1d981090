"""The staff desk's shell: sign-in, the idle lock, sign-out, which page shows, and the one
message line every desk page speaks on. The pages themselves (calling, files, complaints,
overview, and the console's pages) are their own view-models over a shared ``DeskState``;
rules live in kiosk/ (Desk, files, complaints, audit).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import Property, QObject, QTimer, Signal, Slot

from kiosk import config as config_mod
from kiosk.clock import Clock
from kiosk.printjobs import DocumentPrinter
from kiosk.queue import CounterInfo, Office, list_counters
from kiosk.refusals import Refused
from kiosk.staff import SignInRefused, StaffPolicy, resume
from kiosk.staff.desk import CONSOLE, Desk, start_desk
from kiosk.staff.roles import Permission, allows
from kiosk.staff.sessions import DeskSession
from kiosk.storage import Database
from kiosk.terminals import beat
from ui.common.rows import RowsModel
from ui.staff.calling import CallingPage
from ui.staff.complaintspage import ComplaintsPage
from ui.staff.filespage import FilesPage
from ui.staff.overviewpage import OverviewPage
from ui.staff.pagemodel import DeskState, PageModel
from ui.staff.words import EN, ID, SIGN_IN_WORDS, Words

_LOG = logging.getLogger("ui.staff")

SIGNIN, DESK, LOCKED = "signin", "desk", "locked"
PAGES = ("calling", "files", "complaints", "overview", "audit", "officers", "layout", "reports", "calendar",
         "terminals", "catalog")
OFFICER_PAGES = ("calling", "files", "complaints")


class StaffDesk(PageModel):
    changed = Signal()

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
        self.words = Words(language)
        self.desk: Desk | None = None
        state = DeskState(db, clock, lambda: self.desk.actor if self.desk is not None else None,
                          lambda: self.words, self._session_ended)
        super().__init__(state, parent)
        self.db = db
        self.settings = settings
        self.clock = clock
        self.office = Office.from_settings(settings, db)
        self.policy = policy or StaffPolicy.from_settings(settings)
        self.terminal = terminal
        self._printer_factory = printer
        self._printer: DocumentPrinter | None = None
        self._zone = ZoneInfo(str(settings.get("office", "timezone")))
        self._screen = SIGNIN
        self._page = "calling"
        self._last_activity = clock()
        self._beat_at: datetime | None = None
        self.counters = RowsModel(("number", "name", "open", "label"), self)
        self._counter_list: list[CounterInfo] = []
        self.calling = CallingPage(state, self.office, lambda: self.desk, self)
        self.files_page = FilesPage(state, self.office, settings, officer_name=self._officer_name,
                                    ticket=self.calling.current_ticket, printer=self.printer_now, parent=self)
        self.complaints_page = ComplaintsPage(state, self.office, settings, printer=self.printer_now,
                                              officer_name=self._officer_name, parent=self)
        self.overview = OverviewPage(state, self.office, settings, printer=self.printer_now, parent=self)
        for page in self.desk_pages():
            page.spoke.connect(self.say)
        self._idle = QTimer(self)
        self._idle.setInterval(5000)
        self._idle.timeout.connect(self._check_idle)
        self._idle.start()
        self._load_counters()

    def desk_pages(self) -> tuple[PageModel, ...]:
        return self.calling, self.files_page, self.complaints_page, self.overview

    # -- what the screens read ----------------------------------------------------------------

    def _get_screen(self) -> str:
        return self._screen

    def _get_page(self) -> str:
        return self._page

    def _get_officer_name(self) -> str:
        return self._officer_name()

    def _officer_name(self) -> str:
        return self.desk.session.officer.name if self.desk else ""

    def _get_officer_code(self) -> str:
        return self.desk.officer if self.desk else ""

    def _get_role(self) -> str:
        return self.desk.session.officer.role if self.desk else ""

    def _get_is_supervisor(self) -> bool:
        return bool(self.desk and allows(self.desk.actor.role, Permission.OVERVIEW))

    def _get_counter_name(self) -> str:
        if self.desk is None:
            return ""
        if self.desk.counter == CONSOLE:
            return self.words.say("Konsol", "Console")
        return self.words.say(f"Loket {self.desk.counter}", f"Counter {self.desk.counter}")

    def _get_terminal(self) -> str:
        return self.terminal

    def _get_counters(self) -> RowsModel:
        return self.counters

    screen = Property(str, _get_screen, notify=changed)
    page = Property(str, _get_page, notify=changed)
    officerName = Property(str, _get_officer_name, notify=changed)
    officerCode = Property(str, _get_officer_code, notify=changed)
    role = Property(str, _get_role, notify=changed)
    isSupervisor = Property(bool, _get_is_supervisor, notify=changed)
    counterName = Property(str, _get_counter_name, notify=changed)
    terminalName = Property(str, _get_terminal, constant=True)
    countersModel = Property(QObject, _get_counters, constant=True)

    # -- the message line ---------------------------------------------------------------------

    def notify(self, text: str) -> None:
        """A sentence from another part of the staff screens (already in the desk's language)."""
        self.say(text, text, "ok")

    def _session_ended(self, refusal: Refused) -> bool:
        """Any page's refusal that is about the sign-in: said here, and a lost session ends the desk."""
        if not isinstance(refusal, SignInRefused):
            return False
        if refusal.reason == "locked" and refusal.locked_until is not None:
            until = refusal.locked_until.astimezone(self._zone).strftime("%H.%M")
            self.say(ID.locked(until), EN.locked(until), "error")
        elif refusal.tries_left is not None:
            self.say(ID.tries_left(refusal.tries_left), EN.tries_left(refusal.tries_left), "error")
        else:
            self.say(*SIGN_IN_WORDS.get(refusal.reason, SIGN_IN_WORDS["bad_credentials"]), "error")
        if refusal.reason in ("session_ended", "locked") and self._screen != SIGNIN:
            self._to_signin(keep_message=True)
        return True

    def set_language(self, code: str) -> None:
        self.words = Words(code)
        self._fill_counters()
        for page in self.desk_pages():
            page.relabel()
        self.relabel()
        self.changed.emit()

    # -- counters for the sign-in box ---------------------------------------------------------

    def _load_counters(self) -> None:
        db = self.db

        def then(found: list[CounterInfo]) -> None:
            self._counter_list = found
            self._fill_counters()

        self.operate(lambda: list_counters(db), then)

    def _fill_counters(self) -> None:
        self.counters.set_rows([
            *({"number": c.number, "name": c.name, "open": c.is_open, "label": f"{c.name} ({'/'.join(c.queues)})"}
              for c in self._counter_list),
            {"number": CONSOLE, "name": "", "open": False,
             "label": self.words.say("Tanpa loket (konsol supervisor)", "No counter (supervisor console)")},
        ])

    # -- sign in, idle lock, sign out ----------------------------------------------------------

    def _set_screen(self, screen: str) -> None:
        self._screen = screen
        self.changed.emit()

    def _to_signin(self, *, keep_message: bool = False) -> None:
        self.desk = None
        self._page = "calling"
        if not keep_message:
            self.say("", "", "info")
        self.calling.closed()
        self._load_counters()  # counters added from the console since this desk started
        self._set_screen(SIGNIN)

    @Slot(str, str, int)
    def signIn(self, code: str, pin: str, counter: int) -> None:
        if not code.strip() or not pin:
            self.say("Isi ID petugas dan PIN.", "Enter your officer ID and PIN.", "error")
            return
        db, office, terminal, clock, policy = self.db, self.office, self.terminal, self.clock, self.policy

        def job() -> Desk:
            return start_desk(db, office, code=code, pin=pin, counter=counter, terminal=terminal, clock=clock,
                              policy=policy)

        self.operate(job, self._opened)

    def _opened(self, desk: Desk) -> None:
        self.desk = desk
        self._last_activity = self.clock()
        if desk.counter == CONSOLE:
            self._page = "overview"  # no counter, no calls: the hall is what a console is for
        self._set_screen(DESK)
        name = desk.session.officer.name
        self.say(f"Selamat bekerja, {name}.", f"Welcome, {name}.", "ok")
        self.calling.opened()
        self.files_page.refresh()
        self.complaints_page.refresh()
        if self._get_is_supervisor():
            self.overview.refresh()

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
            self.say("", "", "info")
            self._set_screen(LOCKED)

    @Slot(str)
    def unlock(self, pin: str) -> None:
        desk = self.desk
        if desk is None:
            return
        db, now, policy = self.db, self.clock(), self.policy
        token = desk.session.token

        def then(session: DeskSession) -> None:
            desk.session = session
            self.say("", "", "info")
            self._set_screen(DESK)

        self.operate(lambda: resume(db, token, pin, now, policy), then)

    @Slot()
    def signOut(self) -> None:
        desk = self.desk

        def then(_: object) -> None:
            self._to_signin()
            self.say("Anda telah keluar. Loket ditutup.", "You have signed out. The counter is closed.", "ok")

        self.operate(lambda: desk.sign_out() if desk is not None else None, then)

    @Slot(str)
    def showPage(self, page: str) -> None:
        if page in PAGES and (page in OFFICER_PAGES or self._get_is_supervisor()):
            self._page = page
            self.poke()
            self.changed.emit()
            if page == "overview":
                self.overview.refresh()

    # -- printing -----------------------------------------------------------------------------

    def printer_now(self) -> DocumentPrinter:
        """This desk's printer, opened on first use (files, reprints, the console's test print)."""
        if self._printer is None:
            self._printer = self._printer_factory()
        return self._printer

    def wait_for_background(self) -> None:
        """Block until the desk's and its pages' jobs (printing included) have run (tests, closing)."""
        super().wait()
        for page in self.desk_pages():
            page.wait()

    def shutdown(self) -> None:
        self._idle.stop()
        super().shutdown()
        for page in self.desk_pages():
            page.shutdown()
