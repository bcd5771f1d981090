"""The Office calendar page in a real window: the year at a glance, the warning on a year whose
holiday list is not official, and a supervisor closing the hall for a local holiday, which every
terminal's calendar then follows."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QMetaObject, Qt
from pytestqt.qtbot import QtBot

from devices.printing import Printer, PrinterSettings
from kiosk import audit, config
from kiosk.clock import parse_instant
from kiosk.queue import Office
from tests.staff.hall import PINS, SECRET, Hall
from tests.ui.qtsupport import cut_off_texts, find, is_shown, overlapping_texts, save_screenshot
from tests.ui.staff.screens import click, key, text_of, type_into
from ui.common.host import RoleHandle, RoleOptions
from ui.staff.calendarpage import CalendarPage
from ui.staff.screen import open_staff
from ui.staff.viewmodel import StaffDesk

NOW = parse_instant("2026-11-24T09:00:00+07:00")


def _settings(hall: Hall) -> config.Settings:
    return config.validate({"database": {"url": hall.db.url}, "security": {"secret": SECRET},
                            "terminal": {"name": "PC-Supervisor", "language": "id"}}, "test")


@pytest.fixture
def console(hall: Hall, qtbot: QtBot, tmp_path: Path) -> Iterator[tuple[RoleHandle, StaffDesk, CalendarPage]]:
    printer = Printer(PrinterSettings(kind="virtual", output_dir=tmp_path / "printed"))
    handle, desk = open_staff(_settings(hall), lambda: NOW, RoleOptions(size=(1366, 768)), db=hall.db,
                              printer=printer)
    page = next(k for k in handle.keep if isinstance(k, CalendarPage))
    qtbot.waitExposed(handle.window)
    yield handle, desk, page
    page.wait()
    desk.wait_for_background()
    handle.close()


def _settled(page: CalendarPage, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: not page.property("busy"), timeout=15000)
    page.wait()
    qtbot.wait(50)


def _check(handle: RoleHandle, name: str, tmp_path: Path, qtbot: QtBot) -> None:
    qtbot.wait(50)
    assert cut_off_texts(handle.window) == [], name
    assert overlapping_texts(handle.window) == [], name
    save_screenshot(handle.window, name, tmp_path)


def test_a_supervisor_closes_the_hall_for_a_local_holiday(
    hall: Hall, console: tuple[RoleHandle, StaffDesk, CalendarPage], qtbot: QtBot, tmp_path: Path
) -> None:
    handle, desk, page = console
    window = handle.window
    type_into(window, "signin.officer", "ani")
    type_into(window, "signin.pin", PINS["ANI"], enter=True)
    key(window, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
    assert desk.property("page") == "calendar"
    _settled(page, qtbot)
    assert text_of(window, "calendar.year") == "2026"
    assert not find(window, "calendar.estimated").isVisible()
    assert page.months.rowCount() == 12 and page.closedDays.rowCount() == 25

    type_into(window, "calendar.closeDate", "15/12/2026")
    type_into(window, "calendar.closeReason", "Hari jadi Kabupaten Purwakarta")
    click(window, "calendar.close")
    _settled(page, qtbot)
    assert text_of(window, "calendar.message") == ("Kantor tutup pada Selasa, 15 Desember 2026: "
                                                   "Hari jadi Kabupaten Purwakarta.")
    assert page.closedDays.rowCount() == 26
    # Another terminal (a kiosk started from the same hall database) is closed that day.
    kiosk = Office.from_settings(_settings(hall), hall.db)
    closed = kiosk.calendar.closed_day(date(2026, 12, 15))
    assert closed is not None and closed.reason_id == "Hari jadi Kabupaten Purwakarta"
    [entry] = audit.entries(hall.db, action_prefix="calendar.")
    assert (entry.actor, entry.subject) == ("ANI", "day:2026-12-15")
    if hall.db.is_sqlite:
        _check(handle, "console-calendar-id.png", tmp_path, qtbot)

    click(window, "calendar.next")
    _settled(page, qtbot)
    assert text_of(window, "calendar.year") == "2027"
    assert find(window, "calendar.estimated").isVisible()
    assert "Daftar hari libur 2027 belum ditetapkan resmi" in text_of(window, "calendar.estimated")
    click(window, "calendar.previous")
    _settled(page, qtbot)
    QMetaObject.invokeMethod(find(window, "calendar.closed"), "positionViewAtEnd")  # December is at the end
    qtbot.waitUntil(lambda: is_shown(handle.window, "calendar.reopen.2026-12-15"), timeout=5000)
    click(window, "calendar.reopen.2026-12-15")
    _settled(page, qtbot)
    assert text_of(window, "calendar.message") == "Selasa, 15 Desember 2026 kembali menjadi hari kerja."
    assert page.closedDays.rowCount() == 25
    if hall.db.is_sqlite:
        click(window, "calendar.next")
        _settled(page, qtbot)
        click(window, "desk.language")
        qtbot.waitUntil(lambda: text_of(window, "calendar.close") == "Close the office on this day", timeout=3000)
        _settled(page, qtbot)
        _check(handle, "console-calendar-en.png", tmp_path, qtbot)


def test_a_supervisor_sets_the_halls_hours_and_every_terminal_follows(
    hall: Hall, console: tuple[RoleHandle, StaffDesk, CalendarPage], qtbot: QtBot, tmp_path: Path
) -> None:
    """Saturday mornings open, the Friday prayer break kept, issuing stops 45 minutes before
    closing: a kiosk started on the same database issues on Saturday until 11.15, a wrong time is
    refused with the day named, and the change is in the audit log."""
    handle, _desk, page = console
    window = handle.window
    type_into(window, "signin.officer", "ani")
    type_into(window, "signin.pin", PINS["ANI"], enter=True)
    key(window, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
    _settled(page, qtbot)
    assert text_of(window, "calendar.hoursSummary") == (
        "Jam layanan: Sen-Kam 08:00-15:00 · Jum 08:00-15:00 (istirahat 11:30-13:00) · "
        "nomor antrean berhenti 30 menit sebelum tutup")
    click(window, "calendar.editHours")
    qtbot.waitUntil(lambda: find(window, "calendar.hours.sat").isVisible(), timeout=3000)
    assert text_of(window, "calendar.hours.mon") == "08:00-15:00"
    assert text_of(window, "calendar.breaks.fri") == "11:30-13:00"
    type_into(window, "calendar.hours.sat", "8-12")
    click(window, "calendar.saveHours")
    _settled(page, qtbot)
    assert text_of(window, "calendar.hoursMessage").startswith(
        "Jam layanan hari Sabtu tidak dapat dipakai ('8-12'). Tulis seperti 08:00-15:00")
    type_into(window, "calendar.hours.sat", "08:00-12:00")
    type_into(window, "calendar.cutoff", "45")
    if hall.db.is_sqlite:
        _check(handle, "console-hours-id.png", tmp_path, qtbot)
    click(window, "calendar.saveHours")
    _settled(page, qtbot)
    assert page.property("message") == "Jam layanan disimpan; semua terminal mengikutinya dalam satu menit."
    qtbot.waitUntil(lambda: not is_shown(handle.window, "calendar.saveHours"), timeout=3000)
    assert text_of(window, "calendar.message") == (
        "Jam layanan disimpan; semua terminal mengikutinya dalam satu menit.")
    assert text_of(window, "calendar.hoursSummary") == (
        "Jam layanan: Sen-Kam 08:00-15:00 · Jum 08:00-15:00 (istirahat 11:30-13:00) · Sab 08:00-12:00 · "
        "nomor antrean berhenti 45 menit sebelum tutup")
    # A kiosk of the same hall: open on Saturday morning, issuing until 11.15.
    kiosk = Office.from_settings(_settings(hall), hall.db)
    saturday = parse_instant("2026-11-28T10:00:00+07:00")
    status = kiosk.calendar.status_at(saturday)
    assert status.state == "open" and "11.15" in status.reason_id
    assert kiosk.calendar.is_working_day(date(2026, 11, 28))
    [entry] = audit.entries(hall.db, action_prefix="calendar.set_hours")
    assert entry.actor == "ANI"
    if hall.db.is_sqlite:
        click(window, "desk.language")
        qtbot.waitUntil(lambda: text_of(window, "calendar.close") == "Close the office on this day", timeout=3000)
        assert text_of(window, "calendar.hoursSummary").startswith("Service hours: Mon-Thu 08:00-15:00 · Fri")
        click(window, "calendar.editHours")
        qtbot.waitUntil(lambda: find(window, "calendar.hours.sat").isVisible(), timeout=3000)
        _check(handle, "console-hours-en.png", tmp_path, qtbot)
