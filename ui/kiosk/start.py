"""Opening the walk-in kiosk: view-models, the QML window, idle watch and error containment."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import assets
from devices.assembly import build_printer
from devices.sound.speech import Voice
from kiosk import config
from kiosk.cli.context import Context
from kiosk.clock import Clock
from kiosk.queue.office import calendar_from_settings
from kiosk.storage import Database
from kiosk.ticketing import LocalDesk, TicketDesk
from ui.common.guard import forget_uncaught, on_uncaught
from ui.common.guide import Guide
from ui.common.guidevoice import guidance_voice
from ui.common.host import QML_DIR, RoleHandle, RoleOptions, application, load_window, new_engine, show
from ui.common.keypad import KeyInput
from ui.common.language import Language
from ui.common.wallclock import WallClock
from ui.kiosk.idle import ActivityFilter, IdleWatch
from ui.kiosk.session import KioskBackend, KioskSession

MAIN = QML_DIR / "kiosk" / "Main.qml"
LOGO = Path(assets.__file__).resolve().parent / "images" / "office-logo.png"


def local_backend(
    settings: config.Settings, clock: Clock, database: Callable[[], Database], *, demo: bool
) -> KioskBackend:
    """The embedded or shared database of this terminal, and its own printer."""

    def desk(db: Database) -> TicketDesk:
        local = LocalDesk(db, settings, clock, build_printer(settings, demo=demo))
        local.recover()
        local.start_sweeping()
        return local

    return KioskBackend(database=database, desk=desk)


def open_kiosk(
    settings: config.Settings,
    clock: Clock,
    backend: KioskBackend,
    options: RoleOptions,
    *,
    monotonic: Callable[[], float] = time.monotonic,
    voice: Callable[[], Voice | None] = guidance_voice,
) -> RoleHandle:
    application()
    engine = new_engine()
    language = Language(engine, str(settings.get("terminal", "language")))
    idle = IdleWatch(int(settings.get("terminal", "idle_timeout")), monotonic)
    session = KioskSession(settings, backend, language, idle, demo=options.demo)
    session.logo_file = LOGO if LOGO.exists() else None
    zone = calendar_from_settings(settings).tz
    wall = WallClock(clock, zone, language)
    guide = Guide(voice(), lambda: language.current)
    key_input = KeyInput(guide.command)
    window = load_window(
        engine,
        MAIN,
        {
            "kiosk": session,
            "finder": session.finder,
            "standard": session.standard,
            "checklist": session.answers,
            "verdict": session.result,
            "issued": session.ticket,
            "idle": idle,
            "staff": session.staff,
            "language": language,
            "clock": wall,
            "keyInput": key_input,
            "guide": guide,
        },
    )
    activity = ActivityFilter(idle)
    window.installEventFilter(activity)
    window.installEventFilter(key_input)  # installed last, so it sees keys first
    guide.watch(window)
    guide.watch_idle(lambda: bool(idle.property("warning")), lambda: int(idle.property("remaining")), idle.changed)
    session.visitEnded.connect(guide.reset)
    language.codeChanged.connect(guide.language_changed)
    on_uncaught(session.on_uncaught)
    handle = RoleHandle(engine, window, keep=[session, language, idle, wall, activity, key_input, guide])

    def shut() -> None:
        forget_uncaught(session.on_uncaught)
        window.removeEventFilter(activity)
        window.removeEventFilter(key_input)
        guide.unwatch()
        wall.stop()
        session.shutdown()
        language.release()

    handle.on_close.append(shut)
    handle.guard_close(session.staff, options)
    show(window, options)
    return handle


def start(ctx: Context, options: RoleOptions) -> RoleHandle:
    """``mpp-kiosk run --role kiosk``: this terminal's settings, clock and database."""
    backend = local_backend(ctx.settings, ctx.clock, ctx.database, demo=options.demo)
    return open_kiosk(ctx.settings, ctx.clock, backend, options)
