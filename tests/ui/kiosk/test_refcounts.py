"""The kiosk survives a long day: PySide6 builds that drop references to None and True on every
Qt call would abort the process after some thousands of taps unless guarded."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from ui.common import refcounts

ROOT = Path(__file__).resolve().parents[3]

# A day's worth of Qt calls in a few seconds: signal emits and void calls, as screens make them.
SCRIPT = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QObject, QTimer, Signal
from ui.common.host import application
from ui.common import refcounts
if sys.argv[1] == "guarded":
    application()
else:
    from PySide6.QtCore import QCoreApplication
    app = QCoreApplication([])
class Screen(QObject):
    changed = Signal()
screen, timer = Screen(), QTimer()
for _ in range(300_000):
    screen.changed.emit()
    timer.stop()
print("still running")
"""


def run(mode: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", SCRIPT, mode], cwd=ROOT, capture_output=True, text=True, timeout=120
    )


def test_three_hundred_thousand_qt_calls_do_not_end_the_kiosk() -> None:
    result = run("guarded")
    assert result.returncode == 0, result.stderr[-2000:]
    assert "still running" in result.stdout


def test_without_the_guard_this_pyside6_would_abort(qapp: object) -> None:
    if not refcounts.leaks():
        pytest.skip("this PySide6 keeps its reference counts right; nothing to guard against")
    result = run("bare")
    assert result.returncode != 0
    assert "deallocating" in result.stderr
