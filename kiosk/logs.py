"""Log files that several processes can share and that never need renaming (never the secret).

Each process logs to ``<log folder>/<name>-<YYYY-MM-DD>.log``, where ``name`` is its role
(``kiosk``, ``staff``, ``display``, ``survey``) or ``cli`` for the admin commands. A new day
starts a new file; a day's file past ``MAX_BYTES`` continues in ``<name>-<date>.2.log``; files
older than ``KEEP_DAYS`` are deleted. Nothing is ever renamed, because Windows cannot rename a
file another process holds open (``RotatingFileHandler`` fails there as soon as a second process
of the same role, or a CLI command, writes the same log), and two processes rotating one file on
POSIX lose each other's lines. Every line carries the process id, so interleaved processes stay
readable.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import threading
import time
from pathlib import Path
from typing import TextIO

from kiosk import paths

KEEP_DAYS = 14
MAX_BYTES = 5_000_000
FORMAT = "%(asctime)s [%(process)d] %(levelname)s %(name)s: %(message)s"

_configured = False


class DailyLogHandler(logging.Handler):
    """Appends to the file of the record's day; see the module docstring for the rules."""

    def __init__(self, folder: Path, name: str, *, keep_days: int = KEEP_DAYS, max_bytes: int = MAX_BYTES) -> None:
        super().__init__()
        self.folder = folder
        self.name = name
        self.keep_days = keep_days
        self.max_bytes = max_bytes
        self._day = ""
        self._part = 1
        self._stream: TextIO | None = None
        self._file_lock = threading.Lock()
        self._pattern = re.compile(rf"^{re.escape(name)}-(\d{{4}}-\d{{2}}-\d{{2}})(?:\.\d+)?\.log$")

    def path_for(self, day: str, part: int = 1) -> Path:
        return self.folder / (f"{self.name}-{day}.log" if part == 1 else f"{self.name}-{day}.{part}.log")

    def emit(self, record: logging.LogRecord) -> None:
        try:
            line = self.format(record) + "\n"
            day = time.strftime("%Y-%m-%d", time.localtime(record.created))
            with self._file_lock:
                stream = self._stream_for(day)
                stream.write(line)
                stream.flush()
        except Exception:
            self.handleError(record)

    def _stream_for(self, day: str) -> TextIO:
        if self._stream is not None and day == self._day and self._size() < self.max_bytes:
            return self._stream
        if day != self._day:
            self._day, self._part = day, 1
            self._prune(day)
        self._close_stream()
        # Another process may already have filled this part: skip to the first one with room.
        while True:
            path = self.path_for(day, self._part)
            if not path.exists() or path.stat().st_size < self.max_bytes:
                break
            self._part += 1
        self._stream = open(path, "a", encoding="utf-8")  # noqa: SIM115 (kept open across records)
        return self._stream

    def _size(self) -> int:
        assert self._stream is not None
        return os.fstat(self._stream.fileno()).st_size

    def _prune(self, today: str) -> None:
        cutoff = time.strftime("%Y-%m-%d", time.localtime(time.mktime(time.strptime(today, "%Y-%m-%d"))
                                                          - self.keep_days * 86400))
        with contextlib.suppress(OSError):
            for entry in self.folder.iterdir():
                match = self._pattern.match(entry.name)
                if match and match.group(1) < cutoff:
                    # Windows refuses while another process still writes it: tomorrow, then.
                    with contextlib.suppress(OSError):
                        entry.unlink()

    def _close_stream(self) -> None:
        if self._stream is not None:
            with contextlib.suppress(OSError):
                self._stream.close()
            self._stream = None

    def close(self) -> None:
        with self._file_lock:
            self._close_stream()
        super().close()


def setup_logging(name: str) -> None:
    """Send this process's log records to its daily file (once per process)."""
    global _configured
    if _configured or os.environ.get("MPP_KIOSK_NO_LOG_FILE"):
        return
    _configured = True
    handler: logging.Handler
    try:
        handler = DailyLogHandler(paths.make_private_dir(paths.log_dir()), name)
    except OSError:
        # A read-only or full disk must not stop the kiosk from serving people.
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter(FORMAT))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
