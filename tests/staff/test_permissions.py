"""Every guarded action is refused, and changes nothing, for a role without the permission, on
every path that leads to it: the domain call the screens make, and the command line with
``--by``. (The console pages call the same domain functions; tests/staff/test_officers_page.py
shows a refusal arriving on a page.)"""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from kiosk.audit import Actor
from kiosk.staff import NotAllowed, Permission, Role, allows
from kiosk.storage import Database
from tests.support.cli import Cli
from tests.support.dbdump import dump as dump_of

PINS = {"ANI": "246810", "BUDI": "135790"}
ANNEX = Path(__file__).resolve().parents[2] / "assets" / "catalog" / "standar-pelayanan-50-kbli-26791.txt"


def dump(url: str) -> str:
    db = Database(url)
    try:
        return dump_of(db)
    finally:
        db.dispose()


@pytest.fixture
def hall_cli(initialised_cli: Cli, monkeypatch: pytest.MonkeyPatch) -> Cli:
    cli = Cli(initialised_cli.config, initialised_cli.db_url, now="2026-11-24T09:00")
    monkeypatch.setattr("sys.stdin", io.StringIO(PINS["ANI"] + "\n"))
    cli.ok("staff", "add", "ani", "--name", "Ani Suryani", "--role", "supervisor", "--pin-stdin")
    monkeypatch.setattr("sys.stdin", io.StringIO(PINS["BUDI"] + "\n"))
    cli.ok("staff", "add", "budi", "--name", "Budi Santoso", "--pin-stdin")
    cli.ok("ticket", "issue", "50", "--no-print")
    return cli


# (the permission, the command as the officer or supervisor BY would type it)
GUARDED: list[tuple[Permission, list[str]]] = [
    (Permission.MANAGE_STAFF, ["staff", "add", "dedi", "--name", "Dedi", "--pin-stdin"]),
    (Permission.MANAGE_STAFF, ["staff", "set", "OTHER", "--role", "administrator"]),
    (Permission.MANAGE_STAFF, ["staff", "set", "OTHER", "--active", "no"]),
    (Permission.MANAGE_STAFF, ["staff", "pin", "OTHER", "--pin-stdin"]),  # one's own PIN is one's own
    (Permission.UNLOCK, ["staff", "unlock", "OTHER"]),
    (Permission.REPRINT, ["ticket", "reprint", "A-001"]),
    (Permission.MANAGE_LAYOUT, ["queue", "add", "K", "--name", "Kasir"]),
    (Permission.MANAGE_LAYOUT, ["queue", "set", "A", "--policy", "strict"]),
    (Permission.MANAGE_LAYOUT, ["counter", "add", "9", "--queues", "A"]),
    (Permission.MANAGE_LAYOUT, ["counter", "set", "1", "--name", "Loket Depan"]),
    (Permission.MANAGE_CATALOG, ["catalog", "import", "ANNEX"]),
    (Permission.MANAGE_CATALOG, ["catalog", "edit", "50", "--title", "Layanan lain"]),
    (Permission.MANAGE_CALENDAR, ["calendar", "close", "2026-12-15", "--reason", "Hari jadi"]),
    (Permission.MANAGE_CALENDAR, ["calendar", "hours", "--day", "sat=08:00-12:00"]),
]


@pytest.mark.parametrize(("permission", "command"), GUARDED, ids=[" ".join(c[:3]) for _, c in GUARDED])
def test_the_command_line_refuses_a_role_without_the_permission_and_changes_nothing(
    hall_cli: Cli, monkeypatch: pytest.MonkeyPatch, permission: Permission, command: list[str]
) -> None:
    for who, role in (("budi", Role.OFFICER), ("ani", Role.SUPERVISOR)):
        if allows(role.value, permission):
            continue
        before = dump(hall_cli.db_url)
        monkeypatch.setattr("sys.stdin", io.StringIO("999999\n"))
        other = "ani" if who == "budi" else "budi"
        words = [other if w == "OTHER" else str(ANNEX) if w == "ANNEX" else w for w in command]
        refused = hall_cli(*words, "--by", who, "--json")
        assert refused.status == 2, (who, command, refused.err)
        error = json.loads(refused.out)["error"]
        assert error["code"] == "not_allowed"
        assert "tidak berwenang" in error["message_id"] and "may not" in error["message_en"]
        assert dump(hall_cli.db_url) == before, f"{' '.join(command)} by {who} changed the database"


