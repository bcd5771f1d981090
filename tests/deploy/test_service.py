"""Start at login, come back after a crash: the systemd user unit and the Windows scheduled task
that `service install` writes, and the supervisor behind `run --restart`.

systemd itself is not running on this machine (a container), so `--no-enable` writes the files
and `systemd-analyze verify` checks the unit where it is installed. schtasks.exe cannot run on
Linux: the Windows path is driven with `subprocess.run` replaced by a recorder (said here, and in
the closing note), and the task XML is checked as Task Scheduler would read it.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from kiosk.cli import cmd_service
from kiosk.deploy import windows_task
from kiosk.deploy.supervisor import supervise
from tests.support.cli import Cli

NS = {"t": "http://schemas.microsoft.com/windows/2004/02/mit/task"}


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    config = tmp_path / "config.toml"
    config.write_text("[terminal]\nrole = 'display'\n", encoding="utf-8")
    return Cli(config, f"sqlite:///{tmp_path / 'k.db'}")


def test_linux_install_writes_a_user_unit_that_restarts_after_a_crash(cli: Cli, tmp_path: Path) -> None:
    result = cli.ok("service", "install", "--no-enable")  # role from the config file: display
    unit = tmp_path / "home" / "xdg_config_home" / "systemd" / "user" / "mpp-kiosk-display.service"
    autostart = tmp_path / "home" / "xdg_config_home" / "autostart" / "mpp-kiosk-display.desktop"
    assert str(unit) in result.out and unit.exists() and autostart.exists()
    text = unit.read_text(encoding="utf-8")
    assert "Restart=on-failure" in text and "StartLimitIntervalSec=0" in text
    exec_line = next(line for line in text.splitlines() if line.startswith("ExecStart="))
    assert exec_line == (f"ExecStart={sys.executable} -m kiosk --config {tmp_path / 'config.toml'} "
                         "run --role display")
    assert "systemctl --user start mpp-kiosk-display.service" in autostart.read_text(encoding="utf-8")
    if shutil.which("systemd-analyze"):
        # Reports unknown keys and bad values with the file's name (works without a running systemd).
        verify = subprocess.run(["systemd-analyze", "verify", str(unit)], capture_output=True, text=True,
                                check=False)
        problems = [line for line in verify.stderr.splitlines() if str(unit) in line]
        assert problems == [], verify.stderr
    cli.ok("service", "remove", "--no-enable")
    assert not unit.exists() and not autostart.exists()


def test_linux_install_without_a_user_manager_says_what_to_run(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", "")  # no systemctl to be found
    result = cli("service", "install", "--role", "kiosk")
    assert result.status == 1 and "Traceback" not in result.err
    assert "systemctl --user enable mpp-kiosk-kiosk.service" in result.err


def test_windows_install_registers_a_logon_task_with_the_screens_program(
    cli: Cli, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    ran: list[tuple[list[str], str]] = []

    def fake_run(argv: list[str], **_kw: Any) -> subprocess.CompletedProcess[str]:
        xml_file = argv[argv.index("/XML") + 1] if "/XML" in argv else ""
        ran.append((argv, Path(xml_file).read_text(encoding="utf-16") if xml_file else ""))
        return subprocess.CompletedProcess(argv, 0, "SUCCESS", "")

    monkeypatch.setattr(cmd_service, "_windows", lambda: True)  # mock: schtasks.exe cannot run here
    monkeypatch.setattr(cmd_service.subprocess, "run", fake_run)
    cli.ok("service", "install", "--role", "kiosk", "--user", "KIOSK01\\antrean")
    argv, xml = ran[0]
    assert argv[:4] == ["schtasks", "/Create", "/TN", "\\MPP Kiosk\\kiosk"] and argv[-1] == "/F"
    task = ET.fromstring(xml.encode("utf-16"))
    assert task.find("t:Triggers/t:LogonTrigger/t:UserId", NS).text == "KIOSK01\\antrean"  # type: ignore[union-attr]
    assert task.find("t:Settings/t:RestartOnFailure/t:Count", NS).text == "999"  # type: ignore[union-attr]
    assert task.find("t:Settings/t:ExecutionTimeLimit", NS).text == "PT0S"  # type: ignore[union-attr]
    arguments = task.find("t:Actions/t:Exec/t:Arguments", NS).text  # type: ignore[union-attr]
    assert arguments is not None and arguments.endswith("run --role kiosk --restart")
    cli.ok("service", "remove", "--role", "kiosk")
    assert ran[1][0] == windows_task.delete_command("kiosk")


@pytest.mark.expect_warnings(r"kiosk\.supervisor: screens ended with status")
def test_supervisor_restarts_a_crashed_or_killed_role_with_growing_pauses_until_staff_quit() -> None:
    statuses = iter([1, -9, 134, 0])
    pauses: list[float] = []
    runs: list[Sequence[str]] = []

    def run(argv: Sequence[str]) -> int:
        runs.append(argv)
        return next(statuses)

    assert supervise(["mpp-kiosk", "run", "--role", "kiosk"], run=run, sleep=pauses.append) == 0
    assert len(runs) == 4 and pauses == [3.0, 6.0, 12.0]


@pytest.mark.expect_warnings(r"kiosk\.supervisor: screens ended with status")
def test_supervisor_really_starts_the_program_again(tmp_path: Path) -> None:
    counter = tmp_path / "starts"
    script = ("import pathlib, sys; p = pathlib.Path(sys.argv[1]); n = int(p.read_text() or 0) + 1 "
              "if p.exists() else 1; p.write_text(str(n)); sys.exit(0 if n == 3 else 1)")
    assert supervise([sys.executable, "-c", script, str(counter)], sleep=lambda _s: None) == 0
    assert counter.read_text() == "3"


def test_the_program_ends_even_when_a_worker_thread_hangs(tmp_path: Path) -> None:
    """A hung thread (a printer port stuck in its driver) must not keep a closed terminal's
    process alive, or the service manager would never restart it."""
    script = (
        "import sys, threading, time\n"
        "threading.Thread(target=time.sleep, args=(600,)).start()\n"  # not a daemon: blocks exit
        "import kiosk.cli as cli\n"
        "cli.EXIT_GRACE_S = 0.5\n"
        "sys.argv = ['mpp-kiosk', 'config', 'show']\n"
        "cli.console_main()\n"
    )
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    assert time.monotonic() - started < 30
    assert "[terminal]" in done.stdout
