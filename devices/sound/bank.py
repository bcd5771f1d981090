"""A folder of recorded WAV segments, described by manifest.json, joined into one WAV per call.

Segments are joined by copying PCM frames, so every segment must share one format (rate,
channels, sample width). Nothing is resampled: a mismatched recording is refused with a message
naming the file and the sox command that converts it, because a silently resampled or
misinterpreted file would play as noise or at the wrong pitch in front of the whole hall.
"""

from __future__ import annotations

import io
import json
import os
import threading
import wave
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path, PurePosixPath
from typing import Any

MANIFEST_NAME = "manifest.json"
BUNDLED_PACKAGE = "assets.sounds"
DEFAULT_GAP_MS = 40


class SoundBankError(Exception):
    """A problem with the recordings; the message is meant for the office that maintains them."""


class ManifestError(SoundBankError):
    """manifest.json is missing, unreadable or malformed."""


class MissingSegmentsError(SoundBankError):
    """Some keys have no recording (no manifest entry, or the file is not there)."""

    def __init__(self, keys: Sequence[str], location: str) -> None:
        self.keys = tuple(keys)
        super().__init__(
            f"Rekaman suara belum tersedia untuk: {', '.join(self.keys)} (di {location}). "
            f"Missing recordings for: {', '.join(self.keys)} (in {location})."
        )


class SegmentFormatError(SoundBankError):
    """A recording cannot be read, or does not share the format of the others."""


@dataclass(frozen=True)
class AudioFormat:
    """PCM layout of a WAV: sample rate in Hz, channel count, bytes per sample."""

    rate: int
    channels: int
    sample_width: int

    def frames_for_ms(self, ms: int) -> int:
        return round(self.rate * ms / 1000)

    def silence(self, frames: int) -> bytes:
        # 8-bit WAV is unsigned (silence is 0x80); wider samples are signed (silence is 0).
        fill = b"\x80" if self.sample_width == 1 else b"\x00"
        return fill * (frames * self.channels * self.sample_width)

    def __str__(self) -> str:
        layout = {1: "mono", 2: "stereo"}.get(self.channels, f"{self.channels} channels")
        return f"{self.rate} Hz, {layout}, {self.sample_width * 8}-bit"


@dataclass(frozen=True)
class Segment:
    key: str
    file: str
    text: str
    format: AudioFormat
    frames: bytes

    @property
    def frame_count(self) -> int:
        return len(self.frames) // (self.format.channels * self.format.sample_width)

    @property
    def duration_s(self) -> float:
        return self.frame_count / self.format.rate


@dataclass(frozen=True)
class Pause:
    """Silence of ``ms`` milliseconds between segments in ``SegmentBank.render``."""

    ms: int


@dataclass(frozen=True)
class _Entry:
    file: str
    text: str


class SegmentBank:
    """Recorded segments by key, loaded lazily from a folder (or the bundled assets)."""

    def __init__(self, root: Traversable, location: str) -> None:
        self._root = root
        self.location = location
        self._entries = _read_manifest(root, location)
        self._cache: dict[str, Segment] = {}
        self._lock = threading.Lock()

    @classmethod
    def from_folder(cls, folder: str | os.PathLike[str]) -> SegmentBank:
        path = Path(folder)
        return cls(path, str(path))

    @classmethod
    def bundled(cls) -> SegmentBank:
        """The bank shipped in the ``assets.sounds`` package (works from a wheel or zip too)."""
        return cls(resources.files(BUNDLED_PACKAGE), f"paket {BUNDLED_PACKAGE}")

    @property
    def keys(self) -> frozenset[str]:
        return frozenset(self._entries)

    def text(self, key: str) -> str:
        """What the recording for ``key`` says, as written in the manifest."""
        return self._entry(key).text

    def file_name(self, key: str) -> str:
        return self._entry(key).file

    def missing(self, keys: Iterable[str]) -> list[str]:
        """Keys, in first-seen order, that have no manifest entry or whose file is absent."""
        seen: dict[str, None] = {}
        for key in keys:
            if key not in seen and not self._present(key):
                seen[key] = None
        return list(seen)

    def segment(self, key: str) -> Segment:
        with self._lock:
            cached = self._cache.get(key)
        if cached is not None:
            return cached
        if not self._present(key):
            raise MissingSegmentsError([key], self.location)
        entry = self._entries[key]
        segment = _load_segment(key, entry, self._file(entry).read_bytes(), self.location)
        with self._lock:
            self._cache[key] = segment
        return segment

    def audio_format(self) -> AudioFormat:
        """The format most segments share (the one every other segment must match)."""
        formats = Counter(
            self.segment(key).format for key in self._entries if self._present(key)
        )
        if not formats:
            raise SoundBankError(f"Bank suara kosong: {self.location} / Empty sound bank")
        return formats.most_common(1)[0][0]

    def check(self, required: Iterable[str]) -> list[str]:
        """Every problem with this bank as a list of readable lines (empty means ready).

        Reports required keys without a recording, unreadable files and files whose format
        differs from the rest, so an office that replaced recordings sees all issues at once.
        """
        problems: list[str] = []
        missing = self.missing(sorted(required))
        if missing:
            problems.append(str(MissingSegmentsError(missing, self.location)))
        loaded: list[Segment] = []
        for key in sorted(self._entries):
            if not self._present(key):
                continue
            try:
                loaded.append(self.segment(key))
            except SoundBankError as exc:
                problems.append(str(exc))
        if loaded:
            common = Counter(s.format for s in loaded).most_common(1)[0][0]
            problems.extend(
                _mismatch_message(s, common) for s in loaded if s.format != common
            )
        return problems

    def join(self, keys: Sequence[str], gap_ms: int = DEFAULT_GAP_MS) -> bytes:
        """One WAV of ``keys`` in order with ``gap_ms`` of silence between consecutive segments."""
        parts: list[str | Pause] = []
        for index, key in enumerate(keys):
            if index and gap_ms:
                parts.append(Pause(gap_ms))
            parts.append(key)
        return self.render(parts)

    def render(self, parts: Sequence[str | Pause]) -> bytes:
        """One WAV of segment keys and ``Pause`` items in order.

        Raises MissingSegmentsError naming every absent key, SegmentFormatError on a mismatch.
        """
        keys = [part for part in parts if isinstance(part, str)]
        if not keys:
            raise ValueError("nothing to render: no segment keys given")
        missing = self.missing(keys)
        if missing:
            raise MissingSegmentsError(missing, self.location)
        segments = {key: self.segment(key) for key in keys}
        first = segments[keys[0]]
        for segment in segments.values():
            if segment.format != first.format:
                raise SegmentFormatError(_mismatch_message(segment, first.format, first))
        fmt = first.format
        buffer = io.BytesIO()
        with wave.open(buffer, "wb") as out:
            out.setnchannels(fmt.channels)
            out.setsampwidth(fmt.sample_width)
            out.setframerate(fmt.rate)
            for part in parts:
                if isinstance(part, Pause):
                    if part.ms < 0:
                        raise ValueError(f"pause must not be negative: {part.ms} ms")
                    out.writeframesraw(fmt.silence(fmt.frames_for_ms(part.ms)))
                else:
                    out.writeframesraw(segments[part].frames)
        return buffer.getvalue()

    def _entry(self, key: str) -> _Entry:
        try:
            return self._entries[key]
        except KeyError:
            raise MissingSegmentsError([key], self.location) from None

    def _file(self, entry: _Entry) -> Traversable:
        return self._root.joinpath(*PurePosixPath(entry.file).parts)

    def _present(self, key: str) -> bool:
        entry = self._entries.get(key)
        return entry is not None and self._file(entry).is_file()


