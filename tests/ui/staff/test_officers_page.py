"""The Officers page of the console, in a real window: an administrator adds an officer, lifts a
lockout, resets a PIN and deactivates an account; a supervisor may only lift lockouts. Every
change is the domain's, so it is audited and checked again there."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from devices.printing import Printer, PrinterSettings
from kiosk import audit, config
from kiosk.clock import parse_instant
from kiosk.staff import SignInRefused, get_officer, sign_in
from tests.staff.hall import PINS, SECRET, Hall
from tests.ui.qtsupport import cut_off_texts, find, is_shown, overlapping_texts, save_screenshot
from tests.ui.staff.screens import click, key, text_of, type_into
from ui.common.host import RoleHandle, RoleOptions
from ui.staff.officers import OfficersPage
from ui.staff.screen import open_staff
from ui.staff.viewmodel import StaffDesk

NOW = parse_instant("2026-11-24T09:00:00+07:00")


@pytest.fixture
def console(hall: Hall, qtbot: QtBot, tmp_path: Path) -> Iterator[tuple[RoleHandle, StaffDesk, OfficersPage]]:
    settings = config.validate({"database": {"url": hall.db.url}, "security": {"secret": SECRET},
                                "terminal": {"name": "PC-Supervisor", "language": "id"}}, "test")
    printer = Printer(PrinterSettings(kind="virtual", output_dir=tmp_path / "printed"))
    handle, desk = open_staff(settings, lambda: NOW, RoleOptions(size=(1366, 768)), db=hall.db, printer=printer)
    page = next(k for k in handle.keep if isinstance(k, OfficersPage))
    qtbot.waitExposed(handle.window)
    yield handle, desk, page
    page.wait()
    desk.wait_for_background()
    handle.close()


def _sign_in_and_open(handle: RoleHandle, desk: StaffDesk, page: OfficersPage, qtbot: QtBot, code: str) -> None:
    type_into(handle.window, "signin.officer", code)
    type_into(handle.window, "signin.pin", PINS[code.upper()], enter=True)
    assert desk.property("screen") == "desk"
    key(handle.window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert desk.property("page") == "officers"
    qtbot.waitUntil(lambda: page.rows.rowCount() == 3, timeout=5000)
    qtbot.waitUntil(lambda: is_shown(handle.window, "officers.row.BUDI"), timeout=5000)  # delegates are made lazily


def _settled(page: OfficersPage, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: not page.property("busy"), timeout=10000)
    page.wait()
    qtbot.wait(30)


def _check(handle: RoleHandle, name: str, tmp_path: Path, qtbot: QtBot) -> None:
    qtbot.wait(50)
    assert cut_off_texts(handle.window) == [], name
    assert overlapping_texts(handle.window) == [], name
    save_screenshot(handle.window, name, tmp_path)


def _lock_out_budi(hall: Hall) -> None:
    for _ in range(5):
        with pytest.raises(SignInRefused):
            sign_in(hall.db, "budi", "000000", counter="1", terminal="Loket-1", now=NOW)


def test_an_administrator_runs_the_accounts_from_the_console(
    hall: Hall, console: tuple[RoleHandle, StaffDesk, OfficersPage], qtbot: QtBot, tmp_path: Path
) -> None:
    handle, desk, page = console
    window = handle.window
    _lock_out_budi(hall)
    _sign_in_and_open(handle, desk, page, qtbot, "citra")
    assert text_of(window, "officers.lockedCount") == "1 akun terkunci"
    if hall.db.is_sqlite:
        _check(handle, "console-officers-id.png", tmp_path, qtbot)

    type_into(window, "officers.newCode", "dedi")
    type_into(window, "officers.newName", "Dedi Kurniawan")
    type_into(window, "officers.newPin", "975310")
    type_into(window, "officers.newPinAgain", "975310")
    click(window, "officers.add")
    _settled(page, qtbot)
    assert text_of(window, "officers.message") == "Petugas DEDI (Dedi Kurniawan) ditambahkan."
    qtbot.waitUntil(lambda: page.rows.rowCount() == 4, timeout=5000)
    assert get_officer(hall.db, "dedi").role == "officer"  # type: ignore[union-attr]

    click(window, "officers.row.BUDI")
    assert text_of(window, "officers.selected") == "Petugas BUDI"
    click(window, "officers.unlock")
    _settled(page, qtbot)
    assert text_of(window, "officers.message") == "Kunci akun BUDI dibuka."
    assert not find(window, "officers.lockedCount").isVisible()
    sign_in(hall.db, "budi", PINS["BUDI"], counter="2", terminal="Loket-2", now=NOW)

    type_into(window, "officers.resetPin", "864200")
    type_into(window, "officers.resetPinAgain", "864200")
    click(window, "officers.setPin")
    _settled(page, qtbot)
    assert text_of(window, "officers.message") == "PIN BUDI telah diganti."
    click(window, "officers.toggleActive")
    _settled(page, qtbot)
    assert text_of(window, "officers.message") == "Akun BUDI dinonaktifkan; sesinya diakhiri."
    assert get_officer(hall.db, "budi").active is False  # type: ignore[union-attr]
    assert text_of(window, "officers.toggleActive") == "Aktifkan akun"

    # The administrator cannot switch off their own account: the domain says so, in Indonesian.
    click(window, "officers.row.CITRA")
    click(window, "officers.toggleActive")
    _settled(page, qtbot)
    assert text_of(window, "officers.message") == "Anda tidak dapat menonaktifkan akun Anda sendiri."
    actions = [e.action for e in audit.entries(hall.db, action_prefix="staff.")]
    for action in ("staff.add", "staff.unlock", "staff.set_pin", "staff.change"):
        assert action in actions
    if hall.db.is_sqlite:
        click(window, "desk.language")
        qtbot.waitUntil(lambda: text_of(window, "officers.toggleActive") == "Deactivate account", timeout=3000)
        _check(handle, "console-officers-en.png", tmp_path, qtbot)


def test_a_supervisor_sees_lockouts_and_lifts_them_but_cannot_change_accounts(
    hall: Hall, console: tuple[RoleHandle, StaffDesk, OfficersPage], qtbot: QtBot
) -> None:
    handle, desk, page = console
    window = handle.window
    _lock_out_budi(hall)
    _sign_in_and_open(handle, desk, page, qtbot, "ani")
    assert not find(window, "officers.modeAdd").isVisible()
    click(window, "officers.row.BUDI")
    assert not find(window, "officers.editName").isVisible()
    click(window, "officers.unlock")
    _settled(page, qtbot)
    assert text_of(window, "officers.message") == "Kunci akun BUDI dibuka."
    # Had a tampered screen sent the change anyway, the domain refuses it.
    page.change("BUDI", "Budi", "administrator")
    _settled(page, qtbot)
    assert "tidak berwenang mengelola petugas" in text_of(window, "officers.message")
    assert get_officer(hall.db, "budi").role == "officer"  # type: ignore[union-attr]


@pytest.mark.expect_warnings(r"ui\.staff\.pages: database_busy")
def test_the_console_stays_responsive_while_the_database_stalls(
    hall: Hall, console: tuple[RoleHandle, StaffDesk, OfficersPage], qtbot: QtBot
) -> None:
    """Another client holds the officers table: the page's write waits off the screen's thread, the
    window keeps drawing and answering (timer ticks stay frequent), then says calmly what happened."""
    import time
    from itertools import pairwise

    from PySide6.QtCore import QTimer

    from tests.support.locks import write_lock_held

    handle, desk, page = console
    window = handle.window
    _sign_in_and_open(handle, desk, page, qtbot, "citra")
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    try:
        with write_lock_held(hall.db, "officer"):
            page.add("dedi", "Dedi Kurniawan", "officer", "975310", "975310")
            assert page.property("busy")
            qtbot.waitUntil(lambda: not page.property("busy"), timeout=15000)
    finally:
        timer.stop()
    gaps = [b - a for a, b in pairwise(ticks)]
    assert len(ticks) > 50 and max(gaps) < 0.5, f"the screen froze for {max(gaps):.2f} s"
    assert text_of(window, "officers.message").startswith("Basis data sedang sibuk")
    page.add("dedi", "Dedi Kurniawan", "officer", "975310", "975310")
    _settled(page, qtbot)
    assert text_of(window, "officers.message") == "Petugas DEDI (Dedi Kurniawan) ditambahkan."
