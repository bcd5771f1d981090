"""Screen tests of every role run offscreen; the suite's one warnings fixture (tests/conftest.py)
fails a test on any Qt or QML warning, including those printed while its windows close."""

from __future__ import annotations

import os
import tempfile

# Before any Qt module is imported: render offscreen, and give Qt a private runtime folder so it
# does not warn about a missing or shared XDG_RUNTIME_DIR.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
_runtime = tempfile.mkdtemp(prefix="mpp-qt-runtime-")
os.chmod(_runtime, 0o700)
os.environ["XDG_RUNTIME_DIR"] = _runtime

from tests.support.warnings import WARNINGS  # noqa: E402
from ui.common import refcounts  # noqa: E402 - loads Qt

WARNINGS.install_qt()
# The PySide6 in use may drop references to None/True on every call; thousands of taps would
# otherwise abort the test run (see ui/common/refcounts.py).
refcounts.protect()
