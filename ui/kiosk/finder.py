"""Finding a service: in a hall of several agencies, first the agency, then its services; in a
one-agency office, by sector. Typing a few letters searches every service at any point."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.catalog.search import CatalogSearch
from kiosk.catalog.views import ServiceSummary
from ui.common.guard import contained
from ui.common.rows import RowsModel
from ui.common.viewmodel import ErrorSink, ViewModel

ALL = ""
RESULT_LIMIT = 60


class ServiceFinder(ViewModel):
    changed = Signal()

    def __init__(self, on_error: ErrorSink | None = None, parent: QObject | None = None) -> None:
        super().__init__(on_error, parent)
        self._services: list[ServiceSummary] = []
        self._search = CatalogSearch([])
        self._query = ""
        self._filter = ALL
        self._results = RowsModel(("number", "title", "kbli", "sector", "agency", "isDemo"), self)
        self._filters = RowsModel(("key", "kind", "label", "count"), self)
        self._agencies = RowsModel(("key", "label", "count"), self)
        self._info = False  # the built-in "Informasi / konsultasi" ticket is there

    def load(self, services: Sequence[ServiceSummary], *, info: bool = False) -> None:
        self._services = list(services)
        self._info = info
        self._search = CatalogSearch(self._services)
        agencies = Counter(s.agency for s in self._services if s.agency)
        # A hall of several agencies starts with them (an applicant knows which office they came
        # to); a single office browses its services by sector.
        self._agencies.set_rows(
            {"key": f"agency:{name}", "label": name, "count": count}
            for name, count in (sorted(agencies.items()) if len(agencies) >= 2 else ())
        )
        sectors = Counter(s.sector for s in self._services if s.sector) if len(agencies) < 2 else Counter[str]()
        self._filters.set_rows(
            {"key": f"sector:{name}", "kind": "sector", "label": name, "count": count}
            for name, count in sorted(sectors.items())
        )
        self.reset()

    def version_of(self, number: int) -> int | None:
        """The catalog version of service ``number`` as last loaded, or None if unknown."""
        return next((s.version for s in self._services if s.number == number), None)

    def _get_query(self) -> str:
        return self._query

    def _get_filter(self) -> str:
        return self._filter

    def _get_results(self) -> RowsModel:
        return self._results

    def _get_filters(self) -> RowsModel:
        return self._filters

    def _get_total(self) -> int:
        return len(self._services)

    def _get_agencies(self) -> RowsModel:
        return self._agencies

    def _get_agency_mode(self) -> bool:
        return self._agencies.rowCount() > 0

    def _get_show_agencies(self) -> bool:
        return self._get_agency_mode() and not self._filter and not self._query.strip()

    def _get_agency_name(self) -> str:
        kind, _, name = self._filter.partition(":")
        return name if kind == "agency" else ""

    query = Property(str, _get_query, notify=changed)
    filterKey = Property(str, _get_filter, notify=changed)
    results = Property(QObject, _get_results, constant=True)
    filters = Property(QObject, _get_filters, constant=True)
    total = Property(int, _get_total, notify=changed)
    def _get_has_info(self) -> bool:
        return self._info

    agencies = Property(QObject, _get_agencies, constant=True)
    hasInfo = Property(bool, _get_has_info, notify=changed)
    agencyMode = Property(bool, _get_agency_mode, notify=changed)
    showAgencies = Property(bool, _get_show_agencies, notify=changed)
    agencyName = Property(str, _get_agency_name, notify=changed)

    @Slot(str)
    @contained
    def setQuery(self, text: str) -> None:
        if text != self._query:
            self._query = text
            self._refresh()

    @Slot(str)
    @contained
    def setFilter(self, key: str) -> None:
        self._filter = key if key != self._filter else ALL
        self._refresh()

    @Slot()
    def reset(self) -> None:
        self._query, self._filter = "", ALL
        self._refresh()

    def _matches_filter(self, s: ServiceSummary) -> bool:
        if not self._filter:
            return True
        kind, _, name = self._filter.partition(":")
        return (s.sector if kind == "sector" else s.agency) == name

    def _refresh(self) -> None:
        found = self._search.search(self._query, limit=len(self._services) or 1)
        shown = [s for s in found if self._matches_filter(s)][:RESULT_LIMIT]
        self._results.set_rows(
            {
                "number": s.number,
                "title": s.title,
                "kbli": s.kbli or "",
                "sector": s.sector or "",
                "agency": s.agency or "",
                "isDemo": s.is_demo,
            }
            for s in shown
        )
        self.changed.emit()
