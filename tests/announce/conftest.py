"""Fixtures for the voice-call tests: the real bundled bank, and writable copies of it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from devices.sound import SegmentBank
from tests.announce.audio import bundled_folder


@pytest.fixture(scope="session")
def bank() -> SegmentBank:
    return SegmentBank.bundled()


@pytest.fixture
def bank_copy(tmp_path: Path) -> Path:
    """A writable copy of the bundled bank, as an office would make before replacing voices."""
    target = tmp_path / "suara"
    shutil.copytree(bundled_folder(), target, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    return target
