"""The tanda terima as it comes out of the printer and as a PDF: due date readable, QR scannable."""

from __future__ import annotations

import subprocess
from pathlib import Path

from PIL import Image
from pyzbar.pyzbar import decode as read_qr

from devices.printing import Printer, PrinterSettings
from devices.printing.decode import decode
from devices.printing.pdf import write_pdf
from kiosk.files import accept_file, find_file
from kiosk.files.receipt import file_receipt, tracking_number_from_qr
from tests.staff.hall import Hall, at


def _accepted(hall: Hall):  # type: ignore[no-untyped-def]
    return accept_file(hall.db, hall.officer("BUDI", counter="5"), at("2026-11-24 10:05"), hall.calendar,
                       service_number=50, applicant_name="Siti Aminah", ticket_code="A123")


def test_printed_receipt_shows_the_due_date_and_its_qr_opens_the_file(hall: Hall, tmp_path: Path) -> None:
    f = _accepted(hall)
    doc = file_receipt(f, office_name="DPMPTSP Kabupaten Purwakarta", officer_name="Budi Santoso")
    printer = Printer(PrinterSettings(kind="virtual", output_dir=tmp_path))
    result = printer.print_document(doc)
    assert result.ok and result.preview_png is not None
    # The exact bytes the printer received, read back as a printer would act on them.
    printed = decode(result.preview_png.with_suffix(".bin").read_bytes())
    assert printed.problems == []
    lines = [line.strip() for line in printed.lines()]
    assert "Kamis, 3 Desember 2026" in lines
    assert "BRK-20261124-0001" in lines
    assert any("Siti Aminah" in line for line in lines)
    assert any("Petugas: Budi Santoso - Loket 5" in line for line in lines)
    scanned = [s.data.decode() for s in read_qr(Image.open(result.preview_png))]
    assert len(scanned) == 1
    number = tracking_number_from_qr(scanned[0])
    assert number is not None
    reopened = find_file(hall.db, number)
    assert reopened is not None and reopened.applicant_name == "Siti Aminah"


def test_english_receipt_adds_english_lines_below_the_indonesian(hall: Hall, tmp_path: Path) -> None:
    doc = file_receipt(_accepted(hall), office_name="DPMPTSP", language="en")
    texts = doc.texts()
    assert texts.index("Berkas diterima lengkap.") < texts.index("Your file was received complete.")
    assert any("due Thursday, 3 December 2026" in t for t in texts)


def test_pdf_receipt_scans_too(hall: Hall, tmp_path: Path) -> None:
    f = _accepted(hall)
    pdf = write_pdf(file_receipt(f, office_name="DPMPTSP Kabupaten Purwakarta"), tmp_path / "tt.pdf")
    subprocess.run(["pdftoppm", "-r", "200", "-png", "-singlefile", str(pdf), str(tmp_path / "tt")], check=True)
    text = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    assert "TANDA TERIMA BERKAS" in text and "Kamis, 3 Desember 2026" in text
    scanned = [s.data.decode() for s in read_qr(Image.open(tmp_path / "tt.png"))]
    assert [tracking_number_from_qr(s) for s in scanned] == [f.tracking_number]


def test_scanned_text_that_is_not_a_receipt_qr_is_not_taken_for_a_file() -> None:
    assert tracking_number_from_qr("A123") is None
    assert tracking_number_from_qr("MPP-BERKAS:") is None
    assert tracking_number_from_qr(" mpp-berkas:brk-20261124-0001 ") == "BRK-20261124-0001"


def test_a_due_date_counted_into_an_unofficial_holiday_year_is_printed_as_an_estimate(
    hall: Hall, tmp_path: Path
) -> None:
    official = file_receipt(_accepted(hall), office_name="DPMPTSP").texts()
    assert not any("perkiraan" in t for t in official if "Perkiraan selesai" not in t)
    late = accept_file(hall.db, hall.officer("BUDI", counter="5"), at("2026-12-23 10:05"), hall.calendar,
                       service_number=50, applicant_name="Siti Aminah")
    assert late.due_date.year == 2027 and late.estimated_years == (2027,)
    printer = Printer(PrinterSettings(kind="virtual", output_dir=tmp_path))
    result = printer.print_document(file_receipt(late, office_name="DPMPTSP", language="en"))
    assert result.ok and result.preview_png is not None
    printed = " ".join(line.strip() for line in decode(result.preview_png.with_suffix(".bin").read_bytes()).lines())
    assert "Tanggal ini perkiraan: daftar hari libur 2027 belum ditetapkan resmi." in printed
    assert "This date is an estimate: the 2027 holiday list is not official yet." in printed
