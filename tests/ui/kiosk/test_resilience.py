"""Nothing leaves an applicant stuck: idle wipe, faults, broken screens, the hidden staff exit."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from devices.printing import Printer, PrinterSettings
from kiosk.clock import parse_instant
from kiosk.queue import Office, get_ticket, issue_ticket
from kiosk.setup import initialise
from kiosk.storage import Database
from kiosk.ticketing import LocalDesk, TicketDesk
from tests.support.warnings import Warnings
from tests.ui.kiosk.driver import OPEN_MOMENT, STAFF_PIN, KioskDriver, KioskFactory, MovableClock, kiosk_settings
from ui.common.guard import install_excepthook


def to_checklist(k: KioskDriver) -> None:
    k.tap("welcome.takeTicket")
    k.tap("service.50")
    k.tap("standard.continue")
    assert k.screen == "checklist"


def test_idle_kiosk_counts_down_then_forgets_everything(kiosk: KioskFactory) -> None:
    k = kiosk(fake_idle_clock=True)
    assert k.monotonic is not None
    to_checklist(k)
    k.tap("checklist.item.3.belum")
    k.tap("header.language")
    k.tap("header.textSize")
    assert k.session.largeText and k.session.language.code == "en"

    k.monotonic.advance(50)
    k.wait_until(lambda: k.exists("idle.countdown"), what="the idle countdown")
    assert "10 seconds" in k.text("idle.countdown")
    k.tap("idle.continue")  # still here: nothing is lost
    assert not k.exists("idle.countdown")
    assert k.screen == "checklist" and k.session.answers.checklist.answered == 1

    k.monotonic.advance(61)
    k.wait_screen("welcome")
    assert k.session.language.code == "id" and not k.session.largeText
    assert "Selamat datang" in k.screen_text()
    k.tap("welcome.takeTicket")
    k.tap("service.50")
    k.tap("standard.continue")
    assert "0 dari 13" in k.text("checklist.progress")


def test_the_idle_timeout_runs_on_real_time(kiosk: KioskFactory) -> None:
    k = kiosk(terminal={"idle_timeout": 2})
    to_checklist(k)
    k.tap("checklist.item.1.ada")
    k.wait_screen("welcome", timeout=15)
    assert k.session.answers.checklist.answered == 0


def test_welcome_screen_is_not_counted_as_idle(kiosk: KioskFactory) -> None:
    k = kiosk(fake_idle_clock=True)
    assert k.monotonic is not None
    k.monotonic.advance(3600)
    QApplication.processEvents()
    k.wait_until(lambda: not k.session.idle.armed, what="idle disarmed on welcome")
    assert not k.exists("idle.countdown")


@pytest.mark.expect_warnings(r"was being printed when the kiosk stopped", r"never confirmed were handed to the staff")
def test_a_ticket_cut_off_by_a_crash_mid_print_goes_to_the_staff(kiosk: KioskFactory, tmp_path: Path) -> None:
    first = kiosk(terminal={"name": "Kiosk Lobi 1"})
    assert first.db is not None
    office = Office.from_settings(first.settings)
    # The kiosk process died between reserving the number and confirming the paper.
    issue_ticket(first.db, 50, office=office, now=first.clock(), print_state="pending", terminal="Kiosk Lobi 1")
    first.handle.close()
    kiosk.opened.remove(first)

    restarted = kiosk(terminal={"name": "Kiosk Lobi 1"}, database=lambda: first.db)  # type: ignore[arg-type,return-value]
    assert restarted.screen == "welcome"
    view, _ = get_ticket(first.db, "A-001", office=office, now=first.clock())
    assert view.print_state == "failed" and view.status == "waiting"


def test_a_restarted_kiosk_is_on_screen_before_it_reaches_the_database(
    kiosk: KioskFactory, tmp_path: Path
) -> None:
    """A kiosk back from a power cut shows its welcome screen first; the database (and the
    modules behind it) follow right after the first frame, and the first tap is answered."""
    db = Database(f"sqlite:///{tmp_path / 'hall.db'}")
    initialise(db, kiosk_settings(tmp_path), parse_instant(OPEN_MOMENT))
    seen: list[bool] = []

    def database() -> Database:
        seen.append(any(w.isExposed() for w in QGuiApplication.topLevelWindows()))
        return db

    k = kiosk(database=database)
    assert seen == [True], "the database was reached before the window was on screen"
    assert k.screen == "welcome"
    k.tap("welcome.takeTicket")
    assert k.exists("service.50")
    db.dispose()


@pytest.mark.expect_warnings(r"the kiosk cannot reach its database")
def test_database_down_at_start_shows_a_message_and_reconnects(kiosk: KioskFactory, tmp_path: Path) -> None:
    target = tmp_path / "later" / "kiosk.db"
    db = Database(f"sqlite:///{target}")

    def database() -> Database:
        if not target.exists():
            raise ConnectionError("the hall's database server does not answer")
        return db

    k = kiosk(database=database)
    assert k.screen == "error"
    assert "gangguan" in k.text("page.title")
    assert not k.exists("error.home")  # nothing to do but wait: it retries by itself

    target.parent.mkdir(exist_ok=True)
    initialise(db, kiosk_settings(tmp_path), k.clock())
    k.session.retry()  # what the retry timer does every few seconds
    assert k.screen == "welcome"
    k.tap("welcome.takeTicket")
    assert k.exists("service.50")
    db.dispose()


class _BrokenDesk:
    """A programming error inside the ticket machinery: a fault no real part can produce."""

    def __init__(self, real: TicketDesk) -> None:
        self.real = real

    def opening(self):  # type: ignore[no-untyped-def]
        return self.real.opening()

    def issue(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("bug in the ticket machinery")

    def print_missing(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        return self.real.print_missing(*args, **kwargs)


@pytest.mark.expect_warnings(r"issuing a ticket failed \[RuntimeError\]")
def test_a_failing_issue_shows_a_calm_error_and_offers_to_retry(kiosk: KioskFactory, tmp_path: Path) -> None:
    # Its own clock: the desk is made while kiosk() runs, before ``k`` exists (a lambda reading
    # k.clock raised NameError there, which the kiosk logged as "cannot read the office calendar").
    clock = MovableClock(parse_instant(OPEN_MOMENT))

    def desk(db: Database) -> TicketDesk:
        real = LocalDesk(db, kiosk_settings(tmp_path), clock, Printer(PrinterSettings()))
        return _BrokenDesk(real)  # type: ignore[return-value]

    k = kiosk(desk=desk)
    to_checklist(k)
    k.tap("checklist.allPresent")
    k.tap("priority.none")
    k.wait_screen("error")
    assert k.text("page.title") == "Nomor antrean belum dapat dibuat"
    k.tap("error.retry")
    k.wait_screen("error")
    k.tap("error.home")
    assert k.screen == "welcome"


@pytest.mark.expect_warnings(r"error in KioskSession\.chooseService \[LookupError\]")
def test_an_exception_in_a_slot_is_contained(kiosk: KioskFactory) -> None:
    k = kiosk()
    k.tap("welcome.takeTicket")
    k.session.chooseService(999_999)  # a service removed from the catalog since the list was read
    assert k.screen == "error"
    assert k.text("page.title") == "Mohon maaf, terjadi kesalahan"
    k.tap("error.home")
    assert k.screen == "welcome"


@pytest.mark.expect_warnings(r"ui: uncaught error \[RuntimeError\]")
def test_an_uncaught_error_outside_any_slot_does_not_end_the_kiosk(kiosk: KioskFactory) -> None:
    previous = sys.excepthook
    install_excepthook()
    try:
        k = kiosk()
        k.tap("welcome.takeTicket")

        def explode() -> None:
            raise RuntimeError("a timer callback failed")

        QTimer.singleShot(0, explode)
        k.wait_screen("error")
        assert k.text("page.title") == "Mohon maaf, terjadi kesalahan"
    finally:
        sys.excepthook = previous


@pytest.mark.expect_warnings(r"screen 'standard' failed to load")
def test_a_broken_screen_shows_the_fallback_and_the_kiosk_carries_on(
    kiosk: KioskFactory, qt_warnings: Warnings, tmp_path: Path
) -> None:
    broken = tmp_path / "Broken.qml"
    broken.write_text("import QtQuick\nItem { this is not QML }\n", encoding="utf-8")
    k = kiosk()
    root = k.window
    root.setProperty("screenOverrides", {"standard": broken.as_uri()})
    k.tap("welcome.takeTicket")
    with qt_warnings.expect(r"Broken\.qml", r"screenLoader|Loader"):
        k.tap("service.50")
        assert k.exists("fallback.title")
    assert qt_warnings.matched_expected, "the broken screen should have been reported by QML"
    k.tap("fallback.home")
    assert k.screen == "welcome" and not k.exists("fallback.title")


def test_staff_menu_needs_the_hidden_gesture_and_the_pin(kiosk: KioskFactory) -> None:
    k = kiosk()
    exits: list[bool] = []
    k.session.quitRequested.connect(lambda: exits.append(True))
    for _ in range(4):
        k.tap("header.logo")
    assert not k.exists("pin.1")  # four taps are not the gesture
    k.tap("header.logo")
    assert k.exists("pin.1")

    for digit in "1111":
        k.tap(f"pin.{digit}")
    k.tap("pin.OK")
    assert k.text("staff.message") == "PIN salah. Silakan coba lagi."
    assert not k.exists("staff.exit")

    for digit in STAFF_PIN:
        k.tap(f"pin.{digit}")
    k.tap("pin.OK")
    k.tap("staff.exit")
    assert exits == [True]


def test_without_a_configured_pin_the_staff_menu_stays_shut(kiosk: KioskFactory) -> None:
    k = kiosk(terminal={"staff_pin": ""})
    for _ in range(5):
        k.tap("header.logo")
    assert "PIN petugas belum diatur" in k.text("staff.message")
    assert not k.exists("pin.1")
    k.tap("staff.closeNoPin")
    assert not k.exists("staff.message")


def test_too_many_wrong_pins_lock_the_pad(kiosk: KioskFactory) -> None:
    k = kiosk()
    for _ in range(5):
        k.tap("header.logo")
    for _ in range(5):
        k.tap("pin.9")
        k.tap("pin.OK")
    for digit in STAFF_PIN:
        k.tap(f"pin.{digit}")
    k.tap("pin.OK")
    assert "Terlalu banyak percobaan" in k.text("staff.message")
    assert not k.exists("staff.exit")
