"""Ways to play a finished WAV: a system player command, or a recorder for tests and headless runs.

A player's ``play`` blocks until the sound has finished; that is what lets the announcement queue
guarantee that two calls never overlap.
"""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import wave
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

PATH_PLACEHOLDER = "{path}"
# PowerShell single-quoted literal: only a single quote needs escaping (by doubling it).
PATH_PS_PLACEHOLDER = "{path_ps}"


class Player(Protocol):
    def play(self, wav: bytes) -> None:
        """Play ``wav`` and return when it has finished; raise PlaybackError on failure."""


class PlaybackError(Exception):
    """The sound could not be played."""


class NoPlayerFoundError(PlaybackError):
    """No known system player command exists on this computer."""


def wav_duration_s(wav: bytes) -> float:
    with wave.open(io.BytesIO(wav), "rb") as reader:
        return reader.getnframes() / reader.getframerate()


@dataclass(frozen=True)
class PlayerCommand:
    """A system command that plays a WAV file and exits when done."""

    name: str
    argv: tuple[str, ...]

    def for_file(self, path: str, executable: str | None = None) -> list[str]:
        quoted_ps = "'" + path.replace("'", "''") + "'"
        argv = [
            arg.replace(PATH_PS_PLACEHOLDER, quoted_ps).replace(PATH_PLACEHOLDER, path)
            for arg in self.argv
        ]
        if executable is not None:
            argv[0] = executable
        return argv


_POWERSHELL_PLAY = (
    "-NoProfile",
    "-NonInteractive",
    "-Command",
    f"(New-Object System.Media.SoundPlayer {PATH_PS_PLACEHOLDER}).PlaySync()",
)

# Preference order per platform: the sound server's own client first (it respects the user's
# chosen output device), raw ALSA and general-purpose players after.
_CANDIDATES: dict[str, tuple[PlayerCommand, ...]] = {
    "win32": (
        PlayerCommand("powershell", ("powershell", *_POWERSHELL_PLAY)),
        PlayerCommand("pwsh", ("pwsh", *_POWERSHELL_PLAY)),
    ),
    "darwin": (
        PlayerCommand("afplay", ("afplay", PATH_PLACEHOLDER)),
        PlayerCommand("play", ("play", "-q", PATH_PLACEHOLDER)),
    ),
    "other": (
        PlayerCommand("paplay", ("paplay", PATH_PLACEHOLDER)),
        PlayerCommand("pw-play", ("pw-play", PATH_PLACEHOLDER)),
        PlayerCommand("aplay", ("aplay", "-q", PATH_PLACEHOLDER)),
        PlayerCommand("play", ("play", "-q", PATH_PLACEHOLDER)),
        PlayerCommand(
            "ffplay",
            ("ffplay", "-nodisp", "-autoexit", "-loglevel", "quiet", PATH_PLACEHOLDER),
        ),
    ),
}


def candidate_commands(platform: str = sys.platform) -> tuple[PlayerCommand, ...]:
    if platform.startswith("win"):
        return _CANDIDATES["win32"]
    if platform == "darwin":
        return _CANDIDATES["darwin"]
    return _CANDIDATES["other"]


