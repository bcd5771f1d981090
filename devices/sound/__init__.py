"""Sound output for the queue display: the recorded segment bank, players and the call queue.

No Qt here; the display (ui/) feeds calls into ``AnnouncementQueue`` and may plug a
QtTextToSpeech-backed ``TtsSpeaker`` in.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kiosk.lazy import lazy_attributes

if TYPE_CHECKING:
    from devices.sound.announcement_queue import (
        Announcement,
        AnnouncementQueue,
        AnnouncementTiming,
        TtsSpeaker,
    )
    from devices.sound.bank import (
        AudioFormat,
        ManifestError,
        MissingSegmentsError,
        Pause,
        Segment,
        SegmentBank,
        SegmentFormatError,
        SoundBankError,
    )
    from devices.sound.players import (
        NoPlayerFoundError,
        PlaybackError,
        Player,
        PlayerCommand,
        RecordingPlayer,
        WavFilePlayer,
        WinsoundPlayer,
        candidate_commands,
        system_player,
        wav_duration_s,
    )

# Names are imported from their modules on first use: the kiosk's spoken guide needs the voice
# type alone before its first screen, not the announcement queue and the sound bank.
_HOME = {
    "Announcement": "devices.sound.announcement_queue",
    "AnnouncementQueue": "devices.sound.announcement_queue",
    "AnnouncementTiming": "devices.sound.announcement_queue",
    "AudioFormat": "devices.sound.bank",
    "ManifestError": "devices.sound.bank",
    "MissingSegmentsError": "devices.sound.bank",
    "NoPlayerFoundError": "devices.sound.players",
    "Pause": "devices.sound.bank",
    "PlaybackError": "devices.sound.players",
    "Player": "devices.sound.players",
    "PlayerCommand": "devices.sound.players",
    "RecordingPlayer": "devices.sound.players",
    "Segment": "devices.sound.bank",
    "SegmentBank": "devices.sound.bank",
    "SegmentFormatError": "devices.sound.bank",
    "SoundBankError": "devices.sound.bank",
    "TtsSpeaker": "devices.sound.announcement_queue",
    "WavFilePlayer": "devices.sound.players",
    "WinsoundPlayer": "devices.sound.players",
    "candidate_commands": "devices.sound.players",
    "system_player": "devices.sound.players",
    "wav_duration_s": "devices.sound.players",
}

__getattr__ = lazy_attributes(__name__, _HOME)


__all__ = [
    "Announcement",
    "AnnouncementQueue",
    "AnnouncementTiming",
    "AudioFormat",
    "ManifestError",
    "MissingSegmentsError",
    "NoPlayerFoundError",
    "Pause",
    "PlaybackError",
    "Player",
    "PlayerCommand",
    "RecordingPlayer",
    "Segment",
    "SegmentBank",
    "SegmentFormatError",
    "SoundBankError",
    "TtsSpeaker",
    "WavFilePlayer",
    "WinsoundPlayer",
    "candidate_commands",
    "system_player",
    "wav_duration_s",
]
