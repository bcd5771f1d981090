"""A served ticket can be surveyed once, on the day it was served; everything else is refused
with a sentence the visitor can read. Runs on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from kiosk.queue.tokens import sign_ticket
from kiosk.storage import Database
from kiosk.survey.answers import Answers, SurveyRefused
from kiosk.survey.models import SurveyResponse
from kiosk.survey.responses import open_survey, submit_response
from kiosk.survey.settings import SurveySettings
from tests.support.tokens import token_for
from tests.survey.hall import SECRET, no_show, prepare, served, waiting, wib

ALL_FOURS = Answers(dict.fromkeys([f"u{i}" for i in range(1, 10)], 4))
SAME_DAY = SurveySettings()


def _open(db: Database, text: str, now, settings: SurveySettings = SAME_DAY):  # type: ignore[no-untyped-def]
    return open_survey(db, text, now=now, settings=settings, secret=SECRET, timezone="Asia/Jakarta")


def _submit(db: Database, ticket_id: int | None, now, answers: Answers = ALL_FOURS,  # type: ignore[no-untyped-def]
            settings: SurveySettings = SAME_DAY) -> int:
    return submit_response(db, answers, ticket_id=ticket_id, now=now, settings=settings, timezone="Asia/Jakarta",
                           terminal="Survei Lobi")


def test_scanning_a_served_ticket_opens_its_survey_and_the_response_records_who_served(db: Database) -> None:
    hall = prepare(db)
    ticket = served(db, hall, issued=wib(2026, 11, 24, 9), counter=2, officer="PTG-07")
    opened = _open(db, token_for(db, ticket.id, SECRET), wib(2026, 11, 24, 9, 30))
    assert (opened.code, opened.service_number, opened.counter_number) == (ticket.code, 50, 2)
    assert "Sertifikat Standar" in opened.service_title or opened.service_title
    answers = Answers(
        {"u1": 4, "u2": 3, "u9": None},
        {"umur": "30-39", "jenis_kelamin": "P", "pendidikan": None, "pekerjaan": "WIRAUSAHA"},
        "  Ruang tunggu nyaman.  ",
    )
    response_id = _submit(db, opened.ticket_id, wib(2026, 11, 24, 9, 31), answers)
    with db.read() as session:
        row = session.get(SurveyResponse, response_id)
        assert row is not None
        assert (row.ticket_id, row.source, row.service_number, row.queue) == (ticket.id, "terminal", 50, "A")
        assert (row.counter_number, row.officer, row.terminal) == (2, "PTG-07", "Survei Lobi")
        assert row.service_version_id == ticket.version_id
        assert (row.u1, row.u2, row.u3, row.u9) == (4, 3, None, None)
        assert (row.umur, row.jenis_kelamin, row.pekerjaan, row.saran) == ("30-39", "P", "WIRAUSAHA",
                                                                            "Ruang tunggu nyaman.")
        assert row.submitted_at == wib(2026, 11, 24, 9, 31)


def test_a_typed_code_works_too_and_a_second_survey_is_refused(db: Database) -> None:
    hall = prepare(db)
    ticket = served(db, hall, issued=wib(2026, 11, 24, 9))
    typed = ticket.survey_code.lower().replace("-", " ")  # "a 001 kmptx"
    opened = _open(db, typed, wib(2026, 11, 24, 10))
    _submit(db, opened.ticket_id, wib(2026, 11, 24, 10))
    with pytest.raises(SurveyRefused) as again:
        _open(db, ticket.survey_code, wib(2026, 11, 24, 10, 5))
    assert again.value.reason == "already"
    assert again.value.message_id == "Tiket ini sudah disurvei. Terima kasih atas penilaian Anda."
    # A terminal that opened the survey before the first was stored is refused at submit time.
    with pytest.raises(SurveyRefused, match="sudah disurvei"):
        _submit(db, opened.ticket_id, wib(2026, 11, 24, 10, 6))
    with db.read() as session:
        assert len(session.scalars(select(SurveyResponse)).all()) == 1


def test_tickets_not_served_or_from_another_day_are_refused_with_a_reason(db: Database) -> None:
    hall = prepare(db)
    skipped = no_show(db, hall, issued=wib(2026, 11, 24, 9), counter=3)
    still_waiting = waiting(db, hall, issued=wib(2026, 11, 24, 9, 5))
    yesterday = served(db, hall, issued=wib(2026, 11, 23, 14), counter=2)
    now = wib(2026, 11, 24, 11)

    def reason(text: str, settings: SurveySettings = SAME_DAY) -> str:
        with pytest.raises(SurveyRefused) as refused:
            _open(db, text, now, settings)
        return refused.value.reason

    assert reason(still_waiting.survey_code) == "not_finished"
    assert reason(skipped.survey_code) == "not_served"
    assert reason(token_for(db, yesterday.id, SECRET)) == "expired"
    assert reason("Z-999-KMPTX") == "unknown"
    assert reason("bukan tiket") == "unknown"
    forged = token_for(db, yesterday.id, SECRET)[:-2] + "AA"
    assert reason(forged) == "bad_token"
    assert reason(sign_ticket(yesterday.id, "ab" * 32)) == "bad_token"
    # A two-day window lets yesterday's visitor answer today.
    assert _open(db, token_for(db, yesterday.id, SECRET), now, SurveySettings(window_days=2)).ticket_id == yesterday.id
    # Scan-only terminals refuse typed codes, which a passer-by could guess.
    assert reason(yesterday.code, SurveySettings(typed_codes=False)) == "scan_only"


def test_walk_up_responses_need_the_setting_and_are_marked_anonymous(db: Database) -> None:
    prepare(db)
    with pytest.raises(SurveyRefused) as refused:
        _submit(db, None, wib(2026, 11, 24, 10))
    assert refused.value.reason == "anonymous_off"
    response_id = _submit(db, None, wib(2026, 11, 24, 10), settings=SurveySettings(allow_anonymous=True))
    with db.read() as session:
        row = session.get(SurveyResponse, response_id)
        assert row is not None and (row.source, row.ticket_id, row.service_number) == ("anonymous", None, None)


def test_an_empty_or_malformed_response_is_refused_and_stores_nothing(db: Database) -> None:
    hall = prepare(db)
    ticket = served(db, hall, issued=wib(2026, 11, 24, 9))
    now = wib(2026, 11, 24, 9, 40)
    with pytest.raises(SurveyRefused) as empty:
        _submit(db, ticket.id, now, Answers(dict.fromkeys(["u1", "u2"], None)))
    assert empty.value.message_id.startswith("Mohon jawab setidaknya satu pertanyaan")
    with pytest.raises(ValueError, match="u3"):
        _submit(db, ticket.id, now, Answers({"u3": 5}))
    with pytest.raises(ValueError, match="jenis_kelamin"):
        _submit(db, ticket.id, now, Answers({"u3": 4}, {"jenis_kelamin": "X"}))
    with db.read() as session:
        assert session.scalars(select(SurveyResponse)).all() == []
    # The visitor can still answer properly afterwards.
    assert _submit(db, ticket.id, now, Answers({"u3": 4}))


def test_the_database_itself_refuses_a_second_row_for_a_ticket_and_a_terminal_row_without_one(db: Database) -> None:
    hall = prepare(db)
    ticket = served(db, hall, issued=wib(2026, 11, 24, 9))

    def insert(**values: object) -> None:
        with db.write() as session:
            session.add(SurveyResponse(submitted_at=wib(2026, 11, 24, 10), u1=4, **values))

    insert(source="terminal", ticket_id=ticket.id)
    with pytest.raises(IntegrityError):
        insert(source="terminal", ticket_id=ticket.id)
    with pytest.raises(IntegrityError):
        insert(source="terminal", ticket_id=None)
    with pytest.raises(IntegrityError):
        insert(source="paper", ticket_id=None, u2=7)
    insert(source="paper", ticket_id=None)
    insert(source="paper", ticket_id=None)  # many paper rows may lack a ticket



def test_a_typed_number_needs_its_check_code_and_a_scanned_qr_does_not(db: Database) -> None:
    """Numbers count up, so a number alone would let anyone rate other people's tickets and stuff
    the IKM: typed, it needs the check code printed on that ticket; the QR carries its own proof."""
    hall = prepare(db)
    ticket = served(db, hall, issued=wib(2026, 11, 24, 9))
    other = served(db, hall, issued=wib(2026, 11, 24, 9, 10))
    now = wib(2026, 11, 24, 10)
    code, check = ticket.survey_code.rsplit("-", 1)
    assert code == ticket.code and len(check) == 5 and check.isalpha()
    assert other.survey_code.rsplit("-", 1)[1] != check
    with pytest.raises(SurveyRefused) as bare:
        _open(db, ticket.code, now)
    assert bare.value.reason == "check_code_needed" and "kode survei" in bare.value.message_id
    with pytest.raises(SurveyRefused) as wrong:
        _open(db, f"{ticket.code}-{other.survey_code.rsplit('-', 1)[1]}", now)
    assert wrong.value.reason == "unknown"
    assert _open(db, token_for(db, ticket.id, SECRET), now).ticket_id == ticket.id
    assert _open(db, f"{ticket.code.replace('-', '')}{check.lower()}", now).ticket_id == ticket.id
