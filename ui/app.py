"""``mpp-kiosk run --role ROLE``: open that terminal's screens and run until it is closed.

Each role lives in its own package with a ``start(ctx, options) -> RoleHandle`` function:
``ui.kiosk.start`` (walk-in kiosk), and ``ui.staff.start``, ``ui.display.start`` and
``ui.survey.start`` as they are built. A role whose package does not exist yet opens a plain
"not available yet" window instead of failing.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from typing import cast

from kiosk.cli.context import Context
from kiosk.logs import setup_logging
from ui.common.guard import install_excepthook
from ui.common.host import QML_DIR, RoleHandle, RoleOptions, application, load_window, new_engine, show
from ui.common.language import Language
from ui.common.qtlog import install_message_log

ROLE_MODULES = {
    "kiosk": "ui.kiosk.start",
    "staff": "ui.staff.start",
    "display": "ui.display.start",
    "survey": "ui.survey.start",
}

Starter = Callable[[Context, RoleOptions], RoleHandle]

_LOG = logging.getLogger("ui")


def find_starter(role: str) -> Starter | None:
    """The role's ``start`` function, or None while that role has no screens yet."""
    module_name = ROLE_MODULES.get(role)
    if module_name is None:
        return None
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        # Only a missing role package means "not built yet"; a missing dependency inside an
        # existing role is a real error and must be seen.
        if exc.name is not None and module_name.startswith(exc.name):
            return None
        raise
    return cast(Starter, module.start)


def open_not_available(role: str, ctx: Context, options: RoleOptions) -> RoleHandle:
    application()
    engine = new_engine()
    language = Language(engine, str(ctx.settings.get("terminal", "language")))
    window = load_window(engine, QML_DIR / "common" / "NotAvailable.qml", {"roleName": role, "language": language})
    handle = RoleHandle(engine, window, keep=[language])
    handle.on_close.append(language.release)
    show(window, RoleOptions(windowed=True, demo=options.demo, size=options.size))
    return handle


def open_role(role: str, ctx: Context, options: RoleOptions) -> RoleHandle:
    starter = find_starter(role)
    if starter is None:
        _LOG.warning("role %r has no screens yet; showing the 'not available' window", role)
        return open_not_available(role, ctx, options)
    return starter(ctx, options)


def run_role(role: str, ctx: Context) -> int:
    setup_logging(role)
    install_message_log()
    install_excepthook()
    app = application()
    options = RoleOptions(
        windowed=bool(getattr(ctx.args, "windowed", False)),
        demo=bool(getattr(ctx.args, "demo", False)),
    )
    handle = open_role(role, ctx, options)
    quit_signal = getattr(handle.keep[0], "quitRequested", None) if handle.keep else None
    if quit_signal is not None:
        quit_signal.connect(app.quit)
    if handle.gate is not None:
        handle.gate.exitRequested.connect(app.quit)
    try:
        return int(app.exec())
    finally:
        handle.close()
        ctx.close()
