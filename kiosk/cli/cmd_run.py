from __future__ import annotations

import argparse
import importlib
import sys

from kiosk.cli.context import CommandError, Context
from kiosk.config import ROLES
from kiosk.deploy.launch import program
from kiosk.deploy.supervisor import supervise


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("run", help="start a terminal screen")
    p.add_argument("--role", choices=ROLES, help="which terminal (default: from the config file)")
    p.add_argument("--windowed", action="store_true", help="a normal window instead of fullscreen")
    p.add_argument("--demo", action="store_true", help="virtual printer, for trying the kiosk out")
    p.add_argument("--restart", action="store_true",
                   help="start the screens again whenever they crash or are killed (staff 'quit' ends it)")
    p.add_argument("--self-test", action="store_true",
                   help="open the screens offscreen-capable, draw one frame, close; exit 0 when they load cleanly")
    p.set_defaults(handler=handle)
    serve = sub.add_parser("serve", help="the hall's page for phones (the same as run --role web)")
    serve.set_defaults(handler=handle_web, role="web", restart=False)


def handle(ctx: Context) -> int:
    if ctx.args.restart:
        child = [*program(), *(a for a in sys.argv[1:] if a != "--restart")]
        return supervise(child)
    if (ctx.args.role or ctx.settings.role) == "web":
        return handle_web(ctx)
    # Qt is imported only here, so every other command works on a machine without a screen.
    try:
        app = importlib.import_module("ui.app")
    except ImportError as exc:
        raise CommandError(f"the screens need Qt (PySide6), which could not be loaded: {exc}") from exc
    return int(app.run_role(ctx.args.role or ctx.settings.role, ctx))


def handle_web(ctx: Context) -> int:
    """The page for phones needs no screen and no Qt: a web server on the hall's network."""
    try:
        server = importlib.import_module("ui.web.server")
    except ImportError as exc:
        raise CommandError(f"the web page needs its packages (starlette, uvicorn, jinja2): {exc}") from exc
    return int(server.serve(ctx))
