"""Receipts as PDF, checked the way a person would: page size, text, and a QR that scans."""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from devices.printing.fonts import SANS_REGULAR, font_path
from devices.printing.pdf import render_pdf, write_pdf
from kiosk.receipts.document import Document, Text
from kiosk.receipts.layouts import TicketPrint, queue_ticket
from tests.printing.conftest import TOKEN
from tests.printing.helpers import darkest, qr_texts

POINTS_PER_MM = 72 / 25.4


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} (poppler-utils) not installed")
    return path


def page_sizes_mm(pdf: Path) -> list[tuple[float, float]]:
    out = subprocess.run([_tool("pdfinfo"), "-f", "1", "-l", "99", str(pdf)], check=True,
                         capture_output=True, text=True, timeout=30).stdout
    sizes = re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", out)
    return [(float(w) / POINTS_PER_MM, float(h) / POINTS_PER_MM) for w, h in sizes]


def pdf_text(pdf: Path) -> str:
    return subprocess.run([_tool("pdftotext"), "-layout", str(pdf), "-"], check=True,
                          capture_output=True, text=True, timeout=30).stdout


def rasterise(pdf: Path, dpi: int = 200) -> list[Image.Image]:
    stem = pdf.with_suffix("")
    subprocess.run([_tool("pdftoppm"), "-r", str(dpi), "-png", str(pdf), str(stem)],
                   check=True, timeout=60)
    return [Image.open(p) for p in sorted(pdf.parent.glob(f"{stem.name}-*.png"))]


def test_ticket_on_an_80mm_roll(tmp_path: Path, ticket: TicketPrint) -> None:
    pdf = write_pdf(queue_ticket(ticket), tmp_path / "ticket.pdf", "roll80")

    [(width, height)] = page_sizes_mm(pdf)
    assert width == pytest.approx(80, abs=0.1)
    assert 90 < height < 200  # fitted to the ticket, not a fixed page

    text = pdf_text(pdf)
    for expected in ("A-001", "NOMOR ANTREAN", "Perkiraan tunggu 10-20 menit",
                     "Selasa, 24 November 2026 14.05", "Silakan menunggu nomor Anda dipanggil"):
        assert expected in text
    [page] = rasterise(pdf)
    assert qr_texts(page) == [TOKEN]
    # Nothing runs off the roll: the outer 2 mm on each side stay blank.
    grey = page.convert("L")
    edge = round(2 * 200 / 25.4)
    for box in ((0, 0, edge, grey.height), (grey.width - edge, 0, grey.width, grey.height)):
        assert darkest(grey.crop(box)) > 200


def test_ticket_on_a6_keeps_indonesian_characters(tmp_path: Path, ticket: TicketPrint) -> None:
    special = dataclasses.replace(ticket, service_title="Izin Usaha “Kafé” – Tahap 2")
    pdf = write_pdf(queue_ticket(special), tmp_path / "ticket-a6.pdf", "a6")

    [(width, height)] = page_sizes_mm(pdf)
    assert width == pytest.approx(105, abs=0.2)
    assert height == pytest.approx(148, abs=0.2)
    text = pdf_text(pdf)
    if font_path(SANS_REGULAR):
        assert "Izin Usaha “Kafé” – Tahap 2" in text
    else:  # Helvetica fallback gets the thermal printer's ASCII forms
        assert 'Izin Usaha "Kafe" - Tahap 2' in text
    [page] = rasterise(pdf)
    assert qr_texts(page) == [TOKEN]


def test_long_document_flows_onto_further_a6_pages(tmp_path: Path) -> None:
    lines = tuple(Text(f"Persyaratan nomor {n}") for n in range(1, 61))
    pdf = tmp_path / "long.pdf"
    pdf.write_bytes(render_pdf(Document(lines, title="Daftar"), "a6"))

    sizes = page_sizes_mm(pdf)
    assert len(sizes) >= 2
    text = pdf_text(pdf)
    assert "Persyaratan nomor 1\n" in text and "Persyaratan nomor 60" in text


def test_pdf_carries_the_document_title(tmp_path: Path, ticket: TicketPrint) -> None:
    pdf = write_pdf(queue_ticket(ticket), tmp_path / "t.pdf")
    info = subprocess.run([_tool("pdfinfo"), str(pdf)], check=True, capture_output=True,
                          text=True, timeout=30).stdout
    assert re.search(r"Title:\s+Tiket antrean A-001", info)


@pytest.mark.parametrize("page", ["roll80", "a6"])
def test_a_file_receipt_never_splits_its_tracking_number(tmp_path: Path, page: str) -> None:
    """Enlarged text shrinks until its longest word fits, as on the thermal printer: a tracking
    number over two lines would be copied wrong."""
    from datetime import date, datetime
    from zoneinfo import ZoneInfo

    from kiosk.files.receipt import file_receipt
    from kiosk.files.records import AcceptedFile

    wib = ZoneInfo("Asia/Jakarta")
    accepted = AcceptedFile(
        tracking_number="BRK-20261124-0001", service_number=50, service_title="Sertifikat Standar KBLI 26791",
        applicant_name="Siti Aminah", applicant_contact=None, ticket_code="A-001", checklist=(),
        received_at=datetime(2026, 11, 24, 10, 0, tzinfo=wib), received_day=date(2026, 11, 24),
        processing_value=7, processing_unit="hari_kerja", due_date=date(2026, 12, 3), status="received",
        officer="BUDI", counter="1")
    pdf = write_pdf(file_receipt(accepted, office_name="MPP Bale Madukara"), tmp_path / "receipt.pdf", page)
    lines = [line.strip() for line in pdf_text(pdf).splitlines()]
    assert "BRK-20261124-0001" in lines
    assert not any(line in ("BRK-20261124-", "0001", "BRK-2026112") for line in lines)
