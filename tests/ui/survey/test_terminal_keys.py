"""The survey terminal with the keypad alone (2/8 move, 4/6 change the answer, 5 select, 0 back)
and a keyboard for the suggestion: a served ticket is scanned, the nine elements answered, the
profile chosen, a suggestion typed and sent, and the stored response is the one the keys gave."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from kiosk.storage import Database
from kiosk.survey.models import SurveyResponse
from tests.support.tokens import token_for
from tests.survey.hall import SECRET, prepare, served, wib
from tests.ui.kiosk.driver import ring_shown
from tests.ui.qtsupport import save_screenshot
from tests.ui.survey.terminal import Terminal, open_terminal

NOW = wib(2026, 11, 24, 10, 30)
K = Qt.Key
PAD = Qt.KeyboardModifier.KeypadModifier


def keypad(terminal: Terminal, digits: str) -> None:
    for digit in digits:
        QTest.keyClick(terminal.window, getattr(K, f"Key_{digit}"), PAD)
        terminal.qtbot.wait(10)


def typed(terminal: Terminal, text: str) -> None:
    """A keyboard's keys, with the characters they type."""
    for character in text:
        key = K.Key_Space if character == " " else K(ord(character.upper()))
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QGuiApplication.sendEvent(terminal.window, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, character))


def focused(terminal: Terminal) -> str:
    item = terminal.window.activeFocusItem()
    return item.objectName() if item is not None else ""


def test_the_survey_with_the_keypad_alone(db: Database, qtbot: QtBot, tmp_path: Path) -> None:
    hall = prepare(db)
    ticket = served(db, hall, issued=wib(2026, 11, 24, 9), counter=2, officer="PTG-07")
    terminal = open_terminal(db, qtbot, lambda: NOW)
    try:
        terminal.scan(token_for(db, ticket.id, SECRET))
        terminal.shows("question")
        scores = (4, 3, 3, 4, 3, 4, 4, 3)
        for number, score in enumerate(scores, start=1):
            assert terminal.text("question.progress") == f"Pertanyaan {number} dari 9"
            keypad(terminal, "4444" + "6" * (score - 1))  # to the first answer, then right
            assert focused(terminal) == f"question.answer{score}"
            assert ring_shown(terminal.window.activeFocusItem())
            if number == 2:
                save_screenshot(terminal.window, "keys-survey-question.png", tmp_path)
                keypad(terminal, "0")  # back one question: the first answer is still chosen
                assert terminal.text("question.progress") == "Pertanyaan 1 dari 9"
                assert terminal.session.selectedScore == scores[0]
                keypad(terminal, "5")  # the keys are on it: choose it again, on to question 2
                assert terminal.text("question.progress") == "Pertanyaan 2 dari 9"
                keypad(terminal, "4444" + "6" * (score - 1))
            keypad(terminal, "5")
        # The ninth: no complaint ever made, so skipped (the bar below the answers).
        keypad(terminal, "2")
        assert focused(terminal) == "question.previous"
        keypad(terminal, "6")
        assert focused(terminal) == "question.skip"
        keypad(terminal, "5")

        terminal.shows("profile")
        assert focused(terminal).startswith("profile.umur.")
        keypad(terminal, "4444444" + "666")
        chosen_age = focused(terminal)
        keypad(terminal, "5")
        keypad(terminal, "2")  # the next question of the profile
        assert focused(terminal).startswith("profile.jenis_kelamin.")
        keypad(terminal, "46")
        assert focused(terminal) == "profile.jenis_kelamin.P"
        keypad(terminal, "5")
        save_screenshot(terminal.window, "keys-survey-profile.png", tmp_path)
        for _ in range(4):
            if focused(terminal) == "profile.previous":
                break
            keypad(terminal, "2")
        keypad(terminal, "6")
        assert focused(terminal) == "profile.next"
        keypad(terminal, "5")

        terminal.shows("suggestion")
        assert focused(terminal) == "suggestion.panel"
        typed(terminal, "Parkir luaz")
        QTest.keyClick(terminal.window, K.Key_Backspace)
        typed(terminal, "s")
        assert terminal.session.suggestion == "Parkir luas"
        for _ in range(60):
            if focused(terminal) == "suggestion.send":
                break
            QTest.keyClick(terminal.window, K.Key_Tab)
        assert focused(terminal) == "suggestion.send"
        QTest.keyClick(terminal.window, K.Key_Return)
        terminal.shows("thanks")
        assert focused(terminal) == "thanks.home"
        with db.read() as session:
            [row] = session.scalars(select(SurveyResponse)).all()
        assert [getattr(row, f"u{n}") for n in range(1, 10)] == [*scores, None]
        assert row.umur == chosen_age.split(".")[-1] and row.jenis_kelamin == "P" and row.saran == "Parkir luas"
        keypad(terminal, "5")
        terminal.shows("start")
    finally:
        terminal.handle.close()
