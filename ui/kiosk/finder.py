"""Finding a service: browse by sector or agency, or type a few letters (results as you type)."""

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

    def load(self, services: Sequence[ServiceSummary]) -> None:
        self._services = list(services)
        self._search = CatalogSearch(self._services)
        rows: list[dict[str, object]] = []
        for kind, values in (
            ("sector", Counter(s.sector for s in self._services if s.sector)),
            ("agency", Counter(s.agency for s in self._services if s.agency)),
        ):
            # Browsing by agency only helps when the hall has more than one.
            if kind == "agency" and len(values) < 2:
                continue
            rows += [
                {"key": f"{kind}:{name}", "kind": kind, "label": name, "count": count}
                for name, count in sorted(values.items())
            ]
        self._filters.set_rows(rows)
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

    query = Property(str, _get_query, notify=changed)
    filterKey = Property(str, _get_filter, notify=changed)
    results = Property(QObject, _get_results, constant=True)
    filters = Property(QObject, _get_filters, constant=True)
    total = Property(int, _get_total, notify=changed)

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
