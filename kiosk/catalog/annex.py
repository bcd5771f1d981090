"""Reader for the Peraturan Bupati annex format of Standar Pelayanan documents.

The format, as it comes out of the published annexes: a bold numbered heading per service
(``**50. Title**``), then a tab-separated table ``NO KOMPONEN URAIAN`` whose header repeats at
every page break, group rows (``<b>A.</b>``), one row per component, and continuation rows with
an empty NO cell carrying the rest of the previous component (split mid-sentence, even
mid-word: the text is kept exactly as published, never repaired).
"""

from __future__ import annotations

import re

from kiosk.catalog import components as comp
from kiosk.catalog.parsed import ParsedComponent, ParsedService
from kiosk.catalog.problems import Problem
from kiosk.catalog.richtext import sanitise, strip_leading_colon, to_plain

_HEADING = re.compile(r"^\*\*\s*(\d{1,5})\s*\.\s*(.+?)\s*\*\*$")
_GROUP_ROW = re.compile(r"^[A-Z]\.?$")
_HEADER = ["NO", "KOMPONEN", "URAIAN"]


def decode(data: bytes, file: str) -> tuple[str | None, list[Problem]]:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        bad = data[exc.start : exc.start + 1].hex()
        return None, [
            Problem(file, line, f"bytes are not UTF-8 text (byte 0x{bad} at column {column}); save the file as UTF-8",
                    f"isi berkas bukan teks UTF-8 (byte 0x{bad} di kolom {column}); simpan berkas sebagai UTF-8")
        ]
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        return None, [Problem(file, 1, "empty file: no service found", "berkas kosong: tidak ada layanan")]
    return text, []


def _cells(line: str) -> list[str]:
    cells = [c.strip() for c in line.split("\t")]
    while len(cells) < 3:
        cells.append("")
    if len(cells) > 3:
        # A tab inside the description belongs to the description.
        cells = [cells[0], cells[1], " ".join(cells[2:])]
    return cells


def parse_annex(text: str, file: str) -> tuple[list[ParsedService], list[Problem]]:
    services: list[ParsedService] = []
    problems: list[Problem] = []
    seen: dict[int, int] = {}
    current: ParsedService | None = None
    last: ParsedComponent | None = None

    def finish(service: ParsedService | None) -> None:
        if service is None:
            return
        missing = [c for c in comp.COMPONENTS if c.number not in service.components]
        if missing:
            names = ", ".join(f"{c.number} {c.name}" for c in missing)
            problems.append(Problem(file, service.line, f"service {service.number}: missing component(s): {names}",
                                    f"layanan {service.number}: komponen belum ada: {names}"))

    for lineno, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line:
            continue
        heading = _HEADING.match(line)
        if heading:
            finish(current)
            number = int(heading.group(1))
            title = to_plain(sanitise(heading.group(2))).replace("\n", " ")
            current, last = ParsedService(number, title, lineno, file), None
            if number in seen:
                problems.append(
                    Problem(file, lineno, f"duplicate service number {number} (first at line {seen[number]})",
                            f"nomor layanan {number} ganda (pertama di baris {seen[number]})")
                )
            else:
                seen[number] = lineno
            services.append(current)
            continue
        if "\t" not in raw:
            problems.append(Problem(file, lineno, f"unexpected text outside a table: {line[:60]!r}",
                                    f"teks di luar tabel: {line[:60]!r}"))
            continue
        no_cell, name_cell, body = _cells(raw)
        if [no_cell.upper(), name_cell.upper(), body.upper()] == _HEADER:
            continue
        if current is None:
            problems.append(Problem(file, lineno, "table row before any service heading (**N. Title**)",
                                    "baris tabel sebelum judul layanan (**N. Judul**)"))
            continue
        no_text = to_plain(sanitise(no_cell))
        name_text = to_plain(sanitise(name_cell)).replace("\n", " ")
        if _GROUP_ROW.match(no_text):
            continue
        if not no_text and not name_text:
            if last is None:
                problems.append(Problem(file, lineno, "continuation row with no component before it",
                                        "baris lanjutan tanpa komponen sebelumnya"))
            else:
                last.html = f"{last.html} {body}"
            continue
        spec = _identify(no_text, name_text)
        if spec is None:
            label = f"{no_text} {name_text}".strip()
            problems.append(
                Problem(file, lineno, f"unknown component {label!r} (expected 1-14 of the Standar Pelayanan)",
                        f"komponen {label!r} tidak dikenal (seharusnya 1-14 dari Standar Pelayanan)")
            )
            last = None
            continue
        if spec.number in current.components:
            first = current.components[spec.number].line
            problems.append(
                Problem(file, lineno, f"component {spec.number} {spec.name} appears twice (first at line {first})",
                        f"komponen {spec.number} {spec.name} muncul dua kali (pertama di baris {first})")
            )
            last = None
            continue
        last = ParsedComponent(spec.number, name_text or spec.name, spec.group, body, lineno)
        current.components[spec.number] = last
    finish(current)
    if not services and not problems:
        problems.append(Problem(file, 1, "no service heading (**N. Title**) found",
                                "tidak ada judul layanan (**N. Judul**)"))
    for service in services:
        for c in service.components.values():
            c.html = sanitise(strip_leading_colon(c.html))
    return services, problems


def _identify(no_text: str, name_text: str) -> comp.ComponentSpec | None:
    # Number first, name second: documents word the names differently.
    if no_text.isdigit():
        return comp.BY_NUMBER.get(int(no_text))
    if no_text:
        return None
    return comp.by_name(name_text)
