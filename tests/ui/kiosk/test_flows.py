"""The applicant's journeys, tapped through the real screens onto a real (fake-device) printer."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QPointF
from pyzbar.pyzbar import decode as decode_qr

from devices.printing import PrinterSettings
from devices.printing.decode import decode
from kiosk.queue import Office, get_ticket
from tests.printing.conftest import FakeFactory
from tests.ui.kiosk.driver import KioskDriver, KioskFactory

REAL_SERVICE = 50
REAL_TITLE = "Sertifikat Standar (Risiko Menengah Tinggi) KBLI 26791"


def serial(fake_port: str, tmp_path: Path) -> PrinterSettings:
    return PrinterSettings(kind="serial", port=fake_port, output_dir=tmp_path / "previews", keep_previews=True)


def open_service(k: KioskDriver, number: int = REAL_SERVICE) -> None:
    k.tap("welcome.takeTicket")
    k.tap(f"service.{number}")
    assert k.screen == "standard"


def stored_ticket(k: KioskDriver, code: str) -> dict[str, object]:
    assert k.db is not None
    view, _ = get_ticket(k.db, code, office=Office.from_settings(k.settings), now=k.clock())
    return view.to_json()


def test_ready_applicant_gets_a_printed_ticket_within_six_taps(
    kiosk: KioskFactory, serial_printer: FakeFactory, tmp_path: Path
) -> None:
    printer = serial_printer("ok")
    k = kiosk(printer=serial(printer.port, tmp_path))

    k.tap("welcome.takeTicket")
    k.tap(f"service.{REAL_SERVICE}")
    assert REAL_TITLE in k.text("page.title")
    k.tap("standard.continue")
    k.tap("checklist.allPresent")
    assert k.screen == "priority"
    k.tap("priority.none")
    k.wait_screen("ticket")

    assert k.taps <= 6, k.tapped
    assert k.text("ticket.code") == "A-001"
    assert "Silakan ambil tiket Anda" in k.screen_text()
    assert "Tidak ada antrean di depan Anda" in k.text("ticket.ahead")
    received = printer.received(at_least=100)
    assert b"A-001" in received and b"Sertifikat Standar" in received
    stored = stored_ticket(k, "A-001")
    assert stored["print_state"] == "printed"
    assert stored["status"] == "waiting"
    assert set(stored["checklist"].values()) == {"ada"}  # type: ignore[union-attr]

    k.tap("ticket.done")
    assert k.screen == "welcome"


def test_missing_papers_are_listed_and_printed_with_a_readable_qr(
    kiosk: KioskFactory, serial_printer: FakeFactory, tmp_path: Path
) -> None:
    printer = serial_printer("ok")
    k = kiosk(printer=serial(printer.port, tmp_path))
    open_service(k)
    k.tap("standard.continue")
    # A condition is asked as one ("Ya"), a paper as one ("Ada").
    assert k.text("checklist.item.1.kind") == "Syarat yang harus dipenuhi"
    assert k.text("checklist.item.1.ada") == "Ya"
    top = k.find("checklist.item.2").mapToScene(QPointF(0, 0)).y()
    k.tap("checklist.item.2.belum")
    assert k.find("checklist.item.2").mapToScene(QPointF(0, 0)).y() == top  # nothing moved under the finger
    k.tap("checklist.item.7.belum")
    # The rest can still be answered at once; the two "not yet" answers stay.
    assert k.text("checklist.allPresent") == "Sisanya sudah ada"
    k.tap("checklist.allPresent")

    assert k.screen == "result"
    assert k.text("page.title") == "Ada persyaratan yang belum terpenuhi"
    shown = k.screen_text()
    assert "Memiliki akun Sistem Informasi Industri Nasional." in shown
    assert "Memiliki struktur organisasi SDM" in shown
    assert "Skala usaha kecil atau menengah" not in shown

    k.tap("result.printList")
    k.wait_until(lambda: k.session.result.receipt == "printed", what="the receipt")
    assert "Daftar persyaratan yang belum terpenuhi sudah dicetak" in k.screen_text()
    received = re.sub(rb"\s+", b" ", printer.received(at_least=200))  # the roll wraps long lines
    assert b"PERSYARATAN YANG BELUM TERPENUHI" in received
    # Where and when to come back: the office's address, phone and hours.
    assert b"Telp. (0264) 8224794" in received and b"Jl. Jenderal Sudirman" in received
    assert b"Sen-Kam 08:00-15:00" in received and b"Jum 08:00-15:00 (istirahat 11:30-13:00)" in received
    assert b"Memiliki akun Sistem Informasi Industri Nasional." in received
    assert b"Memiliki struktur organisasi SDM" in received

    previews = sorted((tmp_path / "previews").rglob("*.png"))
    assert previews, "the printer kept no preview of the receipt"
    payloads = {d.data.decode() for d in decode_qr(Image.open(previews[-1]))}
    assert payloads == {"SP-50-v1"}  # the standard the list was made from: service 50, version 1


def test_unsure_applicant_gets_a_consultation_ticket(kiosk: KioskFactory, tmp_path: Path) -> None:
    k = kiosk()
    open_service(k)
    k.tap("standard.continue")
    k.tap("checklist.item.4.tidak_tahu")
    for key in (1, 2, 3, 5, 6, 7, 8, 9, 10, 11, 12, 13):
        k.tap(f"checklist.item.{key}.ada")
    k.tap("checklist.continue")

    assert k.text("page.title") == "Ada persyaratan yang perlu dipastikan"
    assert "Berlokasi di Kawasan Industri" in k.screen_text()
    k.tap("result.ticket")
    assert k.exists("priority.consultation")
    k.tap("priority.none")
    k.wait_screen("ticket")
    assert "Nomor antrean konsultasi Anda" in k.screen_text()
    stored = stored_ticket(k, k.text("ticket.code"))
    assert stored["checklist"]["4"] == "tidak_tahu"  # type: ignore[index]
    assert stored["print_state"] == "printed"
    # On paper too: the officer sees at a glance this one needs help with the papers.
    [paper] = sorted((tmp_path / "printer").rglob("*.bin"))
    lines = [line.strip() for line in decode(paper.read_bytes()).lines()]
    assert "* KONSULTASI *" in lines and lines.index("* KONSULTASI *") == lines.index(k.text("ticket.code")) + 1


def test_priority_visitor_is_marked_on_screen_and_on_paper(kiosk: KioskFactory) -> None:
    k = kiosk()
    open_service(k)
    k.tap("standard.continue")
    k.tap("checklist.allPresent")
    k.tap("priority.ibu_hamil")
    k.wait_screen("ticket")
    assert k.text("ticket.code") == "A-001"
    assert "Prioritas: ibu hamil" in k.screen_text()
    assert stored_ticket(k, "A-001")["priority"] == "ibu_hamil"


@pytest.mark.expect_warnings(r"not printed: paper_out")
def test_out_of_paper_shows_a_calm_screen_and_the_ticket_is_marked(
    kiosk: KioskFactory, serial_printer: FakeFactory, tmp_path: Path
) -> None:
    printer = serial_printer("paper_out")
    k = kiosk(printer=serial(printer.port, tmp_path))
    open_service(k)
    k.tap("standard.continue")
    k.tap("checklist.allPresent")
    k.tap("priority.none")
    k.wait_screen("printProblem")

    assert k.text("printProblem.code") == "A-001"
    shown = k.screen_text()
    assert "nomor antrean Anda tetap berlaku" in shown
    assert "Tunjukkan nomor ini kepada petugas informasi" in shown
    stored = stored_ticket(k, "A-001")
    assert stored["print_state"] == "failed"
    assert "paper_out" in str(stored["print_error"])

    k.tap("printProblem.done")
    assert k.screen == "welcome"


def test_outside_opening_hours_says_when_to_come_back(kiosk: KioskFactory) -> None:
    k = kiosk(now="2026-11-24 19:30")
    status = k.find("welcome.status")
    assert status.isVisible()
    k.settle()  # the status box gets its size at the next layout pass, and only then counts as shown
    assert "sudah ditutup" in k.screen_text()
    k.tap("welcome.takeTicket")
    assert k.screen == "closed"
    assert k.text("closed.next") == "Rabu, 25 November 2026, pukul 08.00"
    # Reading requirements needs no ticket.
    k.tap("closed.lookup")
    assert k.screen == "services"


def test_closing_while_the_applicant_answers_leads_to_the_closed_screen(kiosk: KioskFactory) -> None:
    k = kiosk(now="2026-11-24 14:20")
    open_service(k)
    k.tap("standard.continue")
    k.tap("checklist.allPresent")
    k.clock.set("2026-11-24 14:45")  # past the issuing cutoff at 14.30
    k.tap("priority.none")
    k.wait_screen("closed")
    assert "Nomor antrean tidak dapat diambil" in k.text("closed.reason")
    assert k.text("closed.next").startswith("Rabu, 25 November 2026")


def test_looking_up_requirements_needs_no_ticket(kiosk: KioskFactory) -> None:
    k = kiosk()
    k.tap("welcome.lookup")
    assert k.text("page.title") == "Cari persyaratan layanan"
    k.tap(f"service.{REAL_SERVICE}")
    assert k.text("standard.continue") == "Periksa kelengkapan berkas"
    k.tap("standard.continue")
    k.tap("checklist.allPresent")
    assert k.screen == "result"
    assert k.text("page.title") == "Berkas Anda lengkap"
    k.tap("result.done")
    assert k.screen == "welcome"


def test_more_information_shows_the_management_components(kiosk: KioskFactory) -> None:
    k = kiosk()
    open_service(k)
    k.tap("standard.more")
    assert k.screen == "more"
    shown = k.screen_text()
    assert "Dasar hukum" in shown
    assert "Undang-Undang Nomor 11 Tahun 2020 tentang Cipta Kerja" in shown
    k.tap("page.back")
    assert k.screen == "standard"


def test_back_walks_the_screens_in_reverse(kiosk: KioskFactory) -> None:
    k = kiosk()
    open_service(k)
    k.tap("standard.continue")
    k.tap("checklist.item.1.belum")
    k.tap("page.back")
    assert k.screen == "standard"
    k.tap("page.back")
    assert k.screen == "services"
    k.tap("page.back")
    assert k.screen == "welcome"


def test_the_requirements_can_be_printed_from_lookup(
    kiosk: KioskFactory, serial_printer: FakeFactory, tmp_path: Path
) -> None:
    """"Lihat persyaratan": the whole list goes home on paper, with where and when to come."""
    printer = serial_printer("ok")
    k = kiosk(printer=serial(printer.port, tmp_path))
    k.tap("welcome.lookup")
    k.tap(f"service.{REAL_SERVICE}")
    assert k.text("standard.print") == "Cetak persyaratan"
    k.tap("standard.print")
    k.wait_until(lambda: k.session.standard.printState == "printed", what="the requirements slip")
    assert k.text("standard.print") == "Sudah dicetak, cetak lagi"
    received = re.sub(rb"\s+", b" ", printer.received(at_least=200))
    assert b"DAFTAR PERSYARATAN" in received
    assert b"1. Skala usaha kecil atau menengah" in received
    assert b"13. Memiliki alat kalibrasi" in received
    assert b"Telp. (0264) 8224794" in received


@pytest.mark.parametrize(("size", "language"), [((1920, 1080), "id"), ((1920, 1080), "en"), ((1080, 1920), "en")])
def test_every_priority_answer_is_in_view_or_the_screen_says_it_scrolls(
    kiosk: KioskFactory, size: tuple[int, int], language: str
) -> None:
    """A tile cut off at the bottom edge, with nothing saying more is below, looks like the last
    one: the mother with a young child would never find her button."""
    k = kiosk(size=size)
    if language == "en":
        k.tap("header.language")
    open_service(k)
    k.tap("standard.continue")
    k.tap("checklist.allPresent")
    k.settle()
    scroller = k.find("priority.scroll")
    top = scroller.mapToScene(QPointF(0, 0)).y()
    bottom = top + scroller.height()
    keys = [str(r["key"]) for r in k.session.categories.rows()]
    cut = [key for key in keys
           if k.find(f"priority.{key}").mapToScene(QPointF(0, k.find(f"priority.{key}").height())).y() > bottom + 1]
    assert not cut or k.exists("scroll.down"), f"cut off with no scroll hint: {cut}"


def test_a_visitor_whose_service_is_not_listed_still_gets_an_information_ticket(
    kiosk: KioskFactory, tmp_path: Path
) -> None:
    """"ktp" finds nothing in this hall, yet the visitor leaves with a number: the information and
    consultation ticket, said as such on screen and on paper, in the queue the layout gives it."""
    k = kiosk()
    k.tap("welcome.takeTicket")
    k.tap("services.keyboard")
    # The search keyboard is the compact one: letters and digits, none of the full one's punctuation.
    assert k.exists("key.K") and k.exists("key.0") and not k.exists("key.-") and not k.exists("key./")
    k.type_on_keyboard("ktp")
    assert k.exists("services.empty")
    k.tap("services.info")
    assert k.screen == "priority"
    assert k.text("page.title") == "Apakah Anda termasuk pengunjung prioritas?"
    assert "informasi dan konsultasi" in k.screen_text()
    k.tap("priority.none")
    k.wait_screen("ticket")
    code = k.text("ticket.code")
    stored = stored_ticket(k, code)
    assert stored["service"] == 0 and stored["service_title"] == "Informasi dan konsultasi"
    [paper] = sorted((tmp_path / "printer").rglob("*.bin"))
    assert "Informasi dan konsultasi" in [line.strip() for line in decode(paper.read_bytes()).lines()]
