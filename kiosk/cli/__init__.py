"""The ``mpp-kiosk`` command line."""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import threading
import time


def utf8_streams() -> None:
    """Write UTF-8 whatever the console code page or PYTHONIOENCODING says.

    A Windows console or a redirect under ``cp1252`` cannot encode "—" or "→"; the command would
    then fail *after* its database work committed (a ticket called, nobody told). Unencodable
    text is never an error: UTF-8 encodes everything, and stdin keeps its own encoding.
    """
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(OSError, ValueError):
                reconfigure(encoding="utf-8", errors="backslashreplace")


def main(argv: list[str] | None = None) -> int:
    utf8_streams()
    from kiosk.cli.app import run

    try:
        status = run(argv)
        # Flushed here, not at interpreter exit, so a reader that left early (`| head`) is
        # handled below instead of printing "Exception ignored ... BrokenPipeError".
        sys.stdout.flush()
        return status
    except BrokenPipeError:
        # `mpp-kiosk queue status | head`: the reader left; that is not an error of ours.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0


EXIT_GRACE_S = 10.0


def console_main() -> None:
    """The ``mpp-kiosk`` program itself (console script, ``python -m kiosk``, the one-folder build).

    When the command is done the process must end: a screen whose window has closed but whose
    worker thread hangs (a printer port stuck in the driver, a database connection that never
    answers) would look alive to systemd or Task Scheduler while showing nothing, and would
    never be restarted. Threads get a few seconds to finish; then the process ends anyway.
    Tests call :func:`main` and never get this.
    """
    status = main()

    def watchdog() -> None:
        time.sleep(EXIT_GRACE_S)
        logging.getLogger("kiosk").error("threads still running %.0f s after the end; ending the process", EXIT_GRACE_S)
        logging.shutdown()
        os._exit(status)

    threading.Thread(target=watchdog, name="exit-watchdog", daemon=True).start()
    sys.exit(status)
