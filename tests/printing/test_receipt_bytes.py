"""The ESC/POS bytes of each receipt: the commands as the manual gives them, within the printer's
command set, within the byte budget, and decoding back to what the applicant should read."""

from __future__ import annotations

import dataclasses
from datetime import datetime
from pathlib import Path

import pytest

from devices.printing import escpos
from devices.printing.decode import decode
from devices.printing.printer import Printer, PrinterSettings
from devices.printing.profiles import PROFILES, UnknownProfileError, get_profile, profile_names
from devices.printing.qr import qr_matrix
from devices.printing.render_escpos import render
from devices.printing.virtual import render_preview
from kiosk.receipts.document import QR, Cut, Document, Feed, Rule, Text
from kiosk.receipts.layouts import (
    MissingDocs,
    TicketPrint,
    missing_documents,
    queue_ticket,
    test_page,
)
from tests.printing.conftest import TOKEN, WIB
from tests.printing.helpers import qr_texts

NATIVE = [name for name, p in PROFILES.items() if p.native_qr]
RASTER = [name for name, p in PROFILES.items() if not p.native_qr]


def test_command_bytes_match_the_manual() -> None:
    assert escpos.esc_at_initialize() == bytes.fromhex("1b40")
    assert escpos.esc_a_justify("center") == bytes.fromhex("1b6101")
    assert escpos.esc_a_justify("right") == bytes.fromhex("1b6102")
    assert escpos.esc_E_emphasize(True) == bytes.fromhex("1b4501")
    assert escpos.gs_exclam_character_size(2, 3) == bytes.fromhex("1d2112")
    assert escpos.gs_exclam_character_size(8, 8) == bytes.fromhex("1d2177")
    assert escpos.esc_d_feed_lines(4) == bytes.fromhex("1b6404")
    assert escpos.gs_V_cut(partial=False) == bytes.fromhex("1d5600")
    assert escpos.gs_V_cut(partial=True, feed=3) == bytes.fromhex("1d564203")
    assert escpos.gs_k_qr_select_model(2) == bytes.fromhex("1d286b0400314132 00".replace(" ", ""))
    assert escpos.gs_k_qr_module_size(6) == bytes.fromhex("1d286b0300314306")
    assert escpos.gs_k_qr_error_correction("M") == bytes.fromhex("1d286b0300314531")
    assert escpos.gs_k_qr_store(b"AB") == bytes.fromhex("1d286b050031503041 42".replace(" ", ""))
    assert escpos.gs_k_qr_print() == bytes.fromhex("1d286b0300315130")
    assert escpos.gs_v0_raster([b"\x80", b"\x01"], 1) == bytes.fromhex("1d7630000100020080 01"
                                                                         .replace(" ", ""))
    assert escpos.dle_eot_status(4) == bytes.fromhex("100404")


def test_qr_store_length_counts_payload_plus_three() -> None:
    data = b"x" * 300
    command = escpos.gs_k_qr_store(data)
    assert command[3] + command[4] * 256 == len(data) + 3


def test_unknown_profile_error_lists_the_known_names() -> None:
    with pytest.raises(UnknownProfileError) as caught:
        get_profile("epson-tm-t99")
    message = str(caught.value)
    assert "epson-tm-t99" in message
    for name in profile_names():
        assert name in message


def _long_ticket(ticket: TicketPrint, language: str = "id") -> TicketPrint:
    """Every optional line present and long names: the largest realistic Indonesian ticket."""
    return dataclasses.replace(
        ticket,
        language=language,
        priority_label="PRIORITAS (Lansia / Disabilitas)",
        service_title="Perizinan Berusaha Berbasis Risiko untuk Usaha Menengah dan Besar",
        queue_name="Perizinan Usaha dan Non Usaha",
        ahead=123,
        wait_min=95,
        wait_max=140,
    )


@pytest.mark.parametrize("profile", NATIVE)
def test_queue_ticket_with_native_qr_stays_under_700_bytes(ticket: TicketPrint,
                                                           profile: str) -> None:
    english = dataclasses.replace(ticket, language="en", priority_label="PRIORITAS")
    for variant in (ticket, _long_ticket(ticket), english):
        data = render(queue_ticket(variant), get_profile(profile))
        assert len(data) < 700, (profile, variant.language, len(data))


