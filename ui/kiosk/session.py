"""One applicant's visit to the kiosk: which screen shows, what they chose, and wiping it all.

The screens (QML) only read properties and call slots here; rules live in ``kiosk/`` (checklist
verdict, queue, calendar) and slow work runs in the background. Every slot is contained: an
error is logged, the applicant sees a calm message, and the kiosk returns to welcome.
"""

from __future__ import annotations

import logging
import sys
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Property, QObject, QTimer, QUrl, Signal, Slot

from kiosk import config
from kiosk.catalog.views import INFO_NUMBER
from kiosk.checklist import Outcome, requirements_of
from kiosk.queue.priority import Labels
from kiosk.queue.settings import QueueSettings
from kiosk.ticket_desk import KioskTicket, ReceiptOutcome, Refusal, TicketDesk
from ui.common.background import Background
from ui.common.guard import contained
from ui.common.idle import IdleWatch
from ui.common.language import Language
from ui.common.rows import RowsModel
from ui.common.staffgate import StaffGate
from ui.common.viewmodel import ViewModel
from ui.kiosk.answers import ChecklistAnswers, ResultView
from ui.kiosk.finder import ServiceFinder
from ui.kiosk.standard import ServiceStandard
from ui.kiosk.ticket import TicketView

if TYPE_CHECKING:  # the storage and the ticket desk load after the first screen (ui.kiosk.start)
    from kiosk.catalog.views import ServiceDetail
    from kiosk.storage import Database

_LOG = logging.getLogger("ui.kiosk")

WELCOME = "welcome"
# Screens where going back makes sense, and where back leads.
_BACK = {
    "services": WELCOME,
    "standard": "services",
    "more": "standard",
    "checklist": "standard",
    "result": "checklist",
    "closed": WELCOME,
    "error": WELCOME,
    "printProblem": WELCOME,
    "ticket": WELCOME,
}
# Screens with nothing personal on them: idle time does not count there.
_NOTHING_TO_FORGET = frozenset({WELCOME, "issuing", "error"})
# Leaving these screens ends the visit: the ticket or the slip is in the applicant's hand.
_VISIT_OVER = frozenset({"ticket", "result", "printProblem", "closed"})
RETRY_SECONDS = 5
DETAIL_CACHE = 64
ERROR_RETURN_SECONDS = 20


@dataclass(frozen=True)
class KioskBackend:
    """How the kiosk reaches its data; the database may be down when the kiosk starts."""

    database: Callable[[], Database]
    desk: Callable[[Database], TicketDesk]


