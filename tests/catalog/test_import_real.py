"""The bundled real document, as an administrator sees it after `mpp-kiosk init`."""

from __future__ import annotations

from tests.support.cli import Cli


def test_init_then_show_service_50(initialised_cli: Cli) -> None:
    service = initialised_cli.ok("catalog", "show", "50", "--json").json()

    assert service["number"] == 50
    assert service["kbli"] == "26791"
    assert service["risk"] == "Menengah Tinggi"
    assert service["title"].startswith("Sertifikat Standar (Risiko Menengah Tinggi) KBLI 26791")
    assert [c["number"] for c in service["components"]] == list(range(1, 15))
    assert [c["group"] for c in service["components"]] == ["A"] * 6 + ["B"] * 8
    requirements = service["requirements"]
    assert len(requirements) == 13
    assert [r["group"] for r in requirements] == ["Persyaratan Umum"] * 5 + ["Persyaratan Khusus"] * 8
    assert [r["order"] for r in requirements] == list(range(1, 14))
    assert requirements[0]["text"] == "Skala usaha kecil atau menengah"
    assert requirements[12]["text"] == "Memiliki alat kalibrasi yang sesuai dengan standar internasional."
    assert service["processing_time"] == {"value": 7, "unit": "working_days"}
    assert service["fee"] == 0
    assert service["sector"] == "Industri Pengolahan"


def test_component_text_is_clean_rich_text(initialised_cli: Cli) -> None:
    service = initialised_cli.ok("catalog", "show", "50", "--json").json()
    texts = {c["number"]: c["text"] for c in service["components"]}

    assert texts[3] == "7 hari kerja sejak diterimanya berkas permohonan secara lengkap dan benar."
    assert texts[4] == "Gratis"
    # The leading ": " of each cell is gone, inline styles are gone, lists stay lists.
    assert not any(t.lstrip("<p>").startswith(":") for t in texts.values())
    assert "list-style-type: none" in texts[1] and "<li>" in texts[1]
    assert "style=" not in texts[1].replace('style="list-style-type: none"', "")
    # Continuation rows are merged into their component, text kept exactly as published
    # (the page break cut "pelayanan" to "elayanan"; we never guess).
    assert "elayanan terpadu satu pintu" in texts[9]
    assert "Pelibatan APIP berdasarkan persetujuan" in texts[6]
    assert texts[13].endswith("berupa bantuan hukum.</p>")
    assert "NO" not in texts[6].split() and "KOMPONEN" not in texts[6]


def test_complaint_channels_and_products(initialised_cli: Cli) -> None:
    service = initialised_cli.ok("catalog", "show", "50", "--json").json()
    channels = [c["text"] for c in service["complaint_channels"]]
    assert len(channels) == 13
    assert "WA: 081809898222" in channels
    assert channels[-1] == "Kotak Pengaduan"
    assert [p["text"] for p in service["products"]] == [
        "NIB dan Sertifikat Standar Terverifikasi dengan tanda tangan elektronik"
    ]
    assert len(service["legal_basis"]) == 6


def test_catalog_list_and_search(initialised_cli: Cli) -> None:
    listing = initialised_cli.ok("catalog", "list", "--json").json()
    assert [s["number"] for s in listing] == [50]
    # An applicant's spelling ("sertipikat", a typo in "kamera") still finds it.
    hits = initialised_cli.ok("catalog", "search", "sertipikat kamra", "--json").json()
    assert [h["number"] for h in hits] == [50]
    assert initialised_cli.ok("catalog", "search", "26791", "--json").json()[0]["number"] == 50
    assert initialised_cli.ok("catalog", "search", "restoran", "--json").json() == []


def test_init_twice_keeps_one_version(initialised_cli: Cli) -> None:
    again = initialised_cli.ok("init")
    assert "0 new, 0 updated (new version), 1 unchanged" in again.out
    assert initialised_cli.ok("catalog", "show", "50", "--json").json()["version"] == 1


def test_commands_refuse_an_uninitialised_database(cli: Cli) -> None:
    cli.config.write_text("", encoding="utf-8")
    result = cli("catalog", "list")
    assert result.status == 6  # documented: the database is not set up
    assert "Jalankan `mpp-kiosk init`" in result.err and "Run `mpp-kiosk init`" in result.err
