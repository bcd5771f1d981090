"""What every terminal window shares: the Qt application, the QML engine and how it is shown.

A role (kiosk, staff, display, survey) builds its view-models, puts them in the engine's root
context and loads ``ui/qml/<role>/Main.qml`` through :func:`load_window`. Production terminals
run fullscreen and frameless; ``--windowed`` gives a normal window for trying things out.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickWindow

from ui.common import refcounts

QML_DIR = Path(__file__).resolve().parents[1] / "qml"
LANDSCAPE = (1920, 1080)

_LOG = logging.getLogger("ui")


class LoadError(RuntimeError):
    """A role's main QML file could not be loaded (the message lists QML's own errors)."""


@dataclass(frozen=True)
class RoleOptions:
    windowed: bool = False
    demo: bool = False
    size: tuple[int, int] | None = None  # a fixed window size (tests, screenshots)


@dataclass
class RoleHandle:
    """A role's open window and everything that must live as long as it does."""

    engine: QQmlApplicationEngine
    window: QQuickWindow
    keep: list[object] = field(default_factory=list)
    on_close: list[Callable[[], None]] = field(default_factory=list)

    def close(self) -> None:
        for step in reversed(self.on_close):
            try:
                step()
            except Exception:
                _LOG.exception("error while closing a window")
        self.window.close()
        # Delete the engine (and with it the window) now, while the Python objects its
        # bindings read are still alive; later, bindings would run against destroyed objects.
        self.engine.deleteLater()
        QCoreApplication.sendPostedEvents(None, int(QEvent.Type.DeferredDelete))


def application() -> QGuiApplication:
    """The one Qt application of this process (created on first use)."""
    existing = QCoreApplication.instance()
    if isinstance(existing, QGuiApplication):
        refcounts.protect()
        return existing
    QCoreApplication.setOrganizationName("MPP Kiosk")
    QCoreApplication.setApplicationName("MPP Kiosk")
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QGuiApplication(sys.argv[:1])
    refcounts.protect()
    return app


def new_engine() -> QQmlApplicationEngine:
    engine = QQmlApplicationEngine()
    engine.addImportPath(str(QML_DIR))
    return engine


def load_window(engine: QQmlApplicationEngine, main: Path, context: Mapping[str, object]) -> QQuickWindow:
    for name, value in context.items():
        engine.rootContext().setContextProperty(name, value)
    errors: list[str] = []

    def collect(warnings: list[object]) -> None:
        errors.extend(str(w.toString()) for w in warnings)  # type: ignore[attr-defined]

    engine.warnings.connect(collect)
    engine.load(QUrl.fromLocalFile(str(main)))
    engine.warnings.disconnect(collect)
    roots = engine.rootObjects()
    if not roots or not isinstance(roots[0], QQuickWindow):
        raise LoadError(f"{main.name} could not be loaded: " + ("; ".join(errors) or "no window"))
    return roots[0]


def show(window: QQuickWindow, options: RoleOptions) -> None:
    if options.size is not None:
        window.resize(*options.size)
        window.show()
        return
    if options.windowed:
        screen = window.screen()
        if screen is not None:
            area = screen.availableGeometry()
            width, height = window.width(), window.height()
            if width > area.width() or height > area.height():
                scale = min(area.width() / width, area.height() / height) * 0.95
                window.resize(int(width * scale), int(height * scale))
        window.show()
        return
    window.setFlag(Qt.WindowType.FramelessWindowHint, True)
    window.showFullScreen()
