"""The hall's page on a phone: the distribution's Chromium, driven by Playwright at a 360x740
viewport, against the real web server on the test's database (SQLite and PostgreSQL).

The ticket is issued as the kiosk issues it (printed on the virtual printer); its QR code is read
from the printed picture and is what the phone opens. Then the desk calls others and this ticket,
the officer serves it, and the phone answers the survey once.
"""

from __future__ import annotations

import os
import re
import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from pyzbar.pyzbar import decode as decode_qr

from devices.printing import Printer, PrinterSettings
from kiosk.printjobs.jobs import issue_and_print
from kiosk.queue.calling import call_next
from kiosk.queue.issuing import issue_ticket
from kiosk.queue.states import Action
from kiosk.queue.transitions import act
from kiosk.storage import Database
from tests.support.databases import ci_requires_everything
from tests.survey.hall import prepare
from tests.web.hall import Page, running

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
PHONE = {"width": 360, "height": 740}


@pytest.fixture
def browser() -> Iterator[Any]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        if ci_requires_everything():
            pytest.fail("CI=true but Playwright is not installed")
        pytest.skip("Playwright is not installed")
    if CHROMIUM is None:
        if ci_requires_everything():
            pytest.fail("CI=true but the distribution's Chromium is not installed")
        pytest.skip("Chromium is not installed")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-sync",
                  "--disable-background-networking", "--disable-component-update"],
        )
        try:
            yield launched
        finally:
            launched.close()


def expect(target: Any) -> Any:
    from playwright.sync_api import expect as playwright_expect

    return playwright_expect(target)


def phone(browser: Any) -> Any:
    context = browser.new_context(viewport=PHONE, device_scale_factor=2, is_mobile=True, has_touch=True,
                                  locale="id-ID")
    return context.new_page()


def shot(page: Any, name: str, tmp_path: Path, *, full_page: bool = True) -> None:
    page.screenshot(path=str(tmp_path / name), full_page=full_page)
    target = os.environ.get("MPP_SCREENSHOT_DIR")
    if target:
        folder = Path(target) if Path(target).is_absolute() else ROOT / target
        folder.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(folder / name), full_page=full_page)


def printed_link(db: Database, web: Page, tmp_path: Path) -> tuple[str, Any]:
    """A ticket from the kiosk's own issuing path; the link is what its printed QR code holds."""
    printer = Printer(PrinterSettings(kind="virtual", output_dir=tmp_path / "printer", keep_previews=True))
    outcome = issue_and_print(db, web.office, printer, web.settings, 50, now=web.clock(), terminal="Kios 1")
    assert outcome.printed and outcome.preview_png is not None
    payloads = [d.data.decode() for d in decode_qr(Image.open(outcome.preview_png))]
    assert len(payloads) == 1
    return payloads[0], outcome.ticket


def headline(page: Any) -> str:
    return str(page.locator("#headline").inner_text())


