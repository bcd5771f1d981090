"""The kiosk as a public machine: a close request (Alt+F4, the window manager's button) opens
the staff PIN instead of ending it, only the staff menu's exit quits, and every window uses the
bundled font."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase, QFontInfo, QGuiApplication

from tests.ui.kiosk.driver import STAFF_PIN, KioskFactory
from ui.common.host import FONT_DIR, use_bundled_font


def test_a_close_request_without_the_pin_leaves_the_kiosk_running(kiosk: KioskFactory) -> None:
    k = kiosk()
    exits: list[bool] = []
    k.session.quitRequested.connect(lambda: exits.append(True))
    k.tap("welcome.takeTicket")
    assert k.window.close() is False  # what Alt+F4 or the close button asks
    k.settle()
    assert k.window.isVisible() and exits == []
    assert k.exists("pin.1"), "the close request should have opened the staff PIN"
    for digit in "0000":
        k.tap(f"pin.{digit}")
    k.tap("pin.OK")
    assert k.window.close() is False and k.window.isVisible()
    for digit in STAFF_PIN:
        k.tap(f"pin.{digit}")
    k.tap("pin.OK")
    k.tap("staff.exit")
    assert exits == [True]


def test_once_shutting_down_the_window_closes(kiosk: KioskFactory) -> None:
    k = kiosk()
    assert k.handle.guard is not None
    k.handle.guard.release()  # what RoleHandle.close does first
    assert k.window.close() is True


def test_every_screen_draws_with_the_bundled_font() -> None:
    app = QGuiApplication.instance()
    assert isinstance(app, QGuiApplication)
    family = use_bundled_font(app)
    assert family == "DejaVu Sans"
    loaded = {f for path in FONT_DIR.glob("*.ttf")
              for f in QFontDatabase.applicationFontFamilies(QFontDatabase.addApplicationFont(str(path)))}
    assert loaded == {"DejaVu Sans"}
    assert QFontInfo(app.font()).family() == "DejaVu Sans"
