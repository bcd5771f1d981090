"""``mpp-kiosk printer status|test``: ask the configured printer (or --port) what it can do."""

from __future__ import annotations

import argparse
import dataclasses
from enum import Enum
from typing import Any

from devices.printing import PrinterSettings
from devices.printing import diagnostics as diag
from kiosk.cli.context import CommandError, Context


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("printer", help="check the ticket printer")
    ps = p.add_subparsers(dest="printer_command", required=True, metavar="ACTION")
    for name, handler, text in (
        ("status", handle_status, "ask the printer for its state (DLE EOT)"),
        ("test", handle_test, "print a test page"),
    ):
        q = ps.add_parser(name, help=text)
        q.add_argument("--port", help="serial port instead of the configured one, e.g. COM3 or /dev/ttyUSB0")
        q.add_argument("--baud", type=int, help="serial speed (with --port)")
        q.add_argument("--profile", help="printer profile, e.g. generic-80, generic-58")
        q.add_argument("--json", action="store_true")
        q.set_defaults(handler=handler)


def printer_settings(ctx: Context) -> PrinterSettings:
    values: dict[str, Any] = dict(ctx.settings.values["printer"])
    if ctx.args.port:
        values.update(kind="serial", port=ctx.args.port)
    if ctx.args.baud:
        values["baud"] = ctx.args.baud
    if ctx.args.profile:
        values["profile"] = ctx.args.profile
    try:
        return PrinterSettings.from_mapping(values)
    except ValueError as exc:
        raise CommandError(f"[printer] {exc}") from exc


def _plain(value: object) -> object:
    if isinstance(value, Enum):
        return value.value
    if value is None or isinstance(value, (int, bool, float, str)):
        return value
    return str(value)


def handle_status(ctx: Context) -> int:
    settings = printer_settings(ctx)
    report = diag.printer_status(settings)
    ctx.emit(
        {"printer": settings.where, "kind": settings.kind, "state": report.state.value, "detail": report.detail},
        "\n".join(diag.describe_status(settings, report)),
    )
    return diag.exit_code(report)


def handle_test(ctx: Context) -> int:
    settings = printer_settings(ctx)
    result = diag.print_test_page(settings, str(ctx.settings.get("office", "name")), ctx.clock())
    payload = {k: _plain(v) for k, v in dataclasses.asdict(result).items()}
    ctx.emit(payload, "\n".join(diag.describe_result(result)))
    return diag.exit_code(result)
