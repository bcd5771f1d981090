"""QR matrices and bitmaps shared by the raster fallback, the preview and the PDF.

Module sizes: a native symbol costs the same bytes at any size, so it is drawn large enough to
scan easily; a raster symbol's bytes grow with the square of the module size, so it uses the
smallest module that phone cameras still read reliably off thermal paper (4 dots = 0.5 mm).
"""

from __future__ import annotations

import qrcode
import qrcode.constants
import qrcode.util
from PIL import Image

QUIET_ZONE = 4
RASTER_MODULE_DOTS = 4
NATIVE_MODULE_MIN = 3
NATIVE_MODULE_MAX = 8
_EC = {
    "L": qrcode.constants.ERROR_CORRECT_L,
    "M": qrcode.constants.ERROR_CORRECT_M,
    "Q": qrcode.constants.ERROR_CORRECT_Q,
    "H": qrcode.constants.ERROR_CORRECT_H,
}


def qr_matrix(payload: str | bytes, error_correction: str = "M") -> list[list[bool]]:
    """The symbol's modules without quiet zone; True = dark. Text is encoded as UTF-8."""
    data = payload.encode("utf-8") if isinstance(payload, str) else payload
    code = qrcode.QRCode(error_correction=_EC[error_correction], border=0, box_size=1)
    code.add_data(data, optimize=0)
    code.make(fit=True)
    return [[bool(cell) for cell in row] for row in code.get_matrix()]


def qr_modules(payload: str | bytes, error_correction: str = "M") -> int:
    """Modules per side of the symbol a printer will draw for ``payload`` (byte mode).

    Worked out from the version capacity table instead of building the symbol: a native QR
    only needs its size, and building it costs milliseconds per ticket.
    """
    data = payload.encode("utf-8") if isinstance(payload, str) else payload
    limits = qrcode.util.BIT_LIMIT_TABLE[_EC[error_correction]]
    for version in range(1, 41):
        count_bits = qrcode.util.length_in_bits(qrcode.util.MODE_8BIT_BYTE, version)
        if 4 + count_bits + 8 * len(data) <= limits[version]:
            return 17 + 4 * version
    raise ValueError(f"{len(data)} bytes do not fit in a QR code at level {error_correction}")


def qr_bitmap(
    payload: str | bytes,
    module_dots: int,
    *,
    error_correction: str = "M",
    quiet_zone: int = QUIET_ZONE,
) -> Image.Image:
    """A 1-bit image of the symbol with its quiet zone, ``module_dots`` per module."""
    matrix = qr_matrix(payload, error_correction)
    size = len(matrix) + 2 * quiet_zone
    small = Image.new("1", (size, size), 1)
    pixels = small.load()
    assert pixels is not None
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                pixels[x + quiet_zone, y + quiet_zone] = 0
    return small.resize((size * module_dots, size * module_dots), Image.Resampling.NEAREST)


def native_module_dots(modules: int, printable_dots: int) -> int:
    """Module size for a native symbol: about 45 % of the printable width, within 3..8 dots."""
    best = (printable_dots * 45 // 100) // max(modules, 1)
    return max(NATIVE_MODULE_MIN, min(NATIVE_MODULE_MAX, best))


def raster_module_dots(modules: int, printable_dots: int) -> int:
    """Module size for a raster symbol: the small standard size, shrunk only if it won't fit."""
    fit = printable_dots // (modules + 2 * QUIET_ZONE)
    if fit < 1:
        raise ValueError("QR code is too large for this printer's width")
    return min(RASTER_MODULE_DOTS, fit)
