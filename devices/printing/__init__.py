"""Receipt printing: ESC/POS over serial, TCP or a device file, a virtual printer with PNG
previews, and PDF output. Start with :class:`~devices.printing.printer.Printer`."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

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


def __getattr__(name: str) -> Any:
    module = _HOME.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


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
