"""A new office: the staff screen creates the first administrator without any command line,
and only while no officer exists (also when two PCs try at the same moment)."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from devices.printing import Printer, PrinterSettings
from kiosk import audit, config
from kiosk.clock import parse_instant
from kiosk.queue import ensure_default_layout
from kiosk.staff import StaffError, list_officers
from kiosk.staff.firstrun import create_first_administrator, needs_first_administrator
from kiosk.storage import Database
from tests.staff.hall import SECRET
from tests.ui.qtsupport import cut_off_texts, find, overlapping_texts, save_screenshot
from tests.ui.staff.screens import click, text_of, type_into
from ui.common.host import RoleOptions
from ui.staff.firstrun import FirstRun
from ui.staff.screen import open_staff

NOW = parse_instant("2026-11-24T09:00:00+07:00")


def _open(db: Database, tmp_path: Path, language: str = "id"):  # type: ignore[no-untyped-def]
    settings = config.validate({"database": {"url": db.url}, "security": {"secret": SECRET},
                                "terminal": {"name": "PC-Admin", "language": language}}, "test")
    printer = Printer(PrinterSettings(kind="virtual", output_dir=tmp_path / "printed"))
    return open_staff(settings, lambda: NOW, RoleOptions(size=(1366, 768)), db=db, printer=printer)


def test_the_first_administrator_is_made_on_the_staff_screen_and_can_sign_in(
    db: Database, qtbot: QtBot, tmp_path: Path
) -> None:
    ensure_default_layout(db)
    handle, desk = _open(db, tmp_path)
    window = handle.window
    first_run = next(k for k in handle.keep if isinstance(k, FirstRun))
    try:
        qtbot.waitExposed(window)
        assert find(window, "firstrun.screen").isVisible()
        assert not find(window, "signin.screen").isVisible()
        qtbot.wait(50)
        assert cut_off_texts(window) == [] and overlapping_texts(window) == []
        if db.is_sqlite:
            save_screenshot(window, "staff-first-run-id.png", tmp_path)
            click(window, "firstrun.language")
            qtbot.wait(50)
            assert cut_off_texts(window) == [] and overlapping_texts(window) == []
            save_screenshot(window, "staff-first-run-en.png", tmp_path)
            click(window, "firstrun.language")
        type_into(window, "firstrun.code", "admin")
        type_into(window, "firstrun.name", "Siti Rahma")
        type_into(window, "firstrun.pin", "246810")
        type_into(window, "firstrun.pinAgain", "246811", enter=True)
        qtbot.waitUntil(lambda: text_of(window, "firstrun.message") != "", timeout=5000)
        assert text_of(window, "firstrun.message") == "Kedua PIN tidak sama. Silakan ketik ulang."
        assert list_officers(db) == []
        type_into(window, "firstrun.pin", "246810")
        type_into(window, "firstrun.pinAgain", "246810")
        click(window, "firstrun.submit")
        qtbot.waitUntil(lambda: not first_run.property("needed"), timeout=5000)
        qtbot.waitUntil(lambda: find(window, "signin.screen").isVisible(), timeout=3000)
        assert text_of(window, "signin.message").startswith("Administrator ADMIN (Siti Rahma) telah dibuat.")
        [admin] = list_officers(db)
        assert (admin.code, admin.name, admin.role) == ("ADMIN", "Siti Rahma", "administrator")
        [entry] = audit.entries(db, action_prefix="staff.first_administrator")
        assert (entry.actor, entry.terminal, entry.subject) == ("ADMIN", "PC-Admin", "officer:ADMIN")
        type_into(window, "signin.officer", "admin")
        type_into(window, "signin.pin", "246810", enter=True)
        qtbot.waitUntil(lambda: desk.property("screen") == "desk", timeout=5000)
    finally:
        desk.wait_for_background()
        handle.close()
    # Started again, the screen never offers to create an administrator.
    handle, desk = _open(db, tmp_path)
    try:
        qtbot.waitExposed(handle.window)
        assert not find(handle.window, "firstrun.screen").isVisible()
        assert find(handle.window, "signin.screen").isVisible()
    finally:
        handle.close()


def test_two_pcs_setting_up_at_once_make_exactly_one_administrator(db: Database) -> None:
    assert needs_first_administrator(db)
    outcomes: list[object] = []
    start = threading.Barrier(4)

    def attempt(n: int) -> None:
        start.wait()
        try:
            outcomes.append(create_first_administrator(db, code=f"ADM{n}", name=f"Admin {n}", pin="135790",
                                                       pin_again="135790", terminal=f"PC-{n}", now=NOW))
        except StaffError as exc:
            outcomes.append(exc.code)

    threads = [threading.Thread(target=attempt, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert sorted(o for o in outcomes if isinstance(o, str)) == ["already_set_up"] * 3
    assert len(list_officers(db)) == 1 and not needs_first_administrator(db)
    with pytest.raises(StaffError, match="already has officers"):
        create_first_administrator(db, code="LATE", name="Late", pin="135790", pin_again="135790", terminal="PC-9",
                                   now=NOW)
