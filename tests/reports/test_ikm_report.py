"""`report ikm` over surveys stored from the terminal: per counter and officer, sample adequacy
against the people actually served, and the quarterly PDF an office publishes."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from sqlalchemy import text

from kiosk.queue.office import Office
from kiosk.storage import Database
from kiosk.survey.answers import Answers
from kiosk.survey.responses import open_survey, submit_response
from kiosk.survey.settings import SurveySettings
from tests.reports.pdf_check import page_size_mm, pdf_text, render_pages
from tests.support.cli import Cli
from tests.support.tokens import token_for
from tests.survey.hall import SECRET, no_show, prepare, served, wib

ELEMENTS = [f"u{n}" for n in range(1, 10)]


def rate(db: Database, ticket_id: int, score: int, suggestion: str | None = None, **profile: str) -> None:
    opened = open_survey(db, token_for(db, ticket_id, SECRET), now=wib(2026, 11, 24, 15), settings=SurveySettings(),
                         secret=SECRET, timezone="Asia/Jakarta")
    submit_response(db, Answers(dict.fromkeys(ELEMENTS, score), profile, suggestion), ticket_id=opened.ticket_id,
                    now=wib(2026, 11, 24, 15), settings=SurveySettings(), timezone="Asia/Jakarta",
                    terminal="Survei Lobi")


@pytest.fixture
def hall(initialised_cli: Cli) -> tuple[Cli, Database, Office]:
    initialised_cli.now = "2026-11-24 16:00"
    db = Database(initialised_cli.db_url)
    yield initialised_cli, db, prepare(db)  # type: ignore[misc]
    db.dispose()


def test_a_served_ticket_surveyed_once_shows_in_the_quarter_pdf(hall, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    cli, db, office = hall
    ticket = served(db, office, issued=wib(2026, 11, 24, 9))
    rate(db, ticket.id, 4, "Petugas loket sangat membantu, terima kasih.", umur="40-49", jenis_kelamin="L")
    pdf = tmp_path / "skm-2026-q4.pdf"
    figures = cli.ok("report", "ikm", "--period", "2026-Q4", "--json", "--pdf", str(pdf)).json()
    assert (figures["respondents"], figures["ikm"], figures["mutu"]) == (1, 100.0, "A")
    assert figures["sample"] == {"population": 1, "minimum": 1, "responses": 1, "adequate": True}
    assert page_size_mm(pdf) == (210, 297)
    text = pdf_text(pdf)
    for words in (
        "Laporan Survei Kepuasan Masyarakat (SKM)",
        "Triwulan IV 2026 · 1 Oktober 2026 s.d. 31 Desember 2026",
        "Cakupan: semua layanan",
        "100,00",
        "Sangat baik",
        "Petugas loket sangat membantu, terima kasih.",
        "Kecukupan sampel",
        "Profil responden",
        "Unsur dengan nilai terendah",
    ):
        assert words in text, words
    assert len(render_pages(pdf, tmp_path / "png")) >= 2


def test_breakdown_per_counter_and_officer_and_filters(hall) -> None:  # type: ignore[no-untyped-def]
    cli, db, office = hall
    for n in range(3):
        rate(db, served(db, office, issued=wib(2026, 11, 24, 9, 10 * n), counter=1, officer="PTG-01").id, 4)
    for n in range(2):
        rate(db, served(db, office, issued=wib(2026, 11, 24, 10, 10 * n), counter=2, officer="PTG-02").id, 2)
    no_show(db, office, issued=wib(2026, 11, 24, 11), counter=3, officer="PTG-03")
    # All five: NRR (3x4 + 2x2) / 5 = 3.2 on every element -> 3.2 x 25 = 80.00 (B).
    everything = cli.ok("report", "ikm", "--period", "2026-11", "--by", "counter", "--json").json()
    assert (everything["ikm"], everything["mutu"]) == (80.0, "B")
    assert everything["sample"]["population"] == 5  # the no-show was not served
    assert [(g["key"], g["label"], g["ikm"], g["mutu"]) for g in everything["groups"]] == [
        ("1", "Loket 1", 100.0, "A"),
        ("2", "Loket 2", 50.0, "D"),
    ]
    by_officer = cli.ok("report", "ikm", "--period", "2026-11-24", "--by", "officer", "--json").json()
    assert [(g["key"], g["respondents"]) for g in by_officer["groups"]] == [("PTG-01", 3), ("PTG-02", 2)]
    counter_two = cli.ok("report", "ikm", "--period", "2026-Q4", "--counter", "2", "--json").json()
    assert (counter_two["ikm"], counter_two["respondents"], counter_two["sample"]["population"]) == (50.0, 2, 2)
    officer_one = cli.ok("report", "ikm", "--period", "2026-Q4", "--officer", "PTG-01", "--json").json()
    assert officer_one["ikm"] == 100.0
    queue_a = cli.ok("report", "ikm", "--period", "2026-Q4", "--queue", "a", "--by", "service", "--json").json()
    assert queue_a["groups"][0]["label"].startswith("50. ")
    nobody = cli.ok("report", "ikm", "--period", "2026-Q3", "--json").json()
    assert (nobody["respondents"], nobody["ikm"], nobody["mutu"]) == (0, None, None)


def test_csv_has_one_row_for_the_scope_and_one_per_group(hall, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    cli, db, office = hall
    rate(db, served(db, office, issued=wib(2026, 11, 24, 9), counter=1, officer="PTG-01").id, 3)
    rate(db, served(db, office, issued=wib(2026, 11, 24, 10), counter=2, officer="PTG-02").id, 4)
    out = tmp_path / "ikm.csv"
    cli.ok("report", "ikm", "--period", "2026-Q4", "--by", "counter", "--csv", str(out))
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert [(r["group"], r["ikm"], r["mutu"], r["nrr_u1"]) for r in rows] == [
        ("", "87.50", "B", "3.500"),
        ("1", "75.00", "C", "3.000"),
        ("2", "100.00", "A", "4.000"),
    ]
    assert rows[0]["population"] == "2" and rows[0]["minimum_sample"] == "2"


def test_an_empty_quarter_still_gives_a_readable_pdf(hall, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    cli, _db, _office = hall
    pdf = tmp_path / "kosong.pdf"
    cli.ok("report", "ikm", "--period", "2027-Q1", "--pdf", str(pdf))
    text = pdf_text(pdf)
    assert "Belum ada jawaban survei dalam periode dan cakupan ini" in text
    assert "Tidak ada saran tertulis" in text
    assert render_pages(pdf, tmp_path / "png")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--period", "2026-Q5"], "'2026-Q5' is not a period"),
        (["--period", "2026-Q4", "--from", "2026-10-01", "--to", "2026-10-02"], "give one period"),
        (["--from", "2026-10-01"], "--from and --to go together"),
        (["--from", "2026-10-09", "--to", "2026-10-01"], "ends (2026-10-01) before it starts"),
    ],
)
def test_bad_periods_are_refused_with_a_reason(initialised_cli: Cli, args: list[str], message: str) -> None:
    result = initialised_cli("report", "ikm", *args)
    assert result.status == 2
    assert message in result.err


def test_the_spreadsheet_opens_in_a_reader_with_numbers_as_numbers(hall, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """What an office does with it: open the .xlsx (openpyxl reads it as Excel would) and find the
    index, the band, each element's NRR and the per-counter figures, as numbers."""
    from openpyxl import load_workbook

    cli, db, office = hall
    rate(db, served(db, office, issued=wib(2026, 11, 24, 9), counter=1, officer="PTG-01").id, 3, umur="30-39")
    rate(db, served(db, office, issued=wib(2026, 11, 24, 10), counter=2, officer="PTG-02").id, 4)
    out = tmp_path / "ikm-2026-q4.xlsx"
    cli.ok("report", "ikm", "--period", "2026-Q4", "--by", "counter", "--xlsx", str(out))
    book = load_workbook(out)
    assert book.sheetnames == ["IKM", "Kelompok", "Profil"]
    sheet = book["IKM"]
    cells = {str(row[0].value): [c.value for c in row[1:]] for row in sheet.iter_rows() if row[0].value is not None}
    assert cells["IKM (konversi / converted)"][0] == 87.5
    assert cells["Mutu pelayanan / Quality"][0] == "B"
    assert cells["Responden / Respondents"][0] == 2
    assert cells["U1"][:4] == ["Persyaratan", "Requirements", 2, 3.5]
    assert sheet["A2"].value == "Periode / Period: Triwulan IV 2026 (2026-Q4)"
    groups = [[c.value for c in row] for row in book["Kelompok"].iter_rows(min_row=2)]
    assert [(g[0], g[1], g[-2], g[-1]) for g in groups] == [("Loket 1", 1, 75.0, "C"), ("Loket 2", 1, 100.0, "A")]
    profile = [(row[0].value, row[2].value) for row in book["Profil"].iter_rows() if row[0].value]
    age = profile[:profile.index(("Tidak diisi", 1)) + 1]  # the first block: age; one did not say
    assert ("30–39 tahun", 1) in age and sum(n for _, n in age[1:]) == 2


