"""The display terminal: builds the TV board, its feed and its voice, and runs them.

``open_display`` returns the foundation's RoleHandle (ui/common/host.py) with the window loaded
and the feed started; ui/display/start.py hooks it to ``mpp-kiosk run --role display``.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import timedelta

from devices.sound import NoPlayerFoundError, Player, RecordingPlayer, TtsSpeaker
from kiosk import config
from kiosk.audit import terminal_name
from kiosk.clock import Clock
from kiosk.display.feed import DisplayFeed
from kiosk.display.settings import DisplaySettings
from kiosk.queue import Office
from ui.common.host import QML_DIR, RoleHandle, RoleOptions, application, load_window, new_engine, show
from ui.common.language import Language
from ui.common.staffgate import StaffGate
from ui.common.wallclock import WallClock
from ui.display.tts import indonesian_speaker
from ui.display.viewmodel import DisplayBoard
from ui.display.voice import QueueAnnouncer, announcer, system_player

_LOG = logging.getLogger("ui.display")
MAIN_QML = QML_DIR / "display" / "Main.qml"


@dataclass
class DisplayParts:
    board: DisplayBoard
    feed: DisplayFeed
    voice: QueueAnnouncer


def _running_text(settings: config.Settings, display: DisplaySettings) -> str:
    parts = [str(settings.get("office", "motto")), *display.running_text]
    return "   •   ".join(p for p in parts if p.strip())


def open_display(
    settings: config.Settings,
    clock: Clock,
    options: RoleOptions | None = None,
    *,
    player: Player | None = None,
    speaker: TtsSpeaker | None = None,
    poll_timeout: float = 1.0,
    start_feed: bool = True,
) -> tuple[RoleHandle, DisplayParts]:
    options = options or RoleOptions()
    display = DisplaySettings.from_mapping(settings.extra.get("display", {}))
    office = Office.from_settings(settings)
    application()
    engine = new_engine()
    language = Language(engine, "id")
    wall = WallClock(clock, office.calendar.tz, language)
    board = DisplayBoard(
        office_name=str(settings.get("office", "name")),
        hall_name=str(settings.get("office", "hall")),
        running_text=_running_text(settings, display),
    )
    if player is None:
        try:
            player = system_player(display)
        except NoPlayerFoundError as exc:
            # A silent board is better than no board; the log says why it is silent.
            _LOG.error("%s", exc)
            player = RecordingPlayer()
    if speaker is None and display.voice and display.voice_engine != "recordings":
        speaker = indonesian_speaker()
        if speaker is None and display.voice_engine == "system":
            _LOG.error("no system voice speaks Indonesian; using the recorded segments")
    voice = announcer(display, player, speaker=speaker)
    feed = DisplayFeed(
        settings.database_url,
        office,
        clock,
        on_update=board.feed_update,
        announcer=voice,
        terminal=terminal_name(settings),
        recent=display.recent_calls,
        stale_after=timedelta(seconds=display.stale_call_seconds),
        poll_timeout=poll_timeout,
        zone=frozenset(display.queues),
        agencies=display.agencies,
    )
    # Initial properties rather than context properties: they stay valid while the window is torn
    # down, so no binding reads a vanished context object.
    gate = StaffGate(str(settings.get("terminal", "staff_pin")))
    engine.setInitialProperties({"displayBoard": board, "wallClock": wall, "staffGate": gate})
    window = load_window(engine, MAIN_QML, {})
    handle = RoleHandle(engine, window, keep=[board, wall, language, speaker, gate])
    handle.guard_close(gate, options)
    handle.on_close += [language.release, wall.stop, voice.close, feed.stop]
    show(window, options)
    if start_feed:
        feed.start()
    return handle, DisplayParts(board, feed, voice)
