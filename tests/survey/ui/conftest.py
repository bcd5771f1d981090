"""Survey screen tests run offscreen, and any Qt or QML warning fails the test that caused it
(the foundation's QtMessages recorder, as in tests/ui)."""

from __future__ import annotations

import os
import tempfile

# Before any Qt module is imported: render offscreen, with a private runtime folder.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
if "XDG_RUNTIME_DIR" not in os.environ:
    _runtime = tempfile.mkdtemp(prefix="mpp-qt-runtime-")
    os.chmod(_runtime, 0o700)
    os.environ["XDG_RUNTIME_DIR"] = _runtime

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.ui.driver import QtMessages

MESSAGES = QtMessages()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.no_qt_log)


@pytest.fixture
def qt_clean() -> Iterator[QtMessages]:
    """Every Qt message of the test; any warning fails it."""
    MESSAGES.install()
    MESSAGES.reset()
    yield MESSAGES
    unexpected = MESSAGES.unexpected()
    MESSAGES.reset()
    if unexpected:
        pytest.fail("Qt reported warnings:\n" + "\n".join(unexpected), pytrace=False)
