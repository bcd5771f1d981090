"""The Terminals page in a real window: kiosks, desks and displays report in once a minute; a
silent one is marked, a kiosk out of paper is flagged, and a test print asked from the console
comes out of that kiosk's printer at its next heartbeat."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from devices.printing import Printer, PrinterSettings
from devices.printing.decode import decode
from kiosk import audit, config
from kiosk.clock import parse_instant
from kiosk.terminals import beat, list_terminals
from kiosk.ticketing import LocalDesk
from tests.staff.hall import PINS, SECRET, Hall
from tests.ui.qtsupport import cut_off_texts, is_shown, overlapping_texts, save_screenshot
from tests.ui.staff.screens import click, key, text_of, type_into
from ui.common.host import RoleHandle, RoleOptions
from ui.staff.screen import open_staff
from ui.staff.terminalspage import TerminalsPage
from ui.staff.viewmodel import StaffDesk

NOW = parse_instant("2026-11-24T09:00:00+07:00")


def _settings(hall: Hall, name: str) -> config.Settings:
    return config.validate({"database": {"url": hall.db.url}, "security": {"secret": SECRET},
                            "terminal": {"name": name, "language": "id"}}, "test")


@pytest.fixture
def console(hall: Hall, qtbot: QtBot, tmp_path: Path) -> Iterator[tuple[RoleHandle, StaffDesk, TerminalsPage]]:
    printer = Printer(PrinterSettings(kind="virtual", output_dir=tmp_path / "desk-printer"))
    handle, desk = open_staff(_settings(hall, "PC-Supervisor"), lambda: NOW, RoleOptions(size=(1366, 768)),
                              db=hall.db, printer=printer)
    page = next(k for k in handle.keep if isinstance(k, TerminalsPage))
    qtbot.waitExposed(handle.window)
    yield handle, desk, page
    page.wait()
    desk.wait_for_background()
    handle.close()


def _settled(page: TerminalsPage, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: not page.property("busy"), timeout=15000)
    page.wait()
    qtbot.wait(50)


def test_the_console_sees_every_terminal_and_gets_a_test_print_out_of_a_kiosk(
    hall: Hall, console: tuple[RoleHandle, StaffDesk, TerminalsPage], qtbot: QtBot, tmp_path: Path
) -> None:
    handle, desk, page = console
    window = handle.window
    kiosk_printer = Printer(PrinterSettings(kind="virtual", output_dir=tmp_path / "kiosk-printer"))
    kiosk = LocalDesk(hall.db, _settings(hall, "Kios-Lobi"), lambda: NOW, kiosk_printer, terminal="Kios-Lobi")
    kiosk.beat()
    beat(hall.db, "Kios-Lantai2", "kiosk", NOW - timedelta(minutes=1), printer_state="paper_out",
         printer_message="Kertas printer habis.")
    beat(hall.db, "Layar-Tunggu", "display", NOW - timedelta(minutes=20))

    type_into(window, "signin.officer", "ani")
    type_into(window, "signin.pin", PINS["ANI"], enter=True)
    key(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert desk.property("page") == "terminals"
    qtbot.waitUntil(lambda: is_shown(handle.window, "terminals.row.Layar-Tunggu"), timeout=5000)
    _settled(page, qtbot)
    assert text_of(window, "terminals.seen.Layar-Tunggu") == "08.40 (20 menit lalu) - tidak aktif"
    assert text_of(window, "terminals.printer.Kios-Lantai2") == "Kertas printer habis. Ganti gulungan kertas."
    assert not is_shown(handle.window, "terminals.testPrint.Layar-Tunggu")

    click(window, "terminals.testPrint.Kios-Lobi")
    _settled(page, qtbot)
    assert text_of(window, "terminals.message").startswith("Permintaan cetak uji dikirim ke Kios-Lobi")
    qtbot.waitUntil(lambda: text_of(window, "terminals.printer.Kios-Lobi") == "Menunggu cetak uji…", timeout=5000)
    if hall.db.is_sqlite:
        qtbot.wait(50)
        assert cut_off_texts(window) == [] and overlapping_texts(window) == []
        save_screenshot(window, "console-terminals-id.png", tmp_path)

    kiosk.beat()  # its next heartbeat
    [png] = sorted((tmp_path / "kiosk-printer").glob("*.png"))
    lines = [line.strip() for line in decode(png.with_suffix(".bin").read_bytes()).lines()]
    assert "CETAK UJI / TEST PRINT" in lines and "Terminal: Kios-Lobi" in lines
    assert Image.open(png).size[0] > 0
    click(window, "terminals.reload")
    _settled(page, qtbot)
    assert text_of(window, "terminals.printer.Kios-Lobi") == "Siap; cetakan terakhir berhasil."
    [asked] = audit.entries(hall.db, action_prefix="terminal.")
    assert (asked.actor, asked.subject) == ("ANI", "terminal:Kios-Lobi")
    assert {t.name for t in list_terminals(hall.db)} >= {"Kios-Lobi", "Kios-Lantai2", "Layar-Tunggu"}
    if hall.db.is_sqlite:
        click(window, "desk.language")
        qtbot.waitUntil(lambda: text_of(window, "terminals.reload") == "Reload", timeout=3000)
        qtbot.wait(50)
        assert cut_off_texts(window) == [] and overlapping_texts(window) == []
        save_screenshot(window, "console-terminals-en.png", tmp_path)
