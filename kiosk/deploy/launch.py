"""The command line that starts a role, as a service manager must write it (absolute paths)."""

from __future__ import annotations

import sys
from pathlib import Path

ROLE_TITLES = {
    "kiosk": "walk-in kiosk",
    "staff": "staff desk",
    "display": "queue display",
    "survey": "survey terminal",
    "web": "page for phones",
}
# Roles without a screen: they start with the user's manager (at boot with lingering), not with
# a desktop session, and need no display handed over.
HEADLESS_ROLES = frozenset({"web"})


def program(*, windowless: bool = False) -> list[str]:
    """How to start this very installation of ``mpp-kiosk``.

    A one-folder build is its own executable; an installed package is this interpreter with
    ``-m kiosk`` (the ``mpp-kiosk`` script may not be on a service manager's PATH). On Windows
    ``pythonw.exe`` is used for screens, so no console window opens behind the kiosk.
    """
    if getattr(sys, "frozen", False):
        exe = Path(sys.executable)
        if windowless:
            # The one-folder build ships a second, console-less program for the screens.
            screens = exe.with_name("mpp-kiosk-screens" + exe.suffix)
            if screens.exists():
                return [str(screens)]
        return [str(exe)]
    python = Path(sys.executable)
    if windowless and python.name.lower() == "python.exe":
        quiet = python.with_name("pythonw.exe")
        if quiet.exists():
            python = quiet
    return [str(python), "-m", "kiosk"]


def role_command(role: str, config: str | None, *, windowless: bool = False, supervised: bool = False) -> list[str]:
    argv = program(windowless=windowless)
    if config:
        argv += ["--config", str(Path(config).resolve())]
    argv += ["run", "--role", role]
    if supervised:
        argv.append("--restart")
    return argv
