"""Who did something and where: carried by every call that changes the hall's records."""

from __future__ import annotations

import socket
from dataclasses import dataclass

from kiosk.config import Settings


@dataclass(frozen=True)
class Actor:
    """``code`` is the officer ID ("cli" or "system" for work nobody signed in for);
    ``terminal`` names the PC; ``counter`` is the counter the officer sits at, if any."""

    code: str
    role: str
    terminal: str
    counter: str | None = None

def terminal_name(settings: Settings | None = None) -> str:
    """The configured terminal label, else the host name, so entries say which PC acted."""
    if settings is not None:
        name = str(settings.get("terminal", "name")).strip()
        if name:
            return name
    return socket.gethostname() or "unknown"


SYSTEM = Actor("system", "system", "system")
KIOSK_ROLE = "kiosk"


def kiosk_actor(terminal: str) -> Actor:
    """The walk-in kiosk acting for an applicant (e.g. its complaint form)."""
    return Actor("kiosk", KIOSK_ROLE, terminal)
