"""Turn a :class:`~kiosk.receipts.document.Document` into ESC/POS bytes for one printer profile.

Bytes on the wire are the slowest part of a serial ticket (10 bits per byte: 9600 baud moves
960 bytes a second), so the renderer emits a mode command only when the mode changes, centres
with ``ESC a 1`` instead of padding, and sends QR codes natively where the printer can draw them.
The raster fallback is the symbol alone: the quiet zone is blank paper (centred, with a blank
line above and below), and where the printer doubles dots (``GS v 0`` m = 3) it is sent at half
size, a quarter of the bytes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from PIL import Image

from devices.printing import escpos
from devices.printing.profiles import PrinterProfile
from devices.printing.qr import native_module_dots, qr_bitmap, qr_modules, raster_module_dots
from devices.printing.text import longest_word, normalise, wrap, wrap_balanced
from kiosk.receipts.document import QR, Align, Cut, Document, Feed, Rule, Text

QR_ERROR_CORRECTION: Literal["L", "M", "Q", "H"] = "M"
TEAR_BAR_FEED_LINES = 4


@dataclass
class _Modes:
    """What the printer is currently set to, so unchanged modes cost no bytes."""

    align: Align = "left"
    bold: bool = False
    size: tuple[int, int] = (1, 1)


def fitted_size(text: str, size: tuple[int, int], columns: int) -> tuple[int, int]:
    """Shrink a character size just enough that the longest word fits on one line.

    A ticket number split across two lines would be misread; a slightly smaller one is not.
    """
    width, height = size
    longest = longest_word(text)
    if longest == 0 or longest * width <= columns:
        return size
    new_width = max(1, columns // longest)
    new_height = max(1, round(height * new_width / width))
    return new_width, new_height


def raster_image_bytes(image: Image.Image, *, quadruple: bool = False) -> bytes:
    """``GS v 0`` for an image; Pillow's "1" mode has 1 = white, the printer 1 = black."""
    mono = image.convert("1")
    width_bytes = (mono.width + 7) // 8
    packed = mono.tobytes()  # rows padded to whole bytes, most significant bit leftmost
    # Padding bits past the right edge must stay white (0) once inverted.
    last_mask = (0xFF << (width_bytes * 8 - mono.width)) & 0xFF
    rows = []
    for y in range(mono.height):
        row = bytearray(b ^ 0xFF for b in packed[y * width_bytes : (y + 1) * width_bytes])
        row[-1] &= last_mask
        rows.append(bytes(row))
    return escpos.gs_v0_raster(rows, width_bytes, mode=3 if quadruple else 0)


class _Writer:
    def __init__(self, profile: PrinterProfile) -> None:
        self.profile = profile
        self.out = bytearray(escpos.esc_at_initialize())
        self.modes = _Modes()

    def set_modes(self, align: Align, bold: bool, size: tuple[int, int]) -> None:
        if align != self.modes.align:
            self.out += escpos.esc_a_justify(align)
            self.modes.align = align
        if bold != self.modes.bold:
            self.out += escpos.esc_E_emphasize(bold)
            self.modes.bold = bold
        if size != self.modes.size:
            self.out += escpos.gs_exclam_character_size(*size)
            self.modes.size = size

    def line(self, text: str) -> None:
        self.out += text.encode("ascii") + escpos.lf()

    def text(self, block: Text) -> None:
        text = normalise(block.text)
        size = fitted_size(text, block.size, self.profile.columns)
        columns = self.profile.columns // size[0]
        fold = wrap_balanced if block.align == "center" else wrap
        for line in fold(text, columns, indent=block.indent):
            # An empty line only feeds: its modes are irrelevant, skip changing them.
            if line:
                self.set_modes(block.align, block.bold, size)
            self.line(line)

    def rule(self) -> None:
        self.set_modes(self.modes.align, self.modes.bold, (1, 1))
        self.line("-" * self.profile.columns)

    def feed(self, block: Feed) -> None:
        if block.lines:
            self.out += escpos.esc_d_feed_lines(block.lines)

    def qr(self, block: QR) -> None:
        data = block.payload.encode("utf-8")
        modules = qr_modules(data, QR_ERROR_CORRECTION)
        self.set_modes("center", self.modes.bold, self.modes.size)
        # The symbol goes without its quiet zone: centred, the paper beside it is blank, and a
        # blank line above and below (1 byte each, taller than 4 modules) keeps text from
        # touching it, which scanners need.
        self.out += escpos.lf()
        if self.profile.native_qr:
            self.out += escpos.gs_k_qr_select_model(2)
            self.out += escpos.gs_k_qr_module_size(native_module_dots(modules, self.profile.dots))
            self.out += escpos.gs_k_qr_error_correction(QR_ERROR_CORRECTION)
            self.out += escpos.gs_k_qr_store(data)
            self.out += escpos.gs_k_qr_print()
        else:
            module = raster_module_dots(modules, self.profile.dots)
            quadruple = self.profile.raster_quadruple and module % 2 == 0
            sent = module // 2 if quadruple else module
            image = qr_bitmap(data, sent, error_correction=QR_ERROR_CORRECTION, quiet_zone=0)
            self.out += raster_image_bytes(image, quadruple=quadruple)
        self.out += escpos.lf()

    def cut(self) -> None:
        if self.profile.cutter:
            self.out += escpos.gs_V_cut(partial=True, feed=0)
        else:
            self.out += escpos.esc_d_feed_lines(TEAR_BAR_FEED_LINES)


def render(document: Document, profile: PrinterProfile) -> bytes:
    """The complete print job: ``ESC @``, the blocks in order, nothing after the last block."""
    writer = _Writer(profile)
    for block in document.blocks:
        if isinstance(block, Text):
            writer.text(block)
        elif isinstance(block, Rule):
            writer.rule()
        elif isinstance(block, Feed):
            writer.feed(block)
        elif isinstance(block, QR):
            writer.qr(block)
        elif isinstance(block, Cut):
            writer.cut()
    return bytes(writer.out)
