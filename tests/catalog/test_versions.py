"""Re-importing a changed document makes a new version; the old text stays readable."""

from __future__ import annotations

import json
from pathlib import Path

from tests.support.cli import Cli
from tests.support.documents import real_text


def test_changed_document_adds_a_version_and_keeps_the_old(initialised_cli: Cli, tmp_path: Path) -> None:
    changed = real_text().replace(": 7 hari kerja sejak", ": 5 hari kerja sejak")
    path = tmp_path / "revised.txt"
    path.write_text(changed, encoding="utf-8")

    result = initialised_cli.ok("catalog", "import", str(path))
    assert "0 new, 1 updated (new version), 0 unchanged" in result.out

    now = initialised_cli.ok("catalog", "show", "50", "--json").json()
    old = initialised_cli.ok("catalog", "show", "50", "--version", "1", "--json").json()
    assert now["version"] == 2 and now["processing_time"]["value"] == 5
    assert old["version"] == 1 and old["processing_time"]["value"] == 7

    again = initialised_cli.ok("catalog", "import", str(path))
    assert "1 unchanged" in again.out


def test_export_edit_import_round_trip(initialised_cli: Cli, tmp_path: Path) -> None:
    exported = initialised_cli.ok("catalog", "export", "50").out
    path = tmp_path / "50.json"
    path.write_text(exported, encoding="utf-8")
    assert "1 unchanged" in initialised_cli.ok("catalog", "import", str(path)).out

    doc = json.loads(exported)
    fee = next(c for c in doc["services"][0]["components"] if c["number"] == 4)
    fee["text"] = "Rp 25.000,-"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    assert "1 updated" in initialised_cli.ok("catalog", "import", str(path)).out
    assert initialised_cli.ok("catalog", "show", "50", "--json").json()["fee"] == 25000


def test_structured_form_errors_are_reported_with_lines(initialised_cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{"format": "mpp-kiosk-catalog/1",\n "services": [\n', encoding="utf-8")
    result = initialised_cli("catalog", "import", str(path))
    assert result.status == 2
    assert f"{path}:3: not valid JSON" in result.err
