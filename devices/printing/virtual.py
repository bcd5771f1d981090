"""The virtual printer: keeps the exact bytes of every job and draws them as the paper would
look, for the kiosk's preview and for working without hardware.

The preview is drawn from the *decoded bytes*, not from the document, so it shows what a real
printer would do with what was actually sent: wrong sizes, lines too long for the roll or an
unsupported command show up here first. Geometry follows font A on a 203 dpi head: 8 dots per
millimetre, 24-dot-high characters, 30-dot default line spacing.
"""

from __future__ import annotations

import contextlib
import itertools
import re
import threading
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from PIL import Image, ImageDraw

from devices.printing.decode import (
    CutPaper,
    Decoded,
    FeedLines,
    QrCode,
    RasterImage,
    TextLine,
    decode,
)
from devices.printing.fonts import mono_font_for_cell
from devices.printing.profiles import PrinterProfile
from devices.printing.qr import qr_bitmap
from kiosk.paths import make_private_dir
from kiosk.receipts.document import Align

DOTS_PER_MM = 8
CHAR_HEIGHT = 24
LINE_SPACING = 30
TOP_MARGIN = 24
BOTTOM_MARGIN = 24
CUT_FEED = 40
PAPER = 255
INK = 0
EDGE = 200


def _x_for(align: Align, width: int, margin: int, printable: int) -> int:
    if align == "center":
        return margin + max(0, (printable - width) // 2)
    if align == "right":
        return margin + max(0, printable - width)
    return margin


@dataclass(frozen=True)
class _Paste:
    y: int
    image: Image.Image
    align: Align


@dataclass(frozen=True)
class _CutMark:
    y: int
    partial: bool


def _text_image(text: str, cell: int, bold: bool) -> Image.Image:
    font = mono_font_for_cell(cell, CHAR_HEIGHT, bold)
    image = Image.new("L", (max(1, len(text) * cell), CHAR_HEIGHT), PAPER)
    draw = ImageDraw.Draw(image)
    draw.fontmode = "1"  # a thermal head has no grey: crisp dots, also when scaled up 4x
    for column, char in enumerate(text):
        # Character by character on the printer's grid, so a slightly narrow font never drifts.
        draw.text((column * cell, 0), char, font=font, fill=INK)
    return image


def render_preview(data: bytes, profile: PrinterProfile) -> tuple[Image.Image, Decoded]:
    """Draw a job as printed on ``profile``'s paper; returns the image and what was decoded."""
    decoded = decode(data, profile)
    paper = profile.paper_mm * DOTS_PER_MM
    margin = (paper - profile.dots) // 2
    cell = profile.dots_per_column
    items: list[_Paste | _CutMark] = []
    y = TOP_MARGIN
    for event in decoded.events:
        if isinstance(event, TextLine):
            width, height = event.size
            # The printer wraps on its own when a line is longer than the head; so do we.
            per_line = max(1, profile.dots // (cell * width))
            chunks = [event.text[i : i + per_line] for i in range(0, len(event.text), per_line)]
            for chunk in chunks or [""]:
                if chunk.strip():
                    glyphs = _text_image(chunk, cell, event.bold)
                    scaled = glyphs.resize(
                        (glyphs.width * width, glyphs.height * height), Image.Resampling.NEAREST
                    )
                    items.append(_Paste(y, scaled, event.align))
                y += max(LINE_SPACING, CHAR_HEIGHT * height)
        elif isinstance(event, FeedLines):
            y += LINE_SPACING * event.lines
        elif isinstance(event, QrCode):
            # Printers draw the symbol without a quiet zone; the renderer leaves blank lines.
            symbol = qr_bitmap(
                event.data, event.module_dots, error_correction=event.error_correction,
                quiet_zone=0,
            )
            items.append(_Paste(y, symbol.convert("L"), event.align))
            y += symbol.height
        elif isinstance(event, RasterImage):
            image = event.image.convert("L")
            if event.mode & 1:
                image = image.resize((image.width * 2, image.height), Image.Resampling.NEAREST)
            if event.mode & 2:
                image = image.resize((image.width, image.height * 2), Image.Resampling.NEAREST)
            items.append(_Paste(y, image, event.align))
            y += image.height
        elif isinstance(event, CutPaper):
            if event.feed is not None:
                y += CUT_FEED
            items.append(_CutMark(y, event.partial))
            y += 8
    height = y + BOTTOM_MARGIN
    sheet = Image.new("L", (paper, height), PAPER)
    draw = ImageDraw.Draw(sheet)
    for item in items:
        if isinstance(item, _Paste):
            x = _x_for(item.align, item.image.width, margin, profile.dots)
            # Whatever the head cannot reach is lost on real paper too.
            visible = item.image.crop((0, 0, min(item.image.width, margin + profile.dots - x),
                                       item.image.height))
            sheet.paste(visible, (x, item.y))
        else:
            dash = 6 if item.partial else 12
            for x in range(0, paper, dash * 2):
                draw.line([(x, item.y), (x + dash, item.y)], fill=120, width=2)
    draw.rectangle([(0, 0), (paper - 1, height - 1)], outline=EDGE)
    return sheet, decoded


@dataclass(frozen=True)
class VirtualJob:
    """One job as the virtual printer received it."""

    title: str
    data: bytes
    bin_path: Path
    png_path: Path
    decoded: Decoded

    @property
    def problems(self) -> list[str]:
        return [str(p) for p in self.decoded.problems]


def _slug(title: str) -> str:
    slug = re.sub(r"[^A-Za-z0-9]+", "-", title).strip("-").lower()
    return slug[:40] or "job"


_JOB_FILE = re.compile(r"^(\d{8})-\d{6}-\d{6}-\d{4}-[a-z0-9-]+\.(?:bin|png)$")


class VirtualPrinter:
    """Writes ``<time>-<n>-<title>.bin`` (exact bytes) and ``.png`` (preview) to ``output_dir``.

    A kiosk on the virtual printer (a demo hall, a printer-less survey PC keeping previews) writes
    two files per ticket, for years: job files older than ``keep_days`` are deleted on the first
    job of each day. Only files named as this class names them are touched.
    """

    def __init__(self, output_dir: Path, profile: PrinterProfile, *, keep_days: int = 7) -> None:
        self.output_dir = Path(output_dir)
        self.profile = profile
        self.keep_days = keep_days
        self.jobs: list[VirtualJob] = []
        self._counter = itertools.count(1)
        self._lock = threading.Lock()
        self._pruned_on = ""

    def prune(self, today: date) -> int:
        """Delete job files from before ``today - keep_days``; returns how many went."""
        cutoff = (today - timedelta(days=self.keep_days)).strftime("%Y%m%d")
        removed = 0
        with contextlib.suppress(OSError):
            for entry in self.output_dir.iterdir():
                match = _JOB_FILE.match(entry.name)
                if match and match.group(1) < cutoff:
                    with contextlib.suppress(OSError):
                        entry.unlink()
                        removed += 1
        return removed

    def print_job(self, data: bytes, title: str = "") -> VirtualJob:
        make_private_dir(self.output_dir)
        today = datetime.now().date()
        if self._pruned_on != today.isoformat():
            self._pruned_on = today.isoformat()
            self.prune(today)
        with self._lock:
            number = next(self._counter)
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        stem = f"{stamp}-{number:04d}-{_slug(title)}"
        bin_path = self.output_dir / f"{stem}.bin"
        png_path = self.output_dir / f"{stem}.png"
        bin_path.write_bytes(data)
        image, decoded = render_preview(data, self.profile)
        image.save(png_path, optimize=True)
        job = VirtualJob(title, data, bin_path, png_path, decoded)
        with self._lock:
            self.jobs.append(job)
        return job
