"""The Catalog page in a real window: an administrator previews an annex (what changes, or every
FILE:LINE problem with nothing written), imports it, and hides a service from the kiosks."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMetaObject, Qt
from pytestqt.qtbot import QtBot

from devices.printing import Printer, PrinterSettings
from kiosk import audit, config
from kiosk.catalog.store import get_service, list_services, version_detail
from kiosk.clock import parse_instant
from kiosk.queue import issue_ticket
from tests.staff.hall import PINS, SECRET, Hall
from tests.support.documents import annex_of
from tests.ui.qtsupport import cut_off_texts, find, is_shown, overlapping_texts, save_screenshot
from tests.ui.staff.screens import click, key, text_of, type_into
from ui.common.host import RoleHandle, RoleOptions
from ui.staff.catalogpage import CatalogPage
from ui.staff.screen import open_staff
from ui.staff.viewmodel import StaffDesk

NOW = parse_instant("2026-11-24T09:00:00+07:00")


@pytest.fixture
def console(hall: Hall, qtbot: QtBot, tmp_path: Path) -> Iterator[tuple[RoleHandle, StaffDesk, CatalogPage]]:
    settings = config.validate({"database": {"url": hall.db.url}, "security": {"secret": SECRET},
                                "terminal": {"name": "PC-Admin", "language": "id"}}, "test")
    printer = Printer(PrinterSettings(kind="virtual", output_dir=tmp_path / "printed"))
    handle, desk = open_staff(settings, lambda: NOW, RoleOptions(size=(1366, 768)), db=hall.db, printer=printer)
    page = next(k for k in handle.keep if isinstance(k, CatalogPage))
    qtbot.waitExposed(handle.window)
    yield handle, desk, page
    page.wait()
    desk.wait_for_background()
    handle.close()


def _settled(page: CatalogPage, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: not page.property("busy"), timeout=15000)
    page.wait()
    qtbot.wait(50)


def _check(handle: RoleHandle, name: str, tmp_path: Path, qtbot: QtBot) -> None:
    qtbot.wait(50)
    save_screenshot(handle.window, name, tmp_path)
    assert cut_off_texts(handle.window) == [], name
    assert overlapping_texts(handle.window) == [], name


def test_an_administrator_previews_then_imports_an_annex(
    hall: Hall, console: tuple[RoleHandle, StaffDesk, CatalogPage], qtbot: QtBot, tmp_path: Path
) -> None:
    handle, desk, page = console
    window = handle.window
    annex = tmp_path / "lampiran-51-53.txt"
    annex.write_text(annex_of(3, start=51), encoding="utf-8")
    broken = tmp_path / "rusak.txt"
    broken.write_text(annex_of(1, start=60) + "\n" + annex_of(1, start=60), encoding="utf-8")  # 60 twice
    before = [(s.number, s.version) for s in list_services(hall.db, include_inactive=True)]

    type_into(window, "signin.officer", "citra")
    type_into(window, "signin.pin", PINS["CITRA"], enter=True)
    key(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert desk.property("page") == "catalog"
    _settled(page, qtbot)

    type_into(window, "catalog.paths", str(broken), enter=True)
    _settled(page, qtbot)
    assert text_of(window, "catalog.summary").endswith("tidak ada yang akan diimpor.")
    assert page.problems.rowCount() >= 1 and "nomor layanan 60 ganda" in page.problems.rows()[0]["line"]
    assert page.problems.rows()[0]["line"].startswith(f"{broken}:")
    assert not find(window, "catalog.import").isEnabled()

    type_into(window, "catalog.paths", str(annex))
    click(window, "catalog.preview")
    _settled(page, qtbot)
    assert text_of(window, "catalog.summary") == "3 baru, 0 diperbarui (versi baru), 0 tetap."
    assert [r["number"] for r in page.changes.rows()] == [51, 52, 53]
    assert [(s.number, s.version) for s in list_services(hall.db, include_inactive=True)] == before
    if hall.db.is_sqlite:
        _check(handle, "console-catalog-id.png", tmp_path, qtbot)
    click(window, "catalog.import")
    _settled(page, qtbot)
    assert text_of(window, "catalog.message") == "Katalog diimpor: 3 baru, 0 versi baru, 0 tetap."
    numbers = {s.number for s in list_services(hall.db)}
    assert {51, 52, 53} <= numbers
    [entry] = audit.entries(hall.db, action_prefix="catalog.import")
    assert entry.actor == "CITRA" and entry.detail["created"] == [51, 52, 53]

    qtbot.waitUntil(lambda: page.services.rowCount() == len(before) + 3, timeout=5000)
    click(window, "catalog.toggle.52")
    _settled(page, qtbot)
    assert 52 not in {s.number for s in list_services(hall.db)}  # no longer offered at the kiosks
    if hall.db.is_sqlite:
        click(window, "desk.language")
        qtbot.waitUntil(lambda: text_of(window, "catalog.preview") == "Preview", timeout=3000)
        _check(handle, "console-catalog-en.png", tmp_path, qtbot)


def test_an_administrator_edits_a_service_into_a_new_version(
    hall: Hall, console: tuple[RoleHandle, StaffDesk, CatalogPage], qtbot: QtBot, tmp_path: Path
) -> None:
    """A new name, a requirement marked as a document to bring, one removed and one added: saved
    as version 2 with the history shown; the ticket issued before keeps version 1's checklist."""
    handle, _, page = console
    window = handle.window
    earlier = issue_ticket(hall.db, 50, office=hall.office, now=NOW)
    type_into(window, "signin.officer", "citra")
    type_into(window, "signin.pin", PINS["CITRA"], enter=True)
    key(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    _settled(page, qtbot)
    click(window, "catalog.edit.50")
    _settled(page, qtbot)
    qtbot.waitUntil(lambda: is_shown(handle.window, "catalog.editTitle"), timeout=3000)
    assert text_of(window, "catalog.itemNature.1") == "Syarat dipenuhi"  # "Skala usaha kecil atau menengah"
    type_into(window, "catalog.editTitle", "")
    click(window, "catalog.saveEdit")
    _settled(page, qtbot)
    assert text_of(window, "catalog.editMessage") == "Nama layanan tidak boleh kosong."
    type_into(window, "catalog.editTitle", "Sertifikat Standar Industri Kamera (KBLI 26791)")
    click(window, "catalog.itemNature.2")
    assert text_of(window, "catalog.itemNature.2") == "Dokumen dibawa"
    QMetaObject.invokeMethod(find(window, "catalog.editItems"), "positionViewAtEnd")
    qtbot.waitUntil(lambda: is_shown(handle.window, "catalog.itemRemove.13"), timeout=3000)
    click(window, "catalog.itemRemove.13")
    click(window, "catalog.addItem")
    qtbot.waitUntil(lambda: is_shown(handle.window, "catalog.itemText.13"), timeout=3000)
    type_into(window, "catalog.itemText.13", "Fotokopi KTP penanggung jawab")
    if hall.db.is_sqlite:
        _check(handle, "console-catalog-edit-id.png", tmp_path, qtbot)
    click(window, "catalog.saveEdit")
    _settled(page, qtbot)
    assert text_of(window, "catalog.message") == (
        "Layanan 50 disimpan sebagai versi 2; tiket lama tetap memakai versinya.")
    detail = get_service(hall.db, 50)
    assert detail is not None and detail.title == "Sertifikat Standar Industri Kamera (KBLI 26791)"
    assert [(r.order, r.nature) for r in detail.requirements][:2] == [(1, "condition"), (2, "document")]
    assert detail.requirements[-1].text == "Fotokopi KTP penanggung jawab"
    assert detail.requirements[-1].nature == "document" and len(detail.requirements) == 13
    assert "Fotokopi KTP penanggung jawab" in detail.component(1).text
    kept = version_detail(hall.db, earlier.version_id)
    assert kept is not None and kept.summary.version == 1
    assert kept.requirements[-1].text == "Memiliki alat kalibrasi yang sesuai dengan standar internasional."
    [entry] = audit.entries(hall.db, action_prefix="catalog.edit")
    assert (entry.actor, entry.subject, entry.detail["version"]) == ("CITRA", "service:50", 2)
    assert sorted(entry.detail["changed"]) == ["requirements", "title"]
    click(window, "catalog.edit.50")
    _settled(page, qtbot)
    qtbot.waitUntil(lambda: is_shown(handle.window, "catalog.version.2"), timeout=3000)
    assert [r["source"] for r in page.versionRows.rows()] == [
        "diubah oleh CITRA", "diimpor dari standar-pelayanan-50-kbli-26791.txt"]
    if hall.db.is_sqlite:
        click(window, "catalog.cancelEdit")
        click(window, "desk.language")
        qtbot.waitUntil(lambda: text_of(window, "catalog.preview") == "Preview", timeout=3000)
        click(window, "catalog.edit.50")
        _settled(page, qtbot)
        qtbot.waitUntil(lambda: is_shown(handle.window, "catalog.version.2"), timeout=3000)
        assert text_of(window, "catalog.itemNature.2") == "Document to bring"
        _check(handle, "console-catalog-edit-en.png", tmp_path, qtbot)
