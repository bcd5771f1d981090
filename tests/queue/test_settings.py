"""The ``[queue]`` and ``[calendar]`` tables as the queue engine reads them from a config file."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from kiosk import config
from kiosk.config import ConfigError
from kiosk.queue import Office, QueueSettings, issue_ticket
from kiosk.storage import Database
from tests.queue.conftest import SECRET, TUESDAY_9, wib


def _office(tmp_path: Path, text: str) -> Office:
    path = tmp_path / "config.toml"
    path.write_text(f'[security]\nsecret = "{SECRET}"\n' + text, encoding="utf-8")
    return Office.from_settings(config.load(str(path)))


def test_defaults_name_the_four_priority_groups(tmp_path: Path) -> None:
    office = _office(tmp_path, "")
    assert [c.label_id for c in office.queue.categories] == [
        "lansia",
        "penyandang disabilitas",
        "ibu hamil",
        "ibu dengan balita",
    ]
    assert office.queue.default_minutes_per_person == (5.0, 10.0)


def test_a_custom_category_can_be_issued(tmp_path: Path, hall: Database) -> None:
    office = _office(
        tmp_path,
        '[queue]\npriority_categories = ["lansia", { key = "veteran", label_id = "veteran", label_en = "veteran" }]\n',
    )
    view = issue_ticket(hall, 50, office=office, now=TUESDAY_9, priority="veteran")
    assert view.priority_label == "veteran"


def test_the_office_time_zone_sets_the_service_day(tmp_path: Path) -> None:
    # 23:30 in Jakarta is already 00:30 the next day in Makassar (WITA).
    jakarta = _office(tmp_path, "")
    makassar = _office(tmp_path, '[office]\ntimezone = "Asia/Makassar"\n')
    moment = wib("2026-11-24 23:30")
    assert str(jakarta.service_day(moment)) == "2026-11-24"
    assert str(makassar.service_day(moment)) == "2026-11-25"


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ("colour = 1", "[queue] unknown key 'colour'"),
        ("default_minutes_per_person = [10, 5]", "default_minutes_per_person = [10, 5] is not allowed"),
        ("history_days = 0", "history_days = 0 is not allowed"),
        ('priority_categories = ["vip"]', "priority_categories[0] = 'vip' is not allowed"),
        ('priority_categories = ["lansia", "lansia"]', "each category listed once"),
        ('priority_categories = [{ key = "Bad Key", label_id = "x" }]', "priority_categories[0].key"),
    ],
)
def test_a_wrong_queue_setting_names_the_key(table: str, message: str) -> None:
    with pytest.raises(ConfigError) as refused:
        QueueSettings.from_mapping(tomllib.loads(table))
    assert message in str(refused.value)
