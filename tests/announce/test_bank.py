"""The bundled recordings and the joining of segments into one WAV."""

from __future__ import annotations

import array
import json
import re
import shutil
import subprocess
import sys
import wave
from pathlib import Path

import pytest

from devices.sound import (
    ManifestError,
    MissingSegmentsError,
    Pause,
    SegmentBank,
    SegmentFormatError,
)
from kiosk.announce import REQUIRED_KEYS, call_phrase, read_code, read_counter
from tests.announce.audio import bundled_folder, file_frames, silence, wav_frames

ROOT = Path(__file__).resolve().parents[2]
needs_sox = pytest.mark.skipif(shutil.which("sox") is None, reason="sox not installed")


def test_bundled_bank_is_complete_and_consistent(bank: SegmentBank) -> None:
    assert bank.check(REQUIRED_KEYS) == []
    assert bank.keys >= REQUIRED_KEYS


def test_bank_covers_every_code_a001_to_z999_and_counters_1_to_99(bank: SegmentBank) -> None:
    needed: set[str] = set()
    for letter in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
        for number in range(1, 1000):
            needed.update(read_code(f"{letter}-{number:03d}").keys)
    for counter in range(1, 100):
        needed.update(read_counter(counter).keys)
    needed.update(call_phrase("A-001", 1, recall=True).keys)
    assert bank.missing(sorted(needed)) == []


def test_bundled_files_are_mono_16_bit_small_and_named_in_the_manifest() -> None:
    folder = bundled_folder()
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    files = {entry["file"] for entry in manifest["segments"].values()}
    assert files == {p.name for p in folder.glob("*.wav")}
    for name in files:
        with wave.open(str(folder / name), "rb") as reader:
            assert (reader.getnchannels(), reader.getsampwidth()) == (1, 2), name
            assert reader.getframerate() in (16000, 22050), name
    assert sum((folder / name).stat().st_size for name in files) < 3_000_000


def test_manifest_text_says_what_the_key_means(bank: SegmentBank) -> None:
    assert bank.text("silakan_menuju_loket") == "silakan menuju loket"
    assert bank.text("ka") == "ka"
    assert bank.text("sebelas") == "sebelas"


def _edge_silence_ms(path: Path) -> tuple[float, float]:
    samples = array.array("h", file_frames(path))
    if sys.byteorder == "big":
        samples.byteswap()
    loud = [i for i, v in enumerate(samples) if abs(v) > 300]
    with wave.open(str(path), "rb") as reader:
        rate = reader.getframerate()
    return loud[0] * 1000 / rate, (len(samples) - 1 - loud[-1]) * 1000 / rate


def test_words_are_trimmed_so_joined_words_do_not_drift_apart() -> None:
    folder = bundled_folder()
    for path in sorted(folder.glob("*.wav")):
        if path.stem == "chime":
            continue
        lead, tail = _edge_silence_ms(path)
        assert lead < 30 and tail < 60, (path.name, lead, tail)


def test_chime_is_a_short_ding_dong(bank: SegmentBank) -> None:
    assert 1.0 <= bank.segment("chime").duration_s <= 1.4
    lead, _ = _edge_silence_ms(bundled_folder() / "chime.wav")
    assert lead < 10


def test_recordings_differ_from_each_other(bank: SegmentBank) -> None:
    frames = [bank.segment(key).frames for key in sorted(REQUIRED_KEYS)]
    assert len(set(frames)) == len(frames)


def test_join_is_the_segments_in_order_with_gaps(bank: SegmentBank) -> None:
    keys = ["nomor_antrian", "a", "seratus", "dua", "puluh", "tiga"]
    fmt, frames = wav_frames(bank.join(keys, gap_ms=50))
    folder = bundled_folder()
    expected = silence(50).join(file_frames(folder / f"{key}.wav") for key in keys)
    assert fmt == (22050, 1, 2)
    assert frames == expected


@needs_sox
def test_joined_wav_duration_is_segments_plus_gaps(bank: SegmentBank, tmp_path: Path) -> None:
    phrase = call_phrase("A-123", 3)
    gap_ms = 120
    out = tmp_path / "panggilan.wav"
    out.write_bytes(bank.join(phrase.keys, gap_ms=gap_ms))

    folder = bundled_folder()
    segment_frames = 0
    for key in phrase.keys:
        with wave.open(str(folder / f"{key}.wav"), "rb") as reader:
            segment_frames += reader.getnframes()
    expected_frames = segment_frames + (len(phrase.keys) - 1) * round(22050 * gap_ms / 1000)

    with wave.open(str(out), "rb") as reader:
        assert reader.getnframes() == expected_frames
        assert (reader.getnchannels(), reader.getsampwidth(), reader.getframerate()) == (
            1,
            2,
            22050,
        )
    soxi = subprocess.run(["soxi", "-D", str(out)], capture_output=True, text=True, check=True)
    assert float(soxi.stdout) == pytest.approx(expected_frames / 22050, abs=1 / 22050)
    # sox decodes the whole file: a broken header or truncated data would fail here.
    stat = subprocess.run(["sox", str(out), "-n", "stat"], capture_output=True, text=True)
    assert stat.returncode == 0, stat.stderr
    samples_read = re.search(r"Samples read:\s*(\d+)", stat.stderr)
    assert samples_read is not None and int(samples_read.group(1)) == expected_frames


