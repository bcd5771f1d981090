"""What each key means on a terminal: the keypad's digits (NumLock on) and its arrows (NumLock off)
move and select; the main keyboard's digits stay digits (a KBLI code is typed with them)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from ui.common.keypad import GUIDE_REPEAT, GUIDE_TOGGLE, translate

K = Qt.Key
PAD = Qt.KeyboardModifier.KeypadModifier
NONE = Qt.KeyboardModifier.NoModifier


@pytest.mark.parametrize(
    ("numlock_on", "numlock_off", "meaning"),
    [
        (K.Key_2, K.Key_Down, K.Key_Down),
        (K.Key_8, K.Key_Up, K.Key_Up),
        (K.Key_4, K.Key_Left, K.Key_Left),
        (K.Key_6, K.Key_Right, K.Key_Right),
        (K.Key_5, K.Key_Clear, K.Key_Return),
        (K.Key_0, K.Key_Insert, K.Key_Escape),
    ],
)
def test_the_keypad_moves_and_selects_whatever_numlock_says(numlock_on: K, numlock_off: K, meaning: K) -> None:
    assert translate(numlock_on, PAD).key == meaning
    assert translate(numlock_off, PAD).key == meaning


def test_main_keyboard_digits_are_typed_and_a_pin_pad_keeps_keypad_digits() -> None:
    assert translate(K.Key_2, NONE).key is None
    assert translate(K.Key_2, PAD, keypad=False).key is None
    assert translate(K.Key_Down, NONE).key is None  # an ordinary arrow needs no translation


def test_guidance_keys() -> None:
    assert translate(K.Key_Asterisk, PAD).guide == GUIDE_TOGGLE
    assert translate(K.Key_F1, NONE).guide == GUIDE_TOGGLE
    assert translate(K.Key_Period, PAD).guide == GUIDE_REPEAT
    assert translate(K.Key_Delete, PAD).guide == GUIDE_REPEAT  # the same key with NumLock off
    assert translate(K.Key_Asterisk, NONE).guide is None  # Shift+8 on a keyboard is a star, not a switch
