"""Screen tests run offscreen, and any Qt or QML warning fails the test that caused it.

pytest-qt's own log capture is switched off for these tests so that one handler sees every
message, including those printed while a window is torn down after the test body.
"""

from __future__ import annotations

import os
import tempfile

# Before any Qt module is imported: render offscreen, and give Qt a private runtime folder so it
# does not warn about a missing or shared XDG_RUNTIME_DIR.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
_runtime = tempfile.mkdtemp(prefix="mpp-qt-runtime-")
os.chmod(_runtime, 0o700)
os.environ["XDG_RUNTIME_DIR"] = _runtime

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from tests.printing.conftest import serial_printer  # noqa: E402,F401 - the real pty printer fixture
from tests.ui.driver import KioskFactory, QtMessages, kiosk_factory  # noqa: E402
from tests.ui.tour import Tour  # noqa: E402
from ui.common import refcounts  # noqa: E402

MESSAGES = QtMessages()
MESSAGES.install()
# The PySide6 in use may drop references to None/True on every call; thousands of taps would
# otherwise abort the test run (see ui/common/refcounts.py).
refcounts.protect()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.no_qt_log)


@pytest.fixture(autouse=True)
def qt_warnings() -> Iterator[QtMessages]:
    """Every Qt message of the test; warnings not expected with ``expect(...)`` fail it."""
    MESSAGES.install()
    MESSAGES.reset()
    yield MESSAGES
    unexpected = MESSAGES.unexpected()
    MESSAGES.reset()
    if unexpected:
        pytest.fail("Qt reported warnings:\n" + "\n".join(unexpected), pytrace=False)


@pytest.fixture(scope="module")
def tour(tmp_path_factory: pytest.TempPathFactory, qapp: object) -> Iterator[Tour]:
    """Kiosks brought to every screen in turn, shared by one test module (see tour.py)."""
    folder = tmp_path_factory.mktemp("tour")
    factory = KioskFactory(folder)
    yield Tour(factory, folder)
    factory.close_all()
    left = MESSAGES.unexpected()
    MESSAGES.reset()
    if left:
        pytest.fail("Qt reported warnings while closing the tour's windows:\n" + "\n".join(left), pytrace=False)


@pytest.fixture
def kiosk(tmp_path: Path, qapp: object, qt_warnings: QtMessages) -> Iterator[KioskFactory]:
    """``kiosk(...)`` opens a kiosk window on a fresh database; closed after the test."""
    factory = kiosk_factory(tmp_path)
    yield factory
    factory.close_all()
