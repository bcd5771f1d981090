"""The survey terminal when the database is held by another client: a respondent who has
answered everything is thanked and told the answers will follow, nothing is lost, and the
response is stored once when the database is free again, also after a restart."""

from __future__ import annotations

import time

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from kiosk import paths
from kiosk.storage import Database
from kiosk.survey.models import SurveyResponse
from kiosk.terminals import list_terminals
from tests.support.locks import write_lock_held
from tests.support.tokens import token_for
from tests.survey.hall import SECRET, prepare, served, wib
from tests.ui.survey.terminal import Terminal, open_terminal

NOW = wib(2026, 11, 24, 10, 30)


def _responses(db: Database) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(SurveyResponse)) or 0)


def _answer_everything(terminal: Terminal) -> None:
    terminal.shows("question")
    for _ in range(9):
        terminal.tap("question.answer3")
    terminal.shows("profile")
    terminal.tap("profile.umur.30-39")
    terminal.tap("profile.next")
    terminal.shows("suggestion")


@pytest.mark.expect_warnings(r"response kept in the outbox \(database_busy\)")
def test_a_busy_database_at_send_keeps_the_answers_and_stores_them_once_it_is_free(
    db: Database, qtbot: QtBot
) -> None:
    hall = prepare(db)
    ticket = served(db, hall, issued=wib(2026, 11, 24, 9), counter=2, officer="PTG-07")
    terminal = open_terminal(db, qtbot, lambda: NOW)
    outbox = paths.data_dir() / "survey-outbox.jsonl"
    try:
        terminal.scan(token_for(db, ticket.id, SECRET))
        _answer_everything(terminal)
        with write_lock_held(db, "survey_response"):
            started = time.monotonic()
            terminal.tap("suggestion.send")
            qtbot.waitUntil(lambda: terminal.session.screen == "thanks", timeout=15000)
            waited = time.monotonic() - started
            terminal.shows("thanks")
            assert terminal.text("thanks.note").startswith("Sambungan ke server sedang terganggu")
            assert terminal.item("thanks.note").isVisible()
        assert waited < 10, f"the respondent waited {waited:.1f} s"
        assert _responses(db) == 0 and len(outbox.read_text().splitlines()) == 1
        terminal.session.deliverPending()
        qtbot.waitUntil(lambda: not outbox.exists(), timeout=10000)
        terminal.session.background.wait()
        with db.read() as session:
            [row] = session.scalars(select(SurveyResponse)).all()
            assert (row.ticket_id, row.umur, row.u1, row.u9, row.counter_number) == (ticket.id, "30-39", 3, 3, 2)
        # A second try with the same ticket is refused: one response per ticket held.
        terminal.tap("thanks.home")
        terminal.shows("start")
        terminal.scan(token_for(db, ticket.id, SECRET))
        terminal.shows("refused")
        assert "sudah" in terminal.text("message.text")
        # The survey PC reported in to the console's Terminals page.
        assert ("Survei Lobi", "survey") in {(t.name, t.role) for t in list_terminals(db)}
    finally:
        terminal.handle.close()


@pytest.mark.expect_warnings(r"response kept in the outbox \(database_busy\)")
def test_answers_kept_before_a_restart_are_stored_when_the_terminal_starts(db: Database, qtbot: QtBot) -> None:
    hall = prepare(db)
    ticket = served(db, hall, issued=wib(2026, 11, 24, 9), counter=2, officer="PTG-07")
    outbox = paths.data_dir() / "survey-outbox.jsonl"
    terminal = open_terminal(db, qtbot, lambda: NOW)
    try:
        terminal.scan(token_for(db, ticket.id, SECRET))
        _answer_everything(terminal)
        with write_lock_held(db, "survey_response"):
            terminal.tap("suggestion.send")
            qtbot.waitUntil(lambda: terminal.session.screen == "thanks", timeout=15000)
    finally:
        terminal.handle.close()  # the terminal is switched off with the answer still waiting
    assert outbox.exists() and _responses(db) == 0
    again = open_terminal(db, qtbot, lambda: NOW)
    try:
        qtbot.waitUntil(lambda: not outbox.exists(), timeout=10000)
        again.session.background.wait()
        assert _responses(db) == 1
    finally:
        again.handle.close()
