"""Every kiosk screen on a 5:4 monitor (1280x1024, the usual 17" and 19" touch panel), in both
languages, is readable and touchable at the size the layout is drawn there: the 16:9 layout at
the panel's width (targets >= 60 px, 18 mm on a 17" panel), nothing cut off or overlapping."""

from __future__ import annotations

import pytest

from tests.ui.kiosk.layout_checks import assert_readable_and_touchable, problems
from tests.ui.kiosk.tour import LANGUAGES, ORIENTATIONS, STOPS, Stop, Tour


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("stop", STOPS, ids=[s.name for s in STOPS])
def test_square_screen_is_readable_and_touchable(tour: Tour, stop: Stop, language: str) -> None:
    assert_readable_and_touchable(tour, stop, "square", language)


def test_the_layout_is_drawn_at_the_panels_width(tour: Tour) -> None:
    """Sized by the panel's height, the band at the top needed 1,920 units of a 1,350-unit-wide
    screen: the time sat on the office's name and the language button ran off the edge."""
    k = tour.visit(STOPS[0], ORIENTATIONS["square"], "en")
    assert k.theme_unit() == pytest.approx(1280 / 1920)
    assert problems(k.window, k.theme_unit()) == []
    header = k.find("header.language")
    right = header.mapToScene(header.boundingRect().bottomRight())
    assert right.x() <= k.window.width()
