"""Opening the walk-in kiosk: view-models, the QML window, idle watch and error containment."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtQuick import QQuickWindow

import assets
from devices.assembly import build_printer
from devices.sound.speech import Voice
from kiosk import config
from kiosk.cli.context import Context
from kiosk.clock import Clock
from kiosk.storage import Database
from kiosk.ticketing import LocalDesk, TicketDesk
from ui.common.guide import Guide
from ui.common.guidevoice import guidance_voice
from ui.common.host import QML_DIR, RoleHandle, RoleOptions
from ui.common.terminal import Terminal
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
    terminal = Terminal.make(settings, clock, monotonic=monotonic)
    language, idle = terminal.language, terminal.idle
    guide = Guide(voice(), lambda: language.current)
    terminal.key_input.guide_with(guide.command)
    session = KioskSession(settings, backend, language, idle, demo=options.demo)
    session.logo_file = LOGO if LOGO.exists() else None

    def watch(window: QQuickWindow) -> None:
        guide.watch(window)
        guide.watch_idle(lambda: bool(idle.property("warning")), lambda: int(idle.property("remaining")),
                         idle.changed)
        session.visitEnded.connect(guide.reset)
        language.codeChanged.connect(guide.language_changed)

    terminal.on_shut.append(guide.unwatch)
    return terminal.open(
        MAIN,
        session,
        {
            "kiosk": session,
            "finder": session.finder,
            "standard": session.standard,
            "checklist": session.answers,
            "verdict": session.result,
            "issued": session.ticket,
            "staff": session.staff,
            "guide": guide,
        },
        gate=session.staff,
        options=options,
        keep=[guide],
        on_window=watch,
    )


def start(ctx: Context, options: RoleOptions) -> RoleHandle:
    """``mpp-kiosk run --role kiosk``: this terminal's settings, clock and database."""
    backend = local_backend(ctx.settings, ctx.clock, ctx.database, demo=options.demo)
    return open_kiosk(ctx.settings, ctx.clock, backend, options)
