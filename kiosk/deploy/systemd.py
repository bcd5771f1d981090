"""A systemd *user* unit per role: starts with the graphical session, restarts after a crash.

User units, not system ones: the screens need the logged-in (auto-logon) user's display, sound
and keyboard. The XDG autostart entry hands the session's ``DISPLAY``/``WAYLAND_DISPLAY`` to the
user manager and starts the unit, which is what makes this work in every desktop that follows
the XDG autostart rules (GNOME, KDE, Xfce, LXDE/LXQt, Openbox with an autostart helper); a
bare ``xinit`` session runs the same line from ``.xinitrc`` (see README).
"""

from __future__ import annotations

import os
import shlex
from dataclasses import dataclass
from pathlib import Path

from kiosk.deploy.launch import HEADLESS_ROLES, ROLE_TITLES


@dataclass(frozen=True)
class UserService:
    role: str
    unit_dir: Path
    autostart_dir: Path

    @property
    def unit_name(self) -> str:
        return f"mpp-kiosk-{self.role}.service"

    @property
    def unit_file(self) -> Path:
        return self.unit_dir / self.unit_name

    @property
    def autostart_file(self) -> Path:
        return self.autostart_dir / f"mpp-kiosk-{self.role}.desktop"


def user_service(role: str, environ: dict[str, str] | None = None) -> UserService:
    env = os.environ if environ is None else environ
    config_home = Path(env.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return UserService(role, config_home / "systemd" / "user", config_home / "autostart")


def unit_text(role: str, command: list[str], environment: dict[str, str]) -> str:
    env_lines = "".join(f'Environment="{k}={v}"\n' for k, v in sorted(environment.items()))
    headless = role in HEADLESS_ROLES
    # The page for phones serves the hall from boot (`loginctl enable-linger USER`), screen or not.
    after = "After=network-online.target\nWants=network-online.target" if headless else (
        "After=graphical-session.target\nPartOf=graphical-session.target")
    wanted_by = "default.target" if headless else "graphical-session.target"
    return f"""[Unit]
Description=MPP Kiosk {ROLE_TITLES[role]}
Documentation=man:systemd.service(5)
{after}
# Never give up: a kiosk that crashed ten times in a minute should still be back once the cause
# (a printer driver, a full disk) is gone.
StartLimitIntervalSec=0

[Service]
Type=simple
ExecStart={shlex.join(command)}
{env_lines}# A crash, a kill or an abort restarts it; the staff menu's "quit" (exit status 0) does not.
Restart=on-failure
RestartSec=3
TimeoutStopSec=15

[Install]
WantedBy={wanted_by}
"""


def autostart_text(role: str, unit_name: str) -> str:
    start = ("systemctl --user import-environment DISPLAY WAYLAND_DISPLAY XAUTHORITY; "
             f"systemctl --user start {unit_name}")
    return f"""[Desktop Entry]
Type=Application
Name=MPP Kiosk {ROLE_TITLES[role]}
Exec=sh -c "{start}"
X-GNOME-Autostart-enabled=true
NoDisplay=true
"""


def write(service: UserService, command: list[str], environment: dict[str, str]) -> list[Path]:
    service.unit_dir.mkdir(parents=True, exist_ok=True)
    service.autostart_dir.mkdir(parents=True, exist_ok=True)
    service.unit_file.write_text(unit_text(service.role, command, environment), encoding="utf-8")
    if service.role in HEADLESS_ROLES:
        return [service.unit_file]
    service.autostart_file.write_text(autostart_text(service.role, service.unit_name), encoding="utf-8")
    return [service.unit_file, service.autostart_file]


def remove(service: UserService) -> list[Path]:
    removed = []
    for path in (service.unit_file, service.autostart_file):
        if path.exists():
            path.unlink()
            removed.append(path)
    return removed


def enable_commands(service: UserService) -> list[list[str]]:
    return [["systemctl", "--user", "daemon-reload"], ["systemctl", "--user", "enable", service.unit_name]]


def disable_commands(service: UserService) -> list[list[str]]:
    return [["systemctl", "--user", "disable", "--now", service.unit_name], ["systemctl", "--user", "daemon-reload"]]
