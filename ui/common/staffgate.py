"""The hidden staff menu: a gesture nobody makes by accident, then the staff PIN.

Without a configured PIN the menu stays shut: a kiosk in the hall must not be left by anyone
who happens to find the gesture.
"""

from __future__ import annotations

import hmac
import time
from collections.abc import Callable

from PySide6.QtCore import Property, QObject, Signal, Slot

MAX_TRIES = 5
LOCKOUT_SECONDS = 60


class StaffGate(QObject):
    changed = Signal()
    exitRequested = Signal()
    reloadRequested = Signal()

    def __init__(
        self, pin: str, monotonic: Callable[[], float] = time.monotonic, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._pin = pin
        self._monotonic = monotonic
        self._state = "closed"  # closed | pin | menu
        self._message = ""  # "" | wrong | locked | noPin
        self._failures = 0
        self._locked_until = 0.0

    def _get_state(self) -> str:
        return self._state

    def _get_message(self) -> str:
        return self._message

    state = Property(str, _get_state, notify=changed)
    message = Property(str, _get_message, notify=changed)

    def _set(self, state: str, message: str = "") -> None:
        self._state, self._message = state, message
        self.changed.emit()

    @Slot()
    def open(self) -> None:
        self._set("pin", "" if self._pin else "noPin")

    @Slot()
    def close(self) -> None:
        self._set("closed")

    @Slot(str, result=bool)
    def enter(self, pin: str) -> bool:
        if not self._pin:
            self._set("pin", "noPin")
            return False
        if self._monotonic() < self._locked_until:
            self._set("pin", "locked")
            return False
        if hmac.compare_digest(pin.encode(), self._pin.encode()):
            self._failures = 0
            self._set("menu")
            return True
        self._failures += 1
        if self._failures >= MAX_TRIES:
            self._failures = 0
            self._locked_until = self._monotonic() + LOCKOUT_SECONDS
            self._set("pin", "locked")
        else:
            self._set("pin", "wrong")
        return False

    @Slot()
    def exitKiosk(self) -> None:
        if self._state == "menu":
            self.exitRequested.emit()

    @Slot()
    def reloadCatalog(self) -> None:
        if self._state == "menu":
            self.reloadRequested.emit()
            self.close()
