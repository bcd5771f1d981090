"""With a base URL, the printed QR codes are links; the desk's and survey terminal's scanners
still read them as the ticket (and refuse a forged one inside a link just the same)."""

from __future__ import annotations

import pytest

from kiosk import config
from kiosk.links import standard_link, ticket_link
from kiosk.queue.errors import ForgedToken
from kiosk.queue.issuing import issue_ticket
from kiosk.queue.lookup import find_ticket
from kiosk.storage import Database
from kiosk.survey.responses import open_survey
from kiosk.survey.settings import parse_survey_settings
from tests.survey.hall import SECRET, prepare, served, wib
from tests.web.hall import token_of

LINKED = config.validate({"security": {"secret": SECRET}, "web": {"base_url": "http://192.168.1.10:8080/"}}, "t")
PLAIN = config.validate({"security": {"secret": SECRET}}, "t")


def test_links_only_with_a_base_url() -> None:
    assert ticket_link(LINKED, "MPP1.7.ABCD.EFGH") == "http://192.168.1.10:8080/t/MPP1.7.ABCD.EFGH"
    assert ticket_link(PLAIN, "MPP1.7.ABCD.EFGH") == "MPP1.7.ABCD.EFGH"
    assert standard_link(LINKED, 50, 3) == "http://192.168.1.10:8080/layanan/50"
    assert standard_link(PLAIN, 50, 3) == "SP-50-v3"


def test_a_base_url_must_be_a_web_address() -> None:
    with pytest.raises(config.ConfigError):
        config.validate({"web": {"base_url": "192.168.1.10:8080"}}, "t")


def test_scanners_read_the_link_as_the_ticket(db: Database) -> None:
    hall = prepare(db)
    now = wib(2026, 11, 24, 10)
    waiting = issue_ticket(db, 50, office=hall, now=now)
    link = ticket_link(LINKED, token_of(db, waiting.id))
    with db.read() as session:
        assert find_ticket(session, link, secret=SECRET, today=now.date()).id == waiting.id
        forged = link[:-1] + ("A" if link[-1] != "A" else "B")
        with pytest.raises(ForgedToken):
            find_ticket(session, forged, secret=SECRET, today=now.date())
    done = served(db, hall, issued=wib(2026, 11, 24, 9))
    survey = open_survey(db, ticket_link(LINKED, token_of(db, done.id)) + "?lang=en", now=now,
                         settings=parse_survey_settings({}), secret=SECRET, timezone="Asia/Jakarta")
    assert survey.ticket_id == done.id
