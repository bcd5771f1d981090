"""The date and time shown in a terminal's header, in the visitor's language."""

from __future__ import annotations

from datetime import datetime, tzinfo

from PySide6.QtCore import Property, QObject, QTimer, Signal

from kiosk.calendar.wording import date_en, date_id, time_en, time_id
from kiosk.clock import Clock
from ui.common.language import Language


class WallClock(QObject):
    """``clock.dateText`` ("Selasa, 24 November 2026") and ``clock.timeText`` ("14.05")."""

    changed = Signal()

    def __init__(self, clock: Clock, zone: tzinfo, language: Language, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._zone = zone
        self._language = language
        self._shown = ""
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)
        self._timer.start()
        language.codeChanged.connect(self.changed)

    def now(self) -> datetime:
        return self._clock().astimezone(self._zone)

    def _tick(self) -> None:
        minute = self.now().strftime("%Y%m%d%H%M")
        if minute != self._shown:
            self._shown = minute
            self.changed.emit()

    def _date(self) -> str:
        now = self.now()
        return date_en(now.date()) if self._language.current == "en" else date_id(now.date())

    def _time(self) -> str:
        now = self.now()
        return time_en(now.time()) if self._language.current == "en" else time_id(now.time())

    dateText = Property(str, _date, notify=changed)
    timeText = Property(str, _time, notify=changed)

    def stop(self) -> None:
        self._timer.stop()
