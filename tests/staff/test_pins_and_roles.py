"""PIN storage, PIN rules, roles and the [staff] settings (no database)."""

from __future__ import annotations

import pytest

from kiosk.config import ConfigError, validate
from kiosk.staff import PinFormatError, StaffPolicy, allows, hash_pin, verify_pin
from kiosk.staff.roles import Permission


def test_a_pin_is_stored_salted_and_never_as_itself() -> None:
    first, second = hash_pin("246810"), hash_pin("246810")
    assert "246810" not in first
    assert first != second
    assert first.startswith("scrypt$")
    assert verify_pin("246810", first) and verify_pin("246810", second)
    assert not verify_pin("246811", first)


def test_a_damaged_stored_hash_refuses_instead_of_crashing() -> None:
    assert not verify_pin("246810", "")
    assert not verify_pin("246810", "md5$abc")
    assert not verify_pin("246810", "scrypt$x$8$1$AAAA$AAAA")


@pytest.mark.parametrize("pin", ["12345", "1234567890123", "12a456", "", "١٢٣٤٥٦"])
def test_pins_must_be_six_to_twelve_plain_digits(pin: str) -> None:
    with pytest.raises(PinFormatError):
        hash_pin(pin)


def test_roles_grow_in_what_they_may_do() -> None:
    assert allows("officer", Permission.SERVE)
    assert not allows("officer", Permission.UNLOCK)
    assert allows("supervisor", Permission.UNLOCK) and allows("supervisor", Permission.VIEW_AUDIT)
    assert not allows("supervisor", Permission.MANAGE_STAFF)
    assert allows("administrator", Permission.MANAGE_STAFF)
    assert not allows("kiosk", Permission.SERVE)


def test_staff_settings_defaults_and_refusals() -> None:
    policy = StaffPolicy.from_settings(validate({}, "t"))
    assert (policy.max_attempts, policy.lockout_minutes) == (5, 15)
    assert StaffPolicy.from_mapping({"counters": [1, 2, "3A"]}).counters == ("1", "2", "3A")
    for bad in ({"max_attempts": 0}, {"lockout_minutes": True}, {"counters": []}, {"lokout_minutes": 5}):
        with pytest.raises(ConfigError):
            StaffPolicy.from_mapping(bad)
