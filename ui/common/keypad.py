"""Keys on a public terminal: a numeric keypad works as navigation, and the focus ring shows only
for people who use keys.

An accessible kiosk has a USB keypad with a tactile 5, as on cash machines: 2 and 8 move, 4 and 6
change the option, 5 or Enter selects, 0 goes back. Qt reports keypad keys as digits with the
keypad modifier (NumLock on) or as arrows/Clear/Insert (NumLock off); both are translated here
into the arrow, Return and Escape keys the screens already handle, so every screen learns one set
of keys. The keypad's operator keys drive spoken guidance (``*`` on/off, ``.`` repeat, ``/`` stop,
``+``/``-`` volume); F1 is the same switch on a full keyboard.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Property, QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent

Key = Qt.Key

# Keypad key (either NumLock state) -> the key a screen handles.
_NAVIGATION: dict[Key, Key] = {
    Key.Key_2: Key.Key_Down,
    Key.Key_Down: Key.Key_Down,
    Key.Key_8: Key.Key_Up,
    Key.Key_Up: Key.Key_Up,
    Key.Key_4: Key.Key_Left,
    Key.Key_Left: Key.Key_Left,
    Key.Key_6: Key.Key_Right,
    Key.Key_Right: Key.Key_Right,
    Key.Key_5: Key.Key_Return,
    Key.Key_Clear: Key.Key_Return,
    Key.Key_0: Key.Key_Escape,
    Key.Key_Insert: Key.Key_Escape,
}

GUIDE_TOGGLE = "toggle"
GUIDE_REPEAT = "repeat"
GUIDE_STOP = "stop"
GUIDE_LOUDER = "louder"
GUIDE_SOFTER = "softer"

_GUIDE_KEYPAD: dict[Key, str] = {
    Key.Key_Asterisk: GUIDE_TOGGLE,
    Key.Key_Period: GUIDE_REPEAT,
    Key.Key_Delete: GUIDE_REPEAT,
    Key.Key_Comma: GUIDE_REPEAT,
    Key.Key_Slash: GUIDE_STOP,
    Key.Key_Plus: GUIDE_LOUDER,
    Key.Key_Minus: GUIDE_SOFTER,
}
_GUIDE_ANYWHERE: dict[Key, str] = {Key.Key_F1: GUIDE_TOGGLE}

_POINTER = frozenset({QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin})


@dataclass(frozen=True)
class Translation:
    """What one key press means: another key for the screen, a guidance command, or itself."""

    key: Key | None = None
    guide: str | None = None


def translate(key: int, modifiers: Qt.KeyboardModifier, *, keypad: bool = True) -> Translation:
    """The meaning of a key press; ``keypad`` False leaves keypad digits as digits (a PIN pad)."""
    qkey = Key(key)
    if qkey in _GUIDE_ANYWHERE:
        return Translation(guide=_GUIDE_ANYWHERE[qkey])
    if not modifiers & Qt.KeyboardModifier.KeypadModifier:
        return Translation()
    if qkey in _GUIDE_KEYPAD:
        return Translation(guide=_GUIDE_KEYPAD[qkey])
    if keypad and qkey in _NAVIGATION:
        return Translation(key=_NAVIGATION[qkey])
    return Translation()


class KeyInput(QObject):
    """Installed on a terminal's window: translates the keypad and tracks keys versus touch.

    ``keyboard`` turns true on a key press and false on a touch or click, so the focus ring is
    drawn for people who move with keys and stays out of the way of those who touch.
    """

    changed = Signal()

    def __init__(self, guide: Callable[[str], None] | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._guide = guide
        self._keyboard = False
        self._keypad = True

    def guide_with(self, guide: Callable[[str], None]) -> None:
        """Send the guide keys (``*`` and the others) to ``guide`` from now on."""
        self._guide = guide

    def _get_keyboard(self) -> bool:
        return self._keyboard

    def _get_keypad(self) -> bool:
        return self._keypad

    def _set_keypad(self, on: bool) -> None:
        if on != self._keypad:
            self._keypad = on
            self.changed.emit()

    keyboard = Property(bool, _get_keyboard, notify=changed)
    # False while a PIN is typed on the keypad (the staff gate): digits are digits then.
    keypadNavigation = Property(bool, _get_keypad, _set_keypad, notify=changed)

    def _mode(self, keyboard: bool) -> None:
        if keyboard != self._keyboard:
            self._keyboard = keyboard
            self.changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _POINTER:
            self._mode(False)
            return False
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease) or not isinstance(event, QKeyEvent):
            return False
        if kind == QEvent.Type.KeyPress:
            self._mode(True)
        meaning = translate(event.key(), event.modifiers(), keypad=self._keypad)
        if meaning.guide is not None:
            if kind == QEvent.Type.KeyPress and not event.isAutoRepeat() and self._guide is not None:
                self._guide(meaning.guide)
            return True
        if meaning.key is None:
            return False
        # Return, not Enter: some controls only know Return; the translated key has no modifiers,
        # so it is never translated twice.
        text = "\r" if meaning.key == Key.Key_Return else "\x1b" if meaning.key == Key.Key_Escape else ""
        again = QKeyEvent(kind, meaning.key, Qt.KeyboardModifier.NoModifier, text, event.isAutoRepeat())
        QCoreApplication.sendEvent(watched, again)
        return True
