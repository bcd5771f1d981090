"""``mpp-kiosk printer status|test|ports``: ask the configured printer (or --port) what it can do,
or list the ports and printers this computer has."""

from __future__ import annotations

import argparse
import dataclasses
import sys
from enum import Enum
from typing import Any

from serial.tools import list_ports

from devices.printing import PrinterSettings
from devices.printing import diagnostics as diag
from devices.printing.winspool import windows_printers
from kiosk.cli.context import Context
from kiosk.cli.devices import configured_printer_settings


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
    q = ps.add_parser("ports", help="list serial ports (and, on Windows, installed printers) to choose from")
    q.add_argument("--json", action="store_true")
    q.set_defaults(handler=handle_ports)


def printer_settings(ctx: Context) -> PrinterSettings:
    values: dict[str, Any] = {}
    if ctx.args.port:
        values.update(kind="serial", port=ctx.args.port)
    if ctx.args.baud:
        values["baud"] = ctx.args.baud
    if ctx.args.profile:
        values["profile"] = ctx.args.profile
    return configured_printer_settings(ctx, values)


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


def handle_ports(ctx: Context) -> int:
    """What `[printer] port` or `printer_name` can be set to on this computer."""
    serial_ports = [
        {"port": p.device, "description": p.description if p.description != "n/a" else "", "hwid": p.hwid}
        for p in sorted(list_ports.comports(), key=lambda p: p.device)
    ]
    printers = windows_printers()
    lines = ["Serial ports (kind = \"serial\", port = ...):"]
    lines += [f"  {p['port']:<16} {p['description']}".rstrip() for p in serial_ports] or ["  (none found)"]
    if printers or sys.platform.startswith("win"):
        lines.append("Windows printers (kind = \"windows\", printer_name = ...):")
        lines += [f"  {name}" for name in printers] or ["  (none installed)"]
    ctx.emit({"serial": serial_ports, "windows_printers": printers}, "\n".join(lines))
    return 0
