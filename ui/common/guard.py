"""Crash containment: a Python error in one screen is logged and shown calmly, never fatal.

PySide prints an exception raised inside a slot and carries on, but the screen that called the
slot is then left half-done. Slots of the view-models are wrapped with :func:`contained`, which
hands the exception to the view-model's ``contain`` method (log it, show the calm error screen,
go back to welcome). :func:`install_excepthook` catches whatever escapes elsewhere (timers,
signal handlers, threads) so nothing ends the process.
"""

from __future__ import annotations

import functools
import logging
import sys
import threading
from collections.abc import Callable
from types import TracebackType
from typing import Any, Protocol, TypeVar, cast

_LOG = logging.getLogger("ui")


class Containing(Protocol):
    def contain(self, error: BaseException, where: str) -> None: ...


F = TypeVar("F", bound=Callable[..., Any])


def contained(method: F) -> F:
    @functools.wraps(method)
    def wrapper(self: Containing, *args: Any, **kwargs: Any) -> Any:
        try:
            return method(self, *args, **kwargs)
        except Exception as exc:
            self.contain(exc, f"{type(self).__name__}.{method.__name__}")
            return None

    return cast(F, wrapper)


_listeners: list[Callable[[BaseException], None]] = []


def on_uncaught(listener: Callable[[BaseException], None]) -> None:
    """Also tell ``listener`` (e.g. the kiosk, to show its error screen) about uncaught errors."""
    _listeners.append(listener)


def forget_uncaught(listener: Callable[[BaseException], None]) -> None:
    if listener in _listeners:
        _listeners.remove(listener)


def _report(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    _LOG.error("uncaught error", exc_info=(kind, value, tb))
    for listener in list(_listeners):
        try:
            listener(value)
        except Exception:
            _LOG.exception("error while reporting an uncaught error")


def _thread_hook(args: threading.ExceptHookArgs) -> None:
    if args.exc_value is not None:
        _report(args.exc_type, args.exc_value, args.exc_traceback)


def install_excepthook() -> None:
    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        _report(kind, value, tb)

    sys.excepthook = hook
    threading.excepthook = _thread_hook
