"""Driving the kiosk window the way a visitor does: find a control by objectName, tap it.

Taps are real mouse clicks delivered to the window at the control's centre, so whatever covers
the control (the idle overlay, the staff PIN) gets the tap instead, exactly as on the kiosk.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtQuick import QQuickItem, QQuickWindow
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from devices.printing import Printer, PrinterSettings
from devices.sound.speech import Voice
from kiosk import config
from kiosk.clock import parse_instant
from kiosk.setup import initialise
from kiosk.storage import Database
from kiosk.ticketing import LocalDesk, TicketDesk
from tests.ui.kiosk.catalog import load_demo_services
from ui.common.guide import Guide
from ui.common.host import RoleHandle, RoleOptions
from ui.kiosk.session import KioskBackend, KioskSession
from ui.kiosk.start import open_kiosk

OPEN_MOMENT = "2026-11-24 10:05"  # a Tuesday morning: the office is open
SECRET = "5e" * 32
STAFF_PIN = "2468"


@dataclass
class MovableClock:
    """The kiosk's clock, moved by the test (e.g. past the issuing cutoff)."""

    now: datetime

    def __call__(self) -> datetime:
        return self.now

    def set(self, local: str) -> None:
        self.now = parse_instant(local)


class FakeMonotonic:
    """A monotonic clock the test advances, for idle timing without waiting."""

    def __init__(self) -> None:
        self.value = 1000.0

    def __call__(self) -> float:
        return self.value

    def advance(self, seconds: float) -> None:
        self.value += seconds


def all_items(item: QQuickItem) -> Iterator[QQuickItem]:
    yield item
    for child in item.childItems():
        yield from all_items(child)


def shown(item: QQuickItem) -> bool:
    node: QQuickItem | None = item
    while node is not None:
        if not node.isVisible() or node.opacity() <= 0:
            return False
        node = node.parentItem()
    return True


def ring_shown(item: QQuickItem | None) -> bool:
    """The focus ring of the focused control (a button's own, or the frame around a pane)."""
    assert item is not None, "nothing has the keys' focus"
    for child in all_items(item):
        ring = child.objectName() == "focusRing" or child.metaObject().className().startswith("FocusFrame")
        if ring and child is not item and child.isVisible():
            return True
    parent = item.parentItem()
    return parent is not None and any(
        c.isVisible() and c.metaObject().className().startswith("FocusFrame") for c in parent.childItems()
    )


def _flickable_of(item: QQuickItem) -> QQuickItem | None:
    node = item.parentItem()
    while node is not None:
        if node.metaObject().className() in ("QQuickFlickable", "QQuickListView"):
            return node
        node = node.parentItem()
    return None


