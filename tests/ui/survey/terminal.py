"""Driving the survey terminal offscreen as a respondent would: a scanner typing a token,
taps on answers and keys."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtQuick import QQuickItem, QQuickWindow
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from kiosk import config
from kiosk.storage import Database
from tests.survey.hall import SECRET
from tests.ui.kiosk.layout_checks import problems
from tests.ui.qtsupport import find
from ui.common.host import RoleHandle, RoleOptions
from ui.survey.session import SurveySession
from ui.survey.start import open_survey_terminal

SIZE = (1920, 1080)


def _walk(item: QQuickItem) -> Iterator[QQuickItem]:
    yield item
    for child in item.childItems():
        yield from _walk(child)


def _on_screen(item: QQuickItem) -> bool:
    node: QQuickItem | None = item
    while node is not None:
        if not node.isVisible() or node.opacity() == 0:
            return False
        node = node.parentItem()
    return True


class Terminal:
    def __init__(self, handle: RoleHandle, qtbot: QtBot, ticks: list[float]) -> None:
        self.handle = handle
        self.qtbot = qtbot
        self.ticks = ticks

    @property
    def window(self) -> QQuickWindow:
        return self.handle.window

    def layout_problems(self) -> list[str]:
        """The layout checks of the kiosk's screens, at the size this window draws its layout."""
        theme = self.handle.engine.singletonInstance("common", "Theme")
        assert theme is not None
        return problems(self.window, float(theme.property("unit")))

    @property
    def session(self) -> SurveySession:
        session = self.handle.keep[0]
        assert isinstance(session, SurveySession)
        return session

    def item(self, name: str) -> QQuickItem:
        """The visible item called ``name`` (screens may keep hidden twins, e.g. keyboard variants)."""
        found = [i for i in _walk(self.window.contentItem()) if i.objectName() == name]
        shown = [i for i in found if _on_screen(i)]
        if shown:
            return shown[0]
        return find(self.window, name)

    def tap(self, name: str) -> None:
        item = self.item(name)
        assert item.isVisible() and item.isEnabled(), f"{name} cannot be tapped"
        centre = item.mapToScene(QPointF(item.width() / 2, item.height() / 2)).toPoint()
        QTest.mouseClick(self.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)
        self.qtbot.wait(20)

    def scan(self, token: str) -> None:
        """What a USB scanner does: types the characters, then Enter."""
        self.qtbot.waitUntil(lambda: self.item("start.scanner").hasActiveFocus(), timeout=3000)
        for character in token:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, _key(character), Qt.KeyboardModifier.NoModifier, character)
                QGuiApplication.sendEvent(self.window, event)
        QTest.keyClick(self.window, Qt.Key.Key_Return)
        self.qtbot.wait(20)

    def shows(self, screen: str) -> None:
        self.qtbot.waitUntil(lambda: self.session.screen == screen, timeout=3000)
        self.qtbot.wait(50)  # let the loader build the screen

    def text(self, name: str) -> str:
        return str(self.item(name).property("text"))

    def idle_for(self, seconds: float) -> None:
        self.ticks[0] += seconds
        self.session.idle.tick()
        self.qtbot.wait(20)


def _key(character: str) -> Qt.Key:
    if character == ".":
        return Qt.Key.Key_Period
    if character == "-":
        return Qt.Key.Key_Minus
    return Qt.Key(ord(character.upper()))


def open_terminal(
    db: Database,
    qtbot: QtBot,
    now: Callable[[], datetime],
    *,
    language: str = "id",
    size: tuple[int, int] = SIZE,
    **survey: object,
) -> Terminal:
    settings = config.validate(
        {
            "terminal": {"role": "survey", "language": language, "idle_timeout": 60, "name": "Survei Lobi"},
            "security": {"secret": SECRET},
            "survey": dict(survey),
        },
        "test",
    )
    ticks = [1000.0]
    handle = open_survey_terminal(settings, now, lambda: db, RoleOptions(size=size), monotonic=lambda: ticks[0])
    terminal = Terminal(handle, qtbot, ticks)
    qtbot.waitExposed(handle.window)
    terminal.shows("start")
    return terminal
