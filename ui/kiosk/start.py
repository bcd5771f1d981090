"""Opening the walk-in kiosk: view-models, the QML window, idle watch and error containment.

The window comes first: the kiosk draws its welcome screen with what the settings file says, and
only then loads the domain (SQLAlchemy, the queue engine, the printer) and reaches the database.
A kiosk restarted after a power cut or a crash is back on screen in a fraction of a second, and
a tap made while the rest loads waits its turn instead of being lost. So this module and the
view-models import the heavy parts inside the functions that use them.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtQuick import QQuickWindow

import assets
from kiosk import config
from kiosk.clock import Clock
from ui.common.guide import Guide
from ui.common.guidevoice import guidance_voice
from ui.common.host import QML_DIR, RoleHandle, RoleOptions
from ui.common.terminal import Terminal
from ui.kiosk.session import KioskBackend, KioskSession

if TYPE_CHECKING:
    from devices.sound.speech import Voice
    from kiosk.cli.context import Context
    from kiosk.storage import Database
    from kiosk.ticketing import TicketDesk

MAIN = QML_DIR / "kiosk" / "Main.qml"
LOGO = Path(assets.__file__).resolve().parent / "images" / "office-logo.png"


def local_backend(
    settings: config.Settings, clock: Clock, database: Callable[[], Database], *, demo: bool
) -> KioskBackend:
    """The embedded or shared database of this terminal, and its own printer."""

    def desk(db: Database) -> TicketDesk:
        from devices.assembly import build_printer
        from kiosk.ticketing import LocalDesk

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
    session = KioskSession(settings, backend, language, idle, demo=options.demo, connect=False)
    session.logo_file = LOGO if LOGO.exists() else None

    def watch(window: QQuickWindow) -> None:
        # The database (and the modules behind it) once the welcome screen is on screen.
        session.start_after(window.frameSwapped)
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
