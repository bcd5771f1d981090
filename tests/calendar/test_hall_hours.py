"""The hall's week of service hours, breaks and issuing cut-off: set once (console or command
line) for every terminal, which follows within a minute and keeps the last week it knew while
the database is away; refused for officers; on record."""

from __future__ import annotations

import io
from datetime import date

import pytest
from sqlalchemy import text

from kiosk import audit
from kiosk.calendar import CalendarSettings, OfficeCalendar
from kiosk.calendar.hours import HallWeekCache, parse_week, set_hall_week
from kiosk.clock import parse_instant
from kiosk.refusals import Refused
from kiosk.storage import Database
from tests.support.actors import SETUP, SETUP_TIME
from tests.support.cli import Cli

WEEKDAYS = ["08:00-15:00"] * 5


@pytest.mark.expect_warnings(r"hall hours not refreshed \(database_not_ready\)")
def test_a_running_terminal_follows_the_halls_hours_within_a_minute(db: Database) -> None:
    ticks = [0.0]
    own = CalendarSettings.from_mapping({"hours": {"sat": "08:00-11:00"}})
    calendar = OfficeCalendar(own, hall_week=HallWeekCache(db, monotonic=lambda: ticks[0]))
    saturday = date(2026, 11, 28)
    assert calendar.is_working_day(saturday), "until the hall has a week, the terminal's own hours"
    set_hall_week(db, SETUP, SETUP_TIME, parse_week([*WEEKDAYS, "", ""], ["", "", "", "", "11:30-13:00", "", ""],
                                                   "45"))
    assert calendar.is_working_day(saturday), "read again only after a minute"
    ticks[0] += 61
    assert not calendar.is_working_day(saturday)
    friday = calendar.status_at(parse_instant("2026-11-27T14:20:00+07:00"))
    assert friday.state == "after_cutoff", "issuing stops 45 minutes before 15:00"
    assert calendar.status_at(parse_instant("2026-11-27T12:00:00+07:00")).state == "break"
    # The week cannot be read (its table is gone): the last one known still holds.
    with db.engine.begin() as conn:
        conn.execute(text("DROP TABLE hall_hours"))
    ticks[0] += 61
    assert not calendar.is_working_day(saturday)
    assert [e.action for e in audit.entries(db, action_prefix="calendar.")] == ["calendar.set_hours"]


@pytest.mark.parametrize(("hours", "breaks", "cutoff", "code", "words"), [
    (["8-12", *WEEKDAYS[1:], "", ""], [""] * 7, "30", "bad_hours", "Senin"),
    ([*WEEKDAYS, "", ""], ["", "", "", "", "16:00-17:00", "", ""], "30", "bad_hours", "Istirahat hari Jumat"),
    ([*WEEKDAYS, "", ""], [""] * 7, "tiga puluh", "bad_cutoff", "menit"),
    ([*WEEKDAYS, "", ""], [""] * 7, "600", "bad_cutoff", "lebih singkat"),
    ([""] * 7, [""] * 7, "30", "bad_hours", "Sedikitnya satu hari"),
])
def test_a_week_that_cannot_work_is_refused_in_words(hours: list[str], breaks: list[str], cutoff: str, code: str,
                                                      words: str) -> None:
    with pytest.raises(Refused) as refused:
        parse_week(hours, breaks, cutoff)
    assert refused.value.code == code and words in refused.value.message_id


@pytest.fixture
def hall_cli(initialised_cli: Cli, monkeypatch: pytest.MonkeyPatch) -> Cli:
    cli = Cli(initialised_cli.config, initialised_cli.db_url, now="2026-11-28T09:00")
    monkeypatch.setattr("sys.stdin", io.StringIO("135790\n"))
    cli.ok("staff", "add", "budi", "--name", "Budi Santoso", "--pin-stdin")
    return cli


def test_the_command_line_opens_saturday_mornings_and_the_kiosk_issues_then(hall_cli: Cli) -> None:
    closed = hall_cli("ticket", "issue", "50", "--no-print")
    assert closed.status == 2 and "Sabtu" in closed.err
    refused = hall_cli("calendar", "hours", "--day", "sat=08:00-12:00", "--by", "budi")
    assert refused.status == 2 and "tidak berwenang mengatur kalender kantor" in refused.err
    bad = hall_cli("calendar", "hours", "--day", "sat=8-12", "--json")
    assert bad.status == 2 and bad.json()["error"]["code"] == "bad_hours"
    week = hall_cli.ok("calendar", "hours", "--day", "sat=08:00-12:00", "--breaks", "fri=", "--cutoff", "45",
                       "--json").json()
    assert (week["hours"]["sat"], week["breaks"]["fri"], week["issue_cutoff_minutes"]) == ("08:00-12:00", "", 45)
    assert "Sabtu   08:00-12:00" in hall_cli.ok("calendar", "hours").out
    hall_cli.ok("ticket", "issue", "50", "--no-print")
    status = hall_cli.ok("calendar", "open-at", "2026-11-28T11:20", "--json").json()
    assert status["state"] == "after_cutoff" and "11.15" in status["reason_id"]
