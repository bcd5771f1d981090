"""Slow work (printing, database writes) off the screen's thread, with the answer delivered back on it.

A serial printer at 9600 baud or a printer that never answers its status query can take seconds;
meanwhile the screen must keep drawing its "please wait" and keep counting idle time.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

_LOG = logging.getLogger("ui.background")


class Background(QObject):
    """Runs one job at a time; ``done(result)`` or ``failed(exception)`` arrive on the GUI thread."""

    _finished = Signal(object, object, object)  # callback, result, error
    _outstanding = 0  # over every instance: jobs whose answer has not reached the GUI thread yet

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kiosk-job")
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._pending = 0
        self._closed = False

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def run(self, job: Callable[[], Any], then: Callable[[Any, BaseException | None], None]) -> None:
        self._pending += 1
        Background._outstanding += 1
        future = self._pool.submit(job)

        def finished(f: Future[Any]) -> None:
            error = f.exception()
            self._finished.emit(then, None if error else f.result(), error)

        future.add_done_callback(finished)

    def _deliver(self, then: Callable[[Any, BaseException | None], None], result: Any, error: Any) -> None:
        if self._closed:  # the screen has gone; its answers have nobody to go to
            return
        self._pending -= 1
        Background._outstanding -= 1
        then(result, error if isinstance(error, BaseException) else None)

    @staticmethod
    def outstanding() -> int:
        """Jobs of any screen still running or with an answer not yet delivered (tests settle on 0)."""
        return Background._outstanding

    def wait(self) -> None:
        """Block until every submitted job has run (closing, benchmarks)."""
        self._pool.submit(lambda: None).result()

    def shutdown(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=False)
        self._closed = True
        Background._outstanding -= self._pending
        self._pending = 0
