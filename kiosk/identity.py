"""Which terminal this is, even when nobody named it.

Tickets remember the terminal that printed them, so a terminal that restarts can take back
exactly its own unconfirmed prints. Unnamed terminals used to share one identity (none), so one
kiosk's restart could claim another's tickets. The identity is the configured ``[terminal]
name``, else the computer's name plus a random suffix kept in this PC's data folder: the
configuration file is copied from PC to PC (it carries the hall's secret), the data folder is not.
"""

from __future__ import annotations

import contextlib
import re
import secrets
import socket

from kiosk import config, paths

ID_FILE = "terminal-id"


def machine_suffix(create: bool = True) -> str:
    path = paths.data_dir() / ID_FILE
    with contextlib.suppress(OSError):
        text = path.read_text(encoding="utf-8").strip()
        if re.fullmatch(r"[0-9a-f]{6}", text):
            return text
    suffix = secrets.token_hex(3)
    if create:
        with contextlib.suppress(OSError):
            paths.make_private_dir(path.parent)
            path.write_text(suffix + "\n", encoding="utf-8")
    return suffix


def terminal_identity(settings: config.Settings) -> str:
    name = str(settings.get("terminal", "name")).strip()
    if name:
        return name[:100]  # the ticket's terminal column
    host = re.sub(r"[^A-Za-z0-9._-]+", "-", socket.gethostname() or "pc")[:40] or "pc"
    return f"{host}-{machine_suffix()}"
