"""The base of every view-model: errors in its slots are contained, not fatal."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject

_LOG = logging.getLogger("ui")

ErrorSink = Callable[[BaseException, str], None]


class ViewModel(QObject):
    def __init__(self, on_error: ErrorSink | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_error = on_error

    def contain(self, error: BaseException, where: str) -> None:
        _LOG.error("error in %s", where, exc_info=(type(error), error, error.__traceback__))
        if self._on_error is not None:
            self._on_error(error, where)
