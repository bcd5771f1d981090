"""tools/make_sound_bank.py records a usable bank offline, and the bundled bank is its output."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from devices.sound import SegmentBank
from tests.announce.audio import bundled_folder

ROOT = Path(__file__).resolve().parents[2]
TOOL = ROOT / "tools" / "make_sound_bank.py"

pytestmark = pytest.mark.skipif(
    shutil.which("espeak-ng") is None or shutil.which("sox") is None,
    reason="recording needs espeak-ng and sox",
)


def _make(out: Path, *keys: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(TOOL), "--out", str(out), "--keys", *keys],
        capture_output=True,
        text=True,
        timeout=60,
    )


def _installed_espeak() -> str:
    done = subprocess.run(["espeak-ng", "--version"], capture_output=True, text=True, check=True)
    return done.stdout.split("Data at")[0].strip()


def test_tool_records_words_and_chime_into_a_loadable_bank(tmp_path: Path) -> None:
    done = _make(tmp_path, "empat", "ka", "sepuluh", "chime")
    assert done.returncode == 0, done.stderr
    bank = SegmentBank.from_folder(tmp_path)
    assert bank.keys == {"empat", "ka", "sepuluh", "chime"}
    assert bank.check(["empat", "ka", "sepuluh", "chime"]) == []
    assert bank.text("ka") == "ka"
    for key in ("empat", "ka", "sepuluh"):
        assert 0.15 < bank.segment(key).duration_s < 1.5, key


def test_re_recording_some_keys_keeps_the_rest_of_the_manifest(tmp_path: Path) -> None:
    assert _make(tmp_path, "dua").returncode == 0
    assert _make(tmp_path, "tiga").returncode == 0
    manifest = json.loads((tmp_path / "manifest.json").read_text(encoding="utf-8"))
    assert set(manifest["segments"]) == {"dua", "tiga"}


def test_unknown_keys_are_refused(tmp_path: Path) -> None:
    done = _make(tmp_path, "dua", "tigaa")
    assert done.returncode != 0
    assert "tigaa" in done.stderr
    assert not (tmp_path / "manifest.json").exists()


def test_bundled_recordings_are_what_the_tool_produces(tmp_path: Path) -> None:
    """Each bundled file holds the word its key names (no shifted or stale recordings)."""
    manifest = json.loads((bundled_folder() / "manifest.json").read_text(encoding="utf-8"))
    if manifest["generator"]["espeak_ng"] != _installed_espeak():
        pytest.skip("bundled bank was recorded with another espeak-ng version")
    keys = ["tiga", "empat", "ka", "belas", "silakan_menuju_loket", "chime"]
    assert _make(tmp_path, *keys).returncode == 0
    for key in keys:
        assert (tmp_path / f"{key}.wav").read_bytes() == (
            bundled_folder() / f"{key}.wav"
        ).read_bytes(), key
