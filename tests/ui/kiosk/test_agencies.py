"""A hall of many agencies (the generated demo hall: 30 agencies, 200 example services): the kiosk
starts with the agencies and their counts, any service is a few taps from welcome, typing
searches every agency, and back from an agency's services returns to the agencies."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from kiosk.catalog.demo import DEMO_AGENCIES, FIRST_NUMBER, demo_hall_json
from kiosk.catalog.importer import read_files
from kiosk.catalog.store import store
from kiosk.clock import parse_instant
from tests.ui.kiosk.driver import OPEN_MOMENT, KioskDriver, KioskFactory
from tests.ui.kiosk.layout_checks import problems
from tests.ui.qtsupport import save_screenshot

AGENCIES, SERVICES = 30, 200


@pytest.fixture
def hall_kiosk(kiosk: KioskFactory, tmp_path: Path) -> KioskDriver:
    db = kiosk.database(parse_instant(OPEN_MOMENT), demo=False)
    ready = read_files([("demo-hall.json", demo_hall_json(AGENCIES, SERVICES).encode())])
    with db.write() as session:
        store(session, ready, datetime.fromisoformat("2026-11-24T07:00:00+07:00"))
    return kiosk(database=lambda: db)


def test_the_kiosk_starts_with_the_agencies_and_every_service_is_three_taps_away(
    hall_kiosk: KioskDriver, tmp_path: Path
) -> None:
    k = hall_kiosk
    k.tap("welcome.takeTicket")
    assert k.text("page.title") == "Pilih instansi tujuan Anda"
    assert k.session.finder.agencies.rowCount() == AGENCIES
    first = DEMO_AGENCIES[0]  # the office's own agency: its real licence and 7 examples
    assert k.find(f"agency.{first}").property("subtext") == "8 layanan"
    assert sum(r["count"] for r in k.session.finder.agencies.rows()) == SERVICES + 1
    k.settle()
    assert problems(k.window) == []
    save_screenshot(k.window, "kiosk-agencies-id-landscape.png", tmp_path)
    # Every agency lists exactly its services; its first and last (the one furthest down its
    # list) are each three taps from welcome: take ticket, agency, service. The ones between are
    # rows of the same list (walking all 200 cost this test most of a minute).
    for agency_index in range(AGENCIES):
        agency = DEMO_AGENCIES[agency_index]
        numbers = [FIRST_NUMBER + i for i in range(SERVICES) if i % AGENCIES == agency_index]
        for number in (numbers[0], numbers[-1]):
            k.session.home()
            k.taps = 0
            k.tap("welcome.takeTicket")
            _tap_agency(k, agency)
            assert k.text("services.agency") == agency
            listed = {r["number"] for r in k.session.finder.results.rows()}
            own = {50} if agency_index == 0 else set()  # the office's real licence
            assert listed == set(numbers) | own, agency
            if number == numbers[0]:
                k.settle()
                assert problems(k.window) == [], agency
            _tap_service(k, number)
            assert k.screen == "standard" and k.taps == 3, (agency, number, k.tapped[-3:])
    save_screenshot(k.window, "kiosk-agency-standard-id-landscape.png", tmp_path)
    k.session.home()
    k.tap("header.language")
    k.tap("welcome.takeTicket")
    assert k.text("page.title") == "Choose the agency you came for"
    assert k.find(f"agency.{first}").property("subtext") == "8 services"
    k.settle()
    assert problems(k.window) == []
    save_screenshot(k.window, "kiosk-agencies-en-landscape.png", tmp_path)


def test_typing_searches_every_agency_and_back_returns_to_the_agencies(hall_kiosk: KioskDriver) -> None:
    k = hall_kiosk
    k.tap("welcome.takeTicket")
    _tap_agency(k, DEMO_AGENCIES[2])
    assert k.session.finder.results.rowCount() == 7
    k.tap("page.back")
    assert k.screen == "services" and k.text("page.title") == "Pilih instansi tujuan Anda"
    k.tap("services.keyboard")
    k.type_on_keyboard("contoh layanan 150")
    assert [r["number"] for r in k.session.finder.results.rows()][:1] == [FIRST_NUMBER + 149]
    k.tap(f"service.{FIRST_NUMBER + 149}")
    assert k.screen == "standard"
    assert "contoh" in k.screen_text().lower()  # labelled an example, not a real standard


def _tap_agency(k: KioskDriver, agency: str) -> None:
    """Scroll the agency grid to the tile when it is below the fold (a swipe, not a tap)."""
    labels = [r["label"] for r in k.session.finder.agencies.rows()]
    _scroll_to(k, "services.agencies", labels.index(agency))
    k.tap(f"agency.{agency}")


def _tap_service(k: KioskDriver, number: int) -> None:
    numbers = [r["number"] for r in k.session.finder.results.rows()]
    _scroll_to(k, "services.results", numbers.index(number))
    k.tap(f"service.{number}")


def _scroll_to(k: KioskDriver, view: str, index: int) -> None:
    from PySide6.QtCore import Q_ARG, QMetaObject

    QMetaObject.invokeMethod(k.find(view), "positionViewAtIndex", Q_ARG(int, index), Q_ARG(int, 4))  # ListView.Contain
    k.settle()


@pytest.mark.parametrize(("size", "large", "language"), [
    ((1080, 1920), False, "id"), ((1080, 1920), True, "en"), ((1920, 1080), True, "id")])
def test_the_agency_screens_fit_portrait_panels_and_large_text(
    kiosk: KioskFactory, size: tuple[int, int], large: bool, language: str, tmp_path: Path
) -> None:
    db = kiosk.database(parse_instant(OPEN_MOMENT), demo=False)
    with db.write() as session:
        store(session, read_files([("demo-hall.json", demo_hall_json(AGENCIES, SERVICES).encode())]),
              datetime.fromisoformat("2026-11-24T07:00:00+07:00"))
    k = kiosk(database=lambda: db, size=size)
    if large:
        k.tap("header.textSize")
    if language == "en":
        k.tap("header.language")
    k.tap("welcome.takeTicket")
    k.settle()
    assert problems(k.window) == []
    shape = ("large-text-" if large else "") + f"{language}-{'portrait' if size[0] < size[1] else 'landscape'}"
    save_screenshot(k.window, f"kiosk-agencies-{shape}.png", tmp_path)
    _tap_agency(k, DEMO_AGENCIES[AGENCIES - 1])
    k.settle()
    assert problems(k.window) == []
    save_screenshot(k.window, f"kiosk-agency-services-{shape}.png", tmp_path)
    assert k.exists("services.allAgencies") and k.exists("services.info")
