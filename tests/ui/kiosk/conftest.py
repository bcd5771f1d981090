"""The walk-in kiosk's windows on fresh databases, and the pty printer they print on."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.printing.conftest import serial_printer  # noqa: F401 - the real pty printer fixture
from tests.support.warnings import WARNINGS, Warnings
from tests.ui.kiosk.driver import KioskFactory, kiosk_factory
from tests.ui.kiosk.tour import Tour


@pytest.fixture(scope="module")
def tour(tmp_path_factory: pytest.TempPathFactory, qapp: object) -> Iterator[Tour]:
    """Kiosks brought to every screen in turn, shared by one test module (see tour.py)."""
    folder = tmp_path_factory.mktemp("tour")
    factory = KioskFactory(folder)
    yield Tour(factory, folder)
    factory.close_all()
    WARNINGS.standing.clear()
    left = WARNINGS.take()
    if left:
        pytest.fail("Warnings while closing the tour's windows:\n" + "\n".join(left), pytrace=False)


@pytest.fixture
def kiosk(tmp_path: Path, qapp: object, warnings_fail: Warnings) -> Iterator[KioskFactory]:
    """``kiosk(...)`` opens a kiosk window on a fresh database; closed after the test (before the
    warnings fixture looks, so warnings of the closing count)."""
    factory = kiosk_factory(tmp_path)
    yield factory
    factory.close_all()
