"""Calendar settings as an administrator writes them in the terminal's TOML file."""

from __future__ import annotations

import tomllib
from datetime import date, time
from typing import Any

import pytest

from kiosk.calendar import CalendarSettings, ConfigValueError, LocalClosure, TimeRange
from kiosk.config import ConfigError

MON, FRI, SAT, SUN = 0, 4, 5, 6


def calendar_table(toml_text: str) -> dict[str, Any]:
    section: dict[str, Any] = tomllib.loads(toml_text)["calendar"]
    return section


def test_defaults_match_the_purwakarta_office() -> None:
    s = CalendarSettings()
    assert s.timezone == "Asia/Jakarta"
    assert [str(h) if h else None for h in s.hours] == ["08:00-15:00"] * 5 + [None, None]
    assert s.sessions(FRI) == (
        TimeRange(time(8), time(11, 30)),
        TimeRange(time(13), time(15)),
    )
    assert s.sessions(MON) == (TimeRange(time(8), time(15)),)
    assert s.sessions(SAT) == s.sessions(SUN) == ()
    assert s.issue_cutoff(MON) == time(14, 30)
    assert s.cuti_bersama_is_working_day is False
    assert s.closures == ()


def test_a_full_toml_section_is_read() -> None:
    s = CalendarSettings.from_mapping(
        calendar_table(
            """
            [calendar]
            timezone = "Asia/Makassar"
            issue_cutoff_minutes = 45
            cuti_bersama_is_working_day = true
            hours.sat = "08:00-12:00"
            hours.mon = "07:30 – 16:00"
            breaks.mon = ["12:00-13:00"]
            breaks.fri = []
            closures = [
                { date = 2026-12-31, reason = "Tutup buku akhir tahun" },
                { date = "2026-04-20", reason = "Hari jadi Purwakarta" },
            ]
            """
        )
    )
    assert s.timezone == "Asia/Makassar"
    assert s.issue_cutoff(MON) == time(15, 15)
    assert s.cuti_bersama_is_working_day is True
    assert s.sessions(SAT) == (TimeRange(time(8), time(12)),)
    assert s.sessions(MON) == (
        TimeRange(time(7, 30), time(12)),
        TimeRange(time(13), time(16)),
    )
    assert s.sessions(FRI) == (TimeRange(time(8), time(15)),)
    assert s.closures == (
        LocalClosure(date(2026, 12, 31), "Tutup buku akhir tahun"),
        LocalClosure(date(2026, 4, 20), "Hari jadi Purwakarta"),
    )


def test_flat_dotted_keys_mean_the_same_as_toml_tables() -> None:
    nested = CalendarSettings.from_mapping({"hours": {"sat": "08:00-12:00"}, "breaks": {"fri": []}})
    flat = CalendarSettings.from_mapping({"hours.sat": "08:00-12:00", "breaks.fri": []})
    assert nested == flat
    assert flat.sessions(SAT) == (TimeRange(time(8), time(12)),)


def test_closing_friday_drops_its_default_prayer_break() -> None:
    s = CalendarSettings.from_mapping({"hours": {"fri": "closed"}})
    assert s.hours[FRI] is None
    assert s.breaks[FRI] == ()
    assert CalendarSettings.from_mapping({"hours": {"fri": "tutup"}}).hours[FRI] is None


def test_new_friday_hours_keep_the_prayer_break() -> None:
    s = CalendarSettings.from_mapping({"hours": {"fri": "07:30-16:00"}})
    assert s.sessions(FRI) == (
        TimeRange(time(7, 30), time(11, 30)),
        TimeRange(time(13), time(16)),
    )


@pytest.mark.parametrize(
    ("table", "key", "value"),
    [
        ({"hours": {"mon": "8-15"}}, "hours.mon", "8-15"),
        ({"hours": {"mon": "15:00-08:00"}}, "hours.mon", "15:00-08:00"),
        ({"hours": {"mon": "08:00-24:00"}}, "hours.mon", "08:00-24:00"),
        ({"hours": {"mon": 8}}, "hours.mon", 8),
        ({"hours": {"monday": "08:00-15:00"}}, "hours.monday", "08:00-15:00"),
        ({"hours": "08:00-15:00"}, "hours", "08:00-15:00"),
        ({"hour": {"mon": "08:00-15:00"}}, "hour", {"mon": "08:00-15:00"}),
        ({"breaks": {"fri": ["11:30-13"]}}, "breaks.fri[0]", "11:30-13"),
        ({"breaks": {"fri": 1130}}, "breaks.fri", 1130),
        ({"breaks": {"mon": ["07:00-08:30"]}}, "breaks.mon", "07:00-08:30"),
        ({"breaks": {"mon": ["14:00-15:00"]}}, "breaks.mon", "14:00-15:00"),
        ({"breaks": {"mon": ["10:00-11:00", "10:30-12:00"]}}, "breaks.mon", "10:30-12:00"),
        ({"breaks": {"sat": ["10:00-11:00"]}}, "breaks.sat", "10:00-11:00"),
        ({"hours": {"fri": "07:00-11:00"}}, "breaks.fri", "11:30-13:00"),
        ({"timezone": "Asia/Jakart"}, "timezone", "Asia/Jakart"),
        ({"timezone": 7}, "timezone", 7),
        ({"issue_cutoff_minutes": -5}, "issue_cutoff_minutes", -5),
        ({"issue_cutoff_minutes": "30"}, "issue_cutoff_minutes", "30"),
        ({"issue_cutoff_minutes": True}, "issue_cutoff_minutes", True),
        ({"issue_cutoff_minutes": 420}, "issue_cutoff_minutes", 420),
        ({"cuti_bersama_is_working_day": "yes"}, "cuti_bersama_is_working_day", "yes"),
        ({"closures": {"date": "2026-12-31"}}, "closures", {"date": "2026-12-31"}),
        ({"closures": [{"date": "31-12-2026", "reason": "x"}]}, "closures[0].date", "31-12-2026"),
        ({"closures": [{"date": "2026-12-31"}]}, "closures[0].reason", None),
        ({"closures": [{"date": "2026-12-31", "reason": " "}]}, "closures[0].reason", " "),
        (
            {"closures": [{"date": "2026-12-31", "reason": "x", "why": "y"}]},
            "closures[0].why",
            "y",
        ),
        (
            {
                "closures": [
                    {"date": "2026-12-31", "reason": "a"},
                    {"date": "2026-12-31", "reason": "b"},
                ]
            },
            "closures[1].date",
            "2026-12-31",
        ),
        (
            {"hours": dict.fromkeys(("mon", "tue", "wed", "thu", "fri"), "closed")},
            "hours",
            "closed every day",
        ),
    ],
)
def test_a_wrong_value_is_named_with_its_key(table: dict[str, Any], key: str, value: Any) -> None:
    with pytest.raises(ConfigValueError) as caught:
        CalendarSettings.from_mapping(table)
    err = caught.value
    assert (err.key, err.value) == (key, value)
    assert err.allowed
    assert f"[calendar] {key} = {value!r} is not allowed; expected {err.allowed}" == str(err)


def test_config_errors_reach_the_same_handler_as_other_settings() -> None:
    with pytest.raises(ConfigError, match="Asia/Jakart"):
        CalendarSettings.from_mapping({"timezone": "Asia/Jakart"})


def test_a_too_long_cutoff_mentions_the_day_it_does_not_fit() -> None:
    with pytest.raises(ConfigValueError, match=r"sat \(08:00-10:00\)"):
        CalendarSettings.from_mapping({"hours": {"sat": "08:00-10:00"}, "issue_cutoff_minutes": 150})
