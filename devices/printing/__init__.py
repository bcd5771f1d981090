"""Receipt printing: ESC/POS over serial, TCP or a device file, a virtual printer with PNG
previews, and PDF output. Start with :class:`~devices.printing.printer.Printer`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kiosk.lazy import lazy_attributes

if TYPE_CHECKING:
    from devices.printing.messages import Reason
    from devices.printing.printer import Printer, PrinterSettings, PrintResult
    from devices.printing.profiles import PrinterProfile, get_profile, profile_names
    from devices.printing.status import PrinterState, StatusReport

# Names are imported from their modules on first use: what the first screen needs of the printing
# package (nothing, or a profile name) does not load the raster renderer, QR and Pillow.
_HOME = {
    "PrintResult": "devices.printing.printer",
    "Printer": "devices.printing.printer",
    "PrinterProfile": "devices.printing.profiles",
    "PrinterSettings": "devices.printing.printer",
    "PrinterState": "devices.printing.status",
    "Reason": "devices.printing.messages",
    "StatusReport": "devices.printing.status",
    "get_profile": "devices.printing.profiles",
    "profile_names": "devices.printing.profiles",
}

__getattr__ = lazy_attributes(__name__, _HOME)


__all__ = [
    "PrintResult",
    "Printer",
    "PrinterProfile",
    "PrinterSettings",
    "PrinterState",
    "Reason",
    "StatusReport",
    "get_profile",
    "profile_names",
]
