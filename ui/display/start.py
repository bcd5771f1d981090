"""``mpp-kiosk run --role display`` (registered in ui/app.py ROLE_MODULES)."""

from __future__ import annotations

from kiosk.cli.context import Context
from ui.common.host import RoleHandle, RoleOptions
from ui.display.screen import open_display


def start(ctx: Context, options: RoleOptions) -> RoleHandle:
    handle, _parts = open_display(ctx.settings, ctx.clock, options)
    return handle
