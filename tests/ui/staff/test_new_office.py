"""A new office set up from the staff screen alone, in a real window, as the issue's "done when"
asks: on an empty (migrated) database, the first administrator; three officers; the bundled annex
imported after its preview; two queues and four counters; a local closure; a test print; and,
after a morning of service and surveys, the Q4 IKM report saved as PDF and XLSX (the XLSX read
back with openpyxl)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from devices.printing import Printer, PrinterSettings
from devices.printing.decode import decode
from kiosk import audit, config
from kiosk.clock import parse_instant
from kiosk.queue import Office, list_counters, list_queues, set_counter_open
from kiosk.staff import list_officers
from kiosk.storage import Database
from kiosk.survey.answers import Answers
from kiosk.survey.responses import open_survey, submit_response
from kiosk.survey.settings import SurveySettings
from tests.reports.pdf_check import pdf_text
from tests.support.tokens import token_for
from tests.survey.hall import served
from tests.ui.qtsupport import find
from tests.ui.staff.screens import click, key, text_of, type_into
from ui.common.host import RoleOptions
from ui.staff.pagemodel import PageModel
from ui.staff.screen import open_staff

SECRET = "ab" * 32
SETUP_DAY = parse_instant("2026-11-23T08:00:00+07:00")
ANNEX = Path(__file__).resolve().parents[3] / "assets" / "catalog" / "standar-pelayanan-50-kbli-26791.txt"


class Clock:
    def __init__(self) -> None:
        self.now = SETUP_DAY

    def __call__(self):  # type: ignore[no-untyped-def]
        return self.now


def _settled(handle, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    pages = [k for k in handle.keep if isinstance(k, PageModel)]
    qtbot.waitUntil(lambda: not any(p.property("busy") for p in pages), timeout=15000)
    for page in pages:
        page.wait()
    qtbot.wait(50)


def _ok(window, name: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert text_of(window, name) == expected


def test_a_new_office_is_set_up_from_the_staff_screen_alone(db: Database, qtbot: QtBot, tmp_path: Path) -> None:
    clock = Clock()
    settings = config.validate({"database": {"url": db.url}, "security": {"secret": SECRET},
                                "terminal": {"name": "PC-Admin", "language": "id"},
                                "office": {"name": "DPMPTSP Kabupaten Purwakarta"}}, "test")
    desk_printer = Printer(PrinterSettings(kind="virtual", output_dir=tmp_path / "desk-printer"))
    handle, desk = open_staff(settings, clock, RoleOptions(size=(1366, 768)), db=db, printer=desk_printer)
    window = handle.window
    try:
        qtbot.waitExposed(window)
        # 1. The first administrator, then sign in at the console (no counter exists yet).
        assert find(window, "firstrun.screen").isVisible()
        type_into(window, "firstrun.code", "admin")
        type_into(window, "firstrun.name", "Siti Rahma")
        type_into(window, "firstrun.pin", "246810")
        type_into(window, "firstrun.pinAgain", "246810", enter=True)
        qtbot.waitUntil(lambda: find(window, "signin.screen").isVisible(), timeout=10000)
        type_into(window, "signin.officer", "admin")
        type_into(window, "signin.pin", "246810", enter=True)
        assert desk.property("screen") == "desk" and desk.property("counterName") == "Konsol"

        # 2. Three officers.
        key(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
        _settled(handle, qtbot)
        for code, name, role, pin in (("ani", "Ani Suryani", 1, "111222"), ("budi", "Budi Santoso", 0, "333444"),
                                      ("citra", "Citra Lestari", 0, "555666")):
            type_into(window, "officers.newCode", code)
            type_into(window, "officers.newName", name)
            find(window, "officers.newRole").setProperty("currentIndex", role)
            type_into(window, "officers.newPin", pin)
            type_into(window, "officers.newPinAgain", pin)
            click(window, "officers.add")
            _settled(handle, qtbot)
            _ok(window, "officers.message", f"Petugas {code.upper()} ({name}) ditambahkan.")
        assert [(o.code, o.role) for o in list_officers(db)] == [
            ("ADMIN", "administrator"), ("ANI", "supervisor"), ("BUDI", "officer"), ("CITRA", "officer")]

        # 3. The bundled annex, previewed then imported.
        key(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
        _settled(handle, qtbot)
        type_into(window, "catalog.paths", str(ANNEX))
        click(window, "catalog.preview")
        _settled(handle, qtbot)
        _ok(window, "catalog.summary", "1 baru, 0 diperbarui (versi baru), 0 tetap.")
        click(window, "catalog.import")
        _settled(handle, qtbot)
        _ok(window, "catalog.message", "Katalog diimpor: 1 baru, 0 versi baru, 0 tetap.")

        # 4. Two queues and four counters.
        key(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
        _settled(handle, qtbot)
        for letter, name, services in (("A", "Perizinan", "semua"), ("B", "Konsultasi", "")):
            type_into(window, "layout.queueLetter", letter)
            type_into(window, "layout.queueName", name)
            type_into(window, "layout.queueServices", services)
            click(window, "layout.addQueue")
            _settled(handle, qtbot)
            _ok(window, "layout.message", f"Antrean {letter} ditambahkan.")
        for number, letters in ((1, "A"), (2, "A"), (3, "A, B"), (4, "B")):
            type_into(window, "layout.counterNumber", str(number))
            type_into(window, "layout.counterName", "")
            type_into(window, "layout.counterQueues", letters)
            click(window, "layout.addCounter")
            _settled(handle, qtbot)
            _ok(window, "layout.message", f"Loket {number} ditambahkan.")
        assert [q.letter for q in list_queues(db)] == ["A", "B"]
        assert [(c.number, c.queues) for c in list_counters(db)] == [
            (1, ("A",)), (2, ("A",)), (3, ("A", "B")), (4, ("B",))]

        # 5. A local closure.
        key(window, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
        _settled(handle, qtbot)
        type_into(window, "calendar.closeDate", "15/12/2026")
        type_into(window, "calendar.closeReason", "Hari jadi Kabupaten Purwakarta")
        click(window, "calendar.close")
        _settled(handle, qtbot)
        office = Office.from_settings(settings, db)
        assert not office.calendar.is_working_day(date(2026, 12, 15))

        # 6. A test print on this PC's printer.
        key(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
        _settled(handle, qtbot)
        click(window, "terminals.testPrintHere")
        _settled(handle, qtbot)
        _ok(window, "terminals.message", "Halaman uji tercetak di printer PC ini.")
        [png] = sorted((tmp_path / "desk-printer").glob("*.png"))
        printed = decode(png.with_suffix(".bin").read_bytes()).lines()
        assert "CETAK UJI / TEST PRINT" in [line.strip() for line in printed]

        # A morning of service (the kiosk and counters use the hall just configured) and two surveys.
        morning = parse_instant("2026-11-24T09:00:00+07:00")
        for number, officer in ((1, "BUDI"), (2, "CITRA")):  # what signing in at those counters does
            set_counter_open(db, number, True, office=office, now=morning, officer=officer)
        for minutes, counter, officer, score in ((0, 1, "BUDI", 3), (20, 2, "CITRA", 4)):
            ticket = served(db, office, issued=morning + timedelta(minutes=minutes), counter=counter,
                            officer=officer)
            opened = open_survey(db, token_for(db, ticket.id, SECRET), now=morning + timedelta(hours=1),
                                 settings=SurveySettings(), secret=SECRET, timezone="Asia/Jakarta")
            submit_response(db, Answers(dict.fromkeys([f"u{n}" for n in range(1, 10)], score)),
                            ticket_id=opened.ticket_id, now=morning + timedelta(hours=1),
                            settings=SurveySettings(), timezone="Asia/Jakarta", terminal="Survei Lobi")
        clock.now = parse_instant("2026-12-31T15:00:00+07:00")

        # 7. The Q4 IKM report, saved as PDF and XLSX.
        key(window, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
        _settled(handle, qtbot)
        type_into(window, "reports.period", "2026-Q4")
        click(window, "reports.show")
        _settled(handle, qtbot)
        _ok(window, "reports.headline", "IKM 87,50 · mutu B (Baik) · 2 responden")
        saved = {}
        for fmt in ("pdf", "xlsx"):
            click(window, f"reports.save.{fmt}")
            _settled(handle, qtbot)
            saved[fmt] = Path(text_of(window, "reports.message").removeprefix("Disimpan: "))
        assert "Triwulan IV 2026" in pdf_text(saved["pdf"])
        sheet = load_workbook(saved["xlsx"])["IKM"]
        figures = {str(r[0].value): r[1].value for r in sheet.iter_rows() if r[0].value is not None}
        assert (figures["IKM (konversi / converted)"], figures["Mutu pelayanan / Quality"]) == (87.5, "B")
        assert figures["Responden / Respondents"] == 2
    finally:
        desk.wait_for_background()
        handle.close()
    done = {e.action for e in audit.entries(db, limit=500)}
    assert {"staff.first_administrator", "staff.add", "catalog.import", "layout.add_queue", "layout.add_counter",
            "calendar.close_day", "terminal.test_print", "report.export"} <= done
