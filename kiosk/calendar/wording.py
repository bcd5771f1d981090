"""Dates and times written the way visitors read them, Indonesian and English.

Indonesian uses a dot between hours and minutes ("14.05") and day-month-year with month names
("Selasa, 24 November 2026"). Built by hand because the OS locale on kiosk PCs is unreliable.
"""

from __future__ import annotations

from datetime import date, time

from kiosk.calendar.settings import WEEKDAY_NAMES_EN, WEEKDAY_NAMES_ID

MONTH_NAMES_ID = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)
MONTH_NAMES_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)


def date_id(day: date) -> str:
    """``Selasa, 24 November 2026``"""
    return f"{WEEKDAY_NAMES_ID[day.weekday()]}, {day.day} {MONTH_NAMES_ID[day.month - 1]} {day.year}"


def date_en(day: date) -> str:
    """``Tuesday, 24 November 2026``"""
    return f"{WEEKDAY_NAMES_EN[day.weekday()]}, {day.day} {MONTH_NAMES_EN[day.month - 1]} {day.year}"


def time_id(moment: time) -> str:
    """``14.05``"""
    return f"{moment.hour:02d}.{moment.minute:02d}"


def time_en(moment: time) -> str:
    """``14:05``"""
    return f"{moment.hour:02d}:{moment.minute:02d}"


def estimated_note(years: tuple[int, ...]) -> tuple[str, str] | None:
    """The sentence printed and shown beside a due date counted through unofficial years."""
    if not years:
        return None
    listed = ", ".join(str(y) for y in years)
    return (f"Tanggal ini perkiraan: daftar hari libur {listed} belum ditetapkan resmi.",
            f"This date is an estimate: the {listed} holiday list is not official yet.")
