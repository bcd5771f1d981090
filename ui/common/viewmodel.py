"""The base of every view-model: errors in its slots are contained, not fatal, and what a
terminal loads after its first frame starts once."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, SignalInstance, Slot

_LOG = logging.getLogger("ui")

ErrorSink = Callable[[BaseException, str], None]


class ViewModel(QObject):
    def __init__(self, on_error: ErrorSink | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_error = on_error
        self._start_done = False
        self._start_signal: SignalInstance | None = None
        self._start_action: Callable[[], None] | None = None

    def start_after(self, signal: SignalInstance, action: Callable[[], None] | None = None) -> None:
        """:meth:`start_now` when ``signal`` (a window's ``frameSwapped``) first fires; queued, so it
        runs on this object's thread whichever thread emits (the render loop swaps frames on its
        own). ``action`` replaces :meth:`on_start` for a view-model that only carries the signal."""
        self._start_signal = signal
        if action is not None:
            self._start_action = action
        signal.connect(self.start_now, Qt.ConnectionType.QueuedConnection)

    @Slot()
    def start_now(self) -> None:
        """:meth:`on_start`, once (a first frame, or a caller that cannot wait for one)."""
        if self._start_signal is not None:
            self._start_signal.disconnect(self.start_now)
            self._start_signal = None
        if self._start_done:
            return
        self._start_done = True
        (self._start_action or self.on_start)()

    def start_done(self) -> bool:
        return self._start_done

    def on_start(self) -> None:
        """What waits for the first frame: the database, the modules behind it, timers that
        reach it."""

    def contain(self, error: BaseException, where: str) -> None:
        _LOG.error("error in %s", where, exc_info=(type(error), error, error.__traceback__))
        if self._on_error is not None:
            self._on_error(error, where)