def test_breakdown_per_agency_in_a_hall_of_several(hall) -> None:  # type: ignore[no-untyped-def]
    """Each agency of the hall sees its own IKM; the hall's stays the whole."""
    cli, db, office = hall
    cli.ok("catalog", "demo", "--agencies", "3", "--services", "3")  # 1001-1003: one per agency
    rate(db, served(db, office, issued=wib(2026, 11, 24, 9), number=1002).id, 4)
    rate(db, served(db, office, issued=wib(2026, 11, 24, 9, 30), number=1003).id, 2)
    rate(db, served(db, office, issued=wib(2026, 11, 24, 10)).id, 3)  # the bundled licence (DPMPTSP)
    figures = cli.ok("report", "ikm", "--period", "2026-11", "--by", "agency", "--json").json()
    assert [(g["label"], g["respondents"], g["ikm"]) for g in figures["groups"]] == [
        ("DPMPTSP Kabupaten Purwakarta", 1, 75.0),
        ("Dinas Kependudukan dan Pencatatan Sipil", 1, 100.0),
        ("Dinas Kesehatan", 1, 50.0),
    ]
    assert (figures["respondents"], figures["ikm"]) == (3, 75.0)


def test_the_profile_and_sources_count_every_response_once(hall) -> None:  # type: ignore[no-untyped-def]
    """Each form code, the answers left empty, and a code from outside the form's lists (a row
    typed into the database by hand) all land in the profile."""
    cli, db, office = hall
    rate(db, served(db, office, issued=wib(2026, 11, 24, 9)).id, 4, umur="40-49", jenis_kelamin="L")
    rate(db, served(db, office, issued=wib(2026, 11, 24, 9, 30)).id, 3, umur="40-49", jenis_kelamin="P")
    third = served(db, office, issued=wib(2026, 11, 24, 10)).id
    rate(db, third, 2)
    with db.write() as session:
        session.execute(text("UPDATE survey_response SET umur = 'lansia' WHERE ticket_id = :t"),
                        {"t": third})
    figures = cli.ok("report", "ikm", "--period", "2026-Q4", "--json").json()
    assert figures["respondents"] == 3
    assert figures["profile"]["umur"] == {"40-49": 2, "lansia": 1}
    assert figures["profile"]["jenis_kelamin"] == {"L": 1, "P": 1, "": 1}
    assert figures["sources"] == {"terminal": 3, "paper": 0, "anonymous": 0}
