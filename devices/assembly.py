"""The one place that turns a terminal's settings into its devices: database, printer, scanner,
sound player.

The CLI commands and every role's screens call these, so a setting means the same thing
everywhere (the desk's receipt printer, ``ticket issue`` and ``printer test`` cannot disagree about
which printer is configured) and a bad setting is reported the same way. The domain core never
imports this module: devices are handed to it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from devices.printing import Printer, PrinterSettings
from devices.scanning import ScannerSettings, SerialScanner
from devices.sound import Player, WavFilePlayer, system_player
from kiosk import config
from kiosk.staff.policy import StaffPolicy
from kiosk.storage import Database


class DeviceSettingsError(ValueError):
    """A device setting is wrong; the message names the section, e.g. ``[printer] ...``."""


def open_database(settings: config.Settings) -> Database:
    return Database(settings.database_url)


def printer_settings(
    settings: config.Settings, *, demo: bool = False, overrides: Mapping[str, Any] | None = None
) -> PrinterSettings:
    """The configured printer; ``demo`` always uses the virtual one (PNG previews)."""
    values = dict(settings.values["printer"])
    values.update(overrides or {})
    if demo:
        values["kind"] = "virtual"
    try:
        return PrinterSettings.from_mapping(values)
    except ValueError as exc:
        raise DeviceSettingsError(f"[printer] {exc}") from exc


def build_printer(settings: config.Settings, *, demo: bool = False) -> Printer:
    return Printer(printer_settings(settings, demo=demo))


def build_scanner(settings: config.Settings, on_code: Callable[[str], None]) -> SerialScanner | None:
    """The desk's serial QR scanner, when ``[staff] scanner_port`` names one (not started)."""
    policy = StaffPolicy.from_settings(settings)
    if not policy.scanner_port:
        return None
    return SerialScanner(ScannerSettings(policy.scanner_port, policy.scanner_baud), on_code)


def build_player(command: Sequence[str] = ()) -> Player:
    """The display's sound output: the office's own player command, else this computer's own."""
    if command:
        return WavFilePlayer(list(command))
    return system_player()
