"""``mpp-kiosk serve`` as an IT officer starts it: the real program in its own process, a port
already taken said in words with exit status 2, a stop request ending it cleanly with status 0;
and the user service it installs starts with the machine, not with a desktop session."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from kiosk.deploy import systemd
from kiosk.deploy.launch import role_command
from tests.support.cli import Cli
from tests.web.hall import free_port


def test_serve_starts_refuses_a_taken_port_and_stops_cleanly(tmp_path: Path) -> None:
    port = free_port()
    config = tmp_path / "config.toml"
    config.write_text(f'[web]\nhost = "127.0.0.1"\nport = {port}\n', encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'hall.db'}"
    Cli(config, url).ok("init")
    command = [sys.executable, "-m", "kiosk", "--config", str(config), "--db", url, "serve"]
    first = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=1) as answer:
                    assert answer.read() == b"ok"
                break
            except OSError:
                assert first.poll() is None, first.communicate()[1]
                assert time.monotonic() < deadline, "serve did not answer"
                time.sleep(0.1)
        second = subprocess.run(command, capture_output=True, text=True, timeout=60)
        assert second.returncode == 2
        assert f"Port {port} sudah dipakai program lain" in second.stderr
        assert "Traceback" not in second.stderr
    finally:
        first.send_signal(signal.SIGTERM)
        _out, err = first.communicate(timeout=20)
    # uvicorn finishes its requests, then ends by the same signal, as service managers expect.
    assert first.returncode in (0, -signal.SIGTERM), err
    assert "Traceback" not in err


def test_the_web_service_starts_at_boot_not_with_a_desktop(tmp_path: Path) -> None:
    service = systemd.user_service("web", {"XDG_CONFIG_HOME": str(tmp_path)})
    written = systemd.write(service, role_command("web", str(tmp_path / "config.toml")), {})
    assert written == [service.unit_file]  # no desktop autostart entry
    unit = service.unit_file.read_text(encoding="utf-8")
    assert "WantedBy=default.target" in unit and "graphical-session" not in unit
    assert "run --role web" in unit
    assert os.access(service.unit_file, os.R_OK)
