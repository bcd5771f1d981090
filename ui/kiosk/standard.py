"""The service standard of the chosen service: the six parts an applicant needs, the rest on request."""

from __future__ import annotations

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.catalog.components import BY_NUMBER
from kiosk.catalog.views import ServiceDetail
from ui.common.richtext import for_qt
from ui.common.rows import RowsModel

SERVICE_DELIVERY = "A"  # the components a Standar Pelayanan must publish to applicants


class ServiceStandard(QObject):
    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._detail: ServiceDetail | None = None
        roles = ("number", "name", "nameEn", "html")
        self._sections = RowsModel(roles, self)
        self._more = RowsModel(roles, self)
        self._printed = "none"  # the requirements slip: none | printing | printed | failed

    @property
    def detail(self) -> ServiceDetail | None:
        return self._detail

    def show(self, detail: ServiceDetail | None) -> None:
        self._detail = detail
        self._printed = "none"
        components = detail.components if detail else ()

        def row(number: int, name: str, html: str) -> dict[str, object]:
            spec = BY_NUMBER.get(number)
            return {"number": number, "name": name, "nameEn": spec.name_en if spec else name, "html": html}

        self._sections.set_rows(row(c.number, c.name, c.text) for c in components if c.group == SERVICE_DELIVERY)
        self._more.set_rows(row(c.number, c.name, c.text) for c in components if c.group != SERVICE_DELIVERY)
        self.changed.emit()

    def _summary_value(self, name: str) -> object:
        return getattr(self._detail.summary, name) if self._detail else None

    def set_print_state(self, state: str) -> None:
        self._printed = state
        self.changed.emit()

    @property
    def print_state(self) -> str:
        return self._printed

    def _get_print_state(self) -> str:
        return self._printed

    printState = Property(str, _get_print_state, notify=changed)

    def _number(self) -> int:
        return self._detail.number if self._detail else 0

    def _title(self) -> str:
        return self._detail.title if self._detail else ""

    def _kbli(self) -> str:
        return str(self._summary_value("kbli") or "")

    def _agency(self) -> str:
        return str(self._summary_value("agency") or "")

    def _sector(self) -> str:
        return str(self._summary_value("sector") or "")

    def _is_demo(self) -> bool:
        return bool(self._summary_value("is_demo"))

    def _time_value(self) -> int:
        value = self._detail.processing_value if self._detail else None
        return -1 if value is None else value

    def _time_unit(self) -> str:
        return (self._detail.processing_unit or "") if self._detail else ""

    def _fee(self) -> int:
        """Rupiah; -1 when the standard states none the kiosk could read."""
        fee = self._detail.fee if self._detail else None
        return -1 if fee is None else fee

    def _requirement_count(self) -> int:
        return len(self._detail.requirements) if self._detail else 0

    def _get_sections(self) -> RowsModel:
        return self._sections

    def _get_more(self) -> RowsModel:
        return self._more

    number = Property(int, _number, notify=changed)
    title = Property(str, _title, notify=changed)
    kbli = Property(str, _kbli, notify=changed)
    agency = Property(str, _agency, notify=changed)
    sector = Property(str, _sector, notify=changed)
    isDemo = Property(bool, _is_demo, notify=changed)
    timeValue = Property(int, _time_value, notify=changed)
    timeUnit = Property(str, _time_unit, notify=changed)
    fee = Property(int, _fee, notify=changed)
    requirementCount = Property(int, _requirement_count, notify=changed)
    sections = Property(QObject, _get_sections, constant=True)
    more = Property(QObject, _get_more, constant=True)

    @Slot(str, int, result=str)
    def richText(self, html: str, indent: int) -> str:
        """Catalog HTML as Qt draws it, with hanging indents of ``indent`` pixels."""
        return for_qt(html, indent)


def rupiah(amount: int, language: str) -> str:
    """``Rp 50.000`` (Indonesian digit grouping) or ``IDR 50,000``."""
    grouped = f"{amount:,}"
    return f"IDR {grouped}" if language == "en" else "Rp " + grouped.replace(",", ".")
