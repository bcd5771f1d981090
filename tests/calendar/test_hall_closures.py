"""Closing the whole hall for a local holiday: set once (console or command line), followed by
every terminal within a minute, refused for officers, on record; and due dates counted through a
year whose holidays are not official yet say they are estimates."""

from __future__ import annotations

import io
from datetime import date

import pytest
from sqlalchemy import text

from kiosk import audit
from kiosk.calendar import OfficeCalendar
from kiosk.calendar.closures import HallClosures, add_closure, remove_closure
from kiosk.storage import Database
from tests.support.actors import SETUP, SETUP_TIME
from tests.support.cli import Cli


@pytest.mark.expect_warnings(r"closures not refreshed \(database_not_ready\)")
def test_a_running_terminal_follows_a_closure_within_a_minute_and_keeps_it_when_the_database_goes(
    db: Database,
) -> None:
    ticks = [0.0]
    calendar = OfficeCalendar(hall_closures=HallClosures(db, monotonic=lambda: ticks[0]))
    day = date(2026, 12, 15)
    assert calendar.is_working_day(day)
    add_closure(db, SETUP, SETUP_TIME, day, "  Hari jadi   Kabupaten Purwakarta ")
    assert calendar.is_working_day(day), "read again only after a minute"
    ticks[0] += 61
    closed = calendar.closed_day(day)
    assert closed is not None and (closed.kind.value, closed.reason_id) == ("local_closure",
                                                                            "Hari jadi Kabupaten Purwakarta")
    assert calendar.add_working_days(date(2026, 12, 14), 1) == date(2026, 12, 16)
    remove_closure(db, SETUP, SETUP_TIME, day)
    ticks[0] += 61
    assert calendar.is_working_day(day)
    assert [e.action for e in audit.entries(db, action_prefix="calendar.")] == ["calendar.reopen_day",
                                                                                "calendar.close_day"]
    # The list cannot be read (here: its table is gone): the last one known still holds.
    add_closure(db, SETUP, SETUP_TIME, day, "Hari jadi Kabupaten Purwakarta")
    ticks[0] += 61
    assert not calendar.is_working_day(day)
    with db.engine.begin() as conn:
        conn.execute(text("DROP TABLE office_closure"))
    ticks[0] += 61
    assert not calendar.is_working_day(day)


@pytest.fixture
def hall_cli(initialised_cli: Cli, monkeypatch: pytest.MonkeyPatch) -> Cli:
    cli = Cli(initialised_cli.config, initialised_cli.db_url, now="2026-12-14T09:00")
    monkeypatch.setattr("sys.stdin", io.StringIO("135790\n"))
    cli.ok("staff", "add", "budi", "--name", "Budi Santoso", "--pin-stdin")
    return cli


def test_the_command_line_closes_the_hall_and_the_kiosk_refuses_tickets_that_day(hall_cli: Cli) -> None:
    refused = hall_cli("calendar", "close", "2026-12-15", "--reason", "Hari jadi Purwakarta", "--by", "budi")
    assert refused.status == 2 and "tidak berwenang mengatur kalender kantor" in refused.err
    hall_cli.ok("calendar", "close", "2026-12-15", "--reason", "Hari jadi Purwakarta")
    status = hall_cli.ok("calendar", "open-at", "2026-12-15T09:00", "--json").json()
    assert (status["open"], status["closed_day"]["kind"], status["closed_day"]["reason_id"]) == (
        False, "local_closure", "Hari jadi Purwakarta")
    assert hall_cli.ok("calendar", "due", "--from", "2026-12-14", "--days", "1").out.splitlines()[0] == "2026-12-16"
    hall_cli.now = "2026-12-15T09:00"
    closed = hall_cli("ticket", "issue", "50", "--no-print")
    assert closed.status == 2 and "Hari jadi Purwakarta" in closed.err
    assert hall_cli.ok("calendar", "closures", "--json").json() == [
        {"day": "2026-12-15", "reason": "Hari jadi Purwakarta", "added_by": "cli"}]
    hall_cli.ok("calendar", "reopen", "2026-12-15")
    hall_cli.ok("ticket", "issue", "50", "--no-print")


def test_a_due_date_in_a_year_without_an_official_holiday_list_is_marked_an_estimate(hall_cli: Cli) -> None:
    official = hall_cli.ok("calendar", "due", "--from", "2026-11-24", "--days", "7", "--json").json()
    assert (official["estimated_years"], official["note_id"]) == ([], None)
    later = hall_cli.ok("calendar", "due", "--from", "2031-03-03", "--days", "7", "--json").json()
    assert later["estimated_years"] == [2031]
    assert later["note_id"] == "Tanggal ini perkiraan: daftar hari libur 2031 belum ditetapkan resmi."
    assert "perkiraan" in hall_cli.ok("calendar", "due", "--from", "2031-03-03", "--days", "7").out
