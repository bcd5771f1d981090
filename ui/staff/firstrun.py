"""The set-up screen of a new office: the first administrator, created at this PC.

Shown only while the database has no officer at all; the rule that makes it impossible later
lives in kiosk.staff.firstrun, so a second PC racing this one cannot create a second "first".
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.clock import Clock
from kiosk.faults import classify
from kiosk.refusals import Refused
from kiosk.staff.firstrun import create_first_administrator, needs_first_administrator
from kiosk.storage import Database
from ui.common.background import Background
from ui.common.viewmodel import ViewModel
from ui.staff.words import Words

_LOG = logging.getLogger("ui.staff.firstrun")


class FirstRun(ViewModel):
    changed = Signal()
    created = Signal(str, str)  # officer ID, message for the sign-in screen

    def __init__(self, db: Database, clock: Clock, terminal: str, words: Callable[[], Words],
                 parent: QObject | None = None) -> None:
        super().__init__(parent=parent)
        self._db = db
        self._clock = clock
        self._terminal = terminal
        self._words = words
        self._needed = False
        self._working = False
        self._message = ("", "")
        self._background = Background(self)
        try:
            self._needed = needs_first_administrator(db)
        except Exception as exc:  # the sign-in screen meets and reports the same fault
            fault = classify(exc)
            if fault is None:
                raise
            _LOG.warning("cannot tell whether the office is set up (%s)", fault.code)

    def _get_needed(self) -> bool:
        return self._needed

    def _get_working(self) -> bool:
        return self._working

    def _get_message(self) -> str:
        return self._words().say(*self._message) if self._message[0] else ""

    needed = Property(bool, _get_needed, notify=changed)
    working = Property(bool, _get_working, notify=changed)
    message = Property(str, _get_message, notify=changed)

    def relabel(self) -> None:
        self.changed.emit()

    @Slot(str, str, str, str)
    def create(self, code: str, name: str, pin: str, pin_again: str) -> None:
        if self._working or not self._needed:
            return
        now = self._clock()

        def job() -> tuple[str, str]:
            return create_first_administrator(self._db, code=code, name=name, pin=pin, pin_again=pin_again,
                                              terminal=self._terminal, now=now)

        def done(result: tuple[str, str] | None, error: BaseException | None) -> None:
            self._working = False
            if isinstance(error, Refused):
                self._message = (error.message_id, error.message_en)
                if error.code == "already_set_up":
                    self._needed = False
                    self.created.emit("", self._words().say(error.message_id, error.message_en))
            elif error is not None:
                fault = classify(error)
                if fault is None:
                    self.contain(error, "FirstRun.create")
                    self._message = ("Terjadi galat; kejadian ini dicatat di log.",
                                     "Something went wrong; it was logged.")
                else:
                    self._message = (fault.message_id, fault.message_en)
            elif result is not None:
                officer, officer_name = result
                self._needed = False
                self._message = ("", "")
                self.created.emit(officer, self._words().say(
                    f"Administrator {officer} ({officer_name}) telah dibuat. Silakan masuk dengan PIN tadi.",
                    f"Administrator {officer} ({officer_name}) was created. Please sign in with that PIN."))
            self.changed.emit()

        self._working = True
        self._message = ("", "")
        self.changed.emit()
        self._background.run(job, done)

    def shutdown(self) -> None:
        self._background.shutdown()
