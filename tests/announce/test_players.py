"""System player commands run for real (stand-in player programs), and the recording player."""

from __future__ import annotations

import os
import shutil
import stat
import sys
from pathlib import Path

import pytest

from devices.sound import (
    NoPlayerFoundError,
    PlaybackError,
    RecordingPlayer,
    SegmentBank,
    WavFilePlayer,
)

COPYING_PLAYER = """\
import shutil, sys
source, target, log = sys.argv[-1], {target!r}, {log!r}
shutil.copyfile(source, target)
with open(log, "a", encoding="utf-8") as f:
    f.write(source + "\\n")
"""


def _script(folder: Path, name: str, body: str) -> Path:
    """An executable stand-in for a player program, found on PATH like the real one."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(f"#!{sys.executable}\n{body}", encoding="utf-8")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)
    return path


@pytest.fixture
def call_wav(bank: SegmentBank) -> bytes:
    return bank.join(["nomor_antrian", "a", "satu"])


def test_player_command_gets_a_complete_wav_file_and_it_is_removed_after(
    tmp_path: Path, call_wav: bytes
) -> None:
    target, log = tmp_path / "heard.wav", tmp_path / "log.txt"
    script = _script(tmp_path, "player.py", COPYING_PLAYER.format(target=str(target), log=str(log)))
    WavFilePlayer([sys.executable, str(script), "{path}"]).play(call_wav)

    assert target.read_bytes() == call_wav
    played_path = log.read_text(encoding="utf-8").strip()
    assert played_path.endswith(".wav")
    assert not os.path.exists(played_path)


def test_a_failing_player_raises_with_its_message(tmp_path: Path, call_wav: bytes) -> None:
    script = _script(
        tmp_path, "player.py", "import sys\nsys.stderr.write('no sound device')\nsys.exit(3)\n"
    )
    with pytest.raises(PlaybackError, match=r"exited with 3: no sound device"):
        WavFilePlayer([sys.executable, str(script), "{path}"]).play(call_wav)


def test_a_hanging_player_is_stopped(tmp_path: Path, call_wav: bytes) -> None:
    pid_file = tmp_path / "pid"
    script = _script(
        tmp_path,
        "player.py",
        f"import os, time\nopen({str(pid_file)!r}, 'w').write(str(os.getpid()))\ntime.sleep(120)\n",
    )
    player = WavFilePlayer([sys.executable, str(script), "{path}"], timeout_margin_s=0.5)
    with pytest.raises(PlaybackError, match="did not finish"):
        player.play(call_wav)
    with pytest.raises(ProcessLookupError):
        os.kill(int(pid_file.read_text()), 0)


def test_a_missing_player_program_raises(call_wav: bytes, tmp_path: Path) -> None:
    with pytest.raises(PlaybackError, match="cannot run"):
        WavFilePlayer([str(tmp_path / "no-such-player"), "{path}"]).play(call_wav)


def test_a_command_without_the_file_placeholder_is_refused() -> None:
    with pytest.raises(ValueError, match="path"):
        WavFilePlayer(["aplay", "-q"])


def test_detect_prefers_the_sound_server_client_and_plays_through_it(
    tmp_path: Path, call_wav: bytes
) -> None:
    bin_dir = tmp_path / "bin"
    target, log = tmp_path / "heard.wav", tmp_path / "log.txt"
    body = COPYING_PLAYER.format(target=str(target), log=str(log))
    _script(bin_dir, "aplay", body)
    _script(bin_dir, "play", body)

    def which(name: str) -> str | None:
        return shutil.which(name, path=str(bin_dir))

    player = WavFilePlayer.detect(platform="linux", which=which)
    assert player.name == "aplay"
    player.play(call_wav)
    assert target.read_bytes() == call_wav

    _script(bin_dir, "paplay", body)
    assert WavFilePlayer.detect(platform="linux", which=which).name == "paplay"


def test_detect_on_windows_uses_powershell_sound_player() -> None:
    exe = r"C:\Windows\System32\WindowsPowerShell\v1.0\powershell.exe"

    def which(name: str) -> str | None:
        return exe if name == "powershell" else None

    player = WavFilePlayer.detect(platform="win32", which=which)
    assert player.argv_for(r"C:\Temp\it's.wav") == [
        exe,
        "-NoProfile",
        "-NonInteractive",
        "-Command",
        r"(New-Object System.Media.SoundPlayer 'C:\Temp\it''s.wav').PlaySync()",
    ]


def test_detect_on_macos_uses_afplay() -> None:
    player = WavFilePlayer.detect(platform="darwin", which=lambda name: f"/usr/bin/{name}")
    assert player.argv_for("/tmp/x.wav") == ["/usr/bin/afplay", "/tmp/x.wav"]


def test_no_player_at_all_is_reported_with_what_was_looked_for() -> None:
    with pytest.raises(NoPlayerFoundError) as caught:
        WavFilePlayer.detect(platform="linux", which=lambda name: None)
    for name in ("paplay", "pw-play", "aplay", "play", "ffplay"):
        assert name in str(caught.value)


def test_recording_player_keeps_what_would_have_been_heard(call_wav: bytes) -> None:
    player = RecordingPlayer()
    player.play(call_wav)
    player.play(b"")
    assert player.played == [call_wav, b""]
    assert player.wait_for(2, timeout=0)
    assert not player.wait_for(3, timeout=0)
