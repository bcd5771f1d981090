"""Building this terminal's devices from its configuration (the CLI is the composition root:
the core never imports devices itself)."""

from __future__ import annotations

from devices.printing import Printer, PrinterSettings
from kiosk.cli.context import CommandError, Context


def configured_printer(ctx: Context) -> Printer:
    try:
        return Printer(PrinterSettings.from_mapping(dict(ctx.settings.values["printer"])))
    except ValueError as exc:
        raise CommandError(f"[printer] {exc}") from exc
