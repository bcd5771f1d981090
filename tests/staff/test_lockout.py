"""The lockout: five wrong PINs lock an account for a set time; a supervisor can lift it."""

from __future__ import annotations

from datetime import timedelta

import pytest

from kiosk import audit
from kiosk.staff import (
    NotAllowed,
    SignInRefused,
    StaffPolicy,
    get_officer,
    open_sessions,
    resume,
    sign_in,
    unlock,
)
from tests.staff.hall import PINS, Hall, at

NOW = at("2026-11-24 08:00")


def _try(hall: Hall, code: str, pin: str, when=NOW, counter: str = "3"):  # type: ignore[no-untyped-def]
    return sign_in(hall.db, code, pin, counter=counter, terminal="Loket-PC-3", now=when)


def test_five_wrong_pins_lock_the_account_even_against_the_right_pin(hall: Hall) -> None:
    for _ in range(5):
        with pytest.raises(SignInRefused) as refused:
            _try(hall, "budi", "999999")
        assert (refused.value.reason, refused.value.tries_left) == ("bad_credentials", None)
    officer = get_officer(hall.db, "budi")
    assert officer is not None and officer.locked_at(NOW) and not officer.locked_at(NOW + timedelta(minutes=15))
    with pytest.raises(SignInRefused) as right_pin:
        _try(hall, "budi", PINS["BUDI"], when=NOW + timedelta(minutes=14))
    assert right_pin.value.reason == "bad_credentials"
    assert open_sessions(hall.db) == []
    assert [e.action for e in audit.entries(hall.db, actor="BUDI")][:2] == ["staff.sign_in_failed", "staff.locked"]


def test_the_lockout_runs_out_and_the_count_starts_afresh(hall: Hall) -> None:
    for _ in range(5):
        with pytest.raises(SignInRefused):
            _try(hall, "budi", "000000")
    later = NOW + timedelta(minutes=15, seconds=1)
    assert _try(hall, "budi", PINS["BUDI"], when=later).officer.code == "BUDI"
    for _ in range(4):
        with pytest.raises(SignInRefused):
            _try(hall, "budi", "000000", when=later)
    officer = get_officer(hall.db, "budi")
    assert officer is not None and not officer.locked_at(later), "a fresh count: four wrong PINs do not lock"


def test_a_right_pin_resets_the_count_of_wrong_tries(hall: Hall) -> None:
    for _ in range(4):
        with pytest.raises(SignInRefused):
            _try(hall, "budi", "000000")
    _try(hall, "budi", PINS["BUDI"])
    for _ in range(4):
        with pytest.raises(SignInRefused):
            _try(hall, "budi", "000000")
    officer = get_officer(hall.db, "budi")
    assert officer is not None and not officer.locked_at(NOW)


def test_supervisor_unlocks_at_once_and_an_officer_may_not(hall: Hall) -> None:
    for _ in range(5):
        with pytest.raises(SignInRefused):
            _try(hall, "budi", "000000")
    with pytest.raises(NotAllowed):
        unlock(hall.db, hall.officer("BUDI"), NOW, "budi")
    officer = get_officer(hall.db, "budi")
    assert officer is not None and officer.locked_at(NOW)
    unlock(hall.db, hall.officer("ANI", counter="1"), NOW + timedelta(minutes=1), "budi")
    assert _try(hall, "budi", PINS["BUDI"], when=NOW + timedelta(minutes=2)).officer.code == "BUDI"
    entry = audit.entries(hall.db, action_prefix="staff.unlock")[0]
    assert (entry.actor, entry.subject, entry.detail["was_locked"]) == ("ANI", "officer:BUDI", True)


def test_idle_lock_resumes_with_the_pin_and_wrong_pins_there_count_too(hall: Hall) -> None:
    session = _try(hall, "budi", PINS["BUDI"])
    assert resume(hall.db, session.token, PINS["BUDI"], NOW + timedelta(minutes=10)).counter == "3"
    for _ in range(4):
        with pytest.raises(SignInRefused):
            resume(hall.db, session.token, "000000", NOW + timedelta(minutes=11))
    with pytest.raises(SignInRefused) as locked:
        resume(hall.db, session.token, "000000", NOW + timedelta(minutes=11))
    assert locked.value.reason == "locked"
    assert open_sessions(hall.db) == []


def test_stricter_policy_from_configuration(hall: Hall) -> None:
    policy = StaffPolicy.from_mapping({"max_attempts": 3, "lockout_minutes": 60})
    for _ in range(2):
        with pytest.raises(SignInRefused):
            sign_in(hall.db, "budi", "000000", counter="1", terminal="t", now=NOW, policy=policy)
    with pytest.raises(SignInRefused):
        sign_in(hall.db, "budi", "000000", counter="1", terminal="t", now=NOW, policy=policy)
    officer = get_officer(hall.db, "budi")
    assert officer is not None and officer.locked_at(NOW + timedelta(minutes=59))
    assert not officer.locked_at(NOW + timedelta(hours=1))


def test_twelve_wrong_pins_at_once_at_an_idle_locked_desk_lock_the_account_at_exactly_five(hall: Hall) -> None:
    """Twelve people pressing OK at the same moment (or a script): every try must be counted."""
    import threading

    from sqlalchemy import select

    from kiosk.audit.models import AuditEntry

    session = _try(hall, "budi", PINS["BUDI"])
    barrier = threading.Barrier(12)
    outcomes: list[str] = []

    def attempt() -> None:
        barrier.wait()
        try:
            resume(hall.db, session.token, "000000", NOW + timedelta(minutes=11))
            outcomes.append("in")
        except SignInRefused as refused:
            outcomes.append(f"{refused.reason}:{refused.tries_left}")

    threads = [threading.Thread(target=attempt) for _ in range(12)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    counted = sorted(o for o in outcomes if o.startswith("bad_credentials"))
    assert counted == ["bad_credentials:1", "bad_credentials:2", "bad_credentials:3", "bad_credentials:4"]
    # The fifth wrong PIN locks; the other seven find the account locked or the desk closed.
    assert len(outcomes) == 12
    assert set(outcomes) - set(counted) <= {"locked:None", "session_ended:None"}
    assert get_officer(hall.db, "budi").failed_attempts == 5
    assert get_officer(hall.db, "budi").locked_until == NOW + timedelta(minutes=11 + 15)
    with hall.db.read() as s:
        actions = list(s.scalars(select(AuditEntry.action).where(AuditEntry.subject == "officer:BUDI")))
    assert actions.count("staff.locked") == 1


def test_sign_in_refusals_do_not_tell_which_ids_exist(hall: Hall) -> None:
    """Unknown ID, wrong PIN, locked account: the same refusal word for word, so trying IDs at a
    desk learns nothing; the audit log still records each try with its real reason."""
    said = set()
    for code, pin in (("nobody", "999999"), ("budi", "999999"), ("budi", "999999"), ("budi", "999999"),
                      ("budi", "999999"), ("budi", "999999"), ("budi", PINS["BUDI"])):
        with pytest.raises(SignInRefused) as refused:
            _try(hall, code, pin)
        said.add((refused.value.reason, refused.value.tries_left, refused.value.message_id, refused.value.message_en))
    assert len(said) == 1
    whys = [e.detail.get("why") for e in audit.entries(hall.db, action_prefix="staff.sign_in_failed")]
    assert sorted(set(whys)) == ["locked", "unknown_or_inactive", "wrong_pin"]
