"""The Reports page in a real window: a supervisor shows the quarter's IKM with a chart, breaks
it down per counter, saves it as PDF, CSV and XLSX (each opened by its reader), and the queue
report; each export is on record. An officer has no Reports page, and the domain refuses one."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from devices.printing import Printer, PrinterSettings
from kiosk import audit, config
from kiosk.clock import parse_instant
from kiosk.survey.answers import Answers
from kiosk.survey.responses import open_survey, submit_response
from kiosk.survey.settings import SurveySettings
from tests.reports.pdf_check import pdf_text, render_pages
from tests.staff.hall import PINS, SECRET, Hall
from tests.support.tokens import token_for
from tests.survey.hall import served
from tests.ui.qtsupport import cut_off_texts, find, overlapping_texts, save_screenshot
from tests.ui.staff.screens import click, key, text_of, type_into
from ui.common.host import RoleHandle, RoleOptions
from ui.staff.reportspage import ReportsPage
from ui.staff.screen import open_staff
from ui.staff.viewmodel import StaffDesk

NOW = parse_instant("2026-11-24T15:00:00+07:00")


def _rate(hall: Hall, ticket_id: int, score: int) -> None:
    opened = open_survey(hall.db, token_for(hall.db, ticket_id, SECRET), now=NOW, settings=SurveySettings(),
                         secret=SECRET, timezone="Asia/Jakarta")
    submit_response(hall.db, Answers(dict.fromkeys([f"u{n}" for n in range(1, 10)], score)),
                    ticket_id=opened.ticket_id, now=NOW, settings=SurveySettings(), timezone="Asia/Jakarta",
                    terminal="Survei Lobi")


@pytest.fixture
def console(hall: Hall, qtbot: QtBot, tmp_path: Path) -> Iterator[tuple[RoleHandle, StaffDesk, ReportsPage]]:
    morning = parse_instant("2026-11-24T09:00:00+07:00")
    _rate(hall, served(hall.db, hall.office, issued=morning, counter=1, officer="BUDI").id, 3)
    _rate(hall, served(hall.db, hall.office, issued=morning + timedelta(minutes=30), counter=2,
                       officer="ANI").id, 4)
    settings = config.validate({"database": {"url": hall.db.url}, "security": {"secret": SECRET},
                                "terminal": {"name": "PC-Supervisor", "language": "id"}}, "test")
    printer = Printer(PrinterSettings(kind="virtual", output_dir=tmp_path / "printed"))
    handle, desk = open_staff(settings, lambda: NOW, RoleOptions(size=(1366, 768)), db=hall.db, printer=printer)
    page = next(k for k in handle.keep if isinstance(k, ReportsPage))
    qtbot.waitExposed(handle.window)
    yield handle, desk, page
    page.wait()
    desk.wait_for_background()
    handle.close()


def _sign_in(handle: RoleHandle, desk: StaffDesk, code: str) -> None:
    type_into(handle.window, "signin.officer", code)
    type_into(handle.window, "signin.pin", PINS[code.upper()], enter=True)
    assert desk.property("screen") == "desk"


def _settled(page: ReportsPage, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: not page.property("busy"), timeout=15000)
    page.wait()
    qtbot.wait(50)


def _check(handle: RoleHandle, name: str, tmp_path: Path, qtbot: QtBot) -> None:
    qtbot.wait(50)
    assert cut_off_texts(handle.window) == [], name
    assert overlapping_texts(handle.window) == [], name
    save_screenshot(handle.window, name, tmp_path)


def test_a_supervisor_shows_and_saves_the_quarter_s_reports(
    hall: Hall, console: tuple[RoleHandle, StaffDesk, ReportsPage], qtbot: QtBot, tmp_path: Path
) -> None:
    handle, desk, page = console
    window = handle.window
    _sign_in(handle, desk, "ani")
    key(window, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    assert desk.property("page") == "reports"
    assert text_of(window, "reports.period") == "2026-Q4"
    find(window, "reports.by").setProperty("currentIndex", 4)  # per counter (after none, agency, service, queue)
    click(window, "reports.show")
    _settled(page, qtbot)
    assert text_of(window, "reports.title") == "Indeks Kepuasan Masyarakat - Triwulan IV 2026"
    assert text_of(window, "reports.headline") == "IKM 87,50 · mutu B (Baik) · 2 responden"
    assert page.bars.rowCount() == 9 and page.groups.rowCount() == 2
    if hall.db.is_sqlite:
        _check(handle, "console-reports-id.png", tmp_path, qtbot)

    saved = {}
    for fmt in ("pdf", "csv", "xlsx"):
        click(window, f"reports.save.{fmt}")
        _settled(page, qtbot)
        message = text_of(window, "reports.message")
        assert message.startswith("Disimpan: "), message
        saved[fmt] = Path(message.removeprefix("Disimpan: "))
        assert saved[fmt].parent == page.folder
    assert "Triwulan IV 2026" in pdf_text(saved["pdf"]) and render_pages(saved["pdf"], tmp_path / "png")
    rows = list(csv.DictReader(saved["csv"].open(encoding="utf-8")))
    assert [(r["label"], r["ikm"]) for r in rows][1:] == [("Loket 1", "75.00"), ("Loket 2", "100.00")]
    book = load_workbook(saved["xlsx"])
    assert [row[0].value for row in book["Kelompok"].iter_rows(min_row=2)] == ["Loket 1", "Loket 2"]
    exports = audit.entries(hall.db, action_prefix="report.export")
    assert sorted(e.detail["format"] for e in exports) == ["csv", "pdf", "xlsx"]
    assert {(e.actor, e.subject) for e in exports} == {("ANI", "report:ikm:2026-Q4")}

    find(window, "reports.kind").setProperty("currentIndex", 1)
    type_into(window, "reports.period", "2026-11")
    click(window, "reports.show")
    _settled(page, qtbot)
    assert text_of(window, "reports.title") == "Laporan antrean - November 2026"
    assert text_of(window, "reports.headline").startswith("2 tiket · 2 dilayani · 0 tidak hadir")
    type_into(window, "reports.period", "2026-13", enter=True)
    _settled(page, qtbot)
    assert text_of(window, "reports.message") == "'2026-13': bulan harus 01-12."
    if hall.db.is_sqlite:
        type_into(window, "reports.period", "2026-Q4")
        find(window, "reports.kind").setProperty("currentIndex", 0)
        click(window, "reports.show")
        _settled(page, qtbot)
        click(window, "desk.language")
        qtbot.waitUntil(lambda: text_of(window, "reports.show") == "Show", timeout=3000)
        _check(handle, "console-reports-en.png", tmp_path, qtbot)


def test_an_officer_has_no_reports(hall: Hall, console: tuple[RoleHandle, StaffDesk, ReportsPage],
                                   qtbot: QtBot) -> None:
    handle, desk, page = console
    _sign_in(handle, desk, "budi")
    key(handle.window, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    assert desk.property("page") == "calling"
    page.show("ikm", "2026-Q4", "")
    _settled(page, qtbot)
    assert "tidak berwenang melihat laporan" in page.property("message")
    assert page.report is None
