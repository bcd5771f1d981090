"""What every public touch terminal (the walk-in kiosk, the survey terminal) is made of around
its own session: the QML engine, the language, the idle watch, the wall clock, the key input,
the staff gate on closing, and their orderly shutdown."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickWindow

from kiosk import config
from kiosk.clock import Clock
from kiosk.queue.office import calendar_from_settings
from ui.common.guard import forget_uncaught, on_uncaught
from ui.common.host import RoleHandle, RoleOptions, application, load_window, new_engine, show
from ui.common.idle import ActivityFilter, IdleWatch
from ui.common.keypad import KeyInput
from ui.common.language import Language
from ui.common.staffgate import StaffGate
from ui.common.wallclock import WallClock


class TerminalSession(Protocol):
    def on_uncaught(self, error: BaseException) -> None: ...

    def shutdown(self) -> None: ...


@dataclass
class Terminal:
    """The shared parts, made before the role's session (which needs the language and idle)."""

    engine: QQmlApplicationEngine
    language: Language
    idle: IdleWatch
    wall: WallClock
    key_input: KeyInput
    on_shut: list[Callable[[], None]] = field(default_factory=list)

    @classmethod
    def make(cls, settings: config.Settings, clock: Clock, *,
             monotonic: Callable[[], float] = time.monotonic) -> Terminal:
        application()
        engine = new_engine()
        language = Language(engine, str(settings.get("terminal", "language")))
        idle = IdleWatch(int(settings.get("terminal", "idle_timeout")), monotonic)
        wall = WallClock(clock, calendar_from_settings(settings).tz, language)
        return cls(engine, language, idle, wall, KeyInput())

    def open(
        self,
        main: Path,
        session: TerminalSession,
        context: dict[str, QObject],
        *,
        gate: StaffGate,
        options: RoleOptions,
        keep: list[object],
        on_window: Callable[[QQuickWindow], None] = lambda window: None,
    ) -> RoleHandle:
        """Loads ``main`` with the shared objects and the role's ``context``, and shows it."""
        shared: dict[str, QObject] = {"idle": self.idle, "language": self.language, "clock": self.wall,
                                      "keyInput": self.key_input}
        window = load_window(self.engine, main, {**shared, **context})
        activity = ActivityFilter(self.idle)
        window.installEventFilter(activity)
        window.installEventFilter(self.key_input)  # installed last, so it sees keys first
        on_window(window)
        on_uncaught(session.on_uncaught)
        handle = RoleHandle(self.engine, window,
                            keep=[session, self.language, self.idle, self.wall, activity, self.key_input, *keep])

        def shut() -> None:
            forget_uncaught(session.on_uncaught)
            window.removeEventFilter(activity)
            window.removeEventFilter(self.key_input)
            for step in self.on_shut:
                step()
            self.wall.stop()
            session.shutdown()
            self.language.release()

        handle.on_close.append(shut)
        handle.guard_close(gate, options)
        show(window, options)
        return handle
