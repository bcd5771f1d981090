from __future__ import annotations

import argparse
from collections.abc import Callable

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from devices import assembly
from kiosk import config
from kiosk.cli.context import Context
from kiosk.display.settings import DisplaySettings
from kiosk.queue.office import calendar_from_settings
from kiosk.queue.settings import QueueSettings
from kiosk.staff.policy import StaffPolicy
from kiosk.survey.settings import survey_settings


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("config", help="show the effective configuration")
    cs = p.add_subparsers(dest="config_command", required=True, metavar="ACTION")
    show = cs.add_parser("show", help="print the effective settings (secrets masked)")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=handle_show)
    check = cs.add_parser(
        "check", help="validate every section, as each role would when it starts; exit 2 on any problem"
    )
    check.add_argument("--json", action="store_true")
    check.set_defaults(handler=handle_check)


def handle_show(ctx: Context) -> int:
    values = ctx.settings.masked()
    values["database"]["url"] = ctx.settings.database_url
    source = str(ctx.settings.source) if ctx.settings.source else "(no file; defaults)"
    lines = [f"# from {source}"]
    for section, keys in values.items():
        lines.append(f"[{section}]")
        lines.extend(f"{k} = {v!r}" for k, v in keys.items())
    ctx.emit({"source": source, **values}, "\n".join(lines))
    return 0


def _database(settings: config.Settings) -> None:
    try:
        make_url(settings.database_url)
    except ArgumentError as exc:
        raise ValueError(f"[database] url is not a database URL: {exc}") from exc


def _queue(settings: config.Settings) -> None:
    QueueSettings.from_mapping(settings.extra.get("queue", {}))


def _display(settings: config.Settings) -> None:
    DisplaySettings.from_mapping(settings.extra.get("display", {}))


# Each owner's own validation, exactly as its role runs it at start-up.
CHECKS: dict[str, Callable[[config.Settings], object]] = {
    "database": _database,
    "printer": lambda s: assembly.printer_settings(s),
    "calendar": calendar_from_settings,
    "queue": _queue,
    "staff": StaffPolicy.from_settings,
    "survey": survey_settings,
    "display": _display,
}


def handle_check(ctx: Context) -> int:
    """The file's own keys were checked when it was loaded (or the command stopped there)."""
    source = str(ctx.settings.source) if ctx.settings.source else "(no file; defaults)"
    problems: list[str] = []
    for section, check in CHECKS.items():
        try:
            check(ctx.settings)
        except (config.ConfigError, ValueError) as exc:
            message = str(exc)
            problems.append(message if message.startswith("[") else f"[{section}] {message}")
    text = (f"{source}: configuration OK ({', '.join(CHECKS)} checked)" if not problems
            else "\n".join(f"{source}: {p}" for p in problems))
    ctx.emit({"source": source, "ok": not problems, "problems": problems}, text)
    return 0 if not problems else 2
