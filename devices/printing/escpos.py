"""ESC/POS command builders, one function per manual entry, each documented with its bytes.

Why hand-written rather than python-escpos: a ticket needs about a dozen commands, and the parts
that matter to a kiosk are exactly where python-escpos falls short (its last release, 3.1 of
December 2023, waits the full timeout on status queries, reads "no answer" as "paper adequate",
and has fixes since 2023 unreleased). The bytes below are small, stable and checked by our own
decoder, so owning them costs less than working around a library.

Notation follows the Epson manual: ``ESC`` = 0x1B, ``GS`` = 0x1D, ``DLE`` = 0x10, ``EOT`` = 0x04,
``LF`` = 0x0A; ``n``, ``m``, ``pL pH`` are parameter bytes.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

ESC = 0x1B
GS = 0x1D
DLE = 0x10
EOT = 0x04
LF = 0x0A

ALIGN_CODES = {"left": 0, "center": 1, "right": 2}
QR_ERROR_CORRECTION = {"L": 48, "M": 49, "Q": 50, "H": 51}
QR_MODEL_CODES = {1: 49, 2: 50}
# The QR function numbers ("fn") of GS ( k with cn = 49 (QR Code).
QR_FN_MODEL = 65
QR_FN_MODULE_SIZE = 67
QR_FN_ERROR_CORRECTION = 69
QR_FN_STORE = 80
QR_FN_PRINT = 81
QR_CN = 49
QR_MAX_DATA = 7089


def _byte(value: int, name: str, low: int = 0, high: int = 255) -> int:
    if not low <= value <= high:
        raise ValueError(f"{name} must be {low}..{high}, not {value}")
    return value


def lf() -> bytes:
    """LF — print the line buffer and feed one line. ``0A``"""
    return bytes([LF])


def esc_at_initialize() -> bytes:
    """ESC @ — initialise the printer (clears buffer and modes). ``1B 40``"""
    return bytes([ESC, 0x40])


def esc_a_justify(align: Literal["left", "center", "right"]) -> bytes:
    """ESC a n — justification for the following lines; n = 0 left, 1 centre, 2 right.

    ``1B 61 n``. Takes effect only at the start of a line.
    """
    return bytes([ESC, 0x61, ALIGN_CODES[align]])


def esc_E_emphasize(on: bool) -> bytes:
    """ESC E n — emphasised (bold) on when n's lowest bit is 1. ``1B 45 n``"""
    return bytes([ESC, 0x45, 1 if on else 0])


def gs_exclam_character_size(width: int, height: int) -> bytes:
    """GS ! n — character size: n = (width-1) << 4 | (height-1), each multiplier 1..8.

    ``1D 21 n``
    """
    _byte(width, "width", 1, 8)
    _byte(height, "height", 1, 8)
    return bytes([GS, 0x21, (width - 1) << 4 | (height - 1)])


def esc_d_feed_lines(lines: int) -> bytes:
    """ESC d n — print the buffer and feed n lines. ``1B 64 n``"""
    return bytes([ESC, 0x64, _byte(lines, "lines")])


def gs_V_cut(*, partial: bool = True, feed: int | None = None) -> bytes:
    """GS V — cut the paper.

    Function A (``feed`` None): ``1D 56 m`` with m = 0 full, 1 partial; cuts where the paper is.
    Function B: ``1D 56 m n`` with m = 65 full, 66 partial; feeds to the cutter plus n x motion
    units first, so the last printed line is not cut off.
    """
    if feed is None:
        return bytes([GS, 0x56, 1 if partial else 0])
    return bytes([GS, 0x56, 66 if partial else 65, _byte(feed, "feed")])


def _gs_k_qr(fn: int, payload: bytes) -> bytes:
    """GS ( k pL pH cn fn [params] — the 2D symbol family; pL + pH*256 = len(params) + 2."""
    length = len(payload) + 2
    if length > 0xFFFF:
        raise ValueError("GS ( k parameter block too long")
    return bytes([GS, 0x28, 0x6B, length & 0xFF, length >> 8, QR_CN, fn]) + payload


def gs_k_qr_select_model(model: Literal[1, 2] = 2) -> bytes:
    """GS ( k fn 65 — select QR model: ``1D 28 6B 04 00 31 41 n1 00`` (n1 = 49 model 1, 50 model 2)."""
    return _gs_k_qr(QR_FN_MODEL, bytes([QR_MODEL_CODES[model], 0]))


def gs_k_qr_module_size(dots: int) -> bytes:
    """GS ( k fn 67 — module size in dots, 1..16: ``1D 28 6B 03 00 31 43 n``."""
    return _gs_k_qr(QR_FN_MODULE_SIZE, bytes([_byte(dots, "module size", 1, 16)]))


def gs_k_qr_error_correction(level: Literal["L", "M", "Q", "H"] = "M") -> bytes:
    """GS ( k fn 69 — error correction: ``1D 28 6B 03 00 31 45 n`` (48 L, 49 M, 50 Q, 51 H)."""
    return _gs_k_qr(QR_FN_ERROR_CORRECTION, bytes([QR_ERROR_CORRECTION[level]]))


def gs_k_qr_store(data: bytes) -> bytes:
    """GS ( k fn 80 — store symbol data: ``1D 28 6B pL pH 31 50 30 d1...dk``, pL+pH*256 = k+3."""
    if not 1 <= len(data) <= QR_MAX_DATA:
        raise ValueError(f"QR data must be 1..{QR_MAX_DATA} bytes")
    return _gs_k_qr(QR_FN_STORE, b"\x30" + data)


def gs_k_qr_print() -> bytes:
    """GS ( k fn 81 — print the stored symbol: ``1D 28 6B 03 00 31 51 30``."""
    return _gs_k_qr(QR_FN_PRINT, b"\x30")


def gs_v0_raster(rows: Sequence[bytes], width_bytes: int, *, mode: int = 0) -> bytes:
    """GS v 0 — print a raster bit image: ``1D 76 30 m xL xH yL yH d1...dk``.

    x = bytes per row, y = rows, k = x*y; bit 7 of each byte is the leftmost dot, 1 = black.
    m = 0 normal, 1 double width, 2 double height, 3 quadruple.
    """
    _byte(mode, "mode", 0, 3)
    if not 1 <= width_bytes <= 0xFFFF or not 1 <= len(rows) <= 0xFFFF:
        raise ValueError("raster image must have 1..65535 rows of 1..65535 bytes")
    if any(len(row) != width_bytes for row in rows):
        raise ValueError("every raster row must be width_bytes long")
    header = bytes(
        [GS, 0x76, 0x30, mode, width_bytes & 0xFF, width_bytes >> 8, len(rows) & 0xFF, len(rows) >> 8]
    )
    return header + b"".join(rows)


def dle_eot_status(n: Literal[1, 2, 3, 4]) -> bytes:
    """DLE EOT n — real-time status: ``10 04 n``.

    n = 1 printer, 2 offline cause, 3 error cause, 4 paper roll sensor. The printer answers one
    byte of the pattern 0xx1xx10, even when offline.
    """
    return bytes([DLE, EOT, n])
