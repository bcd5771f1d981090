"""Paper SKM forms as CSV: reading them for ``survey import``, writing ``survey export``.

One row per form, exactly these columns::

    submitted_at,service,u1,u2,u3,u4,u5,u6,u7,u8,u9,umur,jenis_kelamin,pendidikan,pekerjaan,saran

An empty ``uN`` means the respondent left that element unanswered. Spreadsheets on
Indonesian-locale PCs save with ``;`` between fields (the comma is their decimal mark) and often
in the Windows code page rather than UTF-8, so both are accepted. Every problem is collected and
reported as ``FILE:LINE: message`` with the line where the row starts in the file, so a person
can open the file and go straight to it.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import TextIO
from zoneinfo import ZoneInfo

from kiosk.catalog.problems import Problem
from kiosk.survey.elements import ELEMENT_KEYS, SCORES
from kiosk.survey.profile import PROFILE_FIELDS, PROFILE_KEYS, clean_suggestion

COLUMNS: tuple[str, ...] = ("submitted_at", "service", *ELEMENT_KEYS, *PROFILE_KEYS, "saran")
MAX_PROBLEMS = 50

_DAY_FIRST = re.compile(r"^(\d{1,2})[/-](\d{1,2})[/-](\d{4})(?:[ T](\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?)?$")


class SurveyImportError(Exception):
    """The file has problems; nothing was imported."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems


@dataclass(frozen=True)
class PaperForm:
    """One row of an import, checked. ``line`` is where it starts in the file."""

    line: int
    submitted_at: datetime  # UTC
    service: int | None  # None: the form names no service
    scores: dict[str, int | None]
    profile: dict[str, str | None]
    suggestion: str | None


@dataclass(frozen=True)
class ExportRow:
    submitted_at: datetime
    service: int | None
    scores: dict[str, int | None]
    profile: dict[str, str | None]
    suggestion: str | None


def decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def read_forms(data: bytes, name: str, *, timezone: str, now: datetime) -> list[PaperForm]:
    """Every row of the file checked on its own; raises SurveyImportError listing all problems."""
    text = decode(data)
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    problems: list[Problem] = []
    forms: list[PaperForm] = []
    try:
        header = next(reader, None)
        if header is None:
            raise SurveyImportError([Problem(name, 1, "the file is empty; expected a header row")])
        names = tuple(h.strip().lower() for h in header)
        if names != COLUMNS:
            raise SurveyImportError([Problem(name, 1, _header_problem(names))])
        start = reader.line_num + 1
        for row in reader:
            line, start = start, reader.line_num + 1
            if not any(cell.strip() for cell in row):
                continue
            try:
                forms.append(_form(row, line, timezone, now))
            except ValueError as exc:
                problems.append(Problem(name, line, str(exc)))
                if len(problems) >= MAX_PROBLEMS:
                    problems.append(Problem(name, line, f"stopped after {MAX_PROBLEMS} problems"))
                    break
    except csv.Error as exc:
        problems.append(Problem(name, reader.line_num, f"not a readable CSV file: {exc}"))
    if problems:
        raise SurveyImportError(problems)
    if not forms:
        raise SurveyImportError([Problem(name, 2, "no forms in the file, only the header")])
    return forms


def _header_problem(names: tuple[str, ...]) -> str:
    missing = [c for c in COLUMNS if c not in names]
    unknown = [n for n in names if n not in COLUMNS]
    detail = []
    if missing:
        detail.append("missing " + ", ".join(missing))
    if unknown:
        detail.append("unknown " + ", ".join(repr(u) for u in unknown))
    if not detail:
        detail.append("columns out of order")
    return f"header must be exactly {','.join(COLUMNS)} ({'; '.join(detail)})"


def _form(row: list[str], line: int, timezone: str, now: datetime) -> PaperForm:
    if len(row) != len(COLUMNS):
        raise ValueError(f"{len(row)} fields, expected {len(COLUMNS)} ({','.join(COLUMNS)})")
    cells = dict(zip(COLUMNS, row, strict=True))
    submitted = parse_submitted_at(cells["submitted_at"], timezone)
    if submitted > now:
        raise ValueError(f"submitted_at {cells['submitted_at'].strip()!r} is in the future")
    service_text = cells["service"].strip()
    if service_text and not service_text.isdigit():
        raise ValueError(f"service {service_text!r} is not a service number")
    scores: dict[str, int | None] = {}
    for key in ELEMENT_KEYS:
        value = cells[key].strip()
        if not value:
            scores[key] = None
        elif value in {str(s) for s in SCORES}:
            scores[key] = int(value)
        else:
            raise ValueError(f"{key} {value!r} is not an answer; write 1, 2, 3 or 4, or leave it empty")
    if all(v is None for v in scores.values()):
        raise ValueError("no element is answered (u1-u9 are all empty)")
    profile = {f.key: f.parse(cells[f.key]) for f in PROFILE_FIELDS}
    service = int(service_text) if service_text else None
    return PaperForm(line, submitted, service, scores, profile, clean_suggestion(cells["saran"]))


def parse_submitted_at(text: str, timezone: str) -> datetime:
    """ISO ``2026-11-24 09:15`` (offset optional) or day-first ``24/11/2026 09.15``; a bare date
    means the start of that day. Without an offset the time is office local time."""
    value = text.strip()
    if not value:
        raise ValueError("submitted_at is empty")
    zone = ZoneInfo(timezone)
    if m := _DAY_FIRST.match(value):
        day, month, year, hour, minute, second = (int(g) if g else 0 for g in m.groups())
        try:
            moment = datetime(year, month, day, hour, minute, second, tzinfo=zone)
        except ValueError as exc:
            raise ValueError(f"submitted_at {value!r}: {exc}") from None
    else:
        try:
            moment = datetime.fromisoformat(value.replace(" ", "T", 1))
        except ValueError:
            raise ValueError(
                f"submitted_at {value!r} is not a date-time; write 2026-11-24 09:15 or 24/11/2026 09.15"
            ) from None
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=zone)
    return moment.astimezone(ZoneInfo("UTC"))


def write_forms(rows: Iterable[ExportRow], out: TextIO, *, timezone: str) -> int:
    """Write the header and ``rows``; returns the number of rows written."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    count = 0
    for row in _rows(rows, timezone):
        writer.writerow(row)
        count += 1
    return count


def _rows(rows: Iterable[ExportRow], timezone: str) -> Iterator[list[str]]:
    zone = ZoneInfo(timezone)
    for row in rows:
        yield [
            row.submitted_at.astimezone(zone).isoformat(timespec="seconds"),
            "" if row.service is None else str(row.service),
            *("" if row.scores[k] is None else str(row.scores[k]) for k in ELEMENT_KEYS),
            *(row.profile[k] or "" for k in PROFILE_KEYS),
            row.suggestion or "",
        ]
