"""Taking turns to write an SQLite file, fairly.

SQLite's own wait for a busy database sleeps between tries (up to 100 ms at a time), so under a
full hall a writer that has waited long keeps sleeping through the moments the lock is free
while fresh writers grab it: with 16 kiosks issuing flat out, a counter's "call next" starved
for 30 s. Before ``BEGIN IMMEDIATE`` each write now takes an OS file lock on ``<db>-writer``,
trying every millisecond, so every waiter gets an even chance at each release and the wait is
bounded by the same busy timeout. Readers never take it (WAL lets them read meanwhile).
"""

from __future__ import annotations

import contextlib
import importlib
import os
import time
from pathlib import Path
from typing import Any

POLL_S = 0.001

def _locks() -> tuple[Any, Any]:
    """Non-blocking exclusive lock and unlock of one byte/file, for this OS. (Modules looked up
    by name so the type checker on either OS sees the other's code too.)"""
    if os.name == "nt":  # not run by this project's CI (Linux)
        msvcrt: Any = importlib.import_module("msvcrt")

        def try_lock_nt(fd: int) -> bool:
            try:
                os.lseek(fd, 0, os.SEEK_SET)
                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
                return True
            except OSError:
                return False

        def unlock_nt(fd: int) -> None:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

        return try_lock_nt, unlock_nt
    fcntl: Any = importlib.import_module("fcntl")

    def try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError:
            return False

    def unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)

    return try_lock, unlock


_try_lock, _unlock = _locks()


class WriteTurn:
    """One per connection: ``acquire`` before BEGIN IMMEDIATE, ``release`` after COMMIT/ROLLBACK."""

    def __init__(self, database_file: Path, timeout_s: float) -> None:
        self.path = Path(f"{database_file}-writer")
        self.timeout_s = timeout_s
        self._fd: int | None = None
        self._held = False

    def acquire(self) -> None:
        if self._fd is None:
            self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        deadline = time.monotonic() + self.timeout_s
        while not _try_lock(self._fd):
            if time.monotonic() >= deadline:
                # Let BEGIN IMMEDIATE meet the busy database and report it as such.
                return
            time.sleep(POLL_S)
        self._held = True

    def release(self) -> None:
        if self._held and self._fd is not None:
            self._held = False
            with contextlib.suppress(OSError):
                _unlock(self._fd)

    def close(self) -> None:
        self.release()
        if self._fd is not None:
            with contextlib.suppress(OSError):
                os.close(self._fd)
            self._fd = None