def _read_manifest(root: Traversable, location: str) -> dict[str, _Entry]:
    manifest = root.joinpath(MANIFEST_NAME)
    if not manifest.is_file():
        raise ManifestError(
            f"{MANIFEST_NAME} tidak ditemukan di {location}. / "
            f"{MANIFEST_NAME} not found in {location}."
        )
    try:
        data: Any = json.loads(manifest.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ManifestError(
            f"{MANIFEST_NAME} di {location} tidak dapat dibaca: {exc} / unreadable: {exc}"
        ) from exc
    segments = data.get("segments") if isinstance(data, dict) else None
    if not isinstance(segments, dict):
        raise ManifestError(
            f'{MANIFEST_NAME} di {location} tidak memiliki bagian "segments". / '
            f'{MANIFEST_NAME} in {location} has no "segments" object.'
        )
    entries: dict[str, _Entry] = {}
    for key, value in segments.items():
        file = value.get("file") if isinstance(value, dict) else None
        text = value.get("text", "") if isinstance(value, dict) else None
        if not isinstance(file, str) or not file or not isinstance(text, str):
            raise ManifestError(
                f'{MANIFEST_NAME} di {location}: "{key}" harus berisi "file" dan "text". / '
                f'entry "{key}" needs a "file" and a "text".'
            )
        pure = PurePosixPath(file)
        if pure.is_absolute() or ".." in pure.parts or "\\" in file or ":" in file:
            raise ManifestError(
                f'{MANIFEST_NAME} di {location}: "{key}" harus menunjuk berkas di dalam folder '
                f"bank, bukan {file!r}. / file must be a relative path inside the bank folder."
            )
        entries[key] = _Entry(file=file, text=text)
    return entries


def _load_segment(key: str, entry: _Entry, data: bytes, location: str) -> Segment:
    try:
        with wave.open(io.BytesIO(data), "rb") as wav:
            fmt = AudioFormat(
                rate=wav.getframerate(),
                channels=wav.getnchannels(),
                sample_width=wav.getsampwidth(),
            )
            frames = wav.readframes(wav.getnframes())
    except (wave.Error, EOFError) as exc:
        raise SegmentFormatError(
            f"{entry.file} (kunci {key!r}) bukan WAV PCM yang dapat dibaca: {exc}. "
            f"Simpan ulang sebagai WAV PCM, mis. `sox masukan {entry.file} -b 16`. / "
            f"{entry.file} in {location} is not a readable PCM WAV."
        ) from exc
    if not frames:
        raise SegmentFormatError(
            f"{entry.file} (kunci {key!r}) kosong. / {entry.file} in {location} has no audio."
        )
    return Segment(key=key, file=entry.file, text=entry.text, format=fmt, frames=frames)


def _mismatch_message(segment: Segment, expected: AudioFormat, other: Segment | None = None) -> str:
    versus = f" ({other.file})" if other is not None else ""
    channels = "1" if expected.channels == 1 else str(expected.channels)
    return (
        f"{segment.file} berformat {segment.format}, berbeda dengan rekaman lain{versus}: "
        f"{expected}. Ubah dengan: sox {segment.file} -r {expected.rate} -c {channels} "
        f"-b {expected.sample_width * 8} baru.wav / {segment.file} is {segment.format}, the "
        f"other recordings{versus} are {expected}; convert it with the sox command above."
    )
