"""What a model of receipt printer can do, as far as a ticket is concerned.

Dots and columns come from the printers' specifications for font A (12 x 24 dots): 576 dots /
48 columns on 80 mm rolls, 384 dots / 32 columns on 58 mm. Clones often differ from Epson in
QR support, cutter and status answers, which is why those are explicit per profile.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal


@dataclass(frozen=True)
class PrinterProfile:
    name: str
    paper_mm: Literal[58, 80]
    dots: int
    columns: int
    native_qr: bool
    cutter: bool
    answers_status: bool
    description: str = ""
    # GS v 0 with m = 3 (each dot printed 2 x 2): a raster QR sent at half its size is a quarter
    # of the bytes, the same symbol on paper. Part of the ESC/POS raster command since the first
    # TM printers; a clone that ignored it would print a half-size (still scannable) symbol.
    raster_quadruple: bool = True

    def __post_init__(self) -> None:
        if self.paper_mm not in (58, 80):
            raise ValueError("paper_mm must be 58 or 80")
        if self.columns < 16 or self.dots < self.columns * 8:
            raise ValueError("implausible columns/dots for a receipt printer")

    @property
    def dots_per_column(self) -> int:
        return self.dots // self.columns


PROFILES: dict[str, PrinterProfile] = {
    p.name: p
    for p in (
        PrinterProfile(
            "epson-tm-t82", 80, 576, 48, native_qr=True, cutter=True, answers_status=True,
            description="Epson TM-T82/TM-T20/TM-T88, 80 mm, auto-cutter",
        ),
        PrinterProfile(
            "generic-80", 80, 576, 48, native_qr=True, cutter=True, answers_status=True,
            description="80 mm ESC/POS clone with QR, cutter and DLE EOT status",
        ),
        PrinterProfile(
            "generic-80-42", 80, 512, 42, native_qr=True, cutter=True, answers_status=True,
            description="80 mm printer set to 42 columns (72 mm printable)",
        ),
        PrinterProfile(
            "generic-80-noqr", 80, 576, 48, native_qr=False, cutter=True, answers_status=False,
            description="80 mm clone without GS ( k; QR sent as a raster image, no status",
        ),
        PrinterProfile(
            "generic-58", 58, 384, 32, native_qr=True, cutter=False, answers_status=True,
            description="58 mm ESC/POS printer with QR and status, tear bar",
        ),
        PrinterProfile(
            "xprinter-58-noqr", 58, 384, 32, native_qr=False, cutter=False,
            answers_status=False,
            description="Cheap 58 mm clone (e.g. Xprinter) without native QR or status",
        ),
    )
}

DEFAULT_PROFILE = "generic-80"


class UnknownProfileError(ValueError):
    """A profile name not in :data:`PROFILES`; the message lists the known names."""


def profile_names() -> list[str]:
    return sorted(PROFILES)


def get_profile(name: str) -> PrinterProfile:
    """The profile called ``name``; the error lists every known name."""
    try:
        return PROFILES[name.strip().lower()]
    except KeyError:
        known = ", ".join(profile_names())
        raise UnknownProfileError(
            f"unknown printer profile {name!r}; known profiles: {known}"
        ) from None
