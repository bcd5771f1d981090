"""A guard against PySide6 wheels that release references to None, True and False they never took.

PySide6 6.12 ships "abi3" binaries built against headers in which ``Py_RETURN_NONE`` (and
``Py_RETURN_TRUE``/``FALSE``) no longer add a reference, because from Python 3.12 on these
objects are immortal (PEP 683; fixed for the limited API in CPython gh-134989). On Python 3.11
they are not: every call of a void Qt method (``QTimer.start``, ``beginInsertRows`` ...) and
every ``Signal.emit`` takes one reference away, and after some thousands of calls the
interpreter aborts with "deallocating None". A kiosk runs all day, so it would crash.

Where the leak is detected, the reference counts of the three singletons are raised far out of
reach (they are never freed anyway) and topped up again from time to time. On a fixed PySide6
or on Python >= 3.12 nothing is done. The real cure is a PySide6 without the bug (or Python
3.12+); this keeps a kiosk alive until then.
"""

from __future__ import annotations

import ctypes
import logging
import sys

from PySide6.QtCore import QObject, QTimer, Signal

_LOG = logging.getLogger("ui.refcounts")

HEADROOM = 1 << 40  # about 10^12 leaked calls before the next top-up would even be needed
LOW_WATER = 1 << 39
CHECK_MS = 60_000
_SINGLETONS = (None, True, False)

_timer: QTimer | None = None


class _Probe(QObject):
    fired = Signal()


def leaks() -> bool:
    """True when this PySide6 drops references to None or True on ordinary calls."""
    if sys.version_info >= (3, 12) or hasattr(sys, "gettotalrefcount"):
        return False  # immortal singletons, or a debug build whose object layout differs
    probe = _Probe()
    timer = QTimer()
    before = (sys.getrefcount(None), sys.getrefcount(True))
    for _ in range(50):
        timer.stop()
        probe.fired.emit()
    after = (sys.getrefcount(None), sys.getrefcount(True))
    return after[0] < before[0] - 25 or after[1] < before[1] - 25


def _raise_counts() -> None:
    for singleton in _SINGLETONS:
        # CPython keeps ob_refcnt as the first field of every object, at id(obj).
        count = ctypes.c_ssize_t.from_address(id(singleton))
        if count.value < LOW_WATER:
            count.value += HEADROOM


def protect() -> bool:
    """Install the guard if this PySide6 needs it. Returns True when it was needed."""
    global _timer
    if _timer is not None:
        return True
    if not leaks():
        return False
    _LOG.warning(
        "this PySide6 build releases references to None/True/False on Python %d.%d; "
        "guarding against the crash it would cause (use Python 3.12+ or a fixed PySide6)",
        *sys.version_info[:2],
    )
    _raise_counts()
    _timer = QTimer()
    _timer.setInterval(CHECK_MS)
    _timer.timeout.connect(_raise_counts)
    _timer.start()
    return True
