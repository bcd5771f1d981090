"""One recorder for everything a test must not leave unexplained: Python log records at WARNING
or above, and Qt/QML warnings. ``tests/conftest.py`` fails any test that leaves one it did not
``expect(...)``.

Qt's handler is installed only once Qt is loaded, so the domain tests never import it.
"""

from __future__ import annotations

import logging
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any


class Warnings(logging.Handler):
    """Records warnings from both sources; ``expect`` lets a test name the ones it provokes."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[str] = []
        self.matched_expected: list[str] = []
        self._expected: list[re.Pattern[str]] = []
        # Expected beyond one test: e.g. a kiosk kept open for a whole module with its database
        # down retries (and says so) while the module's other tests run.
        self.standing: list[re.Pattern[str]] = []

    # Python logging -----------------------------------------------------------------------
    def emit(self, record: logging.LogRecord) -> None:
        text = f"{record.levelname} {record.name}: {record.getMessage()}"
        if record.exc_info and record.exc_info[0] is not None:
            text += f" [{record.exc_info[0].__name__}]"
        self._record(text)

    # Qt -----------------------------------------------------------------------------------
    def install_qt(self) -> None:
        """Route Qt's messages here (again: a test may have installed a handler of its own)."""
        if "PySide6.QtCore" not in sys.modules:
            return
        from PySide6.QtCore import qInstallMessageHandler

        qInstallMessageHandler(self._qt_message)

    def _qt_message(self, kind: Any, context: Any, message: str) -> None:
        from PySide6.QtCore import QtMsgType

        where = f" ({context.file}:{context.line})" if context.file else ""
        text = f"{kind.name}: {message}{where}"
        if kind == QtMsgType.QtFatalMsg:
            # Qt aborts the process right after a fatal message: say what it was first.
            sys.stderr.write(f"Qt fatal: {text}\n")
            sys.stderr.flush()
        if kind in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
            self._record(text)

    # Shared -------------------------------------------------------------------------------
    def _record(self, text: str) -> None:
        if any(p.search(text) for p in (*self._expected, *self.standing)):
            self.matched_expected.append(text)
        else:
            self.records.append(text)

    def reset(self) -> None:
        self.records.clear()
        self.matched_expected.clear()
        self._expected.clear()

    def unexpected(self) -> list[str]:
        return list(self.records)

    def take(self) -> list[str]:
        """The unexpected warnings so far, forgotten (a module fixture's teardown reports them)."""
        found = list(self.records)
        self.records.clear()
        return found

    @contextmanager
    def expect(self, *patterns: str) -> Iterator[None]:
        """Warnings matching any pattern, while inside, are part of what the test checks."""
        compiled = [re.compile(p) for p in patterns]
        self._expected.extend(compiled)
        try:
            yield
        finally:
            for p in compiled:
                self._expected.remove(p)


WARNINGS = Warnings()
