"""One respondent at the survey terminal: which screen shows, the answers so far, and forgetting
them.

Answers live only here until the respondent presses "Kirim" on the last screen; going back to
the start, the idle timeout and every error drop them, so nothing half-finished is ever stored.
A finished response the database cannot take now (busy, unreachable, disk full) goes to the
terminal's outbox and is delivered later: the respondent is thanked, not asked to start again.
The rules (which ticket may be rated, one response per ticket) are in ``kiosk.survey``.

The database layer is imported inside the jobs that use it, which run after the first frame
on the background thread: the terminal is on screen before SQLAlchemy has loaded.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Property, QObject, QTimer, Signal, Slot

from kiosk import config, paths
from kiosk.clock import Clock
from kiosk.faults import Fault, classify
from kiosk.survey.answers import Answers, SurveyRefused, SurveyTicket
from kiosk.survey.elements import ELEMENTS, SCORES
from kiosk.survey.outbox import Delivery, Outbox, Pending
from kiosk.survey.profile import MAX_SUGGESTION_CHARS, PROFILE_FIELDS, profile_field
from kiosk.survey.settings import SurveySettings
from ui.common.background import Background
from ui.common.guard import contained
from ui.common.idle import IdleWatch
from ui.common.language import Language
from ui.common.rows import RowsModel
from ui.common.viewmodel import ViewModel

if TYPE_CHECKING:
    from kiosk.storage import Database

_LOG = logging.getLogger("ui.survey")

START = "start"
SCREENS = ("start", "question", "profile", "suggestion", "thanks", "refused", "error")
# Screens that hold nothing of the respondent's: idle time does not count there.
_NOTHING_TO_FORGET = frozenset({START, "error"})
THANKS_SECONDS = 8
ERROR_RETURN_SECONDS = 20
MAX_CODE_CHARS = 80  # a QR token is 34 characters; a typed code 5
OUTBOX_RETRY_SECONDS = 30
HEARTBEAT_SECONDS = 60


@dataclass(frozen=True)
class SurveyBackend:
    """How the terminal reaches its data; the database may be down when it starts."""

    database: Callable[[], Database]
    clock: Clock
    secret: str
    timezone: str
    terminal: str
    outbox: Outbox | None = None


def backend_from_settings(settings: config.Settings, clock: Clock, database: Callable[[], Database]) -> SurveyBackend:
    name = str(settings.get("terminal", "name")).strip() or "survey"
    outbox = Outbox(paths.data_dir() / "survey-outbox.jsonl")
    return SurveyBackend(database, clock, settings.secret, str(settings.get("office", "timezone")), name, outbox)


class SurveySession(ViewModel):
    screenChanged = Signal()
    changed = Signal()
    quitRequested = Signal()

    def __init__(
        self,
        settings: SurveySettings,
        backend: SurveyBackend,
        language: Language,
        idle: IdleWatch,
        *,
        office_name: str = "",
        hall_name: str = "",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(self._fail, parent)
        self._settings = settings
        self._backend = backend
        self._language = language
        self._office_name = office_name
        self._hall_name = hall_name
        self._screen = START
        self._code = ""
        self._message = ("", "")
        self._ticket: SurveyTicket | None = None
        self._anonymous = False
        self._index = 0
        self._scores: dict[str, int | None] = {}
        self._profile: dict[str, str | None] = {}
        self._suggestion = ""
        self._stored = 0  # responses stored by this terminal since it started (tests, staff)
        self._deferred = False  # the last response waits in the outbox
        self._working = False
        self._background = Background(self)

        self.idle = idle
        idle.expired.connect(self.home)
        self._answers = RowsModel(("score", "caption"), self)
        self._fields = RowsModel(("key", "name"), self)
        self._choices = {f.key: RowsModel(("code", "caption", "chosen"), self) for f in PROFILE_FIELDS}
        language.codeChanged.connect(self._relabel)

        self._thanks = QTimer(self)
        self._thanks.setSingleShot(True)
        self._thanks.setInterval(THANKS_SECONDS * 1000)
        self._thanks.timeout.connect(self.home)
        self._error_return = QTimer(self)
        self._error_return.setSingleShot(True)
        self._error_return.setInterval(ERROR_RETURN_SECONDS * 1000)
        self._error_return.timeout.connect(self.home)
        self._outbox_retry = QTimer(self)
        self._outbox_retry.setInterval(OUTBOX_RETRY_SECONDS * 1000)
        self._outbox_retry.timeout.connect(self.deliverPending)
        self._heartbeat = QTimer(self)
        self._heartbeat.setInterval(HEARTBEAT_SECONDS * 1000)
        self._heartbeat.timeout.connect(self._beat)
        self._relabel()

    def on_start(self) -> None:
        """After the first frame: the first heartbeat, and what the outbox kept (both reach the
        database, on the background thread)."""
        self._heartbeat.start()
        self._beat()
        if self._backend.outbox is not None and self._backend.outbox.path.exists():
            self.deliverPending()

    # -- what the screens read ----------------------------------------------------------------

    def _en(self) -> bool:
        return str(self._language.code) == "en"

    def _get_screen(self) -> str:
        return self._screen

    def _get_code(self) -> str:
        return self._code

    def _get_message(self) -> str:
        return self._message[1] if self._en() else self._message[0]

    def _get_ticket_code(self) -> str:
        return self._ticket.code if self._ticket else ""

    def _get_service_title(self) -> str:
        return self._ticket.service_title if self._ticket else ""

    def _get_counter_name(self) -> str:
        return (self._ticket.counter_name or "") if self._ticket else ""

    def _get_anonymous(self) -> bool:
        return self._anonymous

    def _get_anonymous_allowed(self) -> bool:
        return self._settings.allow_anonymous

    def _get_index(self) -> int:
        return self._index

    def _get_count(self) -> int:
        return len(ELEMENTS)

    def _get_element_name(self) -> str:
        item = ELEMENTS[self._index]
        return item.name_en if self._en() else item.name_id

    def _get_question(self) -> str:
        item = ELEMENTS[self._index]
        return item.question_en if self._en() else item.question_id

    def _get_selected(self) -> int:
        return self._scores.get(ELEMENTS[self._index].key) or 0

    def _get_suggestion(self) -> str:
        return self._suggestion

    def _get_suggestion_limit(self) -> int:
        return MAX_SUGGESTION_CHARS

    def _get_answers(self) -> RowsModel:
        return self._answers

    def _get_fields(self) -> RowsModel:
        return self._fields

    def _get_office_name(self) -> str:
        return self._office_name

    def _get_rules(self) -> str:
        days = self._settings.window_days
        if self._en():
            when = "on the day of service" if days == 0 else f"up to {days} day(s) after service"
            return f"Each served ticket can be rated once, {when}."
        when = "pada hari yang sama" if days == 0 else f"hingga {days} hari setelah dilayani"
        return f"Survei dapat diisi satu kali untuk setiap tiket yang telah selesai dilayani, {when}."

    def _get_hall_name(self) -> str:
        return self._hall_name

    def _get_working(self) -> bool:
        return self._working

    def _get_thanks_note(self) -> str:
        if not self._deferred:
            return ""
        if self._en():
            return ("The connection to the server is interrupted: your answers are kept on this terminal "
                    "and will be sent automatically.")
        return ("Sambungan ke server sedang terganggu: jawaban Anda disimpan di terminal ini dan akan "
                "dikirim secara otomatis.")

    screen = Property(str, _get_screen, notify=screenChanged)
    code = Property(str, _get_code, notify=changed)
    message = Property(str, _get_message, notify=changed)
    ticketCode = Property(str, _get_ticket_code, notify=changed)
    serviceTitle = Property(str, _get_service_title, notify=changed)
    counterName = Property(str, _get_counter_name, notify=changed)
    anonymous = Property(bool, _get_anonymous, notify=changed)
    anonymousAllowed = Property(bool, _get_anonymous_allowed, constant=True)
    questionIndex = Property(int, _get_index, notify=changed)
    questionCount = Property(int, _get_count, constant=True)
    elementName = Property(str, _get_element_name, notify=changed)
    questionText = Property(str, _get_question, notify=changed)
    selectedScore = Property(int, _get_selected, notify=changed)
    suggestion = Property(str, _get_suggestion, notify=changed)
    suggestionLimit = Property(int, _get_suggestion_limit, constant=True)
    answers = Property(QObject, _get_answers, constant=True)
    profileFields = Property(QObject, _get_fields, constant=True)
    officeName = Property(str, _get_office_name, constant=True)
    rulesText = Property(str, _get_rules, notify=changed)
    hallName = Property(str, _get_hall_name, constant=True)
    working = Property(bool, _get_working, notify=changed)
    thanksNote = Property(str, _get_thanks_note, notify=changed)

    @Slot(str, result=QObject)
    def choicesFor(self, key: str) -> QObject:
        return self._choices[key]

    @property
    def stored(self) -> int:
        return self._stored

    @property
    def background(self) -> Background:
        return self._background

    def answers_so_far(self) -> dict[str, int | None]:
        return dict(self._scores)

    # -- the start screen ---------------------------------------------------------------------

    @Slot(str)
    @contained
    def typeCode(self, character: str) -> None:
        if len(self._code) < MAX_CODE_CHARS:
            self._code += character.upper()
            self.changed.emit()

    @Slot()
    @contained
    def erase(self) -> None:
        self._code = self._code[:-1]
        self.changed.emit()

    @Slot()
    @contained
    def clearCode(self) -> None:
        self._code = ""
        self.changed.emit()

    @Slot()
    @contained
    def submitCode(self) -> None:
        self.scan(self._code)

    @Slot(str)
    @contained
    def scan(self, text: str) -> None:
        """A scanned QR token (a scanner types it and Enter) or the typed code."""
        text = text.strip()
        self._code = ""
        if not text or self._working:
            self.changed.emit()
            return
        backend = self._backend

        def job() -> SurveyTicket:
            from kiosk.survey.responses import open_survey  # see the module's docstring

            return open_survey(backend.database(), text, now=backend.clock(), settings=self._settings,
                               secret=backend.secret, timezone=backend.timezone)

        def done(ticket: SurveyTicket | None, error: BaseException | None) -> None:
            self._set_working(False)
            if isinstance(error, SurveyRefused):
                self._refuse(error)
            elif error is not None:
                self._fail(error, "scan")
            elif ticket is not None:
                self._begin(ticket, anonymous=False)

        self._set_working(True)
        self._background.run(job, done)

    def _set_working(self, working: bool) -> None:
        self._working = working
        self.changed.emit()

    @Slot()
    @contained
    def startAnonymous(self) -> None:
        if not self._settings.allow_anonymous:
            return
        self._begin(None, anonymous=True)

    def _begin(self, ticket: SurveyTicket | None, *, anonymous: bool) -> None:
        self._forget()
        self._ticket, self._anonymous = ticket, anonymous
        self._go("question")

    # -- the nine questions -------------------------------------------------------------------

    @Slot(int)
    @contained
    def answer(self, score: int) -> None:
        if self._screen != "question" or score not in SCORES:
            return
        self._scores[ELEMENTS[self._index].key] = score
        self._advance()

    @Slot()
    @contained
    def skip(self) -> None:
        """No view on this element (e.g. never made a complaint): left out of its NRR."""
        if self._screen != "question":
            return
        self._scores[ELEMENTS[self._index].key] = None
        self._advance()

    def _advance(self) -> None:
        if self._index + 1 < len(ELEMENTS):
            self._index += 1
            self._relabel()
            return
        self._go("profile")

    @Slot()
    @contained
    def previous(self) -> None:
        if self._screen == "question" and self._index > 0:
            self._index -= 1
            self._relabel()
        elif self._screen == "question":
            self.home()
        elif self._screen == "profile":
            self._index = len(ELEMENTS) - 1
            self._go("question")
        elif self._screen == "suggestion":
            self._go("profile")

    # -- respondent profile and suggestion ----------------------------------------------------

    @Slot(str, str)
    @contained
    def choose(self, key: str, code: str) -> None:
        """Tap to choose, tap again to take it back: every field stays optional."""
        if code not in profile_field(key).codes:
            return
        self._profile[key] = None if self._profile.get(key) == code else code
        self._relabel()

    @Slot()
    @contained
    def toSuggestion(self) -> None:
        if self._screen == "profile":
            self._go("suggestion")

    @Slot(str)
    @contained
    def typeSuggestion(self, text: str) -> None:
        room = MAX_SUGGESTION_CHARS - len(self._suggestion)
        if room <= 0:
            return
        if not self._suggestion.strip() or self._suggestion.rstrip().endswith((".", "!", "?")):
            # The on-screen keyboard types lower case; a sentence still starts with a capital.
            text = text[:1].upper() + text[1:] if text.strip() else text
        self._suggestion += text[:room]
        self.changed.emit()

    @Slot()
    @contained
    def eraseSuggestion(self) -> None:
        self._suggestion = self._suggestion[:-1]
        self.changed.emit()

    @Slot()
    @contained
    def clearSuggestion(self) -> None:
        self._suggestion = ""
        self.changed.emit()

    @Slot()
    @contained
    def send(self) -> None:
        if self._screen not in ("suggestion", "profile") or self._working:
            return
        backend = self._backend
        answers = Answers(dict(self._scores), dict(self._profile), self._suggestion)
        ticket_id = None if self._ticket is None else self._ticket.ticket_id
        now = backend.clock()

        def job() -> int:
            from kiosk.survey.responses import submit_response  # see the module's docstring

            return submit_response(backend.database(), answers, ticket_id=ticket_id, now=now,
                                   settings=self._settings, timezone=backend.timezone, terminal=backend.terminal)

        def done(_stored: int | None, error: BaseException | None) -> None:
            self._set_working(False)
            if isinstance(error, SurveyRefused):
                self._refuse(error)
                return
            fault = classify(error) if error is not None else None
            if error is not None and (fault is None or backend.outbox is None):
                self._fail(error, "send")
                return
            if fault is not None and backend.outbox is not None:
                _LOG.warning("response kept in the outbox (%s): %s", fault.code, fault.detail)
                backend.outbox.add(Pending(answers, ticket_id, now, backend.terminal))
                self._outbox_retry.start()
            else:
                self._stored += 1
            self._deferred = fault is not None
            self._forget()
            self._go("thanks")
            self._thanks.start()

        self._set_working(True)
        self._background.run(job, done)

    def _beat(self) -> None:
        """Once a minute: this survey PC is alive (the console's Terminals page)."""
        if self._working:
            return
        backend = self._backend

        def done(_: object, error: BaseException | None) -> None:
            if error is not None:
                _LOG.warning("heartbeat skipped: %s", error)

        def job() -> None:
            from kiosk.terminals import beat  # see the module's docstring

            beat(backend.database(), backend.terminal, "survey", backend.clock())

        self._background.run(job, done)

    @Slot()
    @contained
    def deliverPending(self) -> None:
        """Responses kept while the database was away, stored now if it answers."""
        outbox = self._backend.outbox
        if outbox is None or self._working:
            return
        backend = self._backend

        def job() -> Delivery:
            return outbox.deliver(backend.database(), settings=self._settings, timezone=backend.timezone)

        def done(delivery: Delivery | None, error: BaseException | None) -> None:
            if error is not None:
                fault = classify(error)
                if fault is None:
                    self.contain(error, "deliverPending")
                else:
                    _LOG.warning("outbox not delivered yet (%s)", fault.code)
                return
            if delivery is not None:
                self._stored += delivery.stored
                if delivery.stored or delivery.refused:
                    _LOG.info("outbox: %d stored, %d refused, %d left", delivery.stored, delivery.refused,
                              delivery.left)
                if delivery.left == 0:
                    self._outbox_retry.stop()
                else:
                    self._outbox_retry.start()

        self._background.run(job, done)

    # -- leaving ------------------------------------------------------------------------------

    @Slot()
    @contained
    def home(self) -> None:
        self._forget()
        self._code = ""
        self._message = ("", "")
        self._go(START)

    def _forget(self) -> None:
        self._ticket = None
        self._anonymous = False
        self._index = 0
        self._scores = {}
        self._profile = {}
        self._suggestion = ""
        self._relabel()

    def _refuse(self, refused: SurveyRefused) -> None:
        self._forget()
        self._message = (refused.message_id, refused.message_en)
        self._go("refused")
        self._error_return.start()

    def on_uncaught(self, error: BaseException) -> None:
        """An error outside any slot (timer, thread): show the calm error screen."""
        self._fail(error, "uncaught")

    def _fail(self, error: BaseException, where: str) -> None:
        # Unexpected errors reach here through ViewModel.contain, which has logged them already.
        fault: Fault | None = classify(error)
        if fault is not None:
            _LOG.warning("%s in %s: %s", fault.code, where, fault.detail)
        self._forget()
        if fault is not None and fault.code == "database_busy":
            self._message = (
                "Sistem sedang sibuk. Silakan pindai tiket Anda lagi sebentar lagi.",
                "The system is busy. Please scan your ticket again in a moment.",
            )
        else:
            self._message = (
                "Mohon maaf, survei sedang tidak dapat digunakan. Silakan coba lagi sebentar lagi atau "
                "hubungi petugas.",
                "Sorry, the survey is not available right now. Please try again shortly or ask a member of staff.",
            )
        self._go("error")
        self._error_return.start()

    def _go(self, screen: str) -> None:
        self._thanks.stop()
        self._error_return.stop()
        self._screen = screen
        self.idle.arm(screen not in _NOTHING_TO_FORGET)
        self.screenChanged.emit()
        self.changed.emit()

    def _relabel(self) -> None:
        en = self._en()
        item = ELEMENTS[self._index]
        self._answers.set_rows(
            {"score": s, "caption": item.answer_en(s) if en else item.answer_id(s)} for s in SCORES
        )
        self._fields.set_rows({"key": f.key, "name": f.name_en if en else f.name_id} for f in PROFILE_FIELDS)
        for profile in PROFILE_FIELDS:
            chosen = self._profile.get(profile.key)
            self._choices[profile.key].set_rows(
                {"code": c.code, "caption": c.label_en if en else c.label_id, "chosen": c.code == chosen}
                for c in profile.choices
            )
        self.changed.emit()

    def shutdown(self) -> None:
        self._thanks.stop()
        self._error_return.stop()
        self._outbox_retry.stop()
        self._heartbeat.stop()
        self.idle.stop()
        self._background.shutdown()

