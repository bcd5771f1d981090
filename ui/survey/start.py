"""Opening the survey terminal: its view-model, the QML window and the idle watch."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from kiosk import config
from kiosk.clock import Clock
from kiosk.survey.settings import survey_settings
from ui.common.host import QML_DIR, RoleHandle, RoleOptions
from ui.common.staffgate import StaffGate
from ui.common.terminal import Terminal
from ui.survey.session import SurveySession, backend_from_settings

if TYPE_CHECKING:
    from kiosk.cli.context import Context
    from kiosk.storage import Database

MAIN = QML_DIR / "survey" / "Main.qml"


def open_survey_terminal(
    settings: config.Settings,
    clock: Clock,
    database: Callable[[], Database],
    options: RoleOptions,
    *,
    monotonic: Callable[[], float] = time.monotonic,
) -> RoleHandle:
    terminal = Terminal.make(settings, clock, monotonic=monotonic)
    session = SurveySession(
        survey_settings(settings),
        backend_from_settings(settings, clock, database),
        terminal.language,
        terminal.idle,
        office_name=str(settings.get("office", "name")),
        hall_name=str(settings.get("office", "hall")),
    )
    gate = StaffGate(str(settings.get("terminal", "staff_pin")))
    gate.exitRequested.connect(session.quitRequested)
    return terminal.open(MAIN, session, {"survey": session, "staffGate": gate}, gate=gate, options=options,
                         keep=[gate], on_window=lambda window: session.start_after(window.frameSwapped))


def start(ctx: Context, options: RoleOptions) -> RoleHandle:
    """``mpp-kiosk run --role survey``: this terminal's settings, clock and database."""
    return open_survey_terminal(ctx.settings, ctx.clock, ctx.database, options)
