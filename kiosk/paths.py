"""Where a terminal keeps its files: the user's folders, or the machine's, never a hard-coded path.

Two scopes:

- *user* (the default for trying things out): the platform's per-user folders
  (``~/.config/mpp-kiosk``, ``%LOCALAPPDATA%\\mpp-kiosk`` ...).
- *machine*: one place for the whole PC, so an auto-logon kiosk account sees what an administrator
  set up: ``/etc/mpp-kiosk`` + ``/var/lib/mpp-kiosk`` + ``/var/log/mpp-kiosk`` on Linux,
  ``%ProgramData%\\MPP Kiosk\\{config,data,logs}`` on Windows.

The scope is ``MPP_KIOSK_SCOPE`` (``user`` or ``machine``) when set; otherwise *machine* as soon
as a machine-wide configuration file exists and the user has none of their own. That makes
``mpp-kiosk init --machine`` (run once by the administrator) all a kiosk account needs.
``MPP_KIOSK_MACHINE_ROOT`` moves the machine folders under one directory (tests, portable
installs on a second drive).
"""

from __future__ import annotations

import contextlib
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from platformdirs import PlatformDirs

Scope = Literal["user", "machine"]
SCOPES: tuple[Scope, ...] = ("user", "machine")
CONFIG_NAME = "config.toml"


@dataclass(frozen=True)
class Folders:
    scope: Scope
    config: Path
    data: Path
    logs: Path

    @property
    def config_file(self) -> Path:
        return self.config / CONFIG_NAME


def user_folders() -> Folders:
    dirs = PlatformDirs(appname="mpp-kiosk", appauthor=False)
    return Folders("user", Path(dirs.user_config_dir), Path(dirs.user_data_dir), Path(dirs.user_log_dir))


def machine_folders() -> Folders:
    root = os.environ.get("MPP_KIOSK_MACHINE_ROOT")
    if root:
        base = Path(root)
        return Folders("machine", base / "config", base / "data", base / "logs")
    if sys.platform == "win32":
        base = Path(os.environ.get("PROGRAMDATA") or r"C:\ProgramData") / "MPP Kiosk"
        return Folders("machine", base / "config", base / "data", base / "logs")
    return Folders("machine", Path("/etc/mpp-kiosk"), Path("/var/lib/mpp-kiosk"), Path("/var/log/mpp-kiosk"))


def current_scope() -> Scope:
    chosen = os.environ.get("MPP_KIOSK_SCOPE", "").strip().lower()
    if chosen in SCOPES:
        return chosen
    if not user_folders().config_file.exists() and machine_folders().config_file.exists():
        return "machine"
    return "user"


def folders(scope: Scope | None = None) -> Folders:
    return machine_folders() if (scope or current_scope()) == "machine" else user_folders()


def data_dir() -> Path:
    return folders().data


def reports_dir() -> Path:
    """Where the console saves exported reports (``MPP_KIOSK_REPORTS`` overrides)."""
    chosen = os.environ.get("MPP_KIOSK_REPORTS", "").strip()
    return Path(chosen) if chosen else data_dir() / "reports"


def log_dir() -> Path:
    return folders().logs


def default_config_file() -> Path:
    return folders().config_file


def default_database_url(scope: Scope | None = None) -> str:
    return f"sqlite:///{folders(scope).data / 'kiosk.db'}"


def make_private_dir(path: Path) -> Path:
    """Create ``path`` (and missing parents); on POSIX each folder created here is owner-only.

    The database and the logs hold applicants' ticket history and officers' actions; another
    account on a shared PC has no business reading them. Folders that already exist are left as
    they are: they may be shared deliberately (a database file given by URL in someone's home).
    """
    missing: list[Path] = []
    probe = path
    while not probe.exists() and probe != probe.parent:
        missing.append(probe)
        probe = probe.parent
    path.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        for created in missing:
            with contextlib.suppress(OSError):
                created.chmod(0o700)
    return path
