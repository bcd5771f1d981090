"""What every terminal reads from the hall's shared calendar settings (closures, the week's
hours): read at most once a minute, and kept as last read while the database cannot answer —
a terminal that loses the database must go on knowing when the hall is open."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Generic, TypeVar

from sqlalchemy.orm import Session

from kiosk.faults import classify
from kiosk.storage import Database

REFRESH_S = 60.0
T = TypeVar("T")


class Refreshed(Generic[T]):
    """``() -> T``: ``read(session, last)`` at most every ``REFRESH_S``; on a database fault the
    last value stays, and ``log`` says so (``describe(last)`` adds what was kept)."""

    def __init__(
        self,
        db: Database,
        initial: T,
        read: Callable[[Session, T], T],
        *,
        log: logging.Logger,
        what: str,
        describe: Callable[[T], str] = lambda last: "",
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self._db = db
        self._read = read
        self._log = log
        self._what = what
        self._describe = describe
        self._monotonic = monotonic
        self._lock = threading.Lock()
        self._known = initial
        self._read_at: float | None = None

    def __call__(self) -> T:
        with self._lock:
            now = self._monotonic()
            if self._read_at is not None and now - self._read_at < REFRESH_S:
                return self._known
            self._read_at = now
            try:
                with self._db.read() as session:
                    self._known = self._read(session, self._known)
            except Exception as exc:
                fault = classify(exc)
                if fault is None:
                    raise
                self._log.warning("%s not refreshed (%s); keeping the last%s", self._what, fault.code,
                                  self._describe(self._known))
            return self._known

    def forget(self) -> None:
        """Read again at the next question (after this process changed the setting)."""
        with self._lock:
            self._read_at = None
