"""Who sets up the test halls: the hall's administrator at the command line."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from kiosk.audit import Actor

SETUP = Actor("cli", "administrator", "test-pc")
SETUP_TIME = datetime(2026, 11, 1, 7, 0, tzinfo=ZoneInfo("Asia/Jakarta"))
