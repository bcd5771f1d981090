from __future__ import annotations

import argparse

from kiosk.cli.context import Context


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("config", help="show the effective configuration")
    cs = p.add_subparsers(dest="config_command", required=True, metavar="ACTION")
    show = cs.add_parser("show", help="print the effective settings (secrets masked)")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=handle_show)


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
