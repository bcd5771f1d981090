"""Speaking arbitrary text offline, for the kiosk's spoken guidance.

Guidance speaks whatever the screen shows (a service's title, a ticket number), so it needs a
text-to-speech voice rather than the display's recorded words. ``Voice`` is what guidance needs:
start speaking at once (never block the screen), stop when the applicant moves on, louder or
softer. Two kinds exist: the system's voices through QtTextToSpeech (in ``ui/``, because it is
Qt: SAPI/WinRT on Windows, Speech Dispatcher on Linux) and eSpeak NG here, a small offline
synthesiser with Indonesian and English voices that runs on both systems.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
from collections.abc import Callable
from typing import Protocol

_LOG = logging.getLogger("devices.sound.speech")

LANGUAGES = ("id", "en")


class Voice(Protocol):
    def say(self, text: str, language: str) -> None:
        """Start speaking ``text`` (interrupting anything still being said) and return at once."""

    def stop(self) -> None: ...

    def set_volume(self, volume: float) -> None:
        """0.0 (silent) to 1.0 (loudest)."""

    def speaks(self, language: str) -> bool: ...


class EspeakVoice:
    """eSpeak NG as a child process: one process per utterance, killed to stop it."""

    # eSpeak's amplitude runs 0..200; 100 is its normal loudness. Kept below 200, where it clips.
    MAX_AMPLITUDE = 180

    def __init__(
        self,
        executable: str,
        *,
        popen: Callable[..., subprocess.Popen[bytes]] = subprocess.Popen,
        words_per_minute: int = 150,
    ) -> None:
        self._executable = executable
        self._popen = popen
        self._rate = words_per_minute
        self._volume = 0.6
        self._process: subprocess.Popen[bytes] | None = None

    @classmethod
    def find(cls, which: Callable[[str], str | None] = shutil.which) -> EspeakVoice | None:
        for name in ("espeak-ng", "espeak"):
            path = which(name)
            if path is not None:
                return cls(path)
        return None

    def argv(self, text: str, language: str) -> list[str]:
        amplitude = round(self.MAX_AMPLITUDE * self._volume)
        # "--" ends the options: a service title starting with "-" is still text to say.
        return [self._executable, "-v", language, "-s", str(self._rate), "-a", str(amplitude), "--", text]

    def say(self, text: str, language: str) -> None:
        self.stop()
        try:
            self._process = self._popen(
                self.argv(text, language),
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                # Windows would flash a console window over the kiosk for every sentence.
                creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
            )
        except OSError as exc:
            # No sound is better than a stuck screen; the applicant still has the screen.
            _LOG.warning("eSpeak could not start: %s", exc)
            self._process = None

    def stop(self) -> None:
        process, self._process = self._process, None
        if process is not None and process.poll() is None:
            process.kill()
            try:
                process.wait(timeout=2)
            except subprocess.TimeoutExpired:
                _LOG.warning("eSpeak did not stop within 2 s")

    def set_volume(self, volume: float) -> None:
        self._volume = min(1.0, max(0.0, volume))

    def speaks(self, language: str) -> bool:
        return language in LANGUAGES

    @property
    def speaking(self) -> bool:
        return self._process is not None and self._process.poll() is None
