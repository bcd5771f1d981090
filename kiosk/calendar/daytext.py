"""A day as people type it: ``2026-12-31``, or ``31/12/2026`` / ``31-12-2026`` / ``31.12.2026``
(how Indonesian forms write dates)."""

from __future__ import annotations

from datetime import date

from kiosk.refusals import Refused


def parse_day(text: str) -> date:
    value = text.strip()
    for sep in ("/", "-", "."):
        parts = value.split(sep)
        if len(parts) == 3 and all(p.isdigit() for p in parts):
            a, b, c = (int(p) for p in parts)
            try:
                return date(a, b, c) if len(parts[0]) == 4 else date(c, b, a)
            except ValueError:
                break
    raise Refused(f"{value!r} bukan tanggal; tulis seperti 31/12/2026 atau 2026-12-31.",
                  f"{value!r} is not a date; write it like 31/12/2026 or 2026-12-31.", code="bad_date")
