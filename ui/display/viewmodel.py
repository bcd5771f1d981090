"""What the TV's QML reads: the call now, the last calls, who each counter serves, waiting per
queue, the connection.

Updates come from the feed thread and are handed to the GUI thread through a queued signal;
QML only reads properties (the display takes no input).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Property, QObject, Qt, Signal, Slot

from ui.common.rows import RowsModel
from ui.common.viewmodel import ViewModel

if TYPE_CHECKING:
    from kiosk.display.feed import FeedUpdate


class DisplayBoard(ViewModel):
    changed = Signal()
    callArrived = Signal()  # a new call or recall: QML flashes the big number
    _incoming = Signal(object)

    def __init__(
        self,
        *,
        office_name: str,
        hall_name: str,
        running_text: str,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent=parent)
        self._office_name = office_name
        self._hall_name = hall_name
        self._running_text = running_text
        self._connected = False
        self._started = False
        self._current: dict[str, object] = {}
        self._newest_id = 0
        self._recent = RowsModel(("code", "counter", "recall"), self)
        self._waiting = RowsModel(("letter", "name", "waiting"), self)
        self._serving = RowsModel(("counter", "code"), self)
        self._incoming.connect(self._apply, Qt.ConnectionType.QueuedConnection)

    def feed_update(self, update: FeedUpdate) -> None:
        """Called from the feed thread."""
        self._incoming.emit(update)

    @Slot(object)
    def _apply(self, update: FeedUpdate) -> None:
        self._connected = update.connected
        self._started = True
        calls = list(update.calls)
        # A call taken back (transferred, no-show, on hold) leaves the big number at once.
        top = calls[0] if calls else None
        self._current = {"code": top.code, "counter": top.counter_name, "recall": top.recall} if top else {}
        self._serving.set_rows({"counter": c.counter_name, "code": c.code} for c in update.serving)
        self._recent.set_rows({"code": c.code, "counter": c.counter_name, "recall": c.recall} for c in calls[1:])
        self._waiting.set_rows({"letter": w.letter, "name": w.name, "waiting": w.waiting} for w in update.waiting)
        self.changed.emit()
        if calls and calls[0].event_id > self._newest_id:
            first_update = self._newest_id == 0
            self._newest_id = calls[0].event_id
            if not first_update:
                self.callArrived.emit()

    def _get_code(self) -> str:
        return str(self._current.get("code") or "")

    def _get_counter(self) -> str:
        return str(self._current.get("counter") or "")

    def _get_recall(self) -> bool:
        return bool(self._current.get("recall"))

    def _get_connected(self) -> bool:
        return self._connected

    def _get_started(self) -> bool:
        return self._started

    def _get_office(self) -> str:
        return self._office_name

    def _get_hall(self) -> str:
        return self._hall_name

    def _get_running(self) -> str:
        return self._running_text

    def _get_recent(self) -> RowsModel:
        return self._recent

    def _get_waiting(self) -> RowsModel:
        return self._waiting

    def _get_serving(self) -> RowsModel:
        return self._serving

    currentCode = Property(str, _get_code, notify=changed)
    currentCounter = Property(str, _get_counter, notify=changed)
    currentIsRecall = Property(bool, _get_recall, notify=changed)
    connected = Property(bool, _get_connected, notify=changed)
    started = Property(bool, _get_started, notify=changed)
    officeName = Property(str, _get_office, constant=True)
    hallName = Property(str, _get_hall, constant=True)
    runningText = Property(str, _get_running, constant=True)
    recentCalls = Property(QObject, _get_recent, constant=True)
    waitingLines = Property(QObject, _get_waiting, constant=True)
    servingCounters = Property(QObject, _get_serving, constant=True)
