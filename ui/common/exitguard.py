"""Public terminals (kiosk, survey, display) stay open until staff say otherwise.

A window manager's close button, Alt+F4, a stray ``xdotool``/``taskkill /im`` without ``/f``:
each arrives as a close request. :class:`ExitGuard` turns it into "open the staff PIN" instead,
and lets the window close only after :meth:`release` (the staff menu's "quit", or the program
shutting down on its own).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject


class ExitGuard(QObject):
    def __init__(self, on_request: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_request = on_request
        self._released = False
        self.refused = 0

    @property
    def released(self) -> bool:
        return self._released

    def release(self) -> None:
        self._released = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close and not self._released:
            event.ignore()
            self.refused += 1
            self._on_request()
            return True
        return False
