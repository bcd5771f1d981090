"""Every kiosk screen in landscape (1920x1080), in both languages, is readable and touchable:
targets >= 90 px, text >= 24 px with contrast >= 7:1, nothing cut off or overlapping."""

from __future__ import annotations

import pytest

from tests.ui.kiosk.layout_checks import assert_readable_and_touchable, contrast, problems
from tests.ui.kiosk.tour import LANGUAGES, ORIENTATIONS, STOPS, Stop, Tour


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("stop", STOPS, ids=[s.name for s in STOPS])
def test_landscape_screen_is_readable_and_touchable(tour: Tour, stop: Stop, language: str) -> None:
    assert_readable_and_touchable(tour, stop, "landscape", language)


def test_large_text_switch_makes_text_larger(tour: Tour) -> None:
    k = tour.visit(STOPS[0], ORIENTATIONS["landscape"], "id")
    before = k.find("welcome.greeting").property("font").pixelSize()
    k.tap("header.textSize")
    after = k.find("welcome.greeting").property("font").pixelSize()
    k.tap("header.textSize")
    assert after >= before * 1.25


def test_the_contrast_formula_matches_wcag() -> None:
    from PySide6.QtGui import QColor

    assert round(contrast(QColor("#000000"), QColor("#FFFFFF")), 1) == 21.0
    assert round(contrast(QColor("#777777"), QColor("#FFFFFF")), 2) == 4.48


def test_checks_catch_a_cut_off_label(tour: Tour) -> None:
    """The layout checks themselves must be able to fail."""
    k = tour.visit(STOPS[0], ORIENTATIONS["landscape"], "id")
    greeting = k.find("welcome.greeting")
    greeting.setProperty("text", "Selamat datang " * 80)  # far more than the screen can hold
    found = problems(k.window)
    assert any(p.startswith("welcome.greeting: ") for p in found), found