@pytest.mark.parametrize("profile", RASTER)
def test_raster_qr_is_the_symbol_only_and_scans(ticket: TicketPrint, profile: str) -> None:
    printer = get_profile(profile)
    data = render(queue_ticket(ticket), printer)
    decoded = decode(data, printer)
    [raster] = decoded.images()
    # Centred by ESC a 1, not padded to the paper width; sent at half size for the printer to
    # double (GS v 0 m = 3), without the quiet zone, which is blank paper anyway.
    assert raster.align == "center"
    assert raster.mode == 3
    assert raster.image.height == len(qr_matrix(TOKEN)) * 2
    assert raster.image.width == -(-raster.image.height // 8) * 8  # whole bytes per row
    # On paper (the virtual printer draws what the head would): 4-dot modules that scan.
    paper, _ = render_preview(data, printer)
    assert qr_texts(paper) == [TOKEN]
    # A quarter of the 4.6 KB that a 1:1 bitmap with its quiet zone took (issue 17: <= 2,500).
    assert len(data) <= 2500


@pytest.mark.parametrize("profile", sorted(PROFILES))
def test_every_receipt_uses_only_the_printers_commands_and_fits_its_width(
    ticket: TicketPrint, profile: str
) -> None:
    printer = get_profile(profile)
    now = datetime(2026, 11, 24, 14, 5, tzinfo=WIB)
    missing = MissingDocs(
        office_name="MPP Bale Madukara",
        service_number="50",
        service_title="Perizinan Berusaha KBLI 26791",
        missing=["Fotokopi KTP penanggung jawab", "Akta pendirian perusahaan"],
        unsure=["NPWP badan usaha"],
        help_text="Silakan lengkapi berkas lalu ambil nomor antrean baru.",
        reference="MPP-50-XK29",
        issued_at=now,
    )
    for document in (queue_ticket(_long_ticket(ticket, "en")), missing_documents(missing),
                     test_page(profile, "MPP Bale Madukara", now)):
        decoded = decode(render(document, printer), printer)
        assert decoded.problems == [], (document.title, decoded.problems)
        for line in decoded.text_lines():
            assert len(line.text) * line.size[0] <= printer.columns, line
        assert len(decoded.cuts()) == (1 if printer.cutter else 0)


def test_decoder_reports_commands_a_printer_lacks(ticket: TicketPrint) -> None:
    data = render(queue_ticket(ticket), get_profile("generic-80"))
    problems = decode(data, get_profile("xprinter-58-noqr")).problems
    reasons = {p.reason for p in problems}
    assert reasons == {
        "GS ( k is not in the command set of xprinter-58-noqr",
        "GS V is not in the command set of xprinter-58-noqr",
    }


def test_decoder_reports_stray_bytes_and_unfinished_lines() -> None:
    problems = decode(b"\x1b@Halo\r\n\x1bZ\x00Tanpa akhir").problems
    assert [p.offset for p in problems] == [6, 8, 10, 11]
    assert "never printed" in problems[-1].reason


def test_ticket_number_is_never_split_across_lines(ticket: TicketPrint) -> None:
    long_code = dataclasses.replace(ticket, code="PRIO-0123")
    for name in ("generic-58", "generic-80"):
        decoded = decode(render(queue_ticket(long_code), get_profile(name)))
        [number] = [line for line in decoded.text_lines() if "PRIO" in line.text]
        assert number.text == "PRIO-0123"
        assert number.size[0] * len(number.text) <= get_profile(name).columns


def test_ticket_wording_for_the_applicant(ticket: TicketPrint) -> None:
    lines = decode(render(queue_ticket(dataclasses.replace(
        ticket, ahead=0, wait_min=None, wait_max=None, priority_label="PRIORITAS",
    )), get_profile("generic-80"))).lines()
    assert "Tidak ada antrean di depan Anda" in lines
    assert "* PRIORITAS *" in lines
    assert not any(line.startswith("Perkiraan tunggu") for line in lines)
    assert not any("silahkan" in line.lower() for line in lines)

    english = decode(render(queue_ticket(dataclasses.replace(ticket, language="en")),
                            get_profile("generic-80"))).lines()
    assert english.index("Antrean di depan Anda: 5 orang") + 1 == english.index(
        "People ahead of you: 5")
    assert "Estimated wait 10-20 minutes" in english
    assert english[-2:] == ["Silakan menunggu nomor Anda dipanggil",
                            "Please wait until your number is called"]


@pytest.mark.parametrize(
    ("low", "high", "expected"),
    [
        (10, 20, "Perkiraan tunggu 10-20 menit"),
        (15, 15, "Perkiraan tunggu 15 menit"),
        (None, 30, "Perkiraan tunggu hingga 30 menit"),
        (60, None, "Perkiraan tunggu lebih dari 60 menit"),
        (20, 10, "Perkiraan tunggu 10-20 menit"),
    ],
)
def test_wait_estimate_is_printed_as_a_range(ticket: TicketPrint, low: int | None,
                                             high: int | None, expected: str) -> None:
    document = queue_ticket(dataclasses.replace(ticket, wait_min=low, wait_max=high))
    assert expected in decode(render(document, get_profile("generic-80"))).lines()


def test_ticket_refuses_a_time_without_zone(ticket: TicketPrint) -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        queue_ticket(dataclasses.replace(ticket, issued_at=datetime(2026, 11, 24, 14, 5)))


def test_missing_documents_list_reads_as_a_numbered_list() -> None:
    now = datetime(2026, 11, 24, 9, 30, tzinfo=WIB)
    document = missing_documents(MissingDocs(
        office_name="MPP Bale Madukara",
        service_number="50",
        service_title="Perizinan Berusaha KBLI 26791",
        missing=["Akta pendirian perusahaan dan SK pengesahan Kemenkumham"],
        unsure=["NPWP badan usaha"],
        help_text="",
        reference="MPP-50-XK29",
        issued_at=now,
        office_address="Jl. Jenderal Sudirman, Nagrikaler, Purwakarta 41115",
        office_phone="(0264) 8224794",
        hours=("Sen-Kam 08:00-15:00", "Jum 08:00-15:00 (istirahat 11:30-13:00)"),
    ))
    decoded = decode(render(document, get_profile("generic-58")))
    assert decoded.lines() == [
        "MPP Bale Madukara",
        "-" * 32,
        "PERSYARATAN YANG BELUM TERPENUHI",
        "Layanan 50: Perizinan Berusaha",
        "KBLI 26791",
        "Selasa, 24 November 2026 09.30",
        "-" * 32,
        "Belum terpenuhi:",
        "1. Akta pendirian perusahaan dan",
        "   SK pengesahan Kemenkumham",
        "Mohon dipastikan ke petugas:",
        "1. NPWP badan usaha",
        "-" * 32,
        # Where and when to come back with what is missing.
        "Jl. Jenderal Sudirman,",
        "Nagrikaler, Purwakarta 41115",
        "Telp. (0264) 8224794",
        "Jam layanan:",
        "Sen-Kam 08:00-15:00",
        "Jum 08:00-15:00 (istirahat",
        "  11:30-13:00)",
        "Standar pelayanan: MPP-50-XK29",
    ]
    assert decoded.qr_payloads() == ["MPP-50-XK29"]


def test_document_blocks_validate_their_values() -> None:
    with pytest.raises(ValueError):
        Text("x", size=(9, 1))
    with pytest.raises(ValueError):
        Text("x", align="justify")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        QR("")
    with pytest.raises(ValueError):
        Feed(300)
    with pytest.raises(TypeError):
        Document([Rule(), Cut()], title="list")  # type: ignore[arg-type]


@pytest.mark.parametrize("length", [20, 150, 600])
def test_qr_of_any_reasonable_length_fits_the_paper_and_scans(length: int) -> None:
    payload = ("https://mpp.purwakartakab.go.id/r/" + "k" * length)[:length]
    document = Document((QR(payload),), title="qr")
    for name in ("generic-58", "generic-80"):
        printer = get_profile(name)
        [symbol] = decode(render(document, printer), printer).qr_codes()
        assert symbol.payload == payload
        assert symbol.module_dots * len(qr_matrix(payload)) <= printer.dots
    for name in ("xprinter-58-noqr", "generic-80-noqr"):
        printer = get_profile(name)
        [raster] = decode(render(document, printer), printer).images()
        assert raster.image.width <= printer.dots
        assert qr_texts(raster.image) == [payload]


def test_payload_too_long_for_a_qr_is_a_result_not_a_crash(tmp_path: Path) -> None:
    document = Document((Text("Tiket"), QR("x" * 5000)), title="terlalu panjang")
    result = Printer(PrinterSettings(kind="virtual", output_dir=tmp_path)).print_document(
        document)
    assert not result.ok and result.reason_code == "render_failed" and result.nothing_sent
    assert list(tmp_path.iterdir()) == []
