"""The system-voice path (QtTextToSpeech): the announcement worker hands each call to the GUI
thread, waits until the engine has finished speaking, and keeps order and the chime.

Run against Qt's own "mock" speech engine, which goes through the real QTextToSpeech states
and word signals without a sound card; it has no Indonesian voice, so the display itself would
never pick it (``indonesian_speaker`` skips it) and these tests hand it over directly.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from devices.sound import RecordingPlayer, wav_duration_s
from kiosk.display.settings import DisplaySettings
from tests.display.test_voice import _call
from ui.display.voice import announcer

QTextToSpeech = pytest.importorskip("PySide6.QtTextToSpeech").QTextToSpeech


@pytest.fixture
def mock_engine(qtbot: QtBot) -> Iterator[object]:
    if "mock" not in QTextToSpeech.availableEngines():
        pytest.skip("this Qt build ships no mock speech engine")
    engine = QTextToSpeech("mock")
    yield engine
    engine.stop()
    engine.deleteLater()


def _speaker_and_words(engine: object) -> tuple[object, list[list[str]]]:
    from ui.display.tts import QtSpeaker

    said: list[list[str]] = []
    tts: QTextToSpeech = engine  # type: ignore[assignment]
    tts.aboutToSynthesize.connect(lambda _id: said.append([]))
    tts.sayingWord.connect(lambda word, _id, _start, _length: said[-1].append(word))
    return QtSpeaker(tts, tts.availableLocales()[0]), said


def test_calls_are_spoken_in_order_after_their_chime_and_a_recall_again(
    mock_engine: object, qtbot: QtBot
) -> None:
    speaker, said = _speaker_and_words(mock_engine)
    player = RecordingPlayer()
    voice = announcer(DisplaySettings(voice_engine="system"), player, speaker=speaker)  # type: ignore[arg-type]
    try:
        for call in (_call(1), _call(1), _call(2, recall=True)):
            voice.announce(call)
        # The worker waits for the engine, which runs on this (the GUI) thread's event loop.
        qtbot.waitUntil(lambda: voice.queue.pending == 0 and len(said) == 2, timeout=30000)
    finally:
        voice.close()
    # The engine reports words without their punctuation.
    assert [" ".join(words) for words in said] == [
        "Nomor antrian A seratus dua puluh tiga silakan menuju loket tiga",
        "Panggilan ulang nomor antrian A seratus dua puluh tiga silakan menuju loket tiga",
    ]
    chimes = [wav_duration_s(w) for w in player.played]
    assert len(chimes) == 2 and all(0.2 < c < 3.0 for c in chimes), "only the chime comes from the recordings"


def test_with_the_chime_off_the_system_voice_speaks_alone(mock_engine: object, qtbot: QtBot) -> None:
    speaker, said = _speaker_and_words(mock_engine)
    player = RecordingPlayer()
    voice = announcer(DisplaySettings(voice_engine="system", chime=False), player, speaker=speaker)  # type: ignore[arg-type]
    try:
        voice.announce(_call(5))
        qtbot.waitUntil(lambda: voice.queue.pending == 0 and len(said) == 1, timeout=30000)
    finally:
        voice.close()
    assert player.played == []
    assert said[0][:3] == ["Nomor", "antrian", "A"]
