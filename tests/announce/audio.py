"""Helpers the voice-call tests share: reading WAVs independently of the code under test."""

from __future__ import annotations

import io
import wave
from importlib import resources
from pathlib import Path


def bundled_folder() -> Path:
    return Path(str(resources.files("assets.sounds")))


def wav_frames(wav: bytes) -> tuple[tuple[int, int, int], bytes]:
    """((rate, channels, sample width), frames) of a WAV held in memory."""
    with wave.open(io.BytesIO(wav), "rb") as reader:
        fmt = (reader.getframerate(), reader.getnchannels(), reader.getsampwidth())
        return fmt, reader.readframes(reader.getnframes())


def file_frames(path: Path) -> bytes:
    return wav_frames(path.read_bytes())[1]


def silence(ms: int, rate: int = 22050) -> bytes:
    """16-bit mono silence of ``ms`` milliseconds."""
    return b"\x00\x00" * round(rate * ms / 1000)
