"""The Catalog page: the services with their versions, switching one on or off at the kiosks, and
importing annex or JSON files, first as a preview (what changes, or every FILE:LINE problem),
then for real. kiosk.catalog.admin checks the permission and records each change."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.catalog.admin import ImportPreview, import_catalog, preview_import, set_service_active
from kiosk.catalog.store import ImportReport, list_services
from kiosk.catalog.views import ServiceSummary
from ui.common.rows import RowsModel
from ui.staff.pagemodel import DeskState, PageModel


class CatalogPage(PageModel):
    changed = Signal()

    def __init__(self, state: DeskState, parent: QObject | None = None) -> None:
        super().__init__(state, parent)
        self._services = RowsModel(("number", "title", "version", "active", "demo"), self)
        self._changes = RowsModel(("number", "title", "change", "changeLabel"), self)
        self._problems = RowsModel(("line",), self)
        self._preview: ImportPreview | None = None
        self._previewed = ""
        self._shown: list[ServiceSummary] = []

    def _get_services(self) -> RowsModel:
        return self._services

    def _get_changes(self) -> RowsModel:
        return self._changes

    def _get_problems(self) -> RowsModel:
        return self._problems

    def _get_importable(self) -> bool:
        return self._preview is not None and self._preview.importable

    def _get_summary(self) -> str:
        if self._preview is None:
            return ""
        words = self.state.words()
        if self._preview.problems:
            return words.say(f"{len(self._preview.problems)} masalah; tidak ada yang akan diimpor.",
                             f"{len(self._preview.problems)} problem(s); nothing will be imported.")
        r = self._preview.report
        return words.say(f"{len(r.created)} baru, {len(r.updated)} diperbarui (versi baru), {len(r.unchanged)} tetap.",
                         f"{len(r.created)} new, {len(r.updated)} updated (new version), {len(r.unchanged)} unchanged.")

    services = Property(QObject, _get_services, constant=True)
    changes = Property(QObject, _get_changes, constant=True)
    problems = Property(QObject, _get_problems, constant=True)
    importable = Property(bool, _get_importable, notify=changed)
    summary = Property(str, _get_summary, notify=changed)

    def relabel(self) -> None:
        self._fill()
        super().relabel()

    def _fill(self) -> None:
        words = self.state.words()
        self._services.set_rows({"number": s.number, "title": s.title, "version": s.version, "active": s.active,
                                 "demo": s.is_demo} for s in self._shown)
        preview = self._preview
        if preview is None:
            self._changes.set_rows([])
            self._problems.set_rows([])
        else:
            report = preview.report
            kinds = {n: "created" for n in report.created} | {n: "updated" for n in report.updated} \
                | {n: "unchanged" for n in report.unchanged}
            labels = {"created": ("baru", "new"), "updated": ("versi baru", "new version"),
                      "unchanged": ("tetap", "unchanged")}
            self._changes.set_rows({"number": n, "title": t, "change": kinds.get(n, ""),
                                    "changeLabel": words.pick(labels[kinds[n]]) if n in kinds else ""}
                                   for n, t in sorted(preview.titles.items()))
            self._problems.set_rows({"line": str(p)} for p in preview.problems)
        self.changed.emit()

    @Slot()
    def refresh(self) -> None:
        db = self.state.db

        def done(services: list[ServiceSummary]) -> None:
            self._shown = services
            self._fill()

        self.operate(lambda: list_services(db, include_inactive=True), done)

    @Slot(str)
    def preview(self, paths_text: str) -> None:
        db, paths = self.state.db, _paths(paths_text)
        if not paths:
            self.say("Tuliskan lokasi berkas lampiran atau JSON yang akan diimpor.",
                     "Type where the annex or JSON file to import is.", "error")
            return

        def done(result: ImportPreview) -> None:
            self._preview, self._previewed = result, paths_text
            self.say("", "")
            self._fill()

        self.operate(lambda: preview_import(db, self.actor(), paths), done)

    @Slot(str)
    def importFiles(self, paths_text: str) -> None:
        if self._preview is None or not self._preview.importable or paths_text != self._previewed:
            self.say("Lihat pratinjau berkas ini dulu, lalu impor.", "Preview these files first, then import.",
                     "error")
            return
        db, now, paths = self.state.db, self.state.clock(), _paths(paths_text)

        def done(report: ImportReport) -> None:
            self._preview = None
            new, changed, same = len(report.created), len(report.updated), len(report.unchanged)
            self.say(f"Katalog diimpor: {new} baru, {changed} versi baru, {same} tetap.",
                     f"Catalog imported: {new} new, {changed} new versions, {same} unchanged.")
            self.refresh()

        self.operate(lambda: import_catalog(db, self.actor(), now, paths), done)

    @Slot(int, bool)
    def setActive(self, number: int, active: bool) -> None:
        db, now = self.state.db, self.state.clock()

        def done(_: None) -> None:
            if active:
                self.say(f"Layanan {number} tampil lagi di kios.", f"Service {number} shows at the kiosks again.")
            else:
                self.say(f"Layanan {number} tidak lagi tampil di kios.", f"Service {number} no longer shows at the "
                         "kiosks.")
            self.refresh()

        self.operate(lambda: set_service_active(db, self.actor(), now, number, active), done)


def _paths(text: str) -> list[Path]:
    """One path per line or separated by ';' (a file manager's copied path works as is)."""
    parts = [p.strip().strip('"') for line in text.splitlines() for p in line.split(";")]
    return [Path(p).expanduser() for p in parts if p]
