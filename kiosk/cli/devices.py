"""Building this terminal's devices from its configuration (the CLI is the composition root:
the core never imports devices itself)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from devices import assembly
from devices.printing import Printer, PrinterSettings
from kiosk.cli.context import CommandError, Context


def configured_printer_settings(ctx: Context, overrides: Mapping[str, Any] | None = None) -> PrinterSettings:
    try:
        return assembly.printer_settings(ctx.settings, overrides=overrides)
    except assembly.DeviceSettingsError as exc:
        raise CommandError(str(exc)) from exc


def configured_printer(ctx: Context) -> Printer:
    return Printer(configured_printer_settings(ctx))
