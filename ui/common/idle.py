"""Idle time: after ``timeout`` seconds without a touch the kiosk forgets the applicant.

The last seconds are counted down on screen with a "continue" button, so someone still
reading is not thrown out; any touch starts the count again.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import Property, QEvent, QObject, QTimer, Signal, Slot

WARNING_SECONDS = 15

_ACTIVITY = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.TouchBegin,
        QEvent.Type.KeyPress,
        QEvent.Type.Wheel,
    }
)


def warning_seconds(timeout: int) -> int:
    """The countdown shown before the end: 15 s, or a quarter of a short timeout."""
    return max(1, min(WARNING_SECONDS, timeout // 4))


class IdleWatch(QObject):
    changed = Signal()
    expired = Signal()

    def __init__(
        self, timeout: int, monotonic: Callable[[], float] = time.monotonic, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._timeout = max(1, timeout)
        self._warn = warning_seconds(self._timeout)
        self._monotonic = monotonic
        self._last = monotonic()
        self._armed = False
        self._warning = False
        self._remaining = self._timeout
        self._timer = QTimer(self)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self.tick)
        self._timer.start()

    def _get_warning(self) -> bool:
        return self._warning

    def _get_remaining(self) -> int:
        return self._remaining

    def _get_timeout(self) -> int:
        return self._timeout

    warning = Property(bool, _get_warning, notify=changed)
    remaining = Property(int, _get_remaining, notify=changed)
    timeout = Property(int, _get_timeout, constant=True)

    def arm(self, armed: bool) -> None:
        """Count only while there is something to forget (not on the welcome screen)."""
        self._armed = armed
        self.poke()

    @property
    def armed(self) -> bool:
        return self._armed

    @Slot()
    def poke(self) -> None:
        self._last = self._monotonic()
        self._set(False, self._timeout)

    def _set(self, warning: bool, remaining: int) -> None:
        if (warning, remaining) != (self._warning, self._remaining):
            self._warning, self._remaining = warning, remaining
            self.changed.emit()

    @Slot()
    def tick(self) -> None:
        if not self._armed:
            return
        left = self._timeout - (self._monotonic() - self._last)
        if left <= 0:
            self._armed = False
            self._set(False, self._timeout)
            self.expired.emit()
            return
        remaining = math.ceil(left)
        self._set(remaining <= self._warn, remaining)

    def stop(self) -> None:
        self._timer.stop()


class ActivityFilter(QObject):
    """Installed on the window: every touch, click or key press counts as activity."""

    def __init__(self, idle: IdleWatch, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._idle = idle

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY:
            self._idle.poke()
        return False
