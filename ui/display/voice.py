"""The display's voice: the recorded segment bank (or an office's own recordings), a player,
and the chime and voice switches, behind the announcer the feed calls."""

from __future__ import annotations

import logging

from devices.assembly import build_player
from devices.sound import AnnouncementQueue, Player, SegmentBank, TtsSpeaker
from kiosk.announce import REQUIRED_KEYS
from kiosk.display.board import ShownCall
from kiosk.display.settings import DisplaySettings

_LOG = logging.getLogger("ui.display.voice")


class QueueAnnouncer:
    """Hands calls to the announcement queue, which plays them one at a time, never twice."""

    def __init__(self, queue: AnnouncementQueue) -> None:
        self.queue = queue

    def announce(self, call: ShownCall) -> bool:
        return self.queue.call(call.event_id, call.code, call.counter_number, recall=call.recall)

    def close(self) -> None:
        self.queue.close()


def segment_bank(settings: DisplaySettings) -> SegmentBank:
    bank = SegmentBank.from_folder(settings.sounds) if settings.sounds else SegmentBank.bundled()
    missing = bank.missing(REQUIRED_KEYS)
    if missing:
        # Say which recordings are missing at start, not at the first call in a full hall.
        _LOG.error("sound bank %s lacks %s", bank.location, ", ".join(missing))
    return bank


def system_player(settings: DisplaySettings) -> Player:
    return build_player(settings.player)


def announcer(
    settings: DisplaySettings, player: Player, *, speaker: TtsSpeaker | None = None
) -> QueueAnnouncer:
    queue = AnnouncementQueue(
        segment_bank(settings),
        player,
        chime_enabled=settings.chime,
        voice_enabled=settings.voice,
        speaker=speaker if settings.voice_engine != "recordings" else None,
    )
    return QueueAnnouncer(queue)
