"""The staff desk in English: switching at the sign-in screen, and every page laid out without
cut-off text (docs/screenshots/staff-*-en.png with MPP_SCREENSHOT_DIR set)."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from devices.printing import Printer, PrinterSettings
from kiosk import config
from kiosk.clock import parse_instant
from kiosk.queue import issue_ticket
from tests.staff.hall import PINS, SECRET, Hall
from tests.ui.qtsupport import (
    cut_off_texts,
    find,
    overlapping_texts,
    save_screenshot,
    visible_items,
    visible_texts,
)
from tests.ui.staff.screens import click, key, settle, text_of, type_into
from ui.common.host import RoleOptions
from ui.staff.screen import open_staff


def _check(window, name: str, tmp_path: Path, qtbot: QtBot, shoot: bool) -> None:  # type: ignore[no-untyped-def]
    qtbot.wait(50)
    assert cut_off_texts(window) == [], name
    assert overlapping_texts(window) == [], name
    if shoot:
        save_screenshot(window, name, tmp_path)


def test_the_whole_desk_in_english(hall: Hall, qtbot: QtBot, tmp_path: Path) -> None:
    now = parse_instant("2026-11-24T09:00:00+07:00")
    clock = lambda: now  # noqa: E731
    settings = config.validate({"database": {"url": hall.db.url}, "security": {"secret": SECRET},
                                "terminal": {"name": "Loket-PC-2"}}, "test")
    printer = Printer(PrinterSettings(kind="virtual", output_dir=tmp_path / "printed"))
    handle, desk = open_staff(settings, clock, RoleOptions(size=(1366, 768)), db=hall.db, printer=printer)
    window = handle.window
    shoot = hall.db.is_sqlite
    try:
        qtbot.waitExposed(window)
        assert text_of(window, "signin.submit") == "Masuk"
        click(window, "signin.language")
        assert text_of(window, "signin.submit") == "Sign in"
        _check(window, "staff-signin-en.png", tmp_path, qtbot, shoot)

        issue_ticket(hall.db, 50, office=hall.office, now=now - timedelta(minutes=9), priority="ibu_hamil",
                     checklist={1: "ada", 2: "ada", 3: "belum"})
        settle()
        find(window, "signin.counter").setProperty("currentIndex", 1)
        type_into(window, "signin.officer", "ani")
        type_into(window, "signin.pin", PINS["ANI"], enter=True)
        assert text_of(window, "desk.counter") == "Counter 2"
        key(window, Qt.Key.Key_F2)
        assert text_of(window, "desk.message") == "Calling A-001."
        assert text_of(window, "calling.waited") == "Waiting 9 minutes"
        assert text_of(window, "calling.status") == "Called - Loket 2"
        assert "Priority: pregnant woman" in [str(t.property("text")) for t in visible_texts(window)]
        _check(window, "staff-calling-en.png", tmp_path, qtbot, shoot)
        key(window, Qt.Key.Key_F7)
        qtbot.waitUntil(lambda: find(window, "transfer.target").isVisible(), timeout=5000)
        assert text_of(window, "transfer.counter.1") == "Loket 1"
        _check(window, "staff-transfer-en.png", tmp_path, qtbot, shoot)
        key(window, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: "transfer.target" not in {t.objectName() for t in visible_items(window)}, timeout=5000)

        key(window, Qt.Key.Key_F9)
        type_into(window, "files.applicant", "Dewi Lestari")
        with qtbot.waitSignal(desk.files_page.receiptPrinted, timeout=10000):
            click(window, "files.accept")
        assert "due Thursday, 3 December 2026" in text_of(window, "desk.message")
        _check(window, "staff-files-en.png", tmp_path, qtbot, shoot)

        key(window, Qt.Key.Key_F10)
        type_into(window, "complaints.matter", "Kotak saran penuh")
        click(window, "complaints.save")
        assert "recorded as a suggestion (no complainant identity)" in text_of(window, "desk.message")
        _check(window, "staff-complaints-en.png", tmp_path, qtbot, shoot)

        key(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
        _check(window, "staff-overview-en.png", tmp_path, qtbot, shoot)
        key(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
        _check(window, "staff-audit-en.png", tmp_path, qtbot, shoot)

        click(window, "desk.language")
        assert text_of(window, "desk.counter") == "Loket 2"
    finally:
        desk.wait_for_background()
        handle.close()
    assert isinstance(now, datetime)


def test_run_role_staff_opens_the_sign_in(hall: Hall, qtbot: QtBot) -> None:
    import argparse

    from kiosk.cli.context import Context
    from ui.app import open_role

    settings = config.validate({"database": {"url": hall.db.url}, "security": {"secret": SECRET},
                                "terminal": {"language": "en"}}, "test")
    ctx = Context(argparse.Namespace(windowed=False), settings, lambda: parse_instant("2026-11-24T09:00:00+07:00"))
    handle = open_role("staff", ctx, RoleOptions(size=(1366, 768)))
    try:
        assert handle.window.objectName() == "staff.window"
        assert text_of(handle.window, "signin.submit") == "Sign in"
    finally:
        handle.close()
