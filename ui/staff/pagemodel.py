"""What every console page shares: the signed-in officer, the desk's language, and database work
run off the screen's thread with the answer (or the refusal, or the fault) said on the page.

A page calls ``self.operate(job, then)``: ``job`` runs on the page's background thread; on
success ``then(result)`` runs on the GUI thread; a refusal of the rules, a database fault or a
bug becomes the page's message in the desk's language. Pages never talk to the database on the
GUI thread, so a stalled PostgreSQL server never freezes the console.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

from PySide6.QtCore import Property, QObject, Signal

from kiosk.audit import Actor
from kiosk.clock import Clock
from kiosk.faults import classify
from kiosk.printjobs import DocumentPrinter
from kiosk.receipts.document import Document
from kiosk.refusals import Refused
from kiosk.storage import Database
from ui.common.background import Background
from ui.common.rows import RowsModel
from ui.common.viewmodel import ViewModel
from ui.staff.words import Words

_LOG = logging.getLogger("ui.staff.pages")
T = TypeVar("T")


class DeskState:
    """The small state every page reads: who is signed in, the database, the clock, the language.

    ``ended`` is the desk's answer to a refusal that ends the session (the counter taken over,
    the account locked): it returns the screen to sign-in and says why; it returns False for any
    other refusal, which the page then shows itself.
    """

    def __init__(self, db: Database, clock: Clock, actor: Callable[[], Actor | None],
                 words: Callable[[], Words], ended: Callable[[Refused], bool] | None = None) -> None:
        self.db = db
        self.clock = clock
        self.actor = actor
        self.words = words
        self.ended = ended


class PageModel(ViewModel):
    messageChanged = Signal()
    busyChanged = Signal()
    spoke = Signal(str, str, str)  # Indonesian, English, kind: the desk's pages share its message line

    def __init__(self, state: DeskState, parent: QObject | None = None) -> None:
        super().__init__(parent=parent)
        self.state = state
        self._message: tuple[str, str] = ("", "")
        self._kind = "info"
        self._busy = 0
        self._background = Background(self)

    def _get_message(self) -> str:
        return self.state.words().say(*self._message) if self._message[0] else ""

    def _get_kind(self) -> str:
        return self._kind

    def _get_busy(self) -> bool:
        return self._busy > 0

    message = Property(str, _get_message, notify=messageChanged)
    messageKind = Property(str, _get_kind, notify=messageChanged)
    busy = Property(bool, _get_busy, notify=busyChanged)

    def say(self, indonesian: str, english: str, kind: str = "ok") -> None:
        self._message, self._kind = (indonesian, english), kind
        self.messageChanged.emit()
        self.spoke.emit(indonesian, english, kind)

    def relabel(self) -> None:
        self.messageChanged.emit()

    def actor(self) -> Actor:
        actor = self.state.actor()
        if actor is None:
            raise Refused("Silakan masuk terlebih dahulu.", "Please sign in first.", code="signed_out")
        return actor

    def operate(self, job: Callable[[], T], then: Callable[[T], None] | None = None, *,
                refused: Callable[[Refused], None] | None = None) -> None:
        """``refused`` sees a refusal of the rules first (e.g. to offer "press again"); it is
        still said on the page."""
        def done(result: Any, error: BaseException | None) -> None:
            self._busy -= 1
            self.busyChanged.emit()
            if error is None:
                if then is not None:
                    try:
                        then(result)
                    except Exception as exc:
                        self._report(exc)
                return
            if refused is not None and isinstance(error, Refused):
                refused(error)
            self._report(error)

        self._busy += 1
        self.busyChanged.emit()
        self._background.run(job, done)

    def print_receipt(self, printer: Callable[[], DocumentPrinter], document: Document,
                      then: Callable[[tuple[str, str] | None], None]) -> None:
        """Print off the screen's thread; ``then(None)`` when the paper came out, else
        ``then((why in Indonesian, why in English))`` (the record itself is already saved)."""
        def printed(result: Any, error: BaseException | None) -> None:
            if error is None and getattr(result, "ok", False):
                then(None)
                return
            if error is not None:
                _LOG.warning("receipt not printed: %s", error)
            then((str(error) if error else str(getattr(result, "staff_message_id", "")),
                  str(error) if error else str(getattr(result, "staff_message_en", ""))))

        self._background.run(lambda: printer().print_document(document), printed)

    def _report(self, error: BaseException) -> None:
        if isinstance(error, Refused):
            if self.state.ended is not None and self.state.ended(error):
                return
            self.say(error.message_id, error.message_en, "error")
            return
        fault = classify(error)
        if fault is not None:
            _LOG.warning("%s: %s", fault.code, fault.detail)
            self.say(fault.message_id, fault.message_en, "error")
            return
        self.contain(error, type(self).__name__)
        self.say("Terjadi galat; kejadian ini dicatat di log.", "Something went wrong; it was logged.", "error")

    def wait(self) -> None:
        self._background.wait()

    def shutdown(self) -> None:
        self._background.shutdown()


class TablePage(PageModel):
    """A page built around one table: its rows, written again by ``_fill`` in the desk's language
    whenever it changes, and the office's time zone its times are shown in."""

    def __init__(self, state: DeskState, timezone: str, columns: tuple[str, ...],
                 parent: QObject | None = None) -> None:
        super().__init__(state, parent)
        self._zone = ZoneInfo(timezone)
        self._rows = RowsModel(columns, self)

    def _get_rows(self) -> RowsModel:
        return self._rows

    rows = Property(QObject, _get_rows, constant=True)

    def relabel(self) -> None:
        self._fill()
        super().relabel()

    def _fill(self) -> None:
        """Write the rows shown from what was last read."""
