"""Every class of bad input: a FILE:LINE message, exit status 2, and the database untouched."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kiosk.storage import Database
from tests.support.cli import Cli
from tests.support.dbdump import dump
from tests.support.documents import line_of, real_text, renumbered


def _import_refused(cli: Cli, path: Path, expected: str) -> str:
    db = Database(cli.db_url)
    before = dump(db)
    result = cli("catalog", "import", str(path))
    after = dump(db)
    db.dispose()
    assert result.status == 2, result.out
    assert expected in result.err, result.err
    assert "nothing was imported" in result.err
    assert before == after
    return result.err


def _changed(tmp_path: Path, text: str, name: str = "annex.txt") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_unknown_component(initialised_cli: Cli, tmp_path: Path) -> None:
    text = renumbered(real_text(), 51).replace("11\tJumlah Pelaksana", "15\tJumlah Pelaksana")
    path = _changed(tmp_path, text)
    line = line_of(text, "15\tJumlah")
    _import_refused(initialised_cli, path, f"{path}:{line}: unknown component '15 Jumlah")


def test_missing_component(initialised_cli: Cli, tmp_path: Path) -> None:
    text = renumbered(real_text(), 51)
    text = "\n".join(line for line in text.splitlines() if not line.startswith("4\tBiaya"))
    path = _changed(tmp_path, text)
    heading = line_of(text, "**51.")
    _import_refused(initialised_cli, path, f"{path}:{heading}: service 51: missing component(s): 4 Biaya/Tarif")


def test_duplicate_service_number_in_one_file(initialised_cli: Cli, tmp_path: Path) -> None:
    text = renumbered(real_text(), 51) + "\n" + renumbered(real_text(), 51)
    path = _changed(tmp_path, text)
    second = text.index("**51.", text.index("**51.") + 1)
    _import_refused(
        initialised_cli,
        path,
        f"{path}:{text[:second].count(chr(10)) + 1}: duplicate service number 51 (first at line 3)",
    )


def test_duplicate_service_number_across_files(initialised_cli: Cli, tmp_path: Path) -> None:
    a = _changed(tmp_path, renumbered(real_text(), 51), "a.txt")
    b = _changed(tmp_path, renumbered(real_text(), 51), "b.txt")
    db = Database(initialised_cli.db_url)
    before = dump(db)
    result = initialised_cli("catalog", "import", str(a), str(b))
    assert result.status == 2
    assert f"{b}:3: duplicate service number 51 (also at {a}:3)" in result.err
    assert dump(db) == before
    db.dispose()


def test_unparseable_processing_time(initialised_cli: Cli, tmp_path: Path) -> None:
    text = renumbered(real_text(), 51).replace(": 7 hari kerja sejak", ": secepatnya sejak")
    path = _changed(tmp_path, text)
    line = line_of(text, "3\tJangka Waktu")
    _import_refused(initialised_cli, path, f"{path}:{line}: service 51: cannot read the processing time")


def test_unparseable_fee(initialised_cli: Cli, tmp_path: Path) -> None:
    text = renumbered(real_text(), 51).replace("4\tBiaya/Tarif\t: Gratis", "4\tBiaya/Tarif\t: sesuai kesepakatan")
    path = _changed(tmp_path, text)
    line = line_of(text, "4\tBiaya/Tarif")
    _import_refused(initialised_cli, path, f"{path}:{line}: service 51: cannot read the fee in 'sesuai kesepakatan'")


def test_bytes_that_are_not_utf8(initialised_cli: Cli, tmp_path: Path) -> None:
    text = renumbered(real_text(), 51)
    data = text.encode("utf-8").replace(b"Tempat parkir", "Tempat parkir \xe9".encode("latin-1"))
    path = tmp_path / "latin1.txt"
    path.write_bytes(data)
    line = line_of(text, "Tempat parkir")
    _import_refused(initialised_cli, path, f"{path}:{line}: bytes are not UTF-8 text (byte 0xe9")


@pytest.mark.parametrize("content", ["", "\n\n   \n"])
def test_empty_file(initialised_cli: Cli, tmp_path: Path, content: str) -> None:
    path = _changed(tmp_path, content)
    _import_refused(initialised_cli, path, f"{path}:1: empty file: no service found")


def test_one_bad_service_blocks_the_whole_import(initialised_cli: Cli, tmp_path: Path) -> None:
    good = renumbered(real_text(), 52)
    bad = renumbered(real_text(), 53).replace(": Gratis", ": ?")
    path = _changed(tmp_path, good + "\n" + bad)
    _import_refused(initialised_cli, path, "service 53: cannot read the fee")
    assert initialised_cli("catalog", "show", "52").status == 2


def test_dry_run_changes_nothing(initialised_cli: Cli, tmp_path: Path) -> None:
    path = _changed(tmp_path, renumbered(real_text(), 51))
    db = Database(initialised_cli.db_url)
    before = dump(db)
    result = initialised_cli.ok("catalog", "import", "--dry-run", str(path))
    assert "would import 1 service(s): 1 new" in result.out
    assert dump(db) == before
    db.dispose()


@pytest.mark.parametrize(("broken", "indonesian"), [
    (lambda t: t.replace("11\tJumlah Pelaksana", "15\tJumlah Pelaksana"), "komponen '15 Jumlah"),
    (lambda t: "\n".join(line for line in t.splitlines() if not line.startswith("4\tBiaya")),
     "layanan 51: komponen belum ada: 4 Biaya/Tarif"),
    (lambda t: t + "\n" + t, "nomor layanan 51 ganda (pertama di baris 3)"),
    (lambda t: t.replace("7 hari kerja", "seminggu"), "layanan 51: jangka waktu"),
])
def test_every_problem_also_reads_in_indonesian_for_the_console(broken: Any, indonesian: str) -> None:
    """The console shows problems in the desk's language; the command line keeps the English."""
    from kiosk.catalog.importer import read_files
    from kiosk.catalog.problems import CatalogImportError

    text = broken(renumbered(real_text(), 51))
    with pytest.raises(CatalogImportError) as refused:
        read_files([("annex.txt", text.encode())])
    problems = refused.value.problems
    assert all(p.message_id and p.message_id != p.message for p in problems)
    assert any(indonesian in p.in_language("id") for p in problems), [p.in_language("id") for p in problems]
    assert all(p.in_language("en") == str(p) for p in problems)


@pytest.mark.parametrize(("change", "expected"), [
    (lambda t: t.replace(": Gratis", ": Rp 99.999.999.999"), "service_version.fee: 99999999999 is out of range"),
    (lambda t: t.replace("(Risiko Menengah Tinggi)", "(Risiko " + "sangat " * 20 + "tinggi)"),
     "service.risk: at most 60 characters (got 146)"),
])
@pytest.mark.expect_warnings(r"out_of_range: service")
def test_a_value_past_a_column_limit_refuses_the_whole_import(initialised_cli: Cli, tmp_path: Path, change: Any,
                                                              expected: str) -> None:
    # The limits are checked column by column over the bulk rows, before anything is written;
    # a good service in the same file must not be left behind either.
    path = _changed(tmp_path, renumbered(real_text(), 52) + "\n" + change(renumbered(real_text(), 53)))
    db = Database(initialised_cli.db_url)
    before = dump(db)
    result = initialised_cli("catalog", "import", str(path))
    assert result.status == 8, result.out
    assert expected in result.err and "Nilai di luar batas" in result.err
    assert dump(db) == before
    db.dispose()
