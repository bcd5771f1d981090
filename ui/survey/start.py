"""Opening the survey terminal: its view-model, the QML window and the idle watch."""

from __future__ import annotations

import time
from collections.abc import Callable

from kiosk import config
from kiosk.cli.context import Context
from kiosk.clock import Clock
from kiosk.queue.office import calendar_from_settings
from kiosk.storage import Database
from kiosk.survey.settings import survey_settings
from ui.common.guard import forget_uncaught, on_uncaught
from ui.common.host import QML_DIR, RoleHandle, RoleOptions, application, load_window, new_engine, show
from ui.common.keypad import KeyInput
from ui.common.language import Language
from ui.common.staffgate import StaffGate
from ui.common.wallclock import WallClock
from ui.kiosk.idle import ActivityFilter, IdleWatch
from ui.survey.session import SurveySession, backend_from_settings

MAIN = QML_DIR / "survey" / "Main.qml"


def open_survey_terminal(
    settings: config.Settings,
    clock: Clock,
    database: Callable[[], Database],
    options: RoleOptions,
    *,
    monotonic: Callable[[], float] = time.monotonic,
) -> RoleHandle:
    application()
    engine = new_engine()
    language = Language(engine, str(settings.get("terminal", "language")))
    idle = IdleWatch(int(settings.get("terminal", "idle_timeout")), monotonic)
    session = SurveySession(
        survey_settings(settings),
        backend_from_settings(settings, clock, database),
        language,
        idle,
        office_name=str(settings.get("office", "name")),
        hall_name=str(settings.get("office", "hall")),
    )
    wall = WallClock(clock, calendar_from_settings(settings).tz, language)
    gate = StaffGate(str(settings.get("terminal", "staff_pin")))
    gate.exitRequested.connect(session.quitRequested)
    key_input = KeyInput()
    window = load_window(
        engine,
        MAIN,
        {
            "survey": session,
            "idle": idle,
            "language": language,
            "clock": wall,
            "staffGate": gate,
            "keyInput": key_input,
        },
    )
    activity = ActivityFilter(idle)
    window.installEventFilter(activity)
    window.installEventFilter(key_input)  # installed last, so it sees keys first
    on_uncaught(session.on_uncaught)
    handle = RoleHandle(engine, window, keep=[session, language, idle, wall, activity, gate, key_input])

    def shut() -> None:
        forget_uncaught(session.on_uncaught)
        window.removeEventFilter(activity)
        window.removeEventFilter(key_input)
        wall.stop()
        session.shutdown()
        language.release()

    handle.on_close.append(shut)
    handle.guard_close(gate, options)
    show(window, options)
    return handle


def start(ctx: Context, options: RoleOptions) -> RoleHandle:
    """``mpp-kiosk run --role survey``: this terminal's settings, clock and database."""
    return open_survey_terminal(ctx.settings, ctx.clock, ctx.database, options)
