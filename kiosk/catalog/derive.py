"""Structured fields derived from a service's components: checklist, time, fee, lists."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kiosk.catalog.parsed import ParsedService
from kiosk.catalog.problems import Problem
from kiosk.catalog.richtext import blocks, to_plain

UNITS = {
    "hari kerja": "working_days",
    "hari kalender": "calendar_days",
    "hari": "calendar_days",
    "jam": "hours",
    "menit": "minutes",
}
UNIT_LABELS_ID = {
    "working_days": "hari kerja",
    "calendar_days": "hari kalender",
    "hours": "jam",
    "minutes": "menit",
}
UNIT_LABELS_EN = {
    "working_days": "working days",
    "calendar_days": "calendar days",
    "hours": "hours",
    "minutes": "minutes",
}


@dataclass(frozen=True)
class Item:
    kind: str  # requirement | product | complaint_channel | legal_basis
    position: int
    text: str
    group: str | None = None


@dataclass(frozen=True)
class Derived:
    kbli: str | None
    risk: str | None
    processing_value: int
    processing_unit: str
    fee: int
    items: tuple[Item, ...]


_ENUM = re.compile(r"^\(?(?:\d{1,3}|[a-zA-Z])[.)]\s+")
_GROUP = re.compile(r"^(?:[A-Z]\.\s*)?(Persyaratan\s+(?:Umum|Khusus|Teknis|Administrasi))\b\s*:?\s*$", re.I)
_INLINE_ENUM = re.compile(r"(?:^|\s)(?=\d{1,3}[.)]\s)")


_TRAILING_CONJUNCTION = re.compile(r"(?:;|,)?\s*(?:dan|atau)\s*$")


def clean_item(text: str) -> str:
    text = _ENUM.sub("", text.strip())
    if text.rstrip().endswith(("dan", "atau")):  # the substitution alone tries every position
        text = _TRAILING_CONJUNCTION.sub("", text)
    return text.rstrip(" ;,").strip()


def list_items(fragment: str) -> list[tuple[str | None, str]]:
    """(group, text) pairs: list items, or enumerated lines when a cell has no list markup."""
    found: list[tuple[str | None, str]] = []
    group: str | None = None
    all_blocks = blocks(fragment)
    has_li = any(kind == "li" for kind, _ in all_blocks)
    for kind, text in all_blocks:
        heading = _GROUP.match(text)
        if heading:
            group = " ".join(heading.group(1).split()).title()
            continue
        if kind == "li":
            found.append((group, clean_item(text)))
        elif not has_li:
            parts = [p for p in _INLINE_ENUM.split(text) if p.strip()]
            if len(parts) > 1 or _ENUM.match(text):
                found.extend((group, clean_item(p)) for p in parts)
    return [(g, t) for g, t in found if t]


_TIME = re.compile(r"(\d{1,4})\s*(?:\([^)]*\)\s*)?(hari\s+kerja|hari\s+kalender|hari|jam|menit)\b", re.I)
_FREE = re.compile(r"\b(gratis|tidak\s+dipungut\s+biaya|tanpa\s+biaya|tidak\s+dikenakan\s+biaya)\b", re.I)
_RUPIAH = re.compile(r"\bRp\.?\s*([0-9][0-9.]*)(?:,(?:-|00))?", re.I)
_KBLI = re.compile(r"\bKBLI\s*:?\s*(\d{5})\b", re.I)
_RISK = re.compile(r"\(\s*Risiko\s+([^)]+?)\s*\)", re.I)


def processing_time(fragment: str) -> tuple[int, str] | None:
    match = _TIME.search(to_plain(fragment))
    if not match:
        return None
    unit = UNITS[" ".join(match.group(2).lower().split())]
    return int(match.group(1)), unit


def fee(fragment: str) -> int | None:
    plain = to_plain(fragment)
    if _FREE.search(plain):
        return 0
    match = _RUPIAH.search(plain)
    if match:
        return int(match.group(1).replace(".", ""))
    return None


def derive(service: ParsedService) -> tuple[Derived | None, list[Problem]]:
    problems: list[Problem] = []
    c = service.components
    time = processing_time(c[3].html)
    if time is None:
        problems.append(
            Problem(
                service.source,
                c[3].line,
                f"service {service.number}: cannot read the processing time in "
                f"{to_plain(c[3].html)[:60]!r}; write it like '7 hari kerja'",
                f"layanan {service.number}: jangka waktu {to_plain(c[3].html)[:60]!r} tidak terbaca; "
                "tulis seperti '7 hari kerja'",
            )
        )
    rupiah = fee(c[4].html)
    if rupiah is None:
        problems.append(
            Problem(
                service.source,
                c[4].line,
                f"service {service.number}: cannot read the fee in {to_plain(c[4].html)[:60]!r}; "
                "write 'Gratis' or an amount like 'Rp 50.000'",
                f"layanan {service.number}: biaya {to_plain(c[4].html)[:60]!r} tidak terbaca; "
                "tulis 'Gratis' atau jumlah seperti 'Rp 50.000'",
            )
        )
    requirements = list_items(c[1].html)
    if not requirements:
        plain = to_plain(c[1].html)
        requirements = [(None, line) for line in plain.split("\n") if line]
    if not requirements:
        problems.append(Problem(service.source, c[1].line, f"service {service.number}: no requirement items found",
                                f"layanan {service.number}: tidak ada butir persyaratan"))
    if problems or time is None or rupiah is None:
        return None, problems
    items: list[Item] = [Item("requirement", i, text, group) for i, (group, text) in enumerate(requirements, 1)]
    for kind, number in (("product", 5), ("complaint_channel", 6), ("legal_basis", 7)):
        # The channels are the first list of component 6, its longest cell: the whole cell is
        # read only when it has no list.
        found = (_first_list(c[number].html) if kind == "complaint_channel" else []) or list_items(c[number].html)
        if not found and kind == "product":
            found = [(None, to_plain(c[number].html).replace("\n", " "))]
        items.extend(Item(kind, i, text, group) for i, (group, text) in enumerate(found, 1))
    kbli = _KBLI.search(service.title)
    risk = _RISK.search(service.title)
    return Derived(
        kbli=kbli.group(1) if kbli else None,
        risk=" ".join(risk.group(1).split()) if risk else None,
        processing_value=time[0],
        processing_unit=time[1],
        fee=rupiah,
        items=tuple(items),
    ), []


def _first_list(fragment: str) -> list[tuple[str | None, str]]:
    """The channels are the first list of component 6 ("... melalui: a. ..., b. ...");
    later lists describe how complaints are handled, not where to file them."""
    match = re.search(r"<ol[^>]*>.*?</ol>|<ul[^>]*>.*?</ul>", fragment, re.S)
    return list_items(match.group(0)) if match else []