def test_every_guarded_permission_is_covered_above() -> None:
    covered = {p for p, _ in GUARDED}
    # SERVE is every officer's; OVERVIEW only reads. Reports, the audit page and terminals have no
    # --by on the command line (it acts as the administrator); the domain test below covers them.
    domain_only = {Permission.SERVE, Permission.OVERVIEW, Permission.VIEW_AUDIT, Permission.VIEW_REPORTS,
                   Permission.MANAGE_TERMINALS}
    assert covered | domain_only == set(Permission)
    # REPRINT's domain refusal needs a printer: tests/printing/test_ticket_jobs.py shows it.
    assert {p for p, _ in _domain_calls()} >= set(Permission) - {Permission.SERVE, Permission.OVERVIEW,
                                                                Permission.REPRINT}


def _domain_calls() -> list[tuple[Permission, Callable[[Any, Actor], object]]]:
    from kiosk.calendar.closures import add_closure
    from kiosk.calendar.hours import parse_week, set_hall_week
    from kiosk.catalog.admin import import_catalog, set_service_active
    from kiosk.catalog.editing import RequirementEdit, edit_service
    from kiosk.queue import add_counter, add_queue, change_counter, change_queue
    from kiosk.reports.exports import ReportSource, ikm_report, queue_report
    from kiosk.reports.periods import parse_period
    from kiosk.staff import add_officer, set_pin, unlock
    from kiosk.staff.accounts import require
    from kiosk.terminals import request_test_print

    def _source(db: Database) -> ReportSource:
        return ReportSource(db, "DPMPTSP", "MPP", "Asia/Jakarta", "exact")
    from kiosk.staff.admin import change_officer
    from tests.support.actors import SETUP_TIME as T

    return [
        (Permission.MANAGE_STAFF, lambda db, a: add_officer(db, a, T, code="x1", name="X", role="officer",
                                                            pin="111111")),
        (Permission.MANAGE_STAFF, lambda db, a: change_officer(db, a, T, "ani", name="Ani")),
        (Permission.MANAGE_STAFF, lambda db, a: set_pin(db, a, T, "ani", "111111")),
        (Permission.UNLOCK, lambda db, a: unlock(db, a, T, "ani")),
        (Permission.MANAGE_LAYOUT, lambda db, a: add_queue(db, "K", "Kasir", actor=a, now=T)),
        (Permission.MANAGE_LAYOUT, lambda db, a: change_queue(db, "A", name="Umum", actor=a, now=T)),
        (Permission.MANAGE_LAYOUT, lambda db, a: add_counter(db, 9, queues=["A"], actor=a, now=T)),
        (Permission.MANAGE_LAYOUT, lambda db, a: change_counter(db, 1, name="Depan", actor=a, now=T)),
        (Permission.MANAGE_CATALOG, lambda db, a: import_catalog(db, a, T, [ANNEX])),
        (Permission.MANAGE_CATALOG, lambda db, a: set_service_active(db, a, T, 50, False)),
        (Permission.MANAGE_CATALOG, lambda db, a: edit_service(db, a, T, 50, title="Layanan lain", agency="",
                                                               requirements=[RequirementEdit("KTP")])),
        (Permission.MANAGE_CALENDAR, lambda db, a: add_closure(db, a, T, date(2026, 12, 15), "Hari jadi")),
        (Permission.MANAGE_CALENDAR, lambda db, a: set_hall_week(db, a, T, parse_week(
            ["08:00-15:00"] * 6 + [""], [""] * 7, 30))),
        (Permission.VIEW_REPORTS, lambda db, a: ikm_report(_source(db), a, parse_period("2026-Q4"), now=T)),
        (Permission.VIEW_REPORTS, lambda db, a: queue_report(_source(db), a, parse_period("2026-11"), now=T)),
        (Permission.MANAGE_TERMINALS, lambda db, a: request_test_print(db, a, T, "Kios-1")),
        (Permission.VIEW_AUDIT, lambda db, a: require(a, Permission.VIEW_AUDIT)),
    ]


def test_the_domain_refuses_before_touching_the_database(hall_cli: Cli) -> None:
    db = Database(hall_cli.db_url)
    try:
        for permission, call in _domain_calls():
            before = dump(hall_cli.db_url)
            with pytest.raises(NotAllowed):
                call(db, Actor("BUDI", "officer", "Loket-PC"))
            assert dump(hall_cli.db_url) == before, permission
    finally:
        db.dispose()