def test_a_phone_follows_its_ticket_from_the_kiosk_to_the_survey(
    db: Database, browser: Any, tmp_path: Path
) -> None:
    prepare(db)
    with running(db) as web:
        first = issue_ticket(db, 50, office=web.office, now=web.clock())
        second = issue_ticket(db, 50, office=web.office, now=web.clock())
        link, mine = printed_link(db, web, tmp_path)
        assert link.startswith(f"{web.url}/t/MPP1.")

        page = phone(browser)
        page.goto(link)
        assert page.locator("#code").inner_text() == mine.code
        assert headline(page) == "2 orang di depan Anda"
        assert "Perkiraan waktu tunggu" in page.locator("#detail").inner_text()
        assert "Sertifikat Standar" in page.locator("#service").inner_text()
        shot(page, "web-ticket-waiting.png", tmp_path)

        # Others are called: the place in line moves without reloading.
        call_next(db, 1, office=web.office, now=web.clock(), officer="PTG-01")
        expect(page.locator("#headline")).to_have_text("1 orang di depan Anda", timeout=5000)
        call_next(db, 2, office=web.office, now=web.clock(), officer="PTG-02")
        expect(page.locator("#headline")).to_have_text(re.compile("^Tidak ada antrean"), timeout=5000)
        for ticket, counter in ((first, 1), (second, 2)):
            act(db, ticket.id, Action.SERVE, office=web.office, now=web.clock(), counter=counter, officer="PTG-0")
            act(db, ticket.id, Action.COMPLETE, office=web.office, now=web.clock(), counter=counter, officer="PTG-0")

        # The desk calls this ticket: the phone says where to go within a second.
        called_at = time.monotonic()
        result = call_next(db, 3, office=web.office, now=web.clock(), officer="PTG-03")
        assert result is not None and result.ticket.id == mine.id
        expect(page.locator("#headline")).to_have_text("Silakan menuju Loket 3", timeout=1000)
        delay = time.monotonic() - called_at
        assert delay < 1.0, f"the phone showed the call after {delay:.2f} s"
        assert "tone-go" in str(page.locator("#ticket").get_attribute("class"))
        shot(page, "web-ticket-called.png", tmp_path)

        act(db, mine.id, Action.SERVE, office=web.office, now=web.clock(), counter=3, officer="PTG-03")
        expect(page.locator("#headline")).to_have_text("Sedang dilayani di Loket 3", timeout=5000)
        act(db, mine.id, Action.COMPLETE, office=web.office, now=web.clock(), counter=3, officer="PTG-03")
        expect(page.locator("#survey")).to_be_visible(timeout=5000)
        assert headline(page) == "Selesai dilayani. Terima kasih."

        # The survey on the phone, after service.
        page.click("#survey a")
        assert page.locator("h1").inner_text() == "Survei Kepuasan Masyarakat"
        for element, score in (("u1", 4), ("u2", 3), ("u3", 3), ("u5", 4)):
            page.check(f"input[name={element}][value='{score}']")
        page.select_option("select[name=umur]", "30-39")
        page.fill("textarea[name=saran]", "Antrean jelas")
        shot(page, "web-survey.png", tmp_path)
        page.click("button[type=submit]")
        assert page.locator("h1").inner_text() == "Terima kasih atas penilaian Anda."
        shot(page, "web-survey-done.png", tmp_path)
        from sqlalchemy import select

        from kiosk.survey.models import SurveyResponse

        with db.read() as session:
            [row] = session.scalars(select(SurveyResponse)).all()
        assert (row.ticket_id, row.u1, row.u2, row.u4, row.umur, row.saran) == (mine.id, 4, 3, None, "30-39",
                                                                                "Antrean jelas")

        # A second survey of the same ticket: refused, in words.
        page.goto(f"{link}/survei")
        assert page.locator("h1").inner_text() == "Survei tidak dapat dikirim"
        assert "sudah disurvei" in page.locator("main").inner_text()


def test_the_page_speaks_english_when_asked_and_stays_so(db: Database, browser: Any, tmp_path: Path) -> None:
    prepare(db)
    with running(db) as web:
        link, _mine = printed_link(db, web, tmp_path)
        page = phone(browser)
        page.goto(link)
        page.click("header .switch")
        assert page.locator("#headline").inner_text().startswith("Nobody is ahead of you")
        assert page.locator(".label").first.inner_text() == "Your queue number"
        page.goto(link)  # remembered
        assert page.locator("header .switch").inner_text() == "Bahasa Indonesia"
        shot(page, "web-ticket-en.png", tmp_path)


def test_service_standards_and_a_complaint_from_a_phone(db: Database, browser: Any, tmp_path: Path) -> None:
    prepare(db)
    with running(db) as web:
        page = phone(browser)
        page.goto(f"{web.url}/layanan")
        page.click("a[href='/layanan/50']")
        assert "Sertifikat Standar" in page.locator("h1").inner_text()
        assert page.locator("section.part h2").count() >= 6
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]  # nothing runs off the side
        shot(page, "web-standard.png", tmp_path, full_page=False)  # the whole standard is 40 screens long

        page.goto(f"{web.url}/pengaduan")
        page.fill("textarea[name=matter]", "Antrean di loket 2 tidak bergerak selama satu jam.")
        page.fill("input[name=name]", "Siti Aminah")
        page.fill("input[name=contact]", "0812-0000-1111")
        page.select_option("select[name=service]", "50")
        shot(page, "web-complaint.png", tmp_path)
        page.click("button[type=submit]")
        assert page.locator("h1").inner_text() == "Pengaduan Anda diterima."
        tracking = page.locator("#tracking").inner_text()
        assert tracking.startswith("ADU-")
        assert page.locator("#due").inner_text().startswith("Tanggapan paling lambat ")
        shot(page, "web-complaint-done.png", tmp_path)
        from kiosk.complaints.records import find_complaint

        stored = find_complaint(db, tracking)
        assert stored is not None and stored.channel == "web" and stored.service_number == 50


def test_a_phone_without_server_sent_events_still_follows_its_ticket(
    db: Database, browser: Any, tmp_path: Path
) -> None:
    """Old phone browsers: the page asks every five seconds instead."""
    prepare(db)
    with running(db) as web:
        issue_ticket(db, 50, office=web.office, now=web.clock())
        link, _mine = printed_link(db, web, tmp_path)
        page = phone(browser)
        page.add_init_script("delete window.EventSource;")
        page.goto(link)
        assert page.evaluate("typeof window.EventSource") == "undefined"
        assert headline(page) == "1 orang di depan Anda"
        call_next(db, 1, office=web.office, now=web.clock(), officer="PTG-01")
        expect(page.locator("#headline")).to_have_text(re.compile("^Tidak ada antrean"), timeout=8000)
