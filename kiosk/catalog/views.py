"""What screens, receipts and the CLI read about a service: plain immutable values."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# The built-in "Informasi dan konsultasi" entry (see kiosk.catalog.info); kept here, with the
# values screens read, so a screen can recognise it without loading the catalog's storage.
INFO_NUMBER = 0


@dataclass(frozen=True)
class ServiceSummary:
    number: int
    title: str
    kbli: str | None
    risk: str | None
    sector: str | None
    agency: str | None
    active: bool
    is_demo: bool
    version: int


@dataclass(frozen=True)
class ComponentView:
    number: int
    name: str
    group: str
    text: str  # sanitised rich text (p ol ul li b i br)


@dataclass(frozen=True)
class ItemView:
    group: str | None
    order: int
    text: str
    nature: str = "document"  # requirements: document (to bring) | condition (to meet)


@dataclass(frozen=True)
class ServiceDetail:
    summary: ServiceSummary
    version_id: int
    components: tuple[ComponentView, ...]
    requirements: tuple[ItemView, ...]
    processing_value: int | None
    processing_unit: str | None
    fee: int | None
    products: tuple[ItemView, ...]
    complaint_channels: tuple[ItemView, ...]
    legal_basis: tuple[ItemView, ...]

    @property
    def number(self) -> int:
        return self.summary.number

    @property
    def title(self) -> str:
        return self.summary.title

    def component(self, number: int) -> ComponentView:
        return next(c for c in self.components if c.number == number)

    def to_json(self) -> dict[str, Any]:
        s = self.summary

        def items(seq: tuple[ItemView, ...]) -> list[dict[str, Any]]:
            return [{"group": i.group, "order": i.order, "text": i.text} for i in seq]

        return {
            "number": s.number,
            "title": s.title,
            "kbli": s.kbli,
            "risk": s.risk,
            "sector": s.sector,
            "agency": s.agency,
            "active": s.active,
            "is_demo": s.is_demo,
            "version": s.version,
            "components": [
                {"number": c.number, "name": c.name, "group": c.group, "text": c.text} for c in self.components
            ],
            "requirements": [{"group": i.group, "order": i.order, "text": i.text, "nature": i.nature}
                             for i in self.requirements],
            "processing_time": {"value": self.processing_value, "unit": self.processing_unit},
            "fee": self.fee,
            "products": items(self.products),
            "complaint_channels": items(self.complaint_channels),
            "legal_basis": items(self.legal_basis),
        }
