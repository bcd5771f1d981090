"""``mpp-kiosk run --role display`` (registered in ui/app.py ROLE_MODULES)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ui.common.host import RoleHandle, RoleOptions
from ui.display.screen import open_display

if TYPE_CHECKING:
    from kiosk.cli.context import Context


def start(ctx: Context, options: RoleOptions) -> RoleHandle:
    handle, _parts = open_display(ctx.settings, ctx.clock, options)
    return handle
