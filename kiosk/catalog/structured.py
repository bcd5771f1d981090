"""The plain structured form (JSON) an administrator can export, correct by hand and re-import.

The components stay the source of truth: derived fields are recomputed on import exactly as
for an annex, so a hand edit cannot make the checklist disagree with the published text.
"""

from __future__ import annotations

import json
import re
from typing import Any

from kiosk.catalog import components as comp
from kiosk.catalog.parsed import ParsedComponent, ParsedService
from kiosk.catalog.problems import Problem
from kiosk.catalog.richtext import sanitise
from kiosk.catalog.views import ServiceDetail

FORMAT = "mpp-kiosk-catalog/1"


def export(details: list[ServiceDetail]) -> str:
    services = []
    for d in details:
        s = d.summary
        services.append(
            {
                "number": s.number,
                "title": s.title,
                "sector": s.sector,
                "agency": s.agency,
                "is_demo": s.is_demo,
                "components": [{"number": c.number, "name": c.name, "text": c.text} for c in d.components],
            }
        )
    return json.dumps({"format": FORMAT, "services": services}, ensure_ascii=False, indent=2) + "\n"


def _line_of(text: str, number: int) -> int:
    match = re.search(rf'"number"\s*:\s*{number}\b', text)
    return text.count("\n", 0, match.start()) + 1 if match else 1


def parse_structured(text: str, file: str) -> tuple[list[ParsedService], list[Problem]]:
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        return [], [Problem(file, exc.lineno, f"not valid JSON: {exc.msg}", f"bukan JSON yang sah: {exc.msg}")]
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        return [], [Problem(file, 1, f'not a catalog export: expected "format": "{FORMAT}"',
                            f'bukan ekspor katalog: seharusnya "format": "{FORMAT}"')]
    raw_services = doc.get("services")
    if not isinstance(raw_services, list) or not raw_services:
        return [], [Problem(file, 1, "empty file: no service found", "berkas kosong: tidak ada layanan")]
    services: list[ParsedService] = []
    problems: list[Problem] = []
    seen: set[int] = set()
    for raw in raw_services:
        service, found = _service(raw, text, file)
        problems.extend(found)
        if service is None:
            continue
        if service.number in seen:
            problems.append(Problem(file, service.line, f"duplicate service number {service.number}",
                                    f"nomor layanan {service.number} ganda"))
        seen.add(service.number)
        services.append(service)
    return services, problems


def _service(raw: Any, text: str, file: str) -> tuple[ParsedService | None, list[Problem]]:
    if not isinstance(raw, dict):
        return None, [Problem(file, 1, "each service must be an object", "setiap layanan harus berupa objek")]
    number, title = raw.get("number"), raw.get("title")
    if not isinstance(number, int) or isinstance(number, bool) or number <= 0:
        return None, [Problem(file, 1, f"service number must be a positive whole number, not {number!r}",
                              f"nomor layanan harus bilangan bulat positif, bukan {number!r}")]
    line = _line_of(text, number)
    if not isinstance(title, str) or not title.strip():
        return None, [Problem(file, line, f"service {number}: title is missing", f"layanan {number}: judul belum ada")]
    service = ParsedService(number, title.strip(), line, file)
    for key in ("sector", "agency"):
        value = raw.get(key)
        if value is not None and not isinstance(value, str):
            return None, [Problem(file, line, f"service {number}: {key} must be text",
                                  f"layanan {number}: {key} harus berupa teks")]
        setattr(service, key, value)
    service.is_demo = bool(raw.get("is_demo", False))
    problems: list[Problem] = []
    for c in raw.get("components") or []:
        n = c.get("number") if isinstance(c, dict) else None
        spec = comp.BY_NUMBER.get(n) if isinstance(n, int) else None
        if spec is None or not isinstance(c.get("text"), str):
            problems.append(Problem(file, line, f"service {number}: unknown component {n!r}",
                                    f"layanan {number}: komponen {n!r} tidak dikenal"))
            continue
        if spec.number in service.components:
            problems.append(Problem(file, line, f"service {number}: component {n} appears twice",
                                    f"layanan {number}: komponen {n} muncul dua kali"))
            continue
        name = c.get("name") if isinstance(c.get("name"), str) else spec.name
        service.components[spec.number] = ParsedComponent(spec.number, name, spec.group, sanitise(c["text"]), line)
    missing = [c for c in comp.COMPONENTS if c.number not in service.components]
    if missing:
        names = ", ".join(f"{c.number} {c.name}" for c in missing)
        problems.append(Problem(file, line, f"service {number}: missing component(s): {names}",
                                f"layanan {number}: komponen belum ada: {names}"))
    return service, problems
