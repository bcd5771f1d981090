"""Receipt printing: ESC/POS over serial, TCP or a device file, a virtual printer with PNG
previews, and PDF output. Start with :class:`~devices.printing.printer.Printer`."""

from devices.printing.messages import Reason
from devices.printing.printer import Printer, PrinterSettings, PrintResult
from devices.printing.profiles import PrinterProfile, get_profile, profile_names
from devices.printing.status import PrinterState, StatusReport

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
