"""Starting the headless display and staff desks as separate processes, as in a real hall."""

from __future__ import annotations

import contextlib
import json
import os
import queue
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
NOW = "2026-11-24T09:00:00+07:00"


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["MPP_KIOSK_NO_LOG_FILE"] = "1"
    env["PYTHONPATH"] = str(ROOT)
    return env


class DisplayProcess:
    """``python -m ui.display.headless --record``; ``lines`` collects what it would announce."""

    def __init__(self, config: Path, url: str, now: str | None = NOW) -> None:
        args = [sys.executable, "-m", "ui.display.headless", "--config", str(config), "--db", url, "--record"]
        if now:
            args += ["--now", now]
        self.proc = subprocess.Popen(args, cwd=ROOT, env=_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                     text=True)
        self.lines: list[dict[str, Any]] = []
        self.status: list[str] = []
        # A reader thread, because select() on a buffered text pipe misses lines already buffered.
        self._incoming: queue.Queue[str] = queue.Queue()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self._incoming.put(line)

    def _take(self, line: str) -> None:
        if line.startswith("{"):
            self.lines.append(json.loads(line))
        elif line.strip():
            self.status.append(line.strip())

    def read_until(self, done: Any, timeout: float = 20.0) -> None:
        """Read output until ``done(self)`` is true; fail after ``timeout`` seconds."""
        deadline = time.monotonic() + timeout
        while True:
            while not self._incoming.empty():
                self._take(self._incoming.get_nowait())
            if done(self):
                return
            remaining = deadline - time.monotonic()
            if remaining <= 0 or self.proc.poll() is not None:
                err = self.proc.stderr.read() if self.proc.stderr and self.proc.poll() is not None else ""
                raise AssertionError(f"display did not get there: lines={self.lines} status={self.status} {err}")
            with contextlib.suppress(queue.Empty):
                self._take(self._incoming.get(timeout=min(remaining, 0.2)))

    def settle(self, quiet: float = 0.5) -> None:
        """Read whatever else arrives until the display has been quiet for ``quiet`` seconds."""
        while True:
            try:
                self._take(self._incoming.get(timeout=quiet))
            except queue.Empty:
                return

    def wait_ready(self) -> int:
        self.read_until(lambda d: any(s.startswith("READY") for s in d.status))
        return int(next(s for s in self.status if s.startswith("READY")).split()[1])

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        for stream in (self.proc.stdout, self.proc.stderr):
            if stream is not None:
                stream.close()


def staff_desk(url: str, secret: str, officer: str, pin: str, counter: int, *, recall_every: int = 0
               ) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.display.staff_process", url, secret, officer, pin, str(counter), NOW,
         "--recall-every", str(recall_every)],
        cwd=ROOT, env=_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def finish(proc: subprocess.Popen[str], timeout: float = 60.0) -> list[dict[str, Any]]:
    out, err = proc.communicate(timeout=timeout)
    assert proc.returncode == 0, err
    return [json.loads(line) for line in out.splitlines() if line.startswith("{")]
