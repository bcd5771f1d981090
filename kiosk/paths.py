"""Where a terminal keeps its files: the platform's user folders, never a hard-coded path."""

from __future__ import annotations

from pathlib import Path

from platformdirs import PlatformDirs

_DIRS = PlatformDirs(appname="mpp-kiosk", appauthor=False)


def data_dir() -> Path:
    return Path(_DIRS.user_data_dir)


def config_dir() -> Path:
    return Path(_DIRS.user_config_dir)


def log_dir() -> Path:
    return Path(_DIRS.user_log_dir)


def default_config_file() -> Path:
    return config_dir() / "config.toml"


def default_database_url() -> str:
    return f"sqlite:///{data_dir() / 'kiosk.db'}"
