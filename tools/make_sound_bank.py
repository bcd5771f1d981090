"""(Re)generate the bundled voice-call sound bank in assets/sounds/, fully offline.

Every word is spoken by espeak-ng's Indonesian voice, trimmed of leading and trailing silence and
levelled with sox, so words joined one after another neither drift apart nor jump in loudness.
The chime is synthesised here in Python. A manifest.json maps each key to its file and words.

    python tools/make_sound_bank.py                 # rewrite assets/sounds/
    python tools/make_sound_bank.py --out DIR       # write a bank elsewhere
    python tools/make_sound_bank.py --keys dua tiga --out DIR
    python tools/make_sound_bank.py --check DIR     # verify an office's own recordings

Needs espeak-ng and sox on PATH (both exist for Windows too); --check needs neither.
"""

from __future__ import annotations

import argparse
import array
import json
import math
import shutil
import subprocess
import sys
import tempfile
import wave
from collections.abc import Sequence
from pathlib import Path

from kiosk.announce.vocabulary import CHIME, REQUIRED_KEYS, segment_text

DEFAULT_OUT = Path(__file__).resolve().parent.parent / "assets" / "sounds"
MANIFEST = "manifest.json"
RATE = 22050
VOICE = "id"
SPEED_WPM = 145

# espeak-ng's Indonesian rules read some "e" as the open vowel where Indonesian has the schwa
# (pepet) or the reverse; phoneme input ([[...]]) pins the pronunciation a caller would use.
ESPEAK_INPUT: dict[str, str] = {
    "empat": "[[@mp'at]]",
    "enam": "[[@n'am]]",
    "belas": "[[b@l'as]]",
    "sebelas": "[[s@b@l'as]]",
    "silakan_menuju_loket": "silakan menuju [[l'okEt]]",
}

# A threshold this low keeps quiet word edges ("s" of "satu", final "h" of "tujuh"); espeak's own
# padding is digital silence, so it still goes.
TRIM_THRESHOLD = "0.3%"
LEVEL_DB = "-3"
CHIME_LEVEL = 10 ** (-6 / 20)

# C5, E5, G5: a rising major arpeggio reads as "attention, please" rather than an alarm.
CHIME_NOTES_HZ = (523.25, 659.25, 783.99)
CHIME_NOTE_SPACING_S = 0.28
CHIME_LENGTH_S = 1.2


def espeak_input(key: str) -> str:
    return ESPEAK_INPUT.get(key, segment_text(key))


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found on PATH; install it to record the bank")
    return found


