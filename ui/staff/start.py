"""``mpp-kiosk run --role staff`` (registered in ui/app.py ROLE_MODULES)."""

from __future__ import annotations

from kiosk.cli.context import Context
from ui.common.host import RoleHandle, RoleOptions
from ui.staff.screen import open_staff


def start(ctx: Context, options: RoleOptions) -> RoleHandle:
    # A desk PC runs other programs too (mail, the licensing system): a normal window, never
    # fullscreen, unless a fixed size is asked for (tests, screenshots).
    shown = options if options.size is not None else RoleOptions(windowed=True, demo=options.demo)
    handle, _desk = open_staff(ctx.settings, ctx.clock, shown)
    return handle
