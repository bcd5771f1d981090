"""A service as read from a document, before it is stored."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class ParsedComponent:
    number: int
    name: str
    group: str
    html: str
    line: int


@dataclass
class ParsedService:
    number: int
    title: str
    line: int
    source: str
    components: dict[int, ParsedComponent] = field(default_factory=dict)
    sector: str | None = None
    agency: str | None = None
    is_demo: bool = False
