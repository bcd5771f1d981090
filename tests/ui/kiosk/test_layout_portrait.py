"""Every kiosk screen in portrait (1080x1920), in both languages, is readable and touchable:
targets >= 90 px, text >= 24 px with contrast >= 7:1, nothing cut off or overlapping."""

from __future__ import annotations

import pytest

from tests.ui.kiosk.layout_checks import assert_readable_and_touchable
from tests.ui.kiosk.tour import LANGUAGES, STOPS, Stop, Tour


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("stop", STOPS, ids=[s.name for s in STOPS])
def test_portrait_screen_is_readable_and_touchable(tour: Tour, stop: Stop, language: str) -> None:
    assert_readable_and_touchable(tour, stop, "portrait", language)