class KioskSession(ViewModel):
    screenChanged = Signal()
    changed = Signal()
    quitRequested = Signal()
    # The applicant is done (ticket taken, or gone idle): what they switched on goes off.
    visitEnded = Signal()

    def __init__(
        self,
        settings: config.Settings,
        backend: KioskBackend,
        language: Language,
        idle: IdleWatch,
        *,
        demo: bool = False,
        connect: bool = True,
        parent: QObject | None = None,
    ) -> None:
        """``connect=False`` leaves the database for :meth:`start` (the kiosk window calls it
        once its first frame is on screen)."""
        super().__init__(self._fail, parent)
        self._settings = settings
        self._backend = backend
        self._language = language
        self._demo = demo
        self._db: Database | None = None
        self._desk: TicketDesk | None = None
        self._screen = WELCOME
        self._mode = "queue"  # queue | lookup
        self._large_text = bool(settings.get("terminal", "large_text"))
        self._error = ""  # database | unexpected | issue | refused
        self._can_issue = True
        self._opening = ("", "")
        self._next: datetime | None = None
        self._consultation = False
        self._visit = 0
        # One key per applicant visit: "try again" after an error returns the same ticket.
        self._request_key = uuid.uuid4().hex
        self._details: dict[tuple[int, int | None], ServiceDetail] = {}
        self.logo_file: Path | None = None

        self.background = Background(self)
        self.idle = idle
        self.idle.expired.connect(self._idle_expired)
        self.finder = ServiceFinder(self._fail, self)
        self.standard = ServiceStandard(self)
        self.answers = ChecklistAnswers(self._fail, self)
        self.result = ResultView(language, self)
        labels = Labels(_queue_settings(settings).categories)
        self.ticket = TicketView(language, labels, self)
        self.staff = StaffGate(str(settings.get("terminal", "staff_pin")), parent=self)
        self.staff.exitRequested.connect(self.quitRequested)
        self.staff.reloadRequested.connect(self.reload)
        self._categories = RowsModel(("key", "labelId", "labelEn"), self)
        keys = labels.keys()  # a list: Labels itself is not iterable
        self._categories.set_rows({"key": key, "labelId": labels.id(key), "labelEn": labels.en(key)} for key in keys)
        language.codeChanged.connect(self.changed)

        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(RETRY_SECONDS * 1000)
        self._retry.timeout.connect(self._connect)
        self._error_return = QTimer(self)
        self._error_return.setSingleShot(True)
        self._error_return.setInterval(ERROR_RETURN_SECONDS * 1000)
        self._error_return.timeout.connect(self.home)
        self._status_timer = QTimer(self)
        self._status_timer.setInterval(30_000)
        self._status_timer.timeout.connect(self._refresh_opening)
        self._status_timer.start()
        self._last_issue: str | None = None  # the priority answer, for "try again"
        if connect:
            self.start_now()

    def on_start(self) -> None:
        """Reach the database and load the catalog; later attempts are the retry timer's."""
        self._connect()
        self.changed.emit()

    # -- properties ---------------------------------------------------------------------------

    def _get_screen(self) -> str:
        return self._screen

    def _get_mode(self) -> str:
        return self._mode

    def _get_large_text(self) -> bool:
        return self._large_text

    def _get_error(self) -> str:
        return self._error

    def _get_can_issue(self) -> bool:
        return self._can_issue

    def _get_opening(self) -> str:
        return self._opening[1] if self._language.current == "en" else self._opening[0]

    def _office(self, key: str) -> str:
        return str(self._settings.get("office", key))

    def _get_office_name(self) -> str:
        return self._office("name")

    def _get_hall(self) -> str:
        return self._office("hall")

    def _get_motto(self) -> str:
        return self._office("motto")

    def _get_demo(self) -> bool:
        return self._demo

    def _get_logo(self) -> QUrl:
        return QUrl.fromLocalFile(str(self.logo_file)) if self.logo_file else QUrl()

    def _get_consultation(self) -> bool:
        return self._consultation

    def _get_categories(self) -> RowsModel:
        return self._categories

    def _get_started(self) -> bool:
        return self.start_done()

    screen = Property(str, _get_screen, notify=screenChanged)
    mode = Property(str, _get_mode, notify=changed)
    largeText = Property(bool, _get_large_text, notify=changed)
    error = Property(str, _get_error, notify=changed)
    canIssue = Property(bool, _get_can_issue, notify=changed)
    openingText = Property(str, _get_opening, notify=changed)
    officeName = Property(str, _get_office_name, constant=True)
    hallName = Property(str, _get_hall, constant=True)
    motto = Property(str, _get_motto, constant=True)
    demo = Property(bool, _get_demo, constant=True)
    logo = Property(QUrl, _get_logo, constant=True)
    consultation = Property(bool, _get_consultation, notify=changed)
    # The first attempt to reach the database has been made (it follows the first frame).
    started = Property(bool, _get_started, notify=changed)

    def _get_is_info(self) -> bool:
        detail = self.standard.detail
        return detail is not None and detail.number == INFO_NUMBER

    isInfo = Property(bool, _get_is_info, notify=changed)
    categories = Property(QObject, _get_categories, constant=True)

    @property
    def language(self) -> Language:
        return self._language

    # -- navigation ---------------------------------------------------------------------------

    def _go(self, screen: str) -> None:
        if screen != self._screen:
            self._screen = screen
            _LOG.debug("screen %s", screen)
            self.screenChanged.emit()
        self.idle.arm(screen not in _NOTHING_TO_FORGET)

    def _require_desk(self) -> TicketDesk:
        if self._desk is None or self._db is None:
            raise ConnectionError("the kiosk has no database connection")
        return self._desk

    @Slot()
    @contained
    def takeTicket(self) -> None:
        self._mode = "queue"
        self.changed.emit()
        self._go_if_open("services")

    def _go_if_open(self, screen: str) -> None:
        """The hall may have closed since the welcome screen: say so instead of going on."""
        self._refresh_opening()
        if not self._can_issue:
            self.ticket.refuse(Refusal(self._opening[0], self._opening[1], self._next_opening(), closed=True))
            self._go("closed")
            return
        self._go(screen)

    @Slot()
    @contained
    def lookUp(self) -> None:
        self._mode = "lookup"
        self.changed.emit()
        self._go("services")

    @Slot(int)
    @contained
    def chooseService(self, number: int) -> None:
        self._require_desk()
        assert self._db is not None
        detail = self._detail(number)
        if detail is None:
            raise LookupError(f"service {number} is no longer in the catalog")
        self.standard.show(detail)
        self.answers.start(requirements_of(detail))
        self.result.show(None)
        if number == INFO_NUMBER:  # a question, not a service standard: straight to the ticket
            self.startChecklist()
            return
        self._go("standard")

    def _detail(self, number: int) -> ServiceDetail | None:
        """The standard of ``number``; kept per version, since every visitor reads the same few."""
        assert self._db is not None
        version = self.finder.version_of(number)
        key = (number, version)
        if version is not None and key in self._details:
            return self._details[key]
        from kiosk.catalog.store import get_service  # loaded by _connect already

        detail = get_service(self._db, number)
        if detail is not None and version == detail.summary.version:
            if len(self._details) >= DETAIL_CACHE:
                self._details.pop(next(iter(self._details)))
            self._details[key] = detail
        return detail

    @Slot()
    @contained
    def showMore(self) -> None:
        self._go("more")

    @Slot()
    @contained
    def startChecklist(self) -> None:
        if self.answers.checklist.total == 0:
            # Nothing to check: the standard lists no requirement the kiosk could ask about.
            self.finishChecklist()
            return
        self._go("checklist")

    @Slot()
    @contained
    def allPresent(self) -> None:
        self.answers.all_present()
        self.finishChecklist()

    @Slot()
    @contained
    def finishChecklist(self) -> None:
        verdict = self.answers.verdict()
        self.result.show(verdict)
        self._consultation = verdict.outcome is not Outcome.READY or self._get_is_info()
        self.changed.emit()
        if verdict.outcome is Outcome.READY and self._mode == "queue":
            self._go("priority")
        else:
            self._go("result")

    @Slot()
    @contained
    def askPriority(self) -> None:
        """From the result screen: a ticket anyway (consultation when papers are not complete)."""
        verdict = self.result.verdict
        self._consultation = verdict is not None and verdict.outcome is not Outcome.READY
        self.changed.emit()
        self._go_if_open("priority")

    @Slot()
    @contained
    def back(self) -> None:
        if self._screen == "priority":
            self._go("checklist" if self.result.ready and self._mode == "queue" else "result")
            return
        target = _BACK.get(self._screen, WELCOME)
        if target == WELCOME:
            self.home()
        else:
            self._go(target)

    @Slot()
    def home(self) -> None:
        """Forget everything about this applicant and show the welcome screen."""
        if self._screen in _VISIT_OVER:
            self.visitEnded.emit()
        try:
            self._visit += 1
            self._request_key = uuid.uuid4().hex
            self._error_return.stop()
            self.finder.reset()
            self.standard.show(None)
            self.answers.start(())
            self.result.show(None)
            self.ticket.clear()
            self.staff.close()
            self._mode = "queue"
            self._consultation = False
            self._last_issue = None
            self._large_text = bool(self._settings.get("terminal", "large_text"))
            self._language.reset()
            self._refresh_opening()
            self.changed.emit()
        except Exception:
            _LOG.exception("error while wiping the session")
        if self._desk is None:
            # Still no database: the welcome screen would offer what cannot be done.
            self._show_error("database")
            return
        self._go(WELCOME)

    @Slot()
    def toggleLargeText(self) -> None:
        self._large_text = not self._large_text
        self.changed.emit()

    @Slot(str)
    def screenFailed(self, name: str) -> None:
        """A screen's QML could not be loaded: the fallback shows, then back to welcome."""
        _LOG.error("screen %r failed to load; returning to welcome", name)
        self._error_return.start(8000)

    # -- printing and issuing -----------------------------------------------------------------

    @Slot()
    @contained
    def printMissingList(self) -> None:
        desk = self._require_desk()
        verdict, detail = self.result.verdict, self.standard.detail
        if verdict is None or detail is None or self.result.receipt_state == "printing":
            return
        self.result.set_receipt("printing")
        language = self._language.current
        self._print(lambda: desk.print_missing(detail, verdict, language), "the missing-documents list",
                    self.result.set_receipt)

    @Slot()
    @contained
    def printRequirements(self) -> None:
        """"Lihat persyaratan": the whole list on paper, to gather the papers at home."""
        desk = self._require_desk()
        detail = self.standard.detail
        if detail is None or self.standard.print_state == "printing":
            return
        self.standard.set_print_state("printing")
        language = self._language.current
        self._print(lambda: desk.print_requirements(detail, language), "the requirements",
                    lambda state, _message: self.standard.set_print_state(state))

    def _print(self, job: Callable[[], ReceiptOutcome], what: str,
               show: Callable[[str, tuple[str, str]], None]) -> None:
        """A list on paper, printed in the background; its screen shows "printed" or "failed" (with
        the printer's words), unless the applicant has left since (a new visit)."""
        visit = self._visit

        def done(outcome: ReceiptOutcome | None, error: BaseException | None) -> None:
            if visit != self._visit:
                return
            if error is not None or outcome is None:
                _LOG.error("printing %s failed", what, exc_info=error)
                show("failed", ("", ""))
                return
            show("printed" if outcome.printed else "failed", (outcome.message_id, outcome.message_en))

        self.background.run(job, done)

    @Slot(str)
    @contained
    def issue(self, priority: str) -> None:
        desk = self._require_desk()
        detail = self.standard.detail
        if detail is None or self.background.busy:
            return
        chosen = priority or None
        answers = self.answers.answers()
        consultation = self._consultation
        language = self._language.current
        self._last_issue = chosen or ""
        self._go("issuing")
        visit = self._visit
        key = self._request_key

        def done(outcome: KioskTicket | Refusal | None, error: BaseException | None) -> None:
            if visit != self._visit:
                return
            if error is not None or outcome is None:
                _LOG.error("issuing a ticket failed", exc_info=error)
                self._show_error("issue")
                return
            if isinstance(outcome, Refusal):
                self.ticket.refuse(outcome)
                if outcome.closed:
                    self._go("closed")
                else:
                    self._show_error("refused")
                return
            self.ticket.show(outcome)
            self._go("ticket" if outcome.printed else "printProblem")

        self.background.run(
            lambda: desk.issue(
                detail, priority=chosen, answers=answers, consultation=consultation, language=language,
                request_key=key,
            ),
            done,
        )

    @Slot()
    @contained
    def retry(self) -> None:
        """The "try again" button of the error screen."""
        if self._error == "issue" and self._last_issue is not None:
            self.issue(self._last_issue)
        elif self._error == "database":
            self._connect()
        else:
            self.home()

    @Slot()
    def reload(self) -> None:
        """Read the catalog again (after an import), from the staff menu."""
        self._connect()

    # -- errors and the database --------------------------------------------------------------

    def _show_error(self, kind: str) -> None:
        self._error = kind
        self.changed.emit()
        self._go("error")
        if kind != "database":
            self._error_return.start(ERROR_RETURN_SECONDS * 1000)

    def _fail(self, error: BaseException, where: str) -> None:
        if isinstance(error, ConnectionError) or _is_database_error(error):
            self._drop_desk()
            self._show_error("database")
            self._retry.start()
            return
        self._show_error("unexpected")

    def on_uncaught(self, error: BaseException) -> None:
        """From sys.excepthook: something outside a slot failed; calm screen, then welcome."""
        self._fail(error, "uncaught")

    def _connect(self) -> None:
        try:
            db = self._db or self._backend.database()
            from kiosk.catalog.store import get_service, list_services

            services = list_services(db)
            info = get_service(db, INFO_NUMBER) is not None
            desk = self._desk or self._backend.desk(db)
        except Exception as exc:
            _LOG.error("the kiosk cannot reach its database; retrying in %d s", RETRY_SECONDS, exc_info=exc)
            self._db, self._desk = None, None
            self._show_error("database")
            self._retry.start()
            return
        self._db, self._desk = db, desk
        self._details.clear()
        self.finder.load(services, info=info)
        if self._screen == "error" or self._error == "database":
            self._error = ""
            self.home()
        else:
            self._refresh_opening()

    def _refresh_opening(self) -> None:
        if self._desk is None:
            return
        try:
            status = self._desk.opening()
        except Exception:
            _LOG.exception("cannot read the office calendar")
            return
        self._can_issue = status.can_issue
        self._opening = (status.reason_id, status.reason_en)
        self._next = status.next_opening
        self.changed.emit()

    def _next_opening(self) -> datetime | None:
        return self._next

    def _idle_expired(self) -> None:
        _LOG.info("idle timeout on %s: answers wiped", self._screen)
        self.visitEnded.emit()
        self.home()

    def _drop_desk(self) -> None:
        stop = getattr(self._desk, "stop_sweeping", None)
        if stop is not None:
            stop()
        self._db, self._desk = None, None

    def shutdown(self) -> None:
        self._drop_desk()
        self.idle.stop()
        self._retry.stop()
        self._status_timer.stop()
        self._error_return.stop()
        self.background.shutdown()


def _queue_settings(settings: config.Settings) -> QueueSettings:
    try:
        return QueueSettings.from_mapping(settings.extra.get("queue", {}))
    except Exception:
        _LOG.exception("bad [queue] settings; using the default priority categories")
        return QueueSettings()


def _is_database_error(error: BaseException) -> bool:
    # Not imported at the top: the welcome screen is drawn before SQLAlchemy is loaded, and an
    # error raised before it is loaded cannot be one of its errors.
    errors = sys.modules.get("sqlalchemy.exc")
    return errors is not None and isinstance(error, errors.OperationalError | errors.DBAPIError)
