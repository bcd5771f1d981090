"""The display's [display] settings and what they do to the sound: chime and voice switched
off independently, an office's own recordings, a recall said again."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

from devices.sound import RecordingPlayer, wav_duration_s
from kiosk.config import ConfigError
from kiosk.display.board import ShownCall
from kiosk.display.settings import DisplaySettings
from ui.display.voice import announcer

ASSETS = Path(__file__).resolve().parents[2] / "assets" / "sounds"


def _call(event_id: int, recall: bool = False) -> ShownCall:
    return ShownCall(event_id, "A-123", 3, "Loket 3", "A", datetime(2026, 11, 24, 2, tzinfo=UTC), recall)


def _heard(settings: DisplaySettings, *calls: ShownCall) -> list[float]:
    player = RecordingPlayer()
    voice = announcer(settings, player)
    try:
        for call in calls:
            voice.announce(call)
        assert voice.queue.wait_idle(10)
    finally:
        voice.close()
    return [wav_duration_s(w) for w in player.played]


def test_chime_and_voice_switch_off_independently() -> None:
    both = _heard(DisplaySettings(voice_engine="recordings"), _call(1))
    voice_only = _heard(DisplaySettings(voice_engine="recordings", chime=False), _call(1))
    chime_only = _heard(DisplaySettings(voice_engine="recordings", voice=False), _call(1))
    silent = _heard(DisplaySettings(voice_engine="recordings", voice=False, chime=False), _call(1))
    assert len(both) == len(voice_only) == len(chime_only) == 1 and silent == []
    assert chime_only[0] < both[0] and voice_only[0] < both[0]
    assert voice_only[0] > 1.0  # "Nomor antrian A seratus dua puluh tiga, silakan menuju loket tiga"


def test_a_recall_is_said_again_and_a_repeated_event_is_not() -> None:
    heard = _heard(DisplaySettings(voice_engine="recordings"), _call(7), _call(7), _call(8, recall=True))
    assert len(heard) == 2
    assert heard[1] > heard[0]  # "Panggilan ulang, ..." is longer


def test_an_office_can_use_its_own_recordings(tmp_path: Path) -> None:
    own = tmp_path / "suara"
    shutil.copytree(ASSETS, own, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    assert _heard(DisplaySettings(voice_engine="recordings", sounds=str(own)), _call(1))


@pytest.mark.parametrize(
    "bad",
    [{"chime": "ya"}, {"voice_engine": "cloud"}, {"recent_calls": 0}, {"stale_call_seconds": True},
     {"running_text": "satu teks"}, {"player": [""]}, {"suara": True}],
)
def test_bad_display_settings_are_refused_with_the_key_named(bad: dict[str, object]) -> None:
    with pytest.raises(ConfigError, match=r"\[display\]"):
        DisplaySettings.from_mapping(bad)


def test_display_settings_defaults() -> None:
    s = DisplaySettings.from_mapping({})
    assert (s.chime, s.voice, s.voice_engine, s.recent_calls, s.stale_call_seconds) == (True, True, "auto", 6, 120)
