"""Sound output for the queue display: the recorded segment bank, players and the call queue.

No Qt here; the display (ui/) feeds calls into ``AnnouncementQueue`` and may plug a
QtTextToSpeech-backed ``TtsSpeaker`` in.
"""

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
