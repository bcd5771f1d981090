"""``mpp-kiosk run --role ROLE``: open that terminal's screens and run until it is closed.

Each role lives in its own package with a ``start(ctx, options) -> RoleHandle`` function:
``ui.kiosk.start`` (walk-in kiosk), and ``ui.staff.start``, ``ui.display.start`` and
``ui.survey.start`` as they are built. A role whose package does not exist yet opens a plain
"not available yet" window instead of failing.
"""

from __future__ import annotations

import importlib
import logging
import sys
import time
from collections.abc import Callable
from typing import cast

from PySide6.QtCore import QEventLoop
from PySide6.QtGui import QGuiApplication

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


class _WarningCounter(logging.Handler):
    """Counts WARNING-or-worse records (Qt's QML warnings arrive through the 'qt' logger)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(f"{record.name}: {record.getMessage()}")


def self_test(role: str, ctx: Context, app: QGuiApplication) -> int:
    """Open the role's screens, wait for the first drawn frame, close them: exit 0 if all clean.

    What an installer (or CI, on the installed package) runs to know that Qt, the QML files, the
    translations, the font and the database all load on this computer.
    """
    counter = _WarningCounter()
    logging.getLogger().addHandler(counter)
    drawn: list[bool] = []
    try:
        handle = open_role(role, ctx, RoleOptions(windowed=True, demo=True, size=(1280, 800)))
        handle.window.frameSwapped.connect(lambda: drawn.append(True))
        deadline = time.monotonic() + 20
        while not drawn and time.monotonic() < deadline:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        for _ in range(10):  # let late bindings and first timers run and complain
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        handle.close()
    finally:
        logging.getLogger().removeHandler(counter)
    if not drawn:
        print(f"self-test {role}: the window was never drawn", file=sys.stderr)
        return 1
    if counter.messages:
        print(f"self-test {role}: " + "\n".join(counter.messages), file=sys.stderr)
        return 1
    print(f"self-test {role}: ok")
    return 0


def run_role(role: str, ctx: Context) -> int:
    setup_logging(role)
    install_message_log()
    install_excepthook()
    app = application()
    if getattr(ctx.args, "self_test", False):
        try:
            return self_test(role, ctx, app)
        finally:
            ctx.close()
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
