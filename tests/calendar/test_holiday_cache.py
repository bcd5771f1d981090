"""The year's holiday table kept in the user's cache folder, so a restarted kiosk does not
rebuild it (which imports every country of the ``holidays`` package) before its first screen."""

from __future__ import annotations

import logging
import os
import sys
from datetime import date
from pathlib import Path

import pytest

from kiosk.calendar.public_holidays import HolidayKind, IndonesianHolidays, _cache_file

YEAR = 2026


@pytest.fixture(autouse=True)
def _info(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="kiosk.calendar.public_holidays")


def _cache(year: int = YEAR) -> Path:
    path = _cache_file(year)
    assert path is not None  # the package's metadata is installed here
    return path


def test_a_second_start_reads_the_table_from_the_cache() -> None:
    built = IndonesianHolidays().in_year(YEAR)
    path = _cache()
    assert path.exists()
    assert date(2026, 8, 17) in built  # Hari Kemerdekaan
    read = IndonesianHolidays().in_year(YEAR)
    assert dict(read) == dict(built)
    assert read[date(2026, 8, 17)].kind is HolidayKind.PUBLIC
    assert any(h.kind is HolidayKind.CUTI_BERSAMA for h in read.values())


def test_the_cache_is_what_the_next_start_believes() -> None:
    """Proof the file is read, not rebuilt behind it: a day written into it becomes a holiday."""
    IndonesianHolidays().in_year(YEAR)
    path = _cache()
    rows = path.read_text(encoding="utf-8").replace('"2026-08-17"', '"2026-08-18"')
    path.write_text(rows, encoding="utf-8")
    table = IndonesianHolidays().in_year(YEAR)
    assert date(2026, 8, 18) in table
    assert date(2026, 8, 17) not in table


@pytest.mark.parametrize("damage", ["", "{not json", '[["2026-13-45", "public", "x", "y"]]', '[["2026-08-17"]]'])
def test_a_damaged_cache_is_rebuilt(damage: str, caplog: pytest.LogCaptureFixture) -> None:
    path = _cache()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(damage, encoding="utf-8")
    table = IndonesianHolidays().in_year(YEAR)
    assert date(2026, 8, 17) in table
    assert "unreadable" in caplog.text
    assert IndonesianHolidays().in_year(YEAR) == table  # and written again, whole
    assert path.read_text(encoding="utf-8").startswith("[[")


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root and Windows ignore the mode bits")
def test_a_cache_folder_that_cannot_be_written_only_costs_time(caplog: pytest.LogCaptureFixture) -> None:
    folder = _cache().parent
    folder.mkdir(parents=True, exist_ok=True)
    folder.chmod(0o500)
    try:
        assert date(2026, 8, 17) in IndonesianHolidays().in_year(YEAR)
        assert "not written" in caplog.text
        assert list(folder.iterdir()) == []  # no half-written file left behind
    finally:
        folder.chmod(0o700)


def test_a_cache_path_that_is_a_file_only_costs_time(caplog: pytest.LogCaptureFixture) -> None:
    """Works as any user, root included: the cache folder's place is taken by a file."""
    folder = _cache().parent
    folder.parent.mkdir(parents=True, exist_ok=True)
    folder.write_text("not a folder", encoding="utf-8")
    assert date(2026, 8, 17) in IndonesianHolidays().in_year(YEAR)
    assert "not written" in caplog.text
