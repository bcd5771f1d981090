"""What the TV's QML reads: the call now, the last calls, waiting per queue, the connection.

Updates come from the feed thread and are handed to the GUI thread through a queued signal;
QML only reads properties (the display takes no input).
"""

from __future__ import annotations

from PySide6.QtCore import Property, QObject, Qt, Signal, Slot

from kiosk.display.feed import FeedUpdate
from ui.common.rows import RowsModel
from ui.common.viewmodel import ViewModel


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
        self._incoming.connect(self._apply, Qt.ConnectionType.QueuedConnection)

    def feed_update(self, update: FeedUpdate) -> None:
        """Called from the feed thread."""
        self._incoming.emit(update)

    @Slot(object)
    def _apply(self, update: FeedUpdate) -> None:
        self._connected = update.connected
        self._started = True
        calls = list(update.calls)
        if calls:
            top = calls[0]
            self._current = {"code": top.code, "counter": top.counter_name, "recall": top.recall}
        self._recent.set_rows({"code": c.code, "counter": c.counter_name, "recall": c.recall} for c in calls[1:])
        self._waiting.set_rows({"letter": w.letter, "name": w.name, "waiting": w.waiting} for w in update.waiting)
        self.changed.emit()
        if calls and calls[0].event_id > self._newest_id:
            first_update = self._newest_id == 0
            self._newest_id = calls[0].event_id
            if not first_update:
                self.callArrived.emit()

    def _get(self, key: str) -> object:
        return self._current.get(key)

    currentCode = Property(str, lambda self: str(self._get("code") or ""), notify=changed)
    currentCounter = Property(str, lambda self: str(self._get("counter") or ""), notify=changed)
    currentIsRecall = Property(bool, lambda self: bool(self._get("recall")), notify=changed)
    connected = Property(bool, lambda self: self._connected, notify=changed)
    started = Property(bool, lambda self: self._started, notify=changed)
    officeName = Property(str, lambda self: self._office_name, constant=True)
    hallName = Property(str, lambda self: self._hall_name, constant=True)
    runningText = Property(str, lambda self: self._running_text, constant=True)
    recentCalls = Property(QObject, lambda self: self._recent, constant=True)
    waitingLines = Property(QObject, lambda self: self._waiting, constant=True)
