"""What the hall's page does with hostile or broken requests, over real HTTP on both databases: a
forged or foreign ticket, a form posted from another site, a thousand requests from one phone, and
a database that stops answering. Each gets a clear page in Indonesian and the right status; none
gets a traceback, and nothing is stored that should not be."""

from __future__ import annotations

import re
import urllib.error
import urllib.parse
import urllib.request

import pytest
from sqlalchemy.exc import OperationalError

from kiosk.complaints.records import list_complaints
from kiosk.queue.issuing import issue_ticket
from kiosk.queue.tokens import sign_ticket
from kiosk.storage import Database
from tests.survey.hall import prepare
from tests.web.hall import running, token_of


def no_traceback(body: str) -> None:
    for leak in ("Traceback", "File \"", "Error:", "sqlalchemy", "starlette"):
        assert leak not in body, f"the page shows {leak!r}"


def test_forged_foreign_and_made_up_tickets_get_a_clear_page(db: Database) -> None:
    prepare(db)
    with running(db) as web:
        ticket = issue_ticket(db, 50, office=web.office, now=web.clock())
        genuine = token_of(db, ticket.id)
        assert web.get(f"/t/{genuine}")[0] == 200
        forged = genuine[:-1] + ("A" if genuine[-1] != "A" else "B")
        other_office = sign_ticket(ticket.id, "ab" * 32)
        for token in (forged, other_office, "MPP1.99999.AAAA.AAAAAAAAAAAAAAAA", "A-001",
                      urllib.parse.quote("<b onmouseover=alert(1)>")):
            status, body, _headers = web.get(f"/t/{token}")
            assert status == 404, token
            assert "<h1>Tiket tidak dikenal</h1>" in body
            assert "<b onmouseover" not in body
            no_traceback(body)
            assert web.get(f"/t/{token}/status")[0] == 404
            assert web.get(f"/t/{token}/survei")[0] == 404
        status, body, _headers = web.get("/t/" + urllib.parse.quote("<script>alert(1)</script>"))
        assert status == 404 and "<script>alert" not in body


def test_a_form_from_another_site_or_without_its_key_is_refused(db: Database) -> None:
    prepare(db)
    with running(db) as web:
        fields = {"matter": "Loket tutup lebih awal", "name": "Budi", "contact": "", "service": ""}
        status, body, headers = web.get("/pengaduan")
        assert status == 200
        cookie = headers["set-cookie"].split(";", 1)[0]
        key = re.search(r'name="form_key" value="([^"]+)"', body)
        assert key is not None
        form = urllib.parse.urlencode({**fields, "form_key": key.group(1)}).encode()
        plain = {"content-type": "application/x-www-form-urlencoded"}

        # Another site makes the phone post the form: its Origin gives it away.
        status, body, _ = web.post("/pengaduan", form, {**plain, "cookie": cookie, "origin": "http://evil.example"})
        assert status == 403 and "<h1>Formulir kedaluwarsa</h1>" in body
        # Without the page's own key (a forged form cannot read it): refused as well.
        bare = urllib.parse.urlencode(fields).encode()
        assert web.post("/pengaduan", bare, {**plain, "origin": web.url})[0] == 403
        wrong = urllib.parse.urlencode({**fields, "form_key": "guessed"}).encode()
        assert web.post("/pengaduan", wrong, {**plain, "cookie": cookie, "origin": web.url})[0] == 403
        assert list_complaints(db) == []

        # The page's own form goes through.
        status, body, _ = web.post("/pengaduan", form, {**plain, "cookie": cookie, "origin": web.url})
        assert status == 200 and "Pengaduan Anda diterima." in body
        assert [c.matter for c in list_complaints(db)] == ["Loket tutup lebih awal"]


def test_a_thousand_requests_from_one_address_are_slowed_down_politely(db: Database) -> None:
    prepare(db)
    with running(db, requests_per_minute=120) as web:
        answers: list[int] = []
        for _ in range(1000):
            status, body, headers = web.get("/health")
            answers.append(status)
            if status == 429:
                assert "Terlalu banyak permintaan" in body
                assert int(headers["retry-after"]) >= 1
        served, slowed = answers.count(200), answers.count(429)
        assert served + slowed == 1000
        # A burst a third of the minute's allowance, plus what refills while the loop runs.
        assert 40 <= served <= 80, served
        assert answers[:40] == [200] * 40  # a phone loading a page is never slowed


@pytest.mark.expect_warnings(r"ui\.web: web page failed: GET /\S* \[OperationalError\]",
                             r"uvicorn\.error: Exception in ASGI application")
def test_a_database_that_stops_answering_is_a_calm_page(db: Database) -> None:
    prepare(db)
    with running(db) as web:
        app_hall = web.app.state.hall

        def gone() -> Database:
            raise OperationalError("SELECT 1", {}, Exception("server closed the connection unexpectedly"))

        app_hall.database = gone
        for path in ("/layanan", "/pengaduan", "/layanan/50"):
            status, body, _ = web.get(path)
            assert status == 503, path
            assert "<h1>Terjadi gangguan</h1>" in body
            no_traceback(body)
        app_hall.database = lambda: db
        assert web.get("/layanan")[0] == 200  # and back when it answers again


def test_the_language_switch_sends_nobody_to_another_site(db: Database) -> None:
    prepare(db)
    with running(db) as web:

        class NoFollow(urllib.request.HTTPRedirectHandler):
            def redirect_request(self, *args: object, **kwargs: object) -> None:
                return None

        opener = urllib.request.build_opener(NoFollow)
        for target, expected in (("/layanan", "/layanan"), ("//evil.example/x", "/"), ("/\\evil.example", "/"),
                                 ("https://evil.example", "/")):
            try:
                opener.open(f"{web.url}/lang/en?to={urllib.parse.quote(target)}", timeout=5)
                raise AssertionError("no redirect")
            except urllib.error.HTTPError as answer:
                assert answer.code == 303 and answer.headers["location"] == expected, target
