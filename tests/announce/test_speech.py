"""eSpeak NG as the guidance voice where the system has none: the real synthesiser, its output
written to a WAV file instead of the sound card (this machine has none), in both languages."""

from __future__ import annotations

import shutil
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest

from devices.sound.players import wav_duration_s
from devices.sound.speech import EspeakVoice
from tests.support.databases import ci_requires_everything


def _espeak() -> str:
    path = shutil.which("espeak-ng")
    if path is None:
        if ci_requires_everything():
            pytest.fail("CI=true but espeak-ng is not installed")
        pytest.skip("espeak-ng is not installed")
    return path


class ToFile:
    """Starts the real eSpeak with its sound written to a file (``-w``) instead of played."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.files: list[Path] = []

    def __call__(self, argv: list[str], **kwargs: Any) -> subprocess.Popen[bytes]:
        target = self.folder / f"said{len(self.files)}.wav"
        self.files.append(target)
        return subprocess.Popen([argv[0], "-w", str(target), *argv[1:]], **kwargs)


def wait_gone(voice: EspeakVoice, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while voice.speaking:
        assert time.monotonic() < deadline, "eSpeak did not finish"
        time.sleep(0.05)


def test_espeak_says_indonesian_and_english_and_louder_is_louder(tmp_path: Path) -> None:
    sink = ToFile(tmp_path)
    voice = EspeakVoice(_espeak(), popen=sink)
    voice.say("Nomor antrean Anda A seratus dua puluh tiga.", "id")
    wait_gone(voice)
    voice.say("Your queue number is A 123.", "en")
    wait_gone(voice)
    indonesian, english = (f.read_bytes() for f in sink.files)
    assert wav_duration_s(indonesian) > 1.0 and wav_duration_s(english) > 1.0
    assert voice.argv("x", "id")[1:3] == ["-v", "id"]
    voice.set_volume(1.0)
    loud = int(voice.argv("x", "id")[6])
    voice.set_volume(0.2)
    assert int(voice.argv("x", "id")[6]) < loud <= EspeakVoice.MAX_AMPLITUDE


def test_stop_silences_a_long_utterance_at_once(tmp_path: Path) -> None:
    started: list[subprocess.Popen[bytes]] = []

    def play(argv: list[str], **kwargs: Any) -> subprocess.Popen[bytes]:
        # Played "in real time" through a pipe that nobody reads fast: eSpeak keeps running.
        process = subprocess.Popen([argv[0], "--stdout", *argv[1:]], stdin=kwargs.get("stdin"),
                                   stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        started.append(process)
        return process

    voice = EspeakVoice(_espeak(), popen=play)
    voice.say("satu dua tiga empat lima enam tujuh delapan sembilan sepuluh " * 200, "id")
    assert voice.speaking
    began = time.monotonic()
    voice.stop()
    assert not voice.speaking and started[0].poll() is not None
    assert time.monotonic() - began < 2.0
    assert started[0].stdout is not None
    started[0].stdout.close()


@pytest.mark.expect_warnings(r"eSpeak could not start")
def test_a_voice_that_cannot_start_is_no_voice_not_a_crash(tmp_path: Path) -> None:
    voice = EspeakVoice(str(tmp_path / "no-such-espeak"))
    voice.say("Selamat datang", "id")  # logged, nothing raised
    assert not voice.speaking
