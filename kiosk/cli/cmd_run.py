from __future__ import annotations

import argparse
import importlib

from kiosk.cli.context import CommandError, Context
from kiosk.config import ROLES


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("run", help="start a terminal screen")
    p.add_argument("--role", choices=ROLES, help="which terminal (default: from the config file)")
    p.add_argument("--windowed", action="store_true", help="a normal window instead of fullscreen")
    p.add_argument("--demo", action="store_true", help="virtual printer, for trying the kiosk out")
    p.set_defaults(handler=handle)


def handle(ctx: Context) -> int:
    # Qt is imported only here, so every other command works on a machine without a screen.
    try:
        app = importlib.import_module("ui.app")
    except ImportError as exc:
        raise CommandError(f"the screens need Qt (PySide6), which could not be loaded: {exc}") from exc
    return int(app.run_role(ctx.args.role or ctx.settings.role, ctx))
