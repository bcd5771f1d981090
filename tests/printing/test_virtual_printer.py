"""The virtual printer: exact bytes kept, and a preview picture the kiosk can show."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PIL import Image

from devices.printing.printer import Printer, PrinterSettings
from devices.printing.profiles import get_profile
from devices.printing.render_escpos import render
from devices.printing.status import PrinterState
from devices.printing.virtual import VirtualPrinter, render_preview
from kiosk.receipts.layouts import TicketPrint, queue_ticket, test_page
from tests.printing.conftest import TOKEN, WIB
from tests.printing.helpers import darkest, qr_texts

INK = 100  # darker than this is print; the paper edge and cut mark are lighter greys


def ink_box(image: Image.Image) -> tuple[int, int, int, int]:
    box = image.convert("L").point(lambda v: 255 if v < INK else 0).getbbox()
    assert box is not None, "nothing printed"
    return box


@pytest.mark.parametrize("profile", ["generic-80", "generic-58", "xprinter-58-noqr"])
def test_preview_shows_the_whole_ticket_inside_the_printable_area(
    ticket: TicketPrint, profile: str
) -> None:
    printer = get_profile(profile)
    image, decoded = render_preview(render(queue_ticket(ticket), printer), printer)
    paper = printer.paper_mm * 8
    margin = (paper - printer.dots) // 2

    assert image.width == paper
    left, top, right, bottom = ink_box(image)
    assert left >= margin and right <= margin + printer.dots
    assert top > 0 and bottom < image.height - 1
    assert qr_texts(image) == [TOKEN]
    assert decoded.problems == []


def test_centred_lines_are_centred_on_the_paper(ticket: TicketPrint) -> None:
    printer = get_profile("generic-80")
    only_number = dataclasses.replace(ticket, office_name="", office_address="")
    image, _ = render_preview(render(queue_ticket(only_number), printer), printer)
    # The big number is the first thing drawn after "NOMOR ANTREAN": find its rows.
    grey = image.convert("L")
    rows = [y for y in range(grey.height)
            if darkest(grey.crop((0, y, grey.width, y + 1))) < INK]
    bands: list[list[int]] = []
    for y in rows:
        if bands and y == bands[-1][-1] + 1:
            bands[-1].append(y)
        else:
            bands.append([y])
    tallest = max(bands, key=len)
    assert len(tallest) > 60  # a 4x-high line, about 4 x 24 dots
    band = grey.crop((0, tallest[0], grey.width, tallest[-1] + 1))
    left, _, right, _ = ink_box(band)
    assert abs((left + right) / 2 - image.width / 2) <= printer.dots_per_column


def test_virtual_printer_keeps_exact_bytes_and_a_png(tmp_path: Path, ticket: TicketPrint) -> None:
    printer = get_profile("generic-58")
    data = render(queue_ticket(ticket), printer)
    job = VirtualPrinter(tmp_path / "out", printer).print_job(data, "Tiket A-001")

    assert job.bin_path.read_bytes() == data
    assert job.bin_path.parent == tmp_path / "out"
    with Image.open(job.png_path) as png:
        assert png.format == "PNG"
        assert qr_texts(png) == [TOKEN]
    assert "tiket-a-001" in job.png_path.name


def test_virtual_kind_prints_with_a_preview(tmp_path: Path, ticket: TicketPrint) -> None:
    printer = Printer(PrinterSettings(kind="virtual", profile="generic-80", output_dir=tmp_path))
    result = printer.print_document(queue_ticket(ticket))

    assert result.ok and result.reason_code == "printed"
    assert result.state is PrinterState.OK
    assert result.preview_png is not None and result.preview_png.exists()
    assert result.preview_png.with_suffix(".bin").read_bytes() == render(
        queue_ticket(ticket), get_profile("generic-80"))
    with Image.open(result.preview_png) as png:
        assert qr_texts(png) == [TOKEN]


@pytest.mark.parametrize(
    ("state", "reason"),
    [("paper_out", "paper_out"), ("no_answer", "no_answer"), ("paper_near_end",
                                                                 "printed_paper_near_end")],
)
def test_virtual_printer_can_play_a_faulty_printer(tmp_path: Path, ticket: TicketPrint,
                                                   state: str, reason: str) -> None:
    settings = PrinterSettings(kind="virtual", output_dir=tmp_path, virtual_state=state)
    result = Printer(settings).print_document(queue_ticket(ticket))

    assert result.reason_code == reason
    assert result.ok is (reason == "printed_paper_near_end")
    written = sorted(p.suffix for p in tmp_path.iterdir())
    assert written == ([".bin", ".png"] if result.ok else [])


def test_test_page_preview(tmp_path: Path) -> None:
    now = datetime(2026, 11, 24, 14, 5, tzinfo=WIB)
    settings = PrinterSettings(kind="virtual", profile="generic-80", output_dir=tmp_path)
    result = Printer(settings).print_document(test_page("generic-80", "MPP Bale Madukara", now))

    assert result.ok and result.preview_png is not None
    with Image.open(result.preview_png) as png:
        assert qr_texts(png) == ["MPP-KIOSK TEST generic-80 2026-11-24T14:05:00+07:00"]


def test_the_virtual_printer_keeps_a_week_of_pictures_and_nothing_else_is_touched(tmp_path: Path) -> None:
    today = datetime.now().date()
    old = (today - timedelta(days=8)).strftime("%Y%m%d")
    recent = (today - timedelta(days=6)).strftime("%Y%m%d")
    names = [f"{old}-090000-000001-0001-tiket-antrean-a-001.bin", f"{old}-090000-000001-0001-tiket-antrean-a-001.png",
             f"{recent}-090000-000001-0002-tiket-antrean-a-002.png", f"{old}-catatan-petugas.png", "readme.txt"]
    for name in names:
        (tmp_path / name).write_bytes(b"x")
    printer = Printer(PrinterSettings(kind="virtual", output_dir=tmp_path, keep_days=7))
    result = printer.print_document(test_page("generic-80", "Uji", datetime(2026, 11, 24, 9, tzinfo=WIB)))
    assert result.ok and result.preview_png is not None
    left = sorted(p.name for p in tmp_path.iterdir())
    assert names[0] not in left and names[1] not in left
    assert {names[2], names[3], names[4], result.preview_png.name} <= set(left)