@dataclass
class KioskDriver:
    handle: RoleHandle
    db: Database | None
    settings: config.Settings
    clock: MovableClock
    monotonic: FakeMonotonic | None
    taps: int = 0
    tapped: list[str] = field(default_factory=list)
    keys: list[str] = field(default_factory=list)

    @property
    def window(self) -> QQuickWindow:
        return self.handle.window

    @property
    def session(self) -> KioskSession:
        found = self.handle.keep[0]
        assert isinstance(found, KioskSession)
        return found

    @property
    def guide(self) -> Guide:
        found = next(o for o in self.handle.keep if isinstance(o, Guide))
        return found

    @property
    def screen(self) -> str:
        return str(self.session.screen)

    # -- finding --------------------------------------------------------------------------

    def items(self, name: str) -> list[QQuickItem]:
        return [i for i in all_items(self.window.contentItem()) if i.objectName() == name and shown(i)]

    def find(self, name: str) -> QQuickItem:
        found = self.items(name)
        if not found:
            everything = all_items(self.window.contentItem())
            visible = sorted({i.objectName() for i in everything if i.objectName() and shown(i)})
            raise LookupError(f"no visible item {name!r} on screen {self.screen!r}; visible: {visible}")
        return found[0]

    def exists(self, name: str) -> bool:
        return bool(self.items(name))

    def text(self, name: str) -> str:
        item = self.find(name)
        value = item.property("text")
        return str(value) if value is not None else ""

    def visible_texts(self) -> list[str]:
        texts = []
        for item in all_items(self.window.contentItem()):
            if item.inherits("QQuickText") and shown(item):
                value = str(item.property("text") or "")
                if value.strip():
                    texts.append(value)
        return texts

    def screen_text(self) -> str:
        return "\n".join(self.visible_texts())

    # -- acting ---------------------------------------------------------------------------

    def reveal(self, item: QQuickItem) -> None:
        """Scroll the list holding ``item`` so that the whole item is in view."""
        flick = _flickable_of(item)
        if flick is None:
            return
        top = item.mapToItem(flick, QPointF(0, 0)).y()
        bottom = top + item.height()
        content_y = float(flick.property("contentY"))
        if top < 0 or bottom > flick.height():
            limit = max(0.0, float(flick.property("contentHeight")) - flick.height())
            target = content_y + top - max(0.0, (flick.height() - item.height()) / 2)
            flick.setProperty("contentY", min(limit, max(0.0, target)))

    def tap(self, name: str) -> None:
        self.settle()
        item = self.find(name)
        self.reveal(item)
        centre = item.mapToScene(QPointF(item.width() / 2, item.height() / 2))
        point = QPoint(round(centre.x()), round(centre.y()))
        assert 0 <= point.x() < self.window.width() and 0 <= point.y() < self.window.height(), (
            f"{name} is outside the window at {point.x()},{point.y()}"
        )
        QTest.mouseClick(self.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
        self.taps += 1
        self.tapped.append(name)
        QApplication.processEvents()

    def press(self, key: Qt.Key, *, keypad: bool = False, times: int = 1) -> None:
        """A key as a keyboard or USB keypad sends it (the keypad marks its keys)."""
        modifier = Qt.KeyboardModifier.KeypadModifier if keypad else Qt.KeyboardModifier.NoModifier
        for _ in range(times):
            self.settle()
            QTest.keyClick(self.window, key, modifier)
            self.keys.append(key.name + (" (keypad)" if keypad else ""))
            QApplication.processEvents()

    def focused(self) -> QQuickItem | None:
        self.settle()
        return self.window.activeFocusItem()

    def focused_name(self) -> str:
        item = self.focused()
        return item.objectName() if item is not None else ""

    def type_on_keyboard(self, text: str) -> None:
        for character in text:
            key = "space" if character == " " else character.upper()
            self.tap(f"key.{key}")

    def wait_until(self, condition: Callable[[], bool], timeout: float = 10.0, what: str = "") -> None:
        deadline = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out waiting for {what or condition} (screen {self.screen!r})")
            QApplication.processEvents()
            time.sleep(0.01)

    def wait_screen(self, name: str, timeout: float = 10.0) -> None:
        self.wait_until(lambda: self.screen == name, timeout, f"screen {name!r}")
        QApplication.processEvents()

    def settle(self) -> None:
        """Let layouts catch up with the last change: Qt lays them out just before drawing a
        frame, so a tap computed earlier could land where a control used to be."""
        QApplication.processEvents()
        # Drawing a frame lays everything out. (QQuickItem.ensurePolished would be cheaper, but
        # in PySide 6.12 each call drops a reference to None until the interpreter aborts.)
        self.window.grabWindow()
        QApplication.processEvents()

    def theme_unit(self) -> float:
        """Pixels per layout unit on this window (1.0 on a 1920x1080 or 1080x1920 one)."""
        theme = self.handle.engine.singletonInstance("common", "Theme")
        assert theme is not None
        return float(theme.property("unit"))

    def grab(self, path: Path) -> None:
        self.window.grabWindow().save(str(path))


def kiosk_settings(tmp_path: Path, **sections: dict[str, Any]) -> config.Settings:
    raw: dict[str, dict[str, Any]] = {
        "terminal": {"staff_pin": STAFF_PIN, "idle_timeout": 60},
        "security": {"secret": SECRET},
        "printer": {"kind": "virtual", "output_dir": str(tmp_path / "printer")},
    }
    for section, values in sections.items():
        raw.setdefault(section, {}).update(values)
    return config.validate(raw, "test")


_TEMPLATES: dict[bool, Path] = {}


def _template(demo: bool) -> Path:
    """An initialised database file (bundled catalog, queue layout, demo services), built once
    per test run and copied for each kiosk: initialising takes longer than the screens do."""
    if demo not in _TEMPLATES:
        folder = Path(tempfile.mkdtemp(prefix="mpp-ui-template-"))
        path = folder / "template.db"
        db = Database(f"sqlite:///{path}")
        now = parse_instant(OPEN_MOMENT)
        initialise(db, kiosk_settings(folder), now)
        if demo:
            load_demo_services(db, now)
        db.dispose()  # checkpoints the WAL into the file, so one file is the whole database
        _TEMPLATES[demo] = path
    return _TEMPLATES[demo]


class QuietVoice:
    """A voice that keeps what it was asked to say instead of making a sound: the kiosk shows its
    guidance button as on a terminal with a voice, and tests can read what would be said."""

    def __init__(self) -> None:
        self.said: list[tuple[str, str]] = []
        self.volume = 0.0

    def say(self, text: str, language: str) -> None:
        self.said.append((text, language))

    def stop(self) -> None:
        pass

    def set_volume(self, volume: float) -> None:
        self.volume = volume

    def speaks(self, language: str) -> bool:
        return True


class KioskFactory:
    def __init__(self, tmp_path: Path) -> None:
        self.tmp_path = tmp_path
        self.opened: list[KioskDriver] = []
        self._count = 0

    def database(self, now: datetime, *, demo: bool = True) -> Database:
        self._count += 1
        target = self.tmp_path / f"kiosk{self._count}.db"
        shutil.copy(_template(demo), target)
        return Database(f"sqlite:///{target}")

    def __call__(
        self,
        *,
        size: tuple[int, int] = (1920, 1080),
        now: str = OPEN_MOMENT,
        printer: PrinterSettings | None = None,
        demo_catalog: bool = True,
        fake_idle_clock: bool = False,
        database: Callable[[], Database] | None = None,
        desk: Callable[[Database], TicketDesk] | None = None,
        demo_mode: bool = False,
        voice: Callable[[], Voice | None] = lambda: QuietVoice(),
        **sections: dict[str, Any],
    ) -> KioskDriver:
        clock = MovableClock(parse_instant(now))
        settings = kiosk_settings(self.tmp_path, **sections)
        db = self.database(clock(), demo=demo_catalog) if database is None else None
        printer_settings = printer or PrinterSettings(kind="virtual", output_dir=self.tmp_path / "printer")

        def make_desk(opened: Database) -> TicketDesk:
            local = LocalDesk(opened, settings, clock, Printer(printer_settings))
            local.recover()  # as ui.kiosk.start.local_backend does
            return local

        def open_database() -> Database:
            assert db is not None
            return db

        backend = KioskBackend(database=database or open_database, desk=desk or make_desk)
        monotonic = FakeMonotonic() if fake_idle_clock else None
        handle = open_kiosk(
            settings,
            clock,
            backend,
            RoleOptions(size=size, demo=demo_mode),
            voice=voice,
            **({"monotonic": monotonic} if monotonic else {}),
        )
        driver = KioskDriver(handle, db, settings, clock, monotonic)
        self.opened.append(driver)
        QTest.qWaitForWindowExposed(handle.window)
        # The kiosk reaches its database after its first frame, as a restarted kiosk does.
        driver.wait_until(lambda: bool(driver.session.property("started")), 10.0, "the kiosk's first connection")
        return driver

    def close_all(self) -> None:
        for driver in self.opened:
            driver.session.background.wait()
            QApplication.processEvents()
            driver.handle.close()
        self.opened.clear()
        QApplication.processEvents()


def kiosk_factory(tmp_path: Path) -> KioskFactory:
    return KioskFactory(tmp_path)
