"""Signing in at a desk: the PIN, the counter, sessions and signing out."""

from __future__ import annotations

from datetime import timedelta

import pytest

from kiosk import audit
from kiosk.staff import (
    SignInRefused,
    open_sessions,
    resume,
    sign_in,
    sign_out,
)
from tests.staff.hall import PINS, Hall, at

NOW = at("2026-11-24 08:00")


def _try(hall: Hall, code: str, pin: str, when=NOW, counter: str = "3"):  # type: ignore[no-untyped-def]
    return sign_in(hall.db, code, pin, counter=counter, terminal="Loket-PC-3", now=when)


def test_right_pin_opens_a_session_at_the_chosen_counter_and_is_audited(hall: Hall) -> None:
    session = _try(hall, "budi", PINS["BUDI"], counter="7")
    assert (session.officer.code, session.officer.role, session.counter) == ("BUDI", "officer", "7")
    assert [(s.officer.code, s.counter) for s in open_sessions(hall.db)] == [("BUDI", "7")]
    entry = audit.entries(hall.db, action_prefix="staff.sign_in")[0]
    assert (entry.actor, entry.terminal, entry.counter, entry.at) == ("BUDI", "Loket-PC-3", "7", NOW)


def test_unknown_id_and_wrong_pin_are_refused_alike(hall: Hall) -> None:
    with pytest.raises(SignInRefused) as unknown:
        _try(hall, "nobody", PINS["BUDI"])
    with pytest.raises(SignInRefused) as wrong:
        _try(hall, "budi", "000001")
    assert unknown.value.reason == wrong.value.reason == "bad_credentials"
    assert str(unknown.value) == str(wrong.value)


def test_officer_id_is_case_insensitive_and_pin_is_exact(hall: Hall) -> None:
    assert _try(hall, " Budi ", PINS["BUDI"]).officer.code == "BUDI"
    with pytest.raises(SignInRefused):
        _try(hall, "budi", PINS["BUDI"] + "0")


def test_signing_in_at_a_taken_counter_signs_the_other_officer_out(hall: Hall) -> None:
    first = _try(hall, "budi", PINS["BUDI"], counter="3")
    _try(hall, "ani", PINS["ANI"], counter="3", when=NOW + timedelta(minutes=5))
    assert [(s.officer.code, s.counter) for s in open_sessions(hall.db)] == [("ANI", "3")]
    with pytest.raises(SignInRefused) as ended:
        resume(hall.db, first.token, PINS["BUDI"], NOW + timedelta(minutes=6))
    assert ended.value.reason == "session_ended"


def test_sign_out_closes_the_counter(hall: Hall) -> None:
    session = _try(hall, "budi", PINS["BUDI"])
    sign_out(hall.db, session.token, NOW + timedelta(hours=8))
    assert open_sessions(hall.db) == []
    last = audit.entries(hall.db, actor="BUDI")[0]
    assert (last.action, last.detail["reason"]) == ("staff.sign_out", "signed_out")
