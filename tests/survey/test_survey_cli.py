"""`mpp-kiosk survey import` of paper forms and `report ikm --json` reproduce figures computed
by hand; a bad file imports nothing; `survey export` writes the same form back."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime
from pathlib import Path

import pytest

from kiosk.storage import Database
from kiosk.survey.csv_io import COLUMNS, read_forms
from tests.support.cli import Cli
from tests.support.dbdump import dump

HEADER = ",".join(COLUMNS)
# Four forms about service 50 in Q4 2026. Sums u1..u8: 16 12 12 16 12 13 14 11 over 4 answers;
# u9 answered by two (3 + 2). NRR: 4, 3, 3, 4, 3, 3.25, 3.5, 2.75, 2.5 -> sum 29.
# IKM = 29 x 1/9 x 25 = 80.5555... -> 80.56 (B, Baik); with 0.111: 29 x 0.111 x 25 = 80.475 -> 80.48.
HAND_COMPUTED = (
    f"{HEADER}\n"
    "2026-10-01 08:05,50,4,4,3,4,3,4,4,3,3,35,L,S1,Wirausaha,Pelayanan cepat\n"
    "2026-11-24 09:15,50,4,3,3,4,3,3,3,3,2,20-29,P,SMA,Swasta,\n"
    "24/11/2026 10.40,50,4,2,3,4,3,3,3,2,,60+,P,,,\"Ruang tunggu panas,\nmohon tambah kipas\"\n"
    "2026-12-31 23:59,50,4,3,3,4,3,3,4,3,,,,,,\n"
    # Outside the quarter on either side (office time): must not count.
    "2026-09-30 23:59,50,1,1,1,1,1,1,1,1,1,,,,,\n"
    "2027-01-01 00:00,50,1,1,1,1,1,1,1,1,1,,,,,\n"
)


@pytest.fixture
def hall(initialised_cli: Cli) -> Cli:
    initialised_cli.now = "2027-01-05 10:00"
    return initialised_cli


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_imported_paper_forms_give_the_hand_computed_ikm(hall: Cli, tmp_path: Path) -> None:
    forms = write(tmp_path, "triwulan4.csv", HAND_COMPUTED)
    result = hall.ok("survey", "import", str(forms))
    assert "imported 6 paper form(s)" in result.out
    figures = hall.ok("report", "ikm", "--period", "2026-Q4", "--json").json()
    assert figures["respondents"] == 4
    assert figures["nrr"] == {"u1": 4.0, "u2": 3.0, "u3": 3.0, "u4": 4.0, "u5": 3.0, "u6": 3.25, "u7": 3.5,
                              "u8": 2.75, "u9": 2.5}
    assert (figures["ikm"], figures["mutu"], figures["kinerja"]) == (80.56, "B", "Baik")
    assert figures["answered"]["u9"] == 2
    assert figures["weakest"] == ["u9", "u8", "u2"]
    assert figures["sources"] == {"terminal": 0, "paper": 4, "anonymous": 0}
    assert figures["profile"]["umur"] == {"30-39": 1, "20-29": 1, "60+": 1, "": 1}
    assert figures["suggestions_total"] == 2
    assert figures["suggestions"][1]["text"] == "Ruang tunggu panas,\nmohon tambah kipas"
    assert figures["suggestions"][1]["submitted_at"] == "2026-11-24T10:40:00+07:00"
    spreadsheet = hall.ok("report", "ikm", "--period", "2026-Q4", "--weight", "0.111", "--json").json()
    assert spreadsheet["ikm"] == 80.48
    # The same quarter as a date range, and one service: same figures.
    ranged = hall.ok("report", "ikm", "--from", "2026-10-01", "--to", "2026-12-31", "--service", "50", "--json")
    assert ranged.json()["ikm"] == 80.56
    # The two forms outside the quarter are in their own periods.
    assert hall.ok("report", "ikm", "--period", "2026-09-30", "--json").json()["ikm"] == 25.0


def test_the_human_summary_names_figure_band_and_weakest_elements(hall: Cli, tmp_path: Path) -> None:
    hall.ok("survey", "import", str(write(tmp_path, "f.csv", HAND_COMPUTED)))
    text = hall.ok("report", "ikm", "--period", "2026-Q4").out
    assert "IKM 80.56 — mutu B (Baik) from 4 respondents" in text
    assert "weakest: U9 Penanganan pengaduan, saran dan masukan, U8 Sarana dan prasarana" in text


def test_a_file_with_bad_rows_imports_nothing_and_names_each_line(hall: Cli, tmp_path: Path) -> None:
    db = Database(hall.db_url)
    hall.ok("survey", "import", str(write(tmp_path, "good.csv", HAND_COMPUTED)))
    before = dump(db)
    bad = write(
        tmp_path,
        "kertas.csv",
        f"{HEADER}\n"
        "2026-11-24 09:15,50,4,3,3,4,3,4,4,3,4,,,,,\n"
        "2026-11-24 09:15,50,4,3,0,4,3,4,4,3,4,,,,,\n"
        "2026-11-24 09:15,50,4,3,3,4,3,4,4,3,4,,,,,\n"
        "2026-11-24 09:16,50,4,3,3,4,3,4,4,3,4,,,TK,,\n",
    )
    result = hall("survey", "import", str(bad))
    assert result.status == 2
    assert result.err.splitlines() == [
        f"{bad}:3: u3 '0' is not an answer; write 1, 2, 3 or 4, or leave it empty",
        f"{bad}:5: pendidikan 'TK' is not one of SD, SMP, SMA, D1-D3, D4-S1, S2+",
        "mpp-kiosk: nothing was imported",
    ]
    # A service the catalog does not know is only found against the database: still nothing stored.
    unknown = write(tmp_path, "unknown.csv", f"{HEADER}\n2026-11-24,50,4,,,,,,,,,,,,,\n2026-11-24,999,4,,,,,,,,,,,,,\n")
    result = hall("survey", "import", str(unknown))
    assert result.status == 2
    assert result.err.splitlines()[0] == f"{unknown}:3: service 999 is not in the catalog"
    assert dump(db) == before
    db.dispose()


def test_importing_the_same_file_twice_is_refused(hall: Cli, tmp_path: Path) -> None:
    db = Database(hall.db_url)
    forms = write(tmp_path, "f.csv", HAND_COMPUTED)
    hall.ok("survey", "import", str(forms))
    before = dump(db)
    again = hall("survey", "import", str(forms))
    assert again.status == 2
    assert f"{forms}:1: this file was already imported on 2027-01-05 10:00" in again.err
    assert dump(db) == before
    assert hall.ok("report", "ikm", "--period", "2026-Q4", "--json").json()["respondents"] == 4
    db.dispose()


def test_export_writes_the_import_form_and_it_imports_back_to_the_same_index(hall: Cli, tmp_path: Path) -> None:
    hall.ok("survey", "import", str(write(tmp_path, "f.csv", HAND_COMPUTED)))
    exported = tmp_path / "ekspor.csv"
    assert "exported 4 response(s)" in hall.ok("survey", "export", str(exported), "--period", "2026-Q4").out
    text = exported.read_text(encoding="utf-8")
    assert text.splitlines()[0] == HEADER
    assert text.splitlines()[1] == (
        "2026-10-01T08:05:00+07:00,50,4,4,3,4,3,4,4,3,3,30-39,L,D4-S1,WIRAUSAHA,Pelayanan cepat"
    )
    original = read_forms(HAND_COMPUTED.encode(), "a", timezone="Asia/Jakarta", now=_now())
    back = read_forms(exported.read_bytes(), "b", timezone="Asia/Jakarta", now=_now())
    inside = [f for f in original if f.scores["u1"] != 1]
    assert [(f.submitted_at, f.service, f.scores, f.profile, f.suggestion) for f in back] == [
        (f.submitted_at, f.service, f.scores, f.profile, f.suggestion) for f in inside
    ]
    fresh = Cli(tmp_path / "other.toml", f"sqlite:///{tmp_path / 'other.db'}", now="2027-01-05 10:00")
    fresh.ok("init")
    fresh.ok("survey", "import", str(exported))
    assert fresh.ok("report", "ikm", "--period", "2026-Q4", "--json").json()["ikm"] == 80.56
    everything = hall.ok("survey", "export", "-").out
    assert len(list(csv.reader(io.StringIO(everything)))) == 1 + 6


def _now() -> datetime:
    return datetime(2027, 1, 5, tzinfo=UTC)

