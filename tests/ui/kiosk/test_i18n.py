"""Both languages are complete: every screen string has a finished English translation, the
shipped .qm files are built from the current .ts files, and English screens show no Indonesian
screen text (catalog content stays as imported, by design)."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path
from types import ModuleType

import pytest

from tests.ui.kiosk.driver import KioskFactory
from tests.ui.kiosk.tour import LANDSCAPE, STOPS, Tour

ROOT = Path(__file__).resolve().parents[3]


def _load_i18n_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("mpp_i18n_tool", ROOT / "tools" / "i18n.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while it loads
    spec.loader.exec_module(module)
    return module


i18n = _load_i18n_tool()


def test_every_screen_string_has_a_finished_english_translation() -> None:
    assert i18n.problems() == []


def test_the_check_notices_a_new_untranslated_string(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ui = tmp_path / "ui"
    shutil.copytree(ROOT / "ui" / "qml" / "common", ui / "qml" / "common")
    (ui / "qml" / "common" / "Extra.qml").write_text(
        'import QtQuick\nText { text: qsTr("Kalimat baru yang belum diterjemahkan") }\n', encoding="utf-8"
    )
    i18n_dir = tmp_path / "i18n"
    i18n_dir.mkdir()
    shutil.copy(i18n.ts_file("mpp", "en"), i18n_dir / "mpp_en.ts")
    monkeypatch.setattr(i18n, "UI", ui)
    monkeypatch.setattr(i18n, "I18N", i18n_dir)
    found = i18n.problems(["mpp"])
    assert any("Kalimat baru yang belum diterjemahkan" in p for p in found), found


def test_shipped_qm_files_are_built_from_the_current_ts(tmp_path: Path) -> None:
    for catalog in i18n.catalogs():
        for language in i18n.TARGET_LANGUAGES:
            shipped = i18n.qm_file(catalog, language)
            assert shipped.exists(), f"{shipped.name} is missing: run `python tools/i18n.py build`"
            fresh = tmp_path / shipped.name
            i18n.build(i18n.ts_file(catalog, language), fresh)
            assert fresh.read_bytes() == shipped.read_bytes(), (
                f"{shipped.name} is stale: run `python tools/i18n.py build` and commit it"
            )


def test_switching_language_changes_every_label_and_back(kiosk: KioskFactory) -> None:
    k = kiosk()
    assert k.text("welcome.greeting") == "Selamat datang"
    assert k.text("header.date") == "Selasa, 24 November 2026"
    k.tap("header.language")
    assert k.text("welcome.greeting") == "Welcome"
    assert k.text("welcome.takeTicket") == "Take a queue number"
    assert k.text("header.date") == "Tuesday, 24 November 2026"
    assert k.text("header.time") == "10:05"
    assert k.text("header.language") == "Bahasa Indonesia"
    k.tap("welcome.takeTicket")
    k.tap("service.50")
    assert "Completion time" in k.screen_text() and "7 working days" in k.screen_text()
    k.tap("header.language")
    assert "Waktu penyelesaian" in k.screen_text() and "7 hari kerja" in k.screen_text()


@pytest.mark.expect_warnings(r"could not be loaded; staying in Indonesian")
def test_a_missing_translation_file_leaves_a_correct_indonesian_screen(
    kiosk: KioskFactory, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import ui.common.language as language_module

    monkeypatch.setattr(language_module, "I18N_DIR", tmp_path / "nowhere")
    k = kiosk()
    k.tap("header.language")
    assert k.session.language.code == "id"
    assert k.text("welcome.greeting") == "Selamat datang"


# Last in the file: the tour's windows stay open (in English) until the module ends, and
# translators are global to the application.
def _indonesian_only() -> set[str]:
    """Screen strings whose English differs, so seeing one on an English screen is a miss."""
    sources = set()
    for catalog in i18n.catalogs():
        for m in i18n.messages(i18n.ts_file(catalog, "en")):
            if not m.numerus and "%" not in m.source and m.translations and m.translations[0] != m.source:
                sources.add(m.source)
    return sources


@pytest.mark.parametrize("stop", STOPS, ids=[s.name for s in STOPS])
def test_english_screens_show_no_indonesian_screen_text(tour: Tour, stop: object) -> None:
    k = tour.visit(stop, LANDSCAPE, "en")  # type: ignore[arg-type]
    leftovers = sorted(set(k.visible_texts()) & _indonesian_only())
    assert leftovers == []