class WavFilePlayer:
    """Plays by writing a temporary WAV file and running a system player on it.

    ``command`` is an argv list in which "{path}" (or "{path_ps}" for a PowerShell literal)
    stands for the file, e.g. ``["aplay", "-q", "{path}"]``; an office can set its own in config.
    A player that hangs is killed after the sound's length plus ``timeout_margin_s``, so one stuck
    device cannot silence every later call.
    """

    def __init__(
        self,
        command: Sequence[str],
        *,
        timeout_margin_s: float = 10.0,
        name: str | None = None,
    ) -> None:
        if not command:
            raise ValueError("player command must not be empty")
        if not any(PATH_PLACEHOLDER in a or PATH_PS_PLACEHOLDER in a for a in command):
            raise ValueError(f"player command needs a {PATH_PLACEHOLDER} argument: {command!r}")
        self._command = PlayerCommand(name or command[0], tuple(command))
        self._executable: str | None = None
        self.timeout_margin_s = timeout_margin_s

    @classmethod
    def detect(
        cls,
        *,
        platform: str = sys.platform,
        which: Callable[[str], str | None] = shutil.which,
        timeout_margin_s: float = 10.0,
    ) -> WavFilePlayer:
        """The first known player available on this computer (searched on PATH now)."""
        tried: list[str] = []
        for candidate in candidate_commands(platform):
            found = which(candidate.argv[0])
            tried.append(candidate.name)
            if found is not None:
                player = cls(candidate.argv, timeout_margin_s=timeout_margin_s, name=candidate.name)
                player._executable = found
                return player
        raise NoPlayerFoundError(
            "Tidak ada pemutar suara di komputer ini (dicari: "
            f"{', '.join(tried)}). / No sound player found (looked for: {', '.join(tried)})."
        )

    @property
    def name(self) -> str:
        return self._command.name

    @property
    def command(self) -> tuple[str, ...]:
        return self._command.argv

    def argv_for(self, path: str) -> list[str]:
        return self._command.for_file(path, self._executable)

    def play(self, wav: bytes) -> None:
        timeout = wav_duration_s(wav) + self.timeout_margin_s
        # Written and closed before the player starts: Windows players cannot open a file that
        # another process still holds open.
        fd, path = tempfile.mkstemp(prefix="mpp-call-", suffix=".wav")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(wav)
            self._run(self.argv_for(path), timeout)
        finally:
            with contextlib.suppress(OSError):
                os.unlink(path)

    def _run(self, argv: list[str], timeout: float) -> None:
        try:
            done = subprocess.run(
                argv,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                timeout=timeout,
                check=False,
            )
        except subprocess.TimeoutExpired as exc:
            raise PlaybackError(
                f"{self.name} did not finish within {timeout:.1f} s and was stopped"
            ) from exc
        except OSError as exc:
            raise PlaybackError(f"cannot run {argv[0]}: {exc}") from exc
        if done.returncode != 0:
            detail = done.stderr.decode(errors="replace").strip()[-300:]
            raise PlaybackError(f"{self.name} exited with {done.returncode}: {detail}")


class WinsoundPlayer:
    """Plays from memory through Windows' own ``winsound`` (no temporary file, no child process).

    A PowerShell child per call costs about a second of start-up on an office PC and a console
    window flash on some set-ups; ``PlaySound`` with ``SND_MEMORY`` plays the bytes synchronously,
    which is exactly the "return when finished" contract of a player.
    """

    name = "winsound"

    def __init__(self, module: object | None = None) -> None:
        if module is None:
            import winsound  # type: ignore[import-not-found,unused-ignore]

            module = winsound
        self._winsound = module

    def play(self, wav: bytes) -> None:
        flags = self._winsound.SND_MEMORY | self._winsound.SND_NODEFAULT  # type: ignore[attr-defined]
        try:
            self._winsound.PlaySound(wav, flags)  # type: ignore[attr-defined]
        except RuntimeError as exc:
            raise PlaybackError(f"Windows could not play the sound: {exc}") from exc


def system_player(platform: str = sys.platform, which: Callable[[str], str | None] = shutil.which) -> Player:
    """This computer's way to play a call: winsound on Windows, else the first player command found."""
    if platform.startswith("win"):
        with contextlib.suppress(ImportError):
            return WinsoundPlayer()
    return WavFilePlayer.detect(platform=platform, which=which)


class RecordingPlayer:
    """Records what would be played (tests, headless displays, a muted test hall).

    With ``realtime_factor`` > 0 each play also takes that fraction of the sound's length, so an
    overlap between two plays would be visible in ``max_concurrent``.
    """

    def __init__(self, *, realtime_factor: float = 0.0) -> None:
        self.realtime_factor = realtime_factor
        self._played: list[bytes] = []
        self._active = 0
        self.max_concurrent = 0
        self._changed = threading.Condition()

    @property
    def played(self) -> list[bytes]:
        with self._changed:
            return list(self._played)

    def play(self, wav: bytes) -> None:
        with self._changed:
            self._active += 1
            self.max_concurrent = max(self.max_concurrent, self._active)
        try:
            if self.realtime_factor > 0:
                time.sleep(wav_duration_s(wav) * self.realtime_factor)
        finally:
            with self._changed:
                self._active -= 1
                self._played.append(wav)
                self._changed.notify_all()

    def wait_for(self, count: int, timeout: float = 10.0) -> bool:
        """Wait until at least ``count`` sounds have been played."""
        with self._changed:
            return self._changed.wait_for(lambda: len(self._played) >= count, timeout)