def test_render_mixes_keys_and_pauses(bank: SegmentBank) -> None:
    _, frames = wav_frames(bank.render([Pause(100), "dua", Pause(200), "tiga", Pause(0)]))
    folder = bundled_folder()
    assert frames == (
        silence(100)
        + file_frames(folder / "dua.wav")
        + silence(200)
        + file_frames(folder / "tiga.wav")
    )


def test_missing_recordings_are_named(bank_copy: Path) -> None:
    (bank_copy / "tiga.wav").unlink()
    manifest = json.loads((bank_copy / "manifest.json").read_text(encoding="utf-8"))
    del manifest["segments"]["ka"]
    (bank_copy / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")

    bank = SegmentBank.from_folder(bank_copy)
    assert bank.missing(["dua", "tiga", "ka", "tiga"]) == ["tiga", "ka"]
    with pytest.raises(MissingSegmentsError) as caught:
        bank.join(["nomor_antrian", "empat", "ka", "sepuluh", "tiga"])
    assert caught.value.keys == ("ka", "tiga")
    assert "tiga" in str(caught.value) and "Rekaman suara belum tersedia" in str(caught.value)
    problems = bank.check(REQUIRED_KEYS)
    assert len(problems) == 1 and "ka, tiga" in problems[0]


@needs_sox
def test_a_recording_in_another_format_is_refused_with_the_fix(bank_copy: Path) -> None:
    original = bank_copy / "tiga.wav"
    converted = bank_copy / "tiga-44k.wav"
    subprocess.run(
        ["sox", str(original), "-r", "44100", "-c", "2", str(converted)], check=True
    )
    converted.replace(original)

    bank = SegmentBank.from_folder(bank_copy)
    with pytest.raises(SegmentFormatError) as caught:
        bank.join(["dua", "tiga"])
    message = str(caught.value)
    assert "tiga.wav" in message and "44100 Hz, stereo" in message
    assert "sox tiga.wav -r 22050 -c 1 -b 16" in message
    assert bank.join(["dua", "empat"])  # the rest of the bank still works
    assert any("tiga.wav" in p for p in bank.check(REQUIRED_KEYS))


@needs_sox
def test_an_office_recording_replaces_the_bundled_word(bank_copy: Path) -> None:
    own = bank_copy / "rekaman-kantor-tiga.wav"
    subprocess.run(
        ["sox", "-n", "-r", "22050", "-c", "1", "-b", "16", str(own), "synth", "0.3", "sine", "440"],
        check=True,
    )
    manifest = json.loads((bank_copy / "manifest.json").read_text(encoding="utf-8"))
    manifest["segments"]["tiga"]["file"] = own.name
    (bank_copy / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")

    bank = SegmentBank.from_folder(bank_copy)
    _, frames = wav_frames(bank.join(["dua", "tiga"], gap_ms=0))
    assert frames == file_frames(bank_copy / "dua.wav") + file_frames(own)
    assert bank.check(REQUIRED_KEYS) == []


def test_a_file_that_is_not_a_wav_is_reported(bank_copy: Path) -> None:
    (bank_copy / "lima.wav").write_bytes(b"ID3\x03 not a wav at all")
    bank = SegmentBank.from_folder(bank_copy)
    with pytest.raises(SegmentFormatError, match=r"lima\.wav"):
        bank.join(["lima"])
    assert any("lima.wav" in p for p in bank.check(REQUIRED_KEYS))


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        (None, "not found"),
        ("{ not json", "unreadable"),
        ('{"version": 1}', '"segments"'),
        ('{"segments": {"dua": {"text": "dua"}}}', '"file"'),
        ('{"segments": {"dua": {"file": "../dua.wav", "text": "dua"}}}', "relative path"),
        ('{"segments": {"dua": {"file": "/tmp/dua.wav", "text": "dua"}}}', "relative path"),
    ],
)
def test_broken_manifests_are_refused_clearly(
    tmp_path: Path, content: str | None, fragment: str
) -> None:
    if content is not None:
        (tmp_path / "manifest.json").write_text(content, encoding="utf-8")
    with pytest.raises(ManifestError, match=fragment):
        SegmentBank.from_folder(tmp_path)


def test_check_command_reports_an_office_bank(bank_copy: Path) -> None:
    tool = ROOT / "tools" / "make_sound_bank.py"
    ok = subprocess.run(
        [sys.executable, str(tool), "--check", str(bank_copy)], capture_output=True, text=True
    )
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert ok.stdout.startswith("OK: 48 segments, 22050 Hz, mono, 16-bit")

    (bank_copy / "delapan.wav").unlink()
    broken = subprocess.run(
        [sys.executable, str(tool), "--check", str(bank_copy)], capture_output=True, text=True
    )
    assert broken.returncode == 1
    assert "delapan" in broken.stdout
