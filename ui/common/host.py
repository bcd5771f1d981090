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

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QUrl, Slot
from PySide6.QtGui import QFontDatabase, QGuiApplication, QScreen
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickWindow

import assets
from ui.common import refcounts
from ui.common.exitguard import ExitGuard
from ui.common.staffgate import StaffGate

QML_DIR = Path(__file__).resolve().parents[1] / "qml"
FONT_DIR = Path(assets.__file__).resolve().parent / "fonts"
LANDSCAPE = (1920, 1080)

_LOG = logging.getLogger("ui")
_font_loaded = False


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
    guard: ExitGuard | None = None
    gate: StaffGate | None = None

    def guard_close(self, gate: StaffGate, options: RoleOptions) -> None:
        """A public terminal: close requests open the staff PIN; the staff menu's exit quits.

        ``--windowed`` (trying the program out on a desktop) leaves the window closable.
        """
        self.gate = gate
        if options.windowed:
            return
        self.guard = ExitGuard(gate.open)
        self.window.installEventFilter(self.guard)

    def close(self) -> None:
        if self.guard is not None:
            self.guard.release()
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
        if not _font_loaded:  # an application made elsewhere (tests, tools) gets the font too
            use_bundled_font(existing)
        return existing
    QCoreApplication.setOrganizationName("MPP Kiosk")
    QCoreApplication.setApplicationName("MPP Kiosk")
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QGuiApplication(sys.argv[:1])
    refcounts.protect()
    use_bundled_font(app)
    return app


def use_bundled_font(app: QGuiApplication) -> str | None:
    """Load the bundled font and make it every screen's default; returns its family.

    Windows would otherwise draw with Segoe UI and Linux with whatever fontconfig picks, and the
    same word is a different width in each: a label that fits here could be cut off there. With
    one font shipped, the layout checks run against the metrics every terminal will have.
    """
    global _font_loaded
    _font_loaded = True
    family: str | None = None
    for path in sorted(FONT_DIR.glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if not families:
            _LOG.error("bundled font %s could not be loaded", path.name)
            continue
        family = family or families[0]
    if family is not None:
        font = app.font()
        font.setFamily(family)
        app.setFont(font)
    return family


def new_engine() -> QQmlApplicationEngine:
    engine = QQmlApplicationEngine()
    engine.addImportPath(str(QML_DIR))
    return engine


def load_window(engine: QQmlApplicationEngine, main: Path, context: Mapping[str, object]) -> QQuickWindow:
    """Loads ``main`` with ``context`` handed to the screens as properties of the ``App``
    singleton (ui/qml/common/App.qml), which every screen reads them from."""
    if context:
        app = engine.singletonInstance("common", "App")
        if not isinstance(app, QObject):
            raise LoadError("the common QML module (App) could not be loaded")
        for name, value in context.items():
            if not app.setProperty(name, value):
                raise LoadError(f"App has no property {name!r} (add it to ui/qml/common/App.qml)")
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


def cover_screen(window: QQuickWindow) -> None:
    """Make the window exactly the size of its screen, now and whenever the screen changes.

    ``showFullScreen`` only *asks* the window manager; a kiosk started straight on X without one
    (the usual kiosk set-up) keeps the window at its QML size, 1920x1080, so on a portrait screen
    the lower half, where the "take a number" button is, lies outside the picture. Setting the
    geometry ourselves works with or without a window manager; rotating the screen or plugging a
    different one in re-fits it.
    """
    _ScreenFit(window)


class _ScreenFit(QObject):
    """Child of the window, so its connections end with the window (no call into a dead one)."""

    def __init__(self, window: QQuickWindow) -> None:
        super().__init__(window)
        self._window = window
        window.screenChanged.connect(self._follow)
        self._screen: QScreen | None = None
        self._follow(window.screen() or QGuiApplication.primaryScreen())

    @Slot(QScreen)
    def _follow(self, screen: QScreen | None) -> None:
        if self._screen is not None:
            self._screen.geometryChanged.disconnect(self._fit)
        self._screen = screen
        if screen is not None:
            screen.geometryChanged.connect(self._fit)
            self._fit()

    @Slot()
    def _fit(self) -> None:
        if self._screen is not None:
            self._window.setGeometry(self._screen.geometry())


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
    cover_screen(window)
    window.showFullScreen()
