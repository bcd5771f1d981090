"""The Catalog page: the services with their versions, switching one on or off at the kiosks, and
importing annex or JSON files, first as a preview (what changes, or every FILE:LINE problem),
then for real. kiosk.catalog.admin checks the permission and records each change."""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.catalog.admin import ImportPreview, import_catalog, preview_import, set_service_active
from kiosk.catalog.editing import RequirementEdit, VersionView, edit_service, service_versions
from kiosk.catalog.store import ImportReport, get_service, list_services
from kiosk.catalog.views import ServiceDetail, ServiceSummary
from ui.common.rows import RowsModel
from ui.staff.pagemodel import DeskState, PageModel


class CatalogPage(PageModel):
    changed = Signal()
    editLoaded = Signal()  # the service to edit has arrived: the screen fills its form
    editSaved = Signal()

    def __init__(self, state: DeskState, timezone: str = "Asia/Jakarta", parent: QObject | None = None) -> None:
        super().__init__(state, parent)
        self._zone = ZoneInfo(timezone)
        self._services = RowsModel(("number", "title", "version", "active", "demo"), self)
        self._changes = RowsModel(("number", "title", "change", "changeLabel"), self)
        self._problems = RowsModel(("line",), self)
        self._preview: ImportPreview | None = None
        self._previewed = ""
        self._shown: list[ServiceSummary] = []
        self._editing: ServiceDetail | None = None
        self._versions: list[VersionView] = []
        self._version_rows = RowsModel(("version", "when", "source", "requirements", "current"), self)

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

    def _get_edit_items(self) -> list[dict[str, str]]:
        """The requirements to edit; the screen copies them into its own list to add and remove."""
        if self._editing is None:
            return []
        return [{"text": r.text, "nature": r.nature, "group": r.group or ""} for r in self._editing.requirements]

    def _get_version_rows(self) -> RowsModel:
        return self._version_rows

    def _get_edit_number(self) -> int:
        return self._editing.number if self._editing is not None else 0

    def _get_edit_title(self) -> str:
        return self._editing.title if self._editing is not None else ""

    def _get_edit_agency(self) -> str:
        return (self._editing.summary.agency or "") if self._editing is not None else ""

    editItems = Property(list, _get_edit_items, notify=editLoaded)
    versionRows = Property(QObject, _get_version_rows, constant=True)
    editNumber = Property(int, _get_edit_number, notify=editLoaded)
    editTitle = Property(str, _get_edit_title, notify=editLoaded)
    editAgency = Property(str, _get_edit_agency, notify=editLoaded)
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
            self._problems.set_rows({"line": p.in_language(words.language)} for p in preview.problems)
        self._fill_versions()
        self.changed.emit()

    def _fill_versions(self) -> None:
        words = self.state.words()
        self._version_rows.set_rows(
            {"version": v.version, "when": words.day(v.made_at.astimezone(self._zone).date())
             + v.made_at.astimezone(self._zone).strftime(" %H.%M"),
             "source": words.say(f"diubah oleh {v.source[5:]}", f"edited by {v.source[5:]}")
             if v.source.startswith("edit:") else words.say(f"diimpor dari {_name(v.source)}",
                                                            f"imported from {_name(v.source)}"),
             "requirements": v.requirements, "current": v.current}
            for v in self._versions)

    @Slot(int)
    def editService(self, number: int) -> None:
        """Load a service's current version and its history into the edit form."""
        db = self.state.db

        def job() -> tuple[ServiceDetail | None, list[VersionView]]:
            return get_service(db, number), service_versions(db, number)

        def done(answer: tuple[ServiceDetail | None, list[VersionView]]) -> None:
            detail, self._versions = answer
            if detail is None:
                self.say(f"Layanan nomor {number} tidak ada.", f"There is no service number {number}.", "error")
                return
            self._editing = detail
            self.say("", "")
            self._fill_versions()
            self.editLoaded.emit()

        self.operate(job, done)

    @Slot(str, str, list, list, list)
    def saveEdit(self, title: str, agency: str, texts: list[str], natures: list[str], groups: list[str]) -> None:
        if self._editing is None:
            return
        db, now, number = self.state.db, self.state.clock(), self._editing.number
        items = [RequirementEdit(str(t), str(n), str(g) or None) for t, n, g in zip(texts, natures, groups,
                                                                                     strict=True)]

        def done(version: int) -> None:
            if self._editing is not None and version == self._editing.summary.version:
                self.say("Tidak ada yang berubah.", "Nothing changed.", "info")
            else:
                self.say(f"Layanan {number} disimpan sebagai versi {version}; tiket lama tetap memakai versinya.",
                         f"Service {number} saved as version {version}; earlier tickets keep their version.")
            self._editing = None
            self.editSaved.emit()
            self.refresh()

        self.operate(lambda: edit_service(db, self.actor(), now, number, title=title, agency=agency,
                                          requirements=items), done)

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


def _name(source: str) -> str:
    return Path(source).name or source


def _paths(text: str) -> list[Path]:
    """One path per line or separated by ';' (a file manager's copied path works as is)."""
    parts = [p.strip().strip('"') for line in text.splitlines() for p in line.split(";")]
    return [Path(p).expanduser() for p in parts if p]
