"""The display terminal: builds the TV board, its feed and its voice, and runs them.

``open_display`` returns the foundation's RoleHandle (ui/common/host.py) with the window loaded;
the feed and the voice (the database layer, the sound devices) are built and started right
after the window's first frame, so a board restarted after a power cut is back on the TV before
they have loaded. ui/display/start.py hooks it to ``mpp-kiosk run --role display``.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import timedelta
from typing import TYPE_CHECKING

from devices.sound import NoPlayerFoundError, Player, RecordingPlayer, TtsSpeaker
from kiosk import config
from kiosk.clock import Clock
from kiosk.display.settings import DisplaySettings
from kiosk.queue import Office
from ui.common.host import QML_DIR, RoleHandle, RoleOptions, application, load_window, new_engine, show
from ui.common.language import Language
from ui.common.staffgate import StaffGate
from ui.common.wallclock import WallClock
from ui.display.viewmodel import DisplayBoard

if TYPE_CHECKING:
    from kiosk.display.feed import DisplayFeed
    from ui.display.voice import QueueAnnouncer

_LOG = logging.getLogger("ui.display")
MAIN_QML = QML_DIR / "display" / "Main.qml"


@dataclass
class DisplayParts:
    """The board at once; the feed and the voice once :meth:`start` has run (after the first
    frame, or at once for a caller that asks)."""

    board: DisplayBoard
    settings: config.Settings
    display: DisplaySettings
    office: Office
    clock: Clock
    player: Player | None
    speaker: TtsSpeaker | None
    poll_timeout: float
    start_feed: bool
    _feed: DisplayFeed | None = field(default=None, init=False)
    _voice: QueueAnnouncer | None = field(default=None, init=False)

    @property
    def feed(self) -> DisplayFeed:
        assert self._feed is not None, "the display has not started yet"
        return self._feed

    @property
    def voice(self) -> QueueAnnouncer:
        assert self._voice is not None, "the display has not started yet"
        return self._voice

    def start(self) -> None:
        # Imported here: the sound devices and the database layer load after the first frame.
        from kiosk.audit import terminal_name
        from kiosk.display.feed import DisplayFeed
        from ui.display.tts import indonesian_speaker
        from ui.display.voice import announcer, system_player

        display, player, speaker = self.display, self.player, self.speaker
        if player is None:
            try:
                player = system_player(display)
            except NoPlayerFoundError as exc:
                # A silent board is better than no board; the log says why it is silent.
                _LOG.error("%s", exc)
                player = RecordingPlayer()
        if speaker is None and display.voice and display.voice_engine != "recordings":
            speaker = self.speaker = indonesian_speaker()
            if speaker is None and display.voice_engine == "system":
                _LOG.error("no system voice speaks Indonesian; using the recorded segments")
        self._voice = announcer(display, player, speaker=speaker)
        self._feed = DisplayFeed(
            self.settings.database_url,
            self.office,
            self.clock,
            on_update=self.board.feed_update,
            announcer=self._voice,
            terminal=terminal_name(self.settings),
            recent=display.recent_calls,
            stale_after=timedelta(seconds=display.stale_call_seconds),
            poll_timeout=self.poll_timeout,
            zone=frozenset(display.queues),
            agencies=display.agencies,
        )
        if self.start_feed:
            self._feed.start()

    def stop(self) -> None:
        if self._voice is not None:
            self._voice.close()
        if self._feed is not None:
            self._feed.stop()


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
    parts = DisplayParts(board, settings, display, office, clock, player, speaker, poll_timeout, start_feed)
    # Initial properties rather than context properties: they stay valid while the window is torn
    # down, so no binding reads a vanished context object.
    gate = StaffGate(str(settings.get("terminal", "staff_pin")))
    engine.setInitialProperties({"displayBoard": board, "wallClock": wall, "staffGate": gate})
    window = load_window(engine, MAIN_QML, {})
    handle = RoleHandle(engine, window, keep=[board, wall, language, gate, parts])
    handle.guard_close(gate, options)
    handle.on_close += [language.release, wall.stop, parts.stop]
    board.start_after(window.frameSwapped, parts.start)
    show(window, options)
    return handle, parts
