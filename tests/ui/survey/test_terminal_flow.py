"""The survey terminal offscreen: a served ticket is scanned, nine elements answered (one
skipped), the optional profile and a typed suggestion sent, and the response is stored once.
Screenshots of every screen go to docs/screenshots/survey-*.png with MPP_SCREENSHOT_DIR set."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from kiosk.storage import Database
from kiosk.survey.models import SurveyResponse
from tests.support.tokens import token_for
from tests.survey.hall import SECRET, prepare, served, wib
from tests.ui.kiosk.layout_checks import problems as layout_problems
from tests.ui.qtsupport import save_screenshot
from tests.ui.survey.terminal import open_terminal

NOW = wib(2026, 11, 24, 10, 30)


# A 16:9 panel, and the 5:4 touch monitor many kiosks are built with.
@pytest.mark.parametrize("size", [(1920, 1080), (1280, 1024)], ids=["16x9", "5x4"])
def test_a_served_ticket_is_surveyed_once_from_the_terminal(
    db: Database, qtbot: QtBot, tmp_path: Path, size: tuple[int, int]
) -> None:
    hall = prepare(db)
    ticket = served(db, hall, issued=wib(2026, 11, 24, 9), counter=2, officer="PTG-07")
    terminal = open_terminal(db, qtbot, lambda: NOW, size=size)
    try:
        assert terminal.layout_problems() == []
        save_screenshot(terminal.window, "survey-start-id.png", tmp_path)
        terminal.scan(token_for(db, ticket.id, SECRET))
        terminal.shows("question")
        assert terminal.text("question.progress") == "Pertanyaan 1 dari 9"
        assert terminal.text("question.text").startswith("Bagaimana pendapat Anda tentang kesesuaian persyaratan")
        assert terminal.text("question.label1") == "Tidak sesuai"
        assert terminal.text("question.ticket").startswith(f"Tiket {ticket.code} · ")
        assert terminal.layout_problems() == []
        save_screenshot(terminal.window, "survey-question-id.png", tmp_path)
        for score in (4, 3, 3, 4, 3, 4, 4, 3):
            terminal.tap(f"question.answer{score}")
        assert terminal.text("question.label4") == "Dikelola dengan baik"
        terminal.tap("question.skip")  # no complaint ever made
        terminal.shows("profile")
        terminal.tap("profile.umur.30-39")
        terminal.tap("profile.jenis_kelamin.P")
        terminal.tap("profile.pekerjaan.SWASTA")
        terminal.tap("profile.pekerjaan.SWASTA")  # changed her mind: left empty
        assert terminal.layout_problems() == []
        save_screenshot(terminal.window, "survey-profile-id.png", tmp_path)
        terminal.tap("profile.next")
        terminal.shows("suggestion")
        for key in ("key.P", "key.A", "key.R", "key.K", "key.I", "key.R", "key.space", "key.L", "key.U", "key.A",
                    "key.S"):
            terminal.tap(key)
        assert terminal.session.suggestion == "Parkir luas"
        save_screenshot(terminal.window, "survey-suggestion-id.png", tmp_path)
        with db.read() as session:
            assert session.scalars(select(SurveyResponse)).all() == []  # nothing before "Kirim"
        terminal.tap("suggestion.send")
        terminal.shows("thanks")
        save_screenshot(terminal.window, "survey-thanks-id.png", tmp_path)
        with db.read() as session:
            [row] = session.scalars(select(SurveyResponse)).all()
            assert (row.ticket_id, row.counter_number, row.officer, row.terminal) == (ticket.id, 2, "PTG-07",
                                                                                    "Survei Lobi")
            assert [getattr(row, f"u{n}") for n in range(1, 10)] == [4, 3, 3, 4, 3, 4, 4, 3, None]
            assert (row.umur, row.jenis_kelamin, row.pendidikan, row.pekerjaan, row.saran) == (
                "30-39", "P", None, None, "Parkir luas")
        terminal.tap("thanks.home")
        terminal.shows("start")
        # The same ticket again: refused, with the reason in words.
        terminal.scan(token_for(db, ticket.id, SECRET))
        terminal.shows("refused")
        assert terminal.text("message.text") == "Tiket ini sudah disurvei. Terima kasih atas penilaian Anda."
        assert terminal.layout_problems() == []
        save_screenshot(terminal.window, "survey-refused-id.png", tmp_path)
    finally:
        terminal.handle.close()


def test_going_back_keeps_answers_and_the_idle_timeout_forgets_everything(db: Database, qtbot: QtBot) -> None:
    hall = prepare(db)
    ticket = served(db, hall, issued=wib(2026, 11, 24, 9))
    terminal = open_terminal(db, qtbot, lambda: NOW)
    try:
        # The number alone could be anyone's (they count up): refused, with what to type instead.
        for character in ticket.code.replace("-", ""):
            terminal.tap(f"key.{character}")
        terminal.tap("start.begin")
        terminal.shows("refused")
        assert terminal.text("message.text").startswith("Ketik kode survei lengkap yang tercetak di bawah kode QR")
        terminal.tap("message.home")
        terminal.shows("start")
        for character in ticket.survey_code.replace("-", ""):  # the number and its check code, e.g. A001KMPTX
            terminal.tap(f"key.{character}")
        assert terminal.text("start.code") == ticket.survey_code.replace("-", "")
        terminal.tap("start.begin")
        terminal.shows("question")
        terminal.tap("question.answer2")
        terminal.tap("question.answer3")
        terminal.tap("question.previous")
        assert terminal.session.questionIndex == 1 and terminal.session.selectedScore == 3
        terminal.tap("question.answer4")
        assert terminal.session.answers_so_far() == {"u1": 2, "u2": 4}
        terminal.idle_for(50)
        assert terminal.session.idle.property("warning")
        terminal.idle_for(11)
        terminal.shows("start")
        assert terminal.session.answers_so_far() == {}
        with db.read() as session:
            assert session.scalars(select(SurveyResponse)).all() == []
        # The ticket can still be surveyed: nothing half-finished was stored.
        terminal.scan(token_for(db, ticket.id, SECRET))
        terminal.shows("question")
    finally:
        terminal.handle.close()


def test_walk_up_responses_when_the_setting_allows_them(db: Database, qtbot: QtBot) -> None:
    prepare(db)
    terminal = open_terminal(db, qtbot, lambda: NOW, allow_anonymous=True)
    try:
        terminal.tap("start.anonymous")
        terminal.shows("question")
        assert terminal.text("question.ticket") == "Survei tanpa tiket"
        for _ in range(9):
            terminal.tap("question.answer3")
        terminal.shows("profile")
        terminal.tap("profile.next")
        terminal.tap("suggestion.send")
        terminal.shows("thanks")
        with db.read() as session:
            [row] = session.scalars(select(SurveyResponse)).all()
            assert (row.source, row.ticket_id, row.u5) == ("anonymous", None, 3)
    finally:
        terminal.handle.close()


def test_every_screen_fits_a_portrait_panel(db: Database, qtbot: QtBot) -> None:
    hall = prepare(db)
    ticket = served(db, hall, issued=wib(2026, 11, 24, 9))
    terminal = open_terminal(db, qtbot, lambda: NOW, size=(1080, 1920), allow_anonymous=True)
    try:
        found = layout_problems(terminal.window)
        terminal.scan(token_for(db, ticket.id, SECRET))
        terminal.shows("question")
        for _ in range(9):  # the longest element name and answers come last
            found += layout_problems(terminal.window)
            terminal.tap("question.answer2")
        terminal.shows("profile")
        found += layout_problems(terminal.window)
        terminal.tap("profile.next")
        terminal.shows("suggestion")
        found += layout_problems(terminal.window)
        assert found == []
    finally:
        terminal.handle.close()


def test_run_role_survey_opens_this_terminal() -> None:
    from ui.app import find_starter
    from ui.survey.start import start

    assert find_starter("survey") is start


def test_a_close_request_asks_for_the_staff_pin_instead_of_closing(db: Database, qtbot: QtBot) -> None:
    prepare(db)
    terminal = open_terminal(db, qtbot, lambda: wib(2026, 11, 24, 10))
    try:
        assert terminal.window.close() is False
        assert terminal.window.isVisible()
        gate = terminal.handle.gate
        assert gate is not None and gate.property("state") == "pin"
        qtbot.waitUntil(lambda: "PIN petugas belum diatur" in _texts(terminal.window))
    finally:
        terminal.handle.close()


def _texts(window: object) -> str:
    from tests.ui.qtsupport import find

    return str(find(window, "staff.message").property("text"))  # type: ignore[arg-type]
