"""The staff desk screen, offscreen, driven by keyboard and mouse: sign-in and its lockout, an
officer's full day, scanning, the idle lock, and the supervisor's overview. Screenshots go to
docs/screenshots/staff-*.png (Indonesian and English) with MPP_SCREENSHOT_DIR set."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from devices.printing import Printer, PrinterSettings
from devices.printing.decode import decode
from kiosk import audit, config
from kiosk.clock import parse_instant
from kiosk.complaints import list_complaints
from kiosk.files import list_files
from kiosk.printjobs import issue_and_print
from kiosk.queue import get_ticket, issue_ticket, list_counters
from kiosk.staff import open_sessions, unlock
from tests.staff.hall import PINS, SECRET, Hall
from tests.support.locks import write_lock_held
from tests.ui.qtsupport import cut_off_texts, find, is_shown, overlapping_texts, save_screenshot
from tests.ui.staff.screens import click, key, settle, text_of, type_into, type_text
from ui.common.host import RoleHandle, RoleOptions
from ui.staff.auditpage import AuditPage
from ui.staff.screen import open_staff
from ui.staff.viewmodel import StaffDesk

SIZE = (1366, 768)


class Clock:
    def __init__(self) -> None:
        self.now = parse_instant("2026-11-24T09:00:00+07:00")

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def printer(tmp_path: Path) -> Printer:
    return Printer(PrinterSettings(kind="virtual", output_dir=tmp_path / "printed"))


def _open(hall: Hall, clock: Clock, printer: Printer, language: str = "id") -> tuple[RoleHandle, StaffDesk]:
    settings = config.validate({"database": {"url": hall.db.url}, "security": {"secret": SECRET},
                                "terminal": {"name": "Loket-PC-1", "language": language}}, "test")
    return open_staff(settings, clock, RoleOptions(size=SIZE), db=hall.db, printer=printer)


@pytest.fixture
def desk_window(hall: Hall, clock: Clock, printer: Printer, qtbot: QtBot) -> Iterator[tuple[RoleHandle, StaffDesk]]:
    handle, desk = _open(hall, clock, printer)
    qtbot.waitExposed(handle.window)
    yield handle, desk
    desk.wait_for_background()
    handle.close()


def _sign_in(window, code: str, pin: str, counter_index: int = 0) -> None:  # type: ignore[no-untyped-def]
    settle()  # the counters are listed in the background as the window opens
    find(window, "signin.counter").setProperty("currentIndex", counter_index)
    type_into(window, "signin.officer", code)
    type_into(window, "signin.pin", pin, enter=True)


def _check_screen(window, name: str, tmp_path: Path, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    qtbot.wait(50)
    assert cut_off_texts(window) == [], name
    assert overlapping_texts(window) == [], name
    save_screenshot(window, name, tmp_path)


def test_sign_in_locks_after_five_wrong_pins_and_a_supervisor_unlocks(
    hall: Hall, clock: Clock, desk_window: tuple[RoleHandle, StaffDesk], qtbot: QtBot, tmp_path: Path
) -> None:
    handle, desk = desk_window
    window = handle.window
    if hall.db.is_sqlite:
        _check_screen(window, "staff-signin-id.png", tmp_path, qtbot)
    refusal = ("ID petugas atau PIN salah, atau akun sedang dikunci karena PIN salah berulang kali "
               "(supervisor dapat membukanya).")
    _sign_in(window, "tidakada", "000000")
    assert text_of(window, "signin.message") == refusal  # the same words as for a real ID
    for _ in range(5):
        _sign_in(window, "budi", "000000")
        assert text_of(window, "signin.message") == refusal
    _sign_in(window, "budi", PINS["BUDI"])
    assert desk.property("screen") == "signin"
    assert text_of(window, "signin.message") == refusal
    if hall.db.is_sqlite:
        _check_screen(window, "staff-locked-out-id.png", tmp_path, qtbot)
    unlock(hall.db, hall.officer("ANI"), clock(), "budi")
    _sign_in(window, "budi", PINS["BUDI"])
    assert desk.property("screen") == "desk"
    assert text_of(window, "desk.counter") == "Loket 1"


def test_an_officers_full_day_from_the_keyboard(
    hall: Hall, clock: Clock, printer: Printer, desk_window: tuple[RoleHandle, StaffDesk], qtbot: QtBot,
    tmp_path: Path,
) -> None:
    handle, desk = desk_window
    window = handle.window
    answers = {1: "ada", 2: "belum", 3: "tidak_tahu"}
    first = issue_ticket(hall.db, 50, office=hall.office, now=clock(), checklist=answers)  # type: ignore[arg-type]
    second = issue_ticket(hall.db, 50, office=hall.office, now=clock(), priority="lansia")
    third = issue_ticket(hall.db, 50, office=hall.office, now=clock())
    clock.now += timedelta(minutes=14)
    _sign_in(window, "budi", PINS["BUDI"])
    assert [c.is_open for c in list_counters(hall.db) if c.number == 1] == [True]
    # The officer sees their own line: three waiting, the next ones in the order they will be called.
    assert text_of(window, "calling.lineWaiting.A") == "3 menunggu"
    assert text_of(window, "calling.lineNext.A") == f"berikutnya {first.code}, {second.code}, {third.code}"

    key(window, Qt.Key.Key_F2)  # call next
    assert text_of(window, "calling.code") == first.code
    assert text_of(window, "calling.lineWaiting.A") == "2 menunggu"
    assert "14 menit" in text_of(window, "calling.waited")
    assert text_of(window, "calling.reason")
    if hall.db.is_sqlite:
        _check_screen(window, "staff-calling-id.png", tmp_path, qtbot)
    key(window, Qt.Key.Key_F3)  # recall
    assert "dipanggil ulang" in text_of(window, "desk.message")
    key(window, Qt.Key.Key_F4)  # serve
    assert text_of(window, "calling.status").startswith("Sedang dilayani")

    key(window, Qt.Key.Key_F9)  # files page, prefilled from the ticket being served
    assert desk.property("page") == "files"
    assert find(window, "files.ticket").property("text") == first.code
    type_into(window, "files.applicant", "Siti Aminah")
    with qtbot.waitSignal(desk.files_page.receiptPrinted, timeout=10000):
        click(window, "files.accept")
    [accepted] = list_files(hall.db)
    assert accepted.ticket_code == first.code and accepted.applicant_name == "Siti Aminah"
    assert "Tanda terima BRK-20261124-0001 tercetak" in text_of(window, "desk.message")
    job = sorted((printer.output_dir).glob("*.bin"))[-1]
    assert "Kamis, 3 Desember 2026" in [line.strip() for line in decode(job.read_bytes()).lines()]
    if hall.db.is_sqlite:
        _check_screen(window, "staff-files-id.png", tmp_path, qtbot)
    # The same file again (a double click, a second officer): warned with the number it has.
    type_into(window, "files.applicant", "Siti Aminah")
    click(window, "files.accept")
    assert text_of(window, "desk.message").startswith(
        "Berkas ini sudah diterima hari ini sebagai BRK-20261124-0001 (petugas BUDI).")
    assert len(list_files(hall.db)) == 1
    # The file moves on from the desk, each step on record.
    for step, said in (("processing", "diproses"), ("completed", "selesai"),
                       ("collected", "sudah diambil")):
        click(window, "files.advance.BRK-20261124-0001")
        assert text_of(window, "desk.message") == f"Berkas BRK-20261124-0001: {said}.", step
        assert list_files(hall.db, open_only=False)[0].status == step
    assert [e.detail["new"] for e in audit.entries(hall.db, action_prefix="files.status")] == [
        "collected", "completed", "processing"]

    key(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    key(window, Qt.Key.Key_F8)  # finish
    assert "selesai dilayani" in text_of(window, "desk.message")
    key(window, Qt.Key.Key_F2)
    assert text_of(window, "calling.code") == second.code
    assert find(window, "calling.priority").isVisible()
    key(window, Qt.Key.Key_F7)  # transfer: choose queue B
    click(window, "transfer.B")
    assert "dipindahkan dari antrean A ke antrean B" in text_of(window, "desk.message")
    key(window, Qt.Key.Key_F2)
    assert text_of(window, "calling.code") == third.code
    key(window, Qt.Key.Key_F5)  # no-show
    assert "tidak hadir" in text_of(window, "desk.message")

    key(window, Qt.Key.Key_F10)  # complaints
    find(window, "complaints.channel").setProperty("currentIndex", 2)  # phone
    type_into(window, "complaints.name", "Rahmat")
    type_into(window, "complaints.served", "20/11/2026")
    type_into(window, "complaints.matter", "Informasi persyaratan kurang jelas")
    click(window, "complaints.save")
    assert "wajib dijawab paling lambat Senin, 14 Desember 2026" in text_of(window, "desk.message")
    [complaint] = list_complaints(hall.db)
    assert (complaint.channel, complaint.kind) == ("phone", "complaint")
    assert complaint.service_date == datetime(2026, 11, 20).date()
    # The complainant leaves with the reference and the deadline on paper.
    slip = sorted((printer.output_dir).glob("*.bin"))[-1]
    printed = [line.strip() for line in decode(slip.read_bytes()).lines()]
    assert "TANDA TERIMA PENGADUAN" in printed and complaint.tracking_number in printed
    assert "Wajib dijawab paling lambat:" in printed and "Senin, 14 Desember 2026" in printed
    assert decode(slip.read_bytes()).qr_payloads() == [f"MPP-PENGADUAN:{complaint.tracking_number}"]
    if hall.db.is_sqlite:
        _check_screen(window, "staff-complaints-id.png", tmp_path, qtbot)

    key(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)  # sign out
    assert desk.property("screen") == "signin"
    assert open_sessions(hall.db) == []
    assert [c.is_open for c in list_counters(hall.db) if c.number == 1] == [False]
    actions = [e.action for e in reversed(audit.entries(hall.db, actor="BUDI"))]
    assert actions == ["staff.sign_in", "queue.call_next", "queue.recall", "queue.serve", "files.accept",
                       "files.status", "files.status", "files.status",
                       "queue.complete", "queue.call_next", "queue.transfer", "queue.call_next", "queue.skip",
                       "complaint.record", "staff.sign_out"]


def _wait_for_transfer_popup(window, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    def shown() -> bool:
        try:
            return bool(find(window, "transfer.target").isVisible())
        except AssertionError:
            return False

    qtbot.waitUntil(shown, timeout=5000)


def test_sending_a_ticket_to_another_counter_by_mouse_and_by_keyboard(
    hall: Hall, clock: Clock, desk_window: tuple[RoleHandle, StaffDesk], qtbot: QtBot, tmp_path: Path
) -> None:
    handle, desk = desk_window
    window = handle.window
    first, second, third = (issue_ticket(hall.db, 50, office=hall.office, now=clock()) for _ in range(3))
    _sign_in(window, "ani", PINS["ANI"])  # a supervisor, so the overview can be checked too

    key(window, Qt.Key.Key_F2)
    assert text_of(window, "calling.code") == first.code
    key(window, Qt.Key.Key_F7)
    _wait_for_transfer_popup(window, qtbot)
    # Only the other open counters are offered: not this one, not the closed counter 4.
    assert desk.calling.transferCounters.rows() == [{"number": 2, "name": "Loket 2"}, {"number": 3, "name": "Loket 3"}]
    if hall.db.is_sqlite:
        _check_screen(window, "staff-transfer-id.png", tmp_path, qtbot)
    click(window, "transfer.counter.3")
    assert text_of(window, "desk.message").startswith(f"{first.code} dipindahkan ke Loket 3 dengan nomor yang sama")
    assert text_of(window, "calling.status") == "Menunggu, dipindahkan ke Loket 3"

    key(window, Qt.Key.Key_F2)
    assert text_of(window, "calling.code") == second.code
    key(window, Qt.Key.Key_F7)
    _wait_for_transfer_popup(window, qtbot)
    type_into(window, "transfer.target", "2", enter=True)
    assert text_of(window, "desk.message").startswith(f"{second.code} dipindahkan ke Loket 2")

    key(window, Qt.Key.Key_F2)
    assert text_of(window, "calling.code") == third.code
    for typed, refusal in (("?", "Ketik huruf antrean (mis. B) atau nomor loket (mis. 5)."),
                           ("9", "Loket 9 tidak ada; loket yang ada: 1, 2, 3, 4.")):
        key(window, Qt.Key.Key_F7)
        _wait_for_transfer_popup(window, qtbot)
        type_into(window, "transfer.target", typed, enter=True)
        assert text_of(window, "desk.message") == refusal
        assert text_of(window, "calling.status") == "Dipanggil - Loket 1", "a refused transfer changes nothing"

    key(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert text_of(window, "overview.transferred.Loket 3") == first.code
    assert text_of(window, "overview.transferred.Loket 2") == second.code
    transfers = [e for e in audit.entries(hall.db, actor="ANI") if e.action == "queue.transfer"]
    assert [e.detail for e in reversed(transfers)] == [{"to_counter": 3}, {"to_counter": 2}]


def test_scanning_opens_a_ticket_and_refuses_a_forged_one(
    hall: Hall, clock: Clock, desk_window: tuple[RoleHandle, StaffDesk],
) -> None:
    handle, _desk = desk_window
    window = handle.window
    ticket = issue_ticket(hall.db, 50, office=hall.office, now=clock())
    _sign_in(window, "budi", PINS["BUDI"])
    key(window, Qt.Key.Key_F12)
    type_into(window, "calling.scan", ticket.token, enter=True)  # a keyboard-wedge scanner types and presses Enter
    assert text_of(window, "calling.code") == ticket.code
    forged = ticket.token[:-2] + ("AA" if not ticket.token.endswith("AA") else "BB")
    type_into(window, "calling.scan", forged, enter=True)
    assert text_of(window, "desk.message") == "Tanda tangan tiket tidak cocok: kode QR telah diubah atau dipalsukan."
    assert audit.entries(hall.db, actor="BUDI")[0].action == "queue.scan_refused"


def test_the_desk_locks_itself_when_idle_and_the_pin_opens_it(
    hall: Hall, clock: Clock, desk_window: tuple[RoleHandle, StaffDesk], qtbot: QtBot, tmp_path: Path
) -> None:
    handle, desk = desk_window
    window = handle.window
    _sign_in(window, "budi", PINS["BUDI"])
    clock.now += timedelta(minutes=4)
    desk._check_idle()
    assert desk.property("screen") == "desk"
    clock.now += timedelta(minutes=2)
    desk._check_idle()  # what the desk's five-second timer does
    assert desk.property("screen") == "locked"
    issue_ticket(hall.db, 50, office=hall.office, now=clock())
    key(window, Qt.Key.Key_F2)
    assert "queue.call_next" not in [e.action for e in audit.entries(hall.db)]  # nothing happens while locked
    if hall.db.is_sqlite:
        _check_screen(window, "staff-idle-lock-id.png", tmp_path, qtbot)
    type_into(window, "lock.pin", "999999", enter=True)
    assert "Sisa percobaan: 4" in text_of(window, "lock.message")
    type_into(window, "lock.pin", PINS["BUDI"], enter=True)
    assert desk.property("screen") == "desk"


def test_supervisor_sees_the_hall_reprints_a_failed_ticket_and_reads_the_audit(
    hall: Hall, clock: Clock, printer: Printer, desk_window: tuple[RoleHandle, StaffDesk], qtbot: QtBot,
    tmp_path: Path,
) -> None:
    handle, desk = desk_window
    window = handle.window
    for _ in range(3):
        issue_ticket(hall.db, 50, office=hall.office, now=clock() - timedelta(minutes=25))
    # The lobby kiosk runs out of paper while issuing: the ticket stays valid and joins the line.
    empty = Printer(PrinterSettings(kind="virtual", virtual_state="paper_out", output_dir=tmp_path / "kiosk"))
    settings = config.validate({"security": {"secret": SECRET}}, "kiosk")
    outcome = issue_and_print(hall.db, hall.office, empty, settings, 50, now=clock(), terminal="Kiosk Lobi 1")
    assert not outcome.printed
    failed = outcome.ticket
    _sign_in(window, "ani", PINS["ANI"], counter_index=1)
    assert find(window, "nav.overview").isVisible()
    key(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    loads = desk.overview.queueLoads.rows()
    assert [(q["letter"], q["waiting"], q["longest"]) for q in loads] == [("A", 4, "25 menit"), ("B", 0, "-")]
    assert desk.overview.printerStates.rows()[0]["fault"] is True
    assert [f["code"] for f in desk.overview.failedPrints.rows()] == [failed.code]
    if hall.db.is_sqlite:
        _check_screen(window, "staff-overview-id.png", tmp_path, qtbot)
    click(window, f"overview.reprint.{failed.code}")
    qtbot.waitUntil(lambda: desk.overview.failedPrints.count == 0, timeout=10000)
    assert text_of(window, "desk.message") == f"Tiket {failed.code} dicetak ulang."
    key(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    audit_page = next(k for k in handle.keep if isinstance(k, AuditPage))
    qtbot.waitUntil(lambda: audit_page.rows.rowCount() > 0 and not audit_page.property("busy"), timeout=5000)
    rows = audit_page.rows.rows()
    assert (rows[0]["code"], rows[0]["action"], rows[0]["subject"], rows[0]["actor"]) == (
        "queue.reprint", "mencetak ulang tiket", f"tiket {failed.code}", "ANI")
    everyone = audit_page.rows.rowCount()
    type_into(window, "audit.officer", "ani", enter=True)
    qtbot.waitUntil(lambda: 0 < audit_page.rows.rowCount() < everyone, timeout=5000)
    assert {r["actor"] for r in audit_page.rows.rows()} == {"ANI"}
    type_into(window, "audit.day", "23/11/2026", enter=True)
    qtbot.waitUntil(lambda: audit_page.rows.rowCount() == 0, timeout=5000)
    type_into(window, "audit.day", "24/11/2026", enter=True)
    qtbot.waitUntil(lambda: audit_page.rows.rowCount() > 0, timeout=5000)
    if hall.db.is_sqlite:
        _check_screen(window, "staff-audit-id.png", tmp_path, qtbot)


def test_an_officer_sees_no_supervisor_pages(hall: Hall, desk_window: tuple[RoleHandle, StaffDesk]) -> None:
    handle, desk = desk_window
    _sign_in(handle.window, "budi", PINS["BUDI"])
    desk.showPage("audit")
    assert desk.property("page") == "calling"
    with pytest.raises(AssertionError):
        find(handle.window, "nav.audit")


def test_a_serial_scanner_opens_the_ticket_on_the_desk(
    hall: Hall, clock: Clock, printer: Printer, qtbot: QtBot, tmp_path: Path
) -> None:
    import subprocess
    import time

    from tests.printing.conftest import require_socat

    socat = require_socat()
    near, far = tmp_path / "scanner-host", tmp_path / "scanner-device"
    link = subprocess.Popen([socat, f"pty,raw,echo=0,link={near}", f"pty,raw,echo=0,link={far}"],
                            stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 10
    while not (near.exists() and far.exists()) and time.monotonic() < deadline:
        time.sleep(0.01)
    settings = config.validate({"database": {"url": hall.db.url}, "security": {"secret": SECRET},
                                "terminal": {"name": "Loket-PC-1"}, "staff": {"scanner_port": str(near)}}, "test")
    handle, desk = open_staff(settings, clock, RoleOptions(size=SIZE), db=hall.db, printer=printer)
    try:
        qtbot.waitExposed(handle.window)
        ticket = issue_ticket(hall.db, 50, office=hall.office, now=clock())
        _sign_in(handle.window, "budi", PINS["BUDI"])
        time.sleep(0.5)  # the reader thread opens the port
        with open(far, "wb", buffering=0) as device:
            device.write(ticket.token.encode() + b"\r\n")
        qtbot.waitUntil(lambda: text_of(handle.window, "calling.code") == ticket.code, timeout=5000)
    finally:
        desk.wait_for_background()
        handle.close()
        link.terminate()
        link.wait(5)


@pytest.mark.expect_warnings(r"ui\.staff\.pages: database_busy")
def test_a_busy_database_is_a_calm_message_at_the_desk_within_seconds(
    hall: Hall, clock: Clock, desk_window: tuple[RoleHandle, StaffDesk], qtbot: QtBot
) -> None:
    """Another client holds the write lock (SQLite) or the counters (PostgreSQL) past the desk's
    patience: "call next" answers in a few seconds with what is wrong, in the desk's language,
    and works once the database is free."""
    import time

    handle, desk = desk_window
    window = handle.window
    issue_ticket(hall.db, 50, office=hall.office, now=clock())
    _sign_in(window, "budi", PINS["BUDI"])
    assert desk.property("screen") == "desk"
    with write_lock_held(hall.db, "counter"):
        started = time.monotonic()
        QTest.keyClick(window, Qt.Key.Key_F2)
        qtbot.waitUntil(lambda: text_of(window, "desk.message").startswith("Basis data"), timeout=15000)
        waited = time.monotonic() - started
    assert waited < 10
    assert text_of(window, "desk.message") == "Basis data sedang sibuk dipakai terminal lain. " \
                                              "Silakan coba lagi sebentar lagi."
    key(window, Qt.Key.Key_F2)
    assert text_of(window, "desk.message") == "Memanggil A-001."


def test_the_desk_keeps_drawing_while_the_database_stalls(
    hall: Hall, clock: Clock, desk_window: tuple[RoleHandle, StaffDesk], qtbot: QtBot
) -> None:
    """A database that answers slowly (a long report elsewhere holding a lock) never freezes the
    desk: while "call next" waits for it, the window keeps handling events and drawing frames, says
    it is working, and shows the called ticket once the database answers. (A desk that called on
    its own thread would not tick once for the whole stall; the bound below is half the stall, so a
    loaded machine's scheduling hiccups do not count as a freeze.)"""
    import time

    from PySide6.QtCore import QTimer

    stall = 2.4
    handle, desk = desk_window
    window = handle.window
    ticket = issue_ticket(hall.db, 50, office=hall.office, now=clock())
    _sign_in(window, "budi", PINS["BUDI"])
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    frames: list[float] = []
    window.frameSwapped.connect(lambda: frames.append(time.monotonic()))
    with write_lock_held(hall.db, "counter"):
        started = time.monotonic()
        timer.start()
        QTest.keyClick(window, Qt.Key.Key_F2)
        qtbot.waitUntil(lambda: find(window, "calling.busy").isVisible(), timeout=3000)
        frames_before = len(frames)
        window.update()
        qtbot.wait(int((stall - (time.monotonic() - started)) * 1000))  # still held: the desk waits, not the window
        assert text_of(window, "calling.busy") == "Sedang memproses, mohon tunggu…"
        assert desk.calling.property("busy") is True
        assert text_of(window, "desk.message") != f"Memanggil {ticket.code}."
        held_ticks = [t for t in ticks if t <= time.monotonic()]
    qtbot.waitUntil(lambda: text_of(window, "desk.message") == f"Memanggil {ticket.code}.", timeout=10000)
    timer.stop()
    gaps = [b - a for a, b in itertools.pairwise(held_ticks)]
    assert len(held_ticks) > 20 and max(gaps) < stall / 2, f"the GUI thread stalled for {max(gaps):.2f} s"
    assert len(frames) > frames_before
    assert text_of(window, "calling.code") == ticket.code
    assert not find(window, "calling.busy").isVisible()


def test_switching_the_desk_to_english_translates_what_it_already_said(
    hall: Hall, clock: Clock, desk_window: tuple[RoleHandle, StaffDesk], qtbot: QtBot
) -> None:
    handle, _ = desk_window
    window = handle.window
    issue_ticket(hall.db, 50, office=hall.office, now=clock() - timedelta(minutes=3))
    _sign_in(window, "budi", PINS["BUDI"])
    assert text_of(window, "desk.message") == "Selamat bekerja, Budi Santoso."
    key(window, Qt.Key.Key_F2)
    assert text_of(window, "calling.reason").startswith("Alasan dipanggil:")
    click(window, "desk.language")
    assert text_of(window, "desk.message") == "Calling A-001."
    assert text_of(window, "calling.waited") == "Waiting 3 minutes"
    assert text_of(window, "calling.reason").startswith("Called because:")
    assert text_of(window, "calling.lineWaiting.A") == "0 waiting"


def test_a_no_show_marked_by_mistake_goes_back_in_line_after_a_confirmation(
    hall: Hall, clock: Clock, desk_window: tuple[RoleHandle, StaffDesk], qtbot: QtBot, tmp_path: Path
) -> None:
    handle, _ = desk_window
    window = handle.window
    ticket = issue_ticket(hall.db, 50, office=hall.office, now=clock())
    _sign_in(window, "budi", PINS["BUDI"])
    key(window, Qt.Key.Key_F2)
    key(window, Qt.Key.Key_F5)
    assert text_of(window, "calling.status").startswith("Tidak hadir")
    assert find(window, "calling.noShowPanel").isVisible()
    # Nothing else applies to a no-show: no hold, no transfer, no finishing.
    for action in ("action.hold", "action.transfer", "action.complete", "action.serve"):
        assert not find(window, action).isEnabled(), action
    if hall.db.is_sqlite:
        _check_screen(window, "staff-no-show-id.png", tmp_path, qtbot)
        click(window, "desk.language")
        assert text_of(window, "action.undoNoShow") == "Put back in line"
        _check_screen(window, "staff-no-show-en.png", tmp_path, qtbot)
        click(window, "desk.language")
    click(window, "action.undoNoShow")
    qtbot.waitUntil(lambda: is_shown(window, "calling.undoNoShowConfirm"), timeout=3000)
    click(window, "calling.undoNoShowCancel")
    qtbot.waitUntil(lambda: not is_shown(window, "calling.undoNoShowConfirm"), timeout=3000)
    assert get_ticket(hall.db, ticket.id, office=hall.office, now=clock())[0].status == "no_show"
    click(window, "action.undoNoShow")
    qtbot.waitUntil(lambda: is_shown(window, "calling.undoNoShowConfirm"), timeout=3000)
    click(window, "calling.undoNoShowConfirm")
    assert get_ticket(hall.db, ticket.id, office=hall.office, now=clock())[0].status == "waiting"
    assert text_of(window, "desk.message") == f"{ticket.code} kembali ke antrean A di tempatnya semula."
    assert not find(window, "calling.noShowPanel").isVisible()
    key(window, Qt.Key.Key_F2)
    assert text_of(window, "calling.code") == ticket.code
    key(window, Qt.Key.Key_F8)
    assert text_of(window, "calling.status").startswith("Selesai")
    assert not find(window, "action.hold").isEnabled() and not find(window, "action.transfer").isEnabled()


def _focused(window) -> str:  # type: ignore[no-untyped-def]
    settle()
    item = window.activeFocusItem()
    node = item
    # A TextField inside a Field, or a control's inner item: name the part the officer sees.
    while node is not None and not node.objectName():
        node = node.parentItem()
    return node.objectName() if node is not None else ""


def test_sign_in_and_the_desk_with_the_keyboard_alone(
    hall: Hall, clock: Clock, desk_window: tuple[RoleHandle, StaffDesk], qtbot: QtBot, tmp_path: Path
) -> None:
    handle, _desk = desk_window
    window = handle.window
    ticket = issue_ticket(hall.db, 50, office=hall.office, now=clock())
    assert _focused(window) == "signin.officer"  # the window opens ready to type the ID
    type_text(window, "budi")
    key(window, Qt.Key.Key_Tab)
    assert _focused(window) == "signin.pin"
    type_text(window, PINS["BUDI"])
    key(window, Qt.Key.Key_Tab)
    assert _focused(window) == "signin.counter"
    key(window, Qt.Key.Key_Tab)
    assert _focused(window) == "signin.submit"
    ring = find(window, "signin.submit")
    assert any(i.objectName() == "focusRing" and i.isVisible() for i in _all(ring))
    save_screenshot(window, "keys-staff-signin.png", tmp_path)
    key(window, Qt.Key.Key_Return)
    settle()
    assert is_shown(window, "desk.screen")
    # Tab walks the desk's buttons, each with a ring; Return presses the one it is on.
    for _ in range(40):
        if _focused(window) == "action.callNext":
            break
        key(window, Qt.Key.Key_Tab)
    assert _focused(window) == "action.callNext"
    assert any(i.objectName() == "focusRing" and i.isVisible() for i in _all(find(window, "action.callNext")))
    save_screenshot(window, "keys-staff-desk.png", tmp_path)
    key(window, Qt.Key.Key_Return)
    assert text_of(window, "calling.code") == ticket.code


def _all(item):  # type: ignore[no-untyped-def]
    yield item
    for child in item.childItems():
        yield from _all(child)
