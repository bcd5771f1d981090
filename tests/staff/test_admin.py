"""An administrator changes accounts; the office never loses its last administrator, a
deactivated officer is signed out everywhere, and a supervisor sees who is locked out."""

from __future__ import annotations

import pytest

from kiosk import audit
from kiosk.staff import NotAllowed, SignInRefused, StaffError, get_officer, sign_in
from kiosk.staff.admin import change_officer, locked_officers
from kiosk.staff.sessions import open_sessions
from tests.staff.hall import ADMIN, PINS, Hall, at

NOW = at("2026-11-24 09:00")


def test_rename_and_role_change_are_audited_with_what_changed(hall: Hall) -> None:
    citra = hall.officer("CITRA")
    changed = change_officer(hall.db, citra, NOW, "budi", name="  Budi   Santoso S.Kom ", role="supervisor")
    assert (changed.name, changed.role) == ("Budi Santoso S.Kom", "supervisor")
    [entry] = audit.entries(hall.db, action_prefix="staff.change")
    assert entry.subject == "officer:BUDI" and entry.actor == "CITRA"
    assert entry.detail["changes"] == {"name": ["Budi Santoso", "Budi Santoso S.Kom"],
                                       "role": ["officer", "supervisor"]}


def test_only_an_administrator_changes_accounts(hall: Hall) -> None:
    with pytest.raises(NotAllowed) as refused:
        change_officer(hall.db, hall.officer("ANI"), NOW, "budi", role="administrator")
    assert "tidak berwenang mengelola petugas" in refused.value.message_id
    assert get_officer(hall.db, "budi").role == "officer"  # type: ignore[union-attr]


def test_the_last_administrator_cannot_be_demoted_or_deactivated_nor_can_anyone_switch_off_themselves(
    hall: Hall,
) -> None:
    citra = hall.officer("CITRA")
    with pytest.raises(StaffError) as refused:
        change_officer(hall.db, citra, NOW, "citra", active=False)
    assert refused.value.code == "own_account"
    cli_admin = ADMIN  # the command line acts as an administrator
    with pytest.raises(StaffError) as refused:
        change_officer(hall.db, cli_admin, NOW, "citra", role="supervisor")
    assert refused.value.code == "last_administrator"
    change_officer(hall.db, citra, NOW, "ani", role="administrator")
    assert change_officer(hall.db, cli_admin, NOW, "citra", active=False).active is False


def test_a_deactivated_officer_is_signed_out_and_cannot_sign_in(hall: Hall) -> None:
    sign_in(hall.db, "budi", PINS["BUDI"], counter="1", terminal="Loket-1", now=NOW)
    assert [s.officer.code for s in open_sessions(hall.db)] == ["BUDI"]
    change_officer(hall.db, hall.officer("CITRA"), NOW, "budi", active=False)
    assert open_sessions(hall.db) == []
    with pytest.raises(SignInRefused):
        sign_in(hall.db, "budi", PINS["BUDI"], counter="1", terminal="Loket-1", now=NOW)


def test_locked_accounts_are_listed_until_the_lock_runs_out(hall: Hall) -> None:
    for _ in range(5):
        with pytest.raises(SignInRefused):
            sign_in(hall.db, "budi", "000000", counter="1", terminal="Loket-1", now=NOW)
    [locked] = locked_officers(hall.db, NOW)
    assert locked.code == "BUDI" and locked.locked_until is not None
    assert locked_officers(hall.db, locked.locked_until) == []


def test_the_supervisor_console_needs_no_counter_and_is_refused_to_officers(hall: Hall) -> None:
    from kiosk.staff import NotAllowed
    from kiosk.staff.desk import CONSOLE, start_desk

    clock = lambda: NOW  # noqa: E731
    ani = start_desk(hall.db, hall.office, code="ani", pin=PINS["ANI"], counter=CONSOLE, terminal="PC-1", clock=clock)
    citra = start_desk(hall.db, hall.office, code="citra", pin=PINS["CITRA"], counter=CONSOLE, terminal="PC-2",
                       clock=clock)
    assert {s.officer.code for s in open_sessions(hall.db)} == {"ANI", "CITRA"}  # both stay on the console
    assert ani.counter == citra.counter == CONSOLE
    with pytest.raises(NotAllowed):
        start_desk(hall.db, hall.office, code="budi", pin=PINS["BUDI"], counter=CONSOLE, terminal="PC-3", clock=clock)
    assert "BUDI" not in {s.officer.code for s in open_sessions(hall.db)}
