"""Driving the staff desk window as an officer does: typing, clicking, function keys."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtQuick import QQuickItem, QQuickWindow
from PySide6.QtTest import QTest

from tests.ui.qtsupport import find
from ui.common.background import Background


def settle(timeout: float = 15.0) -> None:
    """Let the screens' background jobs finish and their answers reach the window, as an officer
    waits for the desk to answer before reading it."""
    import time

    deadline = time.monotonic() + timeout
    while Background.outstanding() > 0 and time.monotonic() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.005)
    QCoreApplication.processEvents()


def _input_of(item: QQuickItem) -> QQuickItem:
    if "TextField" in item.metaObject().className() or "TextArea" in item.metaObject().className():
        return item
    for child in item.childItems():
        try:
            return _input_of(child)
        except LookupError:
            continue
    raise LookupError(item.objectName())


def type_text(window: QQuickWindow, text: str) -> None:
    """Key events carrying each character, as a keyboard or a keyboard-wedge scanner sends them."""
    for ch in text:
        code = ord(ch.upper()) if ch.isascii() and ch.isalnum() else int(Qt.Key.Key_unknown)
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QCoreApplication.sendEvent(window, QKeyEvent(kind, code, Qt.KeyboardModifier.NoModifier, ch))


def type_into(window: QQuickWindow, name: str, text: str, *, enter: bool = False) -> None:
    settle()  # e.g. the sign-in's counter list, loaded in the background as the window opens
    field = _input_of(find(window, name))
    field.forceActiveFocus()
    field.setProperty("text", "")
    type_text(window, text)
    if enter:
        QTest.keyClick(window, Qt.Key.Key_Return)
        settle()


def click(window: QQuickWindow, name: str) -> None:
    item = find(window, name)
    assert item.isVisible() and item.isEnabled(), f"{name} cannot be clicked"
    centre = item.mapToScene(QPointF(item.width() / 2, item.height() / 2))
    QTest.mouseClick(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(int(centre.x()), int(centre.y())))
    settle()


def key(window: QQuickWindow, k: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(window, k, modifier)
    settle()


def text_of(window: QQuickWindow, name: str) -> str:
    return str(find(window, name).property("text"))