def record_word(key: str, target: Path, *, espeak: str, sox: str, voice: str, speed: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        raw = Path(tmp) / "raw.wav"
        subprocess.run(
            [espeak, "-v", voice, "-s", str(speed), "-w", str(raw), espeak_input(key)],
            check=True,
            capture_output=True,
        )
        subprocess.run(
            [
                sox,
                # No dither: dither noise is random, and the bank must be reproducible byte for
                # byte so a regenerated bank shows no spurious changes.
                "-D",
                str(raw),
                "-r",
                str(RATE),
                "-c",
                "1",
                "-b",
                "16",
                str(target),
                "silence",
                "1",
                "0.005",
                TRIM_THRESHOLD,
                "reverse",
                "silence",
                "1",
                "0.005",
                TRIM_THRESHOLD,
                # Short fades stop the click a cut waveform makes at a word boundary; the fade-out
                # is a fade-in on the reversed audio because the trimmed length is unknown here.
                "fade",
                "t",
                "0.012",
                "reverse",
                "fade",
                "t",
                "0.004",
                "norm",
                LEVEL_DB,
            ],
            check=True,
            capture_output=True,
        )


def chime_samples(rate: int = RATE) -> array.array[int]:
    total = int(CHIME_LENGTH_S * rate)
    mix = [0.0] * total
    for index, freq in enumerate(CHIME_NOTES_HZ):
        start = int(index * CHIME_NOTE_SPACING_S * rate)
        for n in range(total - start):
            t = n / rate
            attack = min(1.0, t / 0.006)
            decay = math.exp(-t / 0.32)
            # Soft upper partials give a bell rather than a beep.
            tone = (
                math.sin(2 * math.pi * freq * t)
                + 0.35 * math.sin(2 * math.pi * 2 * freq * t) * math.exp(-t / 0.12)
                + 0.12 * math.sin(2 * math.pi * 3 * freq * t) * math.exp(-t / 0.06)
            )
            mix[start + n] += attack * decay * tone
    fade_len = int(0.08 * rate)
    for n in range(fade_len):
        mix[total - 1 - n] *= n / fade_len
    peak = max(abs(v) for v in mix)
    scale = CHIME_LEVEL * 32767 / peak
    return array.array("h", (round(v * scale) for v in mix))


def write_chime(target: Path) -> None:
    samples = chime_samples()
    if sys.byteorder == "big":
        samples.byteswap()
    with wave.open(str(target), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(samples.tobytes())


def espeak_version(espeak: str) -> str:
    done = subprocess.run([espeak, "--version"], check=True, capture_output=True, text=True)
    # "eSpeak NG text-to-speech: 1.51  Data at: ..." -- keep the version, not this machine's path.
    return done.stdout.split("Data at")[0].strip()


def build(out: Path, keys: Sequence[str], *, voice: str, speed: int) -> Path:
    espeak = _tool("espeak-ng")
    sox = _tool("sox")
    out.mkdir(parents=True, exist_ok=True)
    path = out / MANIFEST
    # Re-recording a few keys must not drop the rest of an existing bank from its manifest.
    segments: dict[str, dict[str, str]] = (
        dict(json.loads(path.read_text(encoding="utf-8")).get("segments", {}))
        if path.is_file()
        else {}
    )
    for key in sorted(keys):
        file_name = f"{key}.wav"
        if key == CHIME:
            write_chime(out / file_name)
        else:
            record_word(key, out / file_name, espeak=espeak, sox=sox, voice=voice, speed=speed)
        segments[key] = {"file": file_name, "text": segment_text(key)}
    manifest = {
        "format_version": 1,
        "generator": {
            "tool": "tools/make_sound_bank.py",
            "espeak_ng": espeak_version(espeak),
            "voice": voice,
            "speed_wpm": speed,
            "espeak_input": {k: v for k, v in sorted(ESPEAK_INPUT.items()) if k in segments},
        },
        "audio": {"rate": RATE, "channels": 1, "sample_width_bits": 16},
        "segments": dict(sorted(segments.items())),
    }
    path.write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def check(folder: Path) -> int:
    from devices.sound import SegmentBank

    bank = SegmentBank.from_folder(folder)
    problems = bank.check(REQUIRED_KEYS)
    for problem in problems:
        print(problem)
    if not problems:
        print(f"OK: {len(REQUIRED_KEYS)} segments, {bank.audio_format()}")
    return 1 if problems else 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="bank folder to write")
    parser.add_argument("--keys", nargs="+", help="only these segment keys (default: all)")
    parser.add_argument("--voice", default=VOICE, help="espeak-ng voice (default: id)")
    parser.add_argument("--speed", type=int, default=SPEED_WPM, help="words per minute")
    parser.add_argument("--check", type=Path, metavar="DIR", help="verify a bank, write nothing")
    args = parser.parse_args(argv)
    if args.check is not None:
        return check(args.check)
    keys = args.keys or sorted(REQUIRED_KEYS)
    unknown = sorted(set(keys) - REQUIRED_KEYS)
    if unknown:
        parser.error(f"unknown segment keys: {', '.join(unknown)}")
    manifest = build(args.out, keys, voice=args.voice, speed=args.speed)
    total = sum(f.stat().st_size for f in args.out.glob("*.wav"))
    print(f"wrote {len(keys)} segments to {manifest.parent} ({total / 1e6:.2f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
