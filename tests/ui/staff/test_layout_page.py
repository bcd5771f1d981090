"""The Counters and queues page in a real window: an administrator adds a counter and a queue,
sees the worked example of a policy before saving it, moves a counter to the new queue and
closes another; the changes are the domain's (checked, audited) and reach the queue engine."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from devices.printing import Printer, PrinterSettings
from kiosk import audit, config
from kiosk.clock import parse_instant
from kiosk.queue import list_counters, list_queues
from tests.staff.hall import PINS, SECRET, Hall
from tests.ui.qtsupport import cut_off_texts, find, is_shown, overlapping_texts, save_screenshot
from tests.ui.staff.screens import click, key, text_of, type_into
from ui.common.host import RoleHandle, RoleOptions
from ui.staff.layoutpage import LayoutPage
from ui.staff.screen import open_staff
from ui.staff.viewmodel import StaffDesk

NOW = parse_instant("2026-11-24T09:00:00+07:00")


@pytest.fixture
def console(hall: Hall, qtbot: QtBot, tmp_path: Path) -> Iterator[tuple[RoleHandle, StaffDesk, LayoutPage]]:
    settings = config.validate({"database": {"url": hall.db.url}, "security": {"secret": SECRET},
                                "terminal": {"name": "PC-Admin", "language": "id"}}, "test")
    printer = Printer(PrinterSettings(kind="virtual", output_dir=tmp_path / "printed"))
    handle, desk = open_staff(settings, lambda: NOW, RoleOptions(size=(1366, 768)), db=hall.db, printer=printer)
    page = next(k for k in handle.keep if isinstance(k, LayoutPage))
    qtbot.waitExposed(handle.window)
    yield handle, desk, page
    page.wait()
    desk.wait_for_background()
    handle.close()


def _open_page(handle: RoleHandle, desk: StaffDesk, qtbot: QtBot, code: str) -> None:
    type_into(handle.window, "signin.officer", code)
    type_into(handle.window, "signin.pin", PINS[code.upper()], enter=True)
    assert desk.property("screen") == "desk"
    key(handle.window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    assert desk.property("page") == "layout"
    qtbot.waitUntil(lambda: is_shown(handle.window, "layout.counter.4") and is_shown(handle.window, "layout.queue.B"),
                    timeout=5000)


def _settled(page: LayoutPage, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: not page.property("busy"), timeout=10000)
    page.wait()
    qtbot.wait(30)


def _check(handle: RoleHandle, name: str, tmp_path: Path, qtbot: QtBot) -> None:
    qtbot.wait(50)
    assert cut_off_texts(handle.window) == [], name
    assert overlapping_texts(handle.window) == [], name
    save_screenshot(handle.window, name, tmp_path)


def test_an_administrator_sets_up_counters_and_queues(
    hall: Hall, console: tuple[RoleHandle, StaffDesk, LayoutPage], qtbot: QtBot, tmp_path: Path
) -> None:
    handle, desk, page = console
    window = handle.window
    _open_page(handle, desk, qtbot, "citra")

    type_into(window, "layout.counterNumber", "5")
    type_into(window, "layout.counterName", "Loket Kasir")
    type_into(window, "layout.counterQueues", "a")
    click(window, "layout.addCounter")
    _settled(page, qtbot)
    assert text_of(window, "layout.message") == "Loket Kasir ditambahkan."

    type_into(window, "layout.queueLetter", "k")
    type_into(window, "layout.queueName", "Kasir")
    type_into(window, "layout.queueServices", "50")
    find(window, "layout.policy").setProperty("currentIndex", 1)  # strict
    type_into(window, "layout.ratio", "2")  # typing re-runs the example for the chosen policy
    assert text_of(window, "layout.example") == "Urutan panggilan: P1 P2 P3 R1 R2 R3 R4 R5 R6 R7"
    click(window, "layout.addQueue")
    _settled(page, qtbot)
    assert text_of(window, "layout.message") == "Antrean K ditambahkan."
    kasir = next(q for q in list_queues(hall.db) if q.letter == "K")
    assert (kasir.services, kasir.policy.kind.value) == ((50,), "strict")

    qtbot.waitUntil(lambda: is_shown(handle.window, "layout.counter.5"), timeout=5000)
    click(window, "layout.counter.5")
    type_into(window, "layout.counterQueues", "K")
    click(window, "layout.saveCounter")
    _settled(page, qtbot)
    click(window, "layout.counterToggle.2")
    _settled(page, qtbot)
    assert text_of(window, "layout.message") == "Loket 2 ditutup."
    counters = {c.number: c for c in list_counters(hall.db)}
    assert counters[5].queues == ("K",) and counters[2].is_open is False

    click(window, "layout.queue.A")
    assert text_of(window, "layout.example") == "Urutan panggilan: R1 R2 P1 R3 P2 R4 R5 P3 R6 R7"
    actions = [e.action for e in audit.entries(hall.db, action_prefix="layout.") if e.actor == "CITRA"]
    assert sorted(actions) == ["layout.add_counter", "layout.add_queue", "layout.change_counter"]
    # A wrong entry is refused by the domain, in the desk's language, and nothing changes.
    type_into(window, "layout.queueServices", "lima puluh")
    click(window, "layout.saveQueue")
    _settled(page, qtbot)
    assert text_of(window, "layout.message").startswith("Layanan 'lima puluh': tulis 'semua' atau nomor layanan")
    if hall.db.is_sqlite:
        type_into(window, "layout.queueServices", "semua")
        click(window, "layout.queue.A")
        _check(handle, "console-layout-id.png", tmp_path, qtbot)
        click(window, "desk.language")
        qtbot.waitUntil(lambda: text_of(window, "layout.addQueue") == "Add queue", timeout=3000)
        click(window, "layout.queue.A")
        _check(handle, "console-layout-en.png", tmp_path, qtbot)


def test_a_supervisor_opens_and_closes_counters_but_does_not_change_the_layout(
    hall: Hall, console: tuple[RoleHandle, StaffDesk, LayoutPage], qtbot: QtBot
) -> None:
    handle, desk, page = console
    _open_page(handle, desk, qtbot, "ani")
    assert not is_shown(handle.window, "layout.addCounter")
    click(handle.window, "layout.counterToggle.4")
    _settled(page, qtbot)
    assert {c.number: c.is_open for c in list_counters(hall.db)}[4] is True
    page.addCounter("8", "Loket 8", "A")  # as a tampered screen would
    _settled(page, qtbot)
    assert "tidak berwenang mengatur loket dan antrean" in text_of(handle.window, "layout.message")
    assert 8 not in {c.number for c in list_counters(hall.db)}
