"""The walk-in kiosk with keys only: a keyboard (Tab, arrows, Return, Space, Escape) and a USB
numeric keypad as on cash machines (2/8 move, 4/6 change the option, 5 select, 0 back). Both
applicants — one with every paper, one missing some — go from welcome to paper in their hand,
on the real screens and a real (pty) printer, without a single tap.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt

from devices.printing import PrinterSettings
from tests.printing.conftest import FakeFactory
from tests.ui.kiosk.driver import KioskDriver, KioskFactory, all_items, ring_shown
from tests.ui.qtsupport import save_screenshot

K = Qt.Key
SERVICE = 50  # first in the list: 7 requirements (conditions and documents)


def serial(port: str, tmp_path: Path) -> PrinterSettings:
    return PrinterSettings(kind="serial", port=port, output_dir=tmp_path / "previews", keep_previews=True)


def on(k: KioskDriver, name: str) -> None:
    assert k.focused_name() == name, f"the keys are on {k.focused_name()!r}, not {name!r} ({k.screen})"
    assert ring_shown(k.focused()), f"no focus ring on {name}"


def press_until(k: KioskDriver, key: K, name: str, *, keypad: bool = False, at_most: int = 12) -> int:
    """Press ``key`` until ``name`` has the focus; how many presses it took (bounded)."""
    for count in range(at_most + 1):
        if k.focused_name() == name:
            return count
        k.press(key, keypad=keypad)
    raise AssertionError(f"{at_most} x {key.name} never reached {name}; on {k.focused_name()!r}")


def requirement_count(k: KioskDriver) -> int:
    return len([i for i in all_items(k.window.contentItem()) if re.fullmatch(r"checklist\.item\.\d+", i.objectName())])


def test_a_ready_applicant_gets_a_ticket_with_the_keyboard_alone(
    kiosk: KioskFactory, serial_printer: FakeFactory, tmp_path: Path
) -> None:
    printer = serial_printer("ok")
    k = kiosk(printer=serial(printer.port, tmp_path))
    k.press(K.Key_Tab)  # the first key shows where the keys are
    k.press(K.Key_Backtab)
    on(k, "welcome.takeTicket")
    save_screenshot(k.window, "keys-welcome.png", tmp_path)
    k.press(K.Key_Return)

    assert k.screen == "services"
    on(k, f"service.{SERVICE}")  # the keys start on the list
    # Letters typed anywhere search; Return takes the keys to what was found.
    for letter in "26791":
        k.press(getattr(K, f"Key_{letter}"))
    assert k.session.finder.query == "26791"
    k.press(K.Key_Return)
    on(k, f"service.{SERVICE}")
    save_screenshot(k.window, "keys-services.png", tmp_path)
    k.press(K.Key_Space)

    assert k.screen == "standard"
    on(k, "standard.continue")
    k.press(K.Key_Up, times=3)  # back, then the standard's text (a pane that scrolls with the keys)
    on(k, "standard.scroll")
    top = k.find("standard.scroll").property("contentY")
    k.press(K.Key_Down)
    assert k.find("standard.scroll").property("contentY") > top  # read on
    save_screenshot(k.window, "keys-standard.png", tmp_path)
    press_until(k, K.Key_Tab, "standard.continue")
    k.press(K.Key_Return)

    assert k.screen == "checklist"
    total = requirement_count(k)
    on(k, "checklist.item.1.ada")
    save_screenshot(k.window, "keys-checklist.png", tmp_path)
    for row in range(1, total + 1):
        on(k, f"checklist.item.{row}.ada")
        k.press(K.Key_Space)  # "Ada" / "Ya"
        assert k.session.answers.answers()[row] == "ada"
        k.press(K.Key_Down)  # to the next requirement, past this row's other answers
    press_until(k, K.Key_Tab, "checklist.continue")
    k.press(K.Key_Return)

    assert k.screen == "priority"
    on(k, "priority.none")
    save_screenshot(k.window, "keys-priority.png", tmp_path)
    k.press(K.Key_Return)
    k.wait_screen("ticket")
    on(k, "ticket.done")
    save_screenshot(k.window, "keys-ticket.png", tmp_path)
    assert k.text("ticket.code") == "A-001"
    received = printer.received(at_least=100)
    assert b"A-001" in received
    k.press(K.Key_Return)
    assert k.screen == "welcome"
    assert k.taps == 0


def test_an_applicant_missing_papers_prints_the_list_with_the_keyboard_alone(
    kiosk: KioskFactory, serial_printer: FakeFactory, tmp_path: Path
) -> None:
    printer = serial_printer("ok")
    k = kiosk(printer=serial(printer.port, tmp_path))
    k.press(K.Key_Return)  # welcome: the keys start on "Ambil nomor antrean"
    k.press(K.Key_Escape)  # back to welcome, and in again
    assert k.screen == "welcome"
    k.press(K.Key_Return)
    k.press(K.Key_Return)
    assert k.screen == "standard"
    k.press(K.Key_Return)

    assert k.screen == "checklist"
    k.press(K.Key_Down)
    on(k, "checklist.item.2.ada")
    k.press(K.Key_Right)  # the same requirement's next answer
    on(k, "checklist.item.2.belum")
    k.press(K.Key_Return)
    on(k, "checklist.item.2.belum")  # the keys stay on the chosen answer
    k.press(K.Key_Down)
    k.press(K.Key_Up)
    on(k, "checklist.item.2.belum")  # coming back lands on the chosen answer
    save_screenshot(k.window, "keys-checklist-answered.png", tmp_path)
    # Down passes a row's answers: one press per requirement to the bar, then right along it.
    assert press_until(k, K.Key_Down, "page.back", at_most=20) == requirement_count(k) - 1
    k.press(K.Key_Right)
    assert k.text("checklist.allPresent") == "Sisanya sudah ada"
    k.press(K.Key_Return)

    assert k.screen == "result"
    assert k.text("page.title") == "Ada persyaratan yang belum terpenuhi"
    on(k, "result.scroll")
    save_screenshot(k.window, "keys-result.png", tmp_path)
    press_until(k, K.Key_Tab, "result.printList")
    k.press(K.Key_Return)
    k.wait_until(lambda: k.session.result.receipt == "printed", what="the receipt")
    received = re.sub(rb"\s+", b" ", printer.received(at_least=200))
    assert b"PERSYARATAN YANG BELUM TERPENUHI" in received
    assert b"Memiliki akun Sistem Informasi Industri Nasional." in received
    press_until(k, K.Key_Tab, "result.done")
    k.press(K.Key_Return)
    assert k.screen == "welcome"
    assert k.taps == 0


def keypad(k: KioskDriver, digits: str) -> None:
    for digit in digits:
        k.press(getattr(K, f"Key_{digit}"), keypad=True)


def test_a_ready_applicant_gets_a_ticket_with_the_keypad_alone(
    kiosk: KioskFactory, serial_printer: FakeFactory, tmp_path: Path
) -> None:
    printer = serial_printer("ok")
    k = kiosk(printer=serial(printer.port, tmp_path))
    keypad(k, "2")
    on(k, "welcome.lookup")
    keypad(k, "8")
    on(k, "welcome.takeTicket")
    keypad(k, "5")
    assert k.screen == "services"
    keypad(k, "2")
    on(k, "service.101")
    keypad(k, "8")
    on(k, f"service.{SERVICE}")
    keypad(k, "5")
    assert k.screen == "standard"
    keypad(k, "0")  # back to the list, then in again
    assert k.screen == "services"
    keypad(k, "5")
    assert k.screen == "standard"
    on(k, "standard.continue")
    keypad(k, "5")

    assert k.screen == "checklist"
    total = requirement_count(k)
    for row in range(1, total + 1):
        on(k, f"checklist.item.{row}.ada")
        keypad(k, "52")  # choose "Ada", next requirement
    assert k.session.answers.answered == total
    # Past the last requirement: the bar's buttons, left to right.
    on(k, "page.back")
    keypad(k, "6")
    on(k, "checklist.continue")
    keypad(k, "5")

    assert k.screen == "priority"
    on(k, "priority.none")
    keypad(k, "5")
    k.wait_screen("ticket")
    assert k.text("ticket.code") == "A-001"
    assert b"A-001" in printer.received(at_least=100)
    on(k, "ticket.done")
    keypad(k, "5")
    assert k.screen == "welcome"
    assert k.taps == 0


def test_an_applicant_missing_papers_prints_the_list_with_the_keypad_alone(
    kiosk: KioskFactory, serial_printer: FakeFactory, tmp_path: Path
) -> None:
    printer = serial_printer("ok")
    k = kiosk(printer=serial(printer.port, tmp_path))
    keypad(k, "555")
    assert k.screen == "checklist"
    on(k, "checklist.item.1.ada")
    keypad(k, "6")
    on(k, "checklist.item.1.belum")
    keypad(k, "6")
    on(k, "checklist.item.1.tidak_tahu")
    keypad(k, "6")  # the last answer of the row: stays
    on(k, "checklist.item.1.tidak_tahu")
    keypad(k, "45")  # back to "Belum" and choose it
    assert k.session.answers.answers()[1] == "belum"
    total = requirement_count(k)
    for row in range(2, total + 1):
        keypad(k, "2")
        on(k, f"checklist.item.{row}.ada")
        keypad(k, "5")
    keypad(k, "26")
    on(k, "checklist.continue")
    keypad(k, "5")

    assert k.screen == "result"
    on(k, "result.scroll")
    presses = press_until(k, K.Key_2, "result.printList", keypad=True)
    assert presses <= 4
    keypad(k, "5")
    k.wait_until(lambda: k.session.result.receipt == "printed", what="the receipt")
    received = re.sub(rb"\s+", b" ", printer.received(at_least=200))
    assert b"PERSYARATAN YANG BELUM TERPENUHI" in received
    press_until(k, K.Key_6, "result.done", keypad=True)
    keypad(k, "5")
    assert k.screen == "welcome"
    assert k.taps == 0


def test_keys_leave_the_touch_screen_as_it_was(kiosk: KioskFactory) -> None:
    """The focus ring is for people using keys: a tap hides it, so touch users never see it."""
    k = kiosk()
    assert not ring_shown(k.focused())  # nothing pressed yet
    k.press(K.Key_Down)
    assert ring_shown(k.focused())
    k.tap("welcome.takeTicket")
    assert k.screen == "services"
    assert not ring_shown(k.focused())


def test_a_touch_users_scrolled_list_stays_put_after_the_idle_warning(kiosk: KioskFactory) -> None:
    """Focus follows keys; for someone touching, the checklist they scrolled must not jump back."""
    k = kiosk(fake_idle_clock=True)
    k.tap("welcome.takeTicket")
    k.tap(f"service.{SERVICE}")
    k.tap("standard.continue")
    scroll = k.find("checklist.scroll")
    scroll.setProperty("contentY", 400.0)
    k.settle()
    assert k.monotonic is not None
    k.monotonic.advance(50)
    k.wait_until(lambda: k.exists("idle.continue"), what="the idle warning")
    k.tap("idle.continue")
    k.settle()
    assert not k.exists("idle.continue")
    assert k.find("checklist.scroll").property("contentY") == 400.0
