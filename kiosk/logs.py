"""Logging to a rotating file in the platform's log folder (never the terminal's secret)."""

from __future__ import annotations

import logging
import logging.handlers
import os

from kiosk import config, paths

_configured = False


def setup_logging(settings: config.Settings) -> None:
    global _configured
    if _configured or os.environ.get("MPP_KIOSK_NO_LOG_FILE"):
        return
    _configured = True
    try:
        folder = paths.log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            folder / f"{settings.role}.log", maxBytes=2_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        # A read-only or full disk must not stop the kiosk from serving people.
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
