"""The survey terminal in English: every survey string has a translation, the questions and
answers switch with the language, and screenshots of each screen (survey-*-en.png)."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from kiosk.storage import Database
from tests.support.tokens import token_for
from tests.survey.hall import SECRET, prepare, served, wib
from tests.ui.kiosk.layout_checks import problems as layout_problems
from tests.ui.qtsupport import save_screenshot
from tests.ui.survey.english import ROOT, SHARED_TS, untranslated
from tests.ui.survey.terminal import open_terminal

NOW = wib(2026, 11, 24, 10, 30)


def test_every_survey_screen_string_has_an_english_translation(tmp_path: Path) -> None:
    assert untranslated(ROOT / "ui" / "qml" / "survey", SHARED_TS, tmp_path) == []


def test_the_whole_survey_in_english(db: Database, qtbot: QtBot, tmp_path: Path) -> None:
    # The shipped catalog (assets/i18n/mpp_en.qm), as a terminal loads it.
    hall = prepare(db)
    ticket = served(db, hall, issued=wib(2026, 11, 24, 9))
    terminal = open_terminal(db, qtbot, lambda: NOW, language="en", allow_anonymous=True)
    try:
        assert terminal.text("start.title") == "Public Satisfaction Survey"
        assert terminal.text("start.rules") == "Each served ticket can be rated once, on the day of service."
        assert layout_problems(terminal.window) == []
        save_screenshot(terminal.window, "survey-start-en.png", tmp_path)
        terminal.scan(token_for(db, ticket.id, SECRET))
        terminal.shows("question")
        assert terminal.text("question.progress") == "Question 1 of 9"
        assert terminal.text("question.text") == "How well do the service requirements suit the kind of service?"
        assert terminal.text("question.label4") == "Very suitable"
        assert layout_problems(terminal.window) == []
        save_screenshot(terminal.window, "survey-question-en.png", tmp_path)
        # The visitor switches language mid-survey: the same question, now in Indonesian.
        terminal.tap("header.language")
        qtbot.waitUntil(lambda: terminal.text("question.label4") == "Sangat sesuai")
        terminal.tap("header.language")
        for _ in range(8):
            terminal.tap("question.answer4")
        assert terminal.text("question.label2") == "Exists but does not work"
        terminal.tap("question.answer3")
        terminal.shows("profile")
        terminal.tap("profile.pendidikan.D4-S1")
        assert terminal.text("page.title") == "About you"
        assert layout_problems(terminal.window) == []
        save_screenshot(terminal.window, "survey-profile-en.png", tmp_path)
        terminal.tap("profile.next")
        terminal.shows("suggestion")
        for key in ("key.G", "key.O", "key.O", "key.D"):
            terminal.tap(key)
        assert layout_problems(terminal.window) == []
        save_screenshot(terminal.window, "survey-suggestion-en.png", tmp_path)
        terminal.tap("suggestion.send")
        terminal.shows("thanks")
        assert terminal.text("thanks.title") == "Thank you!"
        save_screenshot(terminal.window, "survey-thanks-en.png", tmp_path)
        terminal.tap("thanks.home")
        terminal.shows("start")
        terminal.scan(token_for(db, ticket.id, SECRET))
        terminal.shows("refused")
        assert terminal.text("message.text") == "This ticket has already been surveyed. Thank you for your feedback."
        assert layout_problems(terminal.window) == []
        save_screenshot(terminal.window, "survey-refused-en.png", tmp_path)
    finally:
        terminal.handle.close()
