"""`report queue` for a day, month and quarter: tickets, no-shows, print failures, waiting and
service times (median, 90th percentile) per queue, counter and officer, and the busiest hours.
Every ticket goes through the real queue engine at chosen times, so the figures are known."""

from __future__ import annotations

import csv
from datetime import timedelta
from pathlib import Path

import pytest

from kiosk.queue.issuing import issue_ticket, mark_print_failed, mark_printed
from kiosk.queue.office import Office
from kiosk.storage import Database
from tests.reports.pdf_check import pdf_text, render_pages
from tests.support.cli import Cli
from tests.survey.hall import no_show, prepare, served, waiting, wib

M = timedelta(minutes=1)


@pytest.fixture
def day(initialised_cli: Cli) -> Cli:
    """Tuesday 24 November 2026 (and one ticket on the 25th):

    ======  =======  ====  =======  =======  ======
    ticket  issued   wait  service  counter  officer
    ======  =======  ====  =======  =======  ======
    1       08.00    10    5        1        PTG-01
    2       08.30    20    5        2        PTG-02
    3       09.00    30    10       1        PTG-01
    4       09.10    40    20       2        PTG-02
    5       09.20    3     no-show  3        PTG-03
    6       14.00    still waiting
    7       14.10    print failed, then reprinted; waiting
    ======  =======  ====  =======  =======  ======
    """
    initialised_cli.now = "2026-11-26 08:00"
    db = Database(initialised_cli.db_url)
    hall: Office = prepare(db)
    served(db, hall, issued=wib(2026, 11, 24, 8), wait=10 * M, service=5 * M, counter=1, officer="PTG-01")
    served(db, hall, issued=wib(2026, 11, 24, 8, 30), wait=20 * M, service=5 * M, counter=2, officer="PTG-02")
    served(db, hall, issued=wib(2026, 11, 24, 9), wait=30 * M, service=10 * M, counter=1, officer="PTG-01")
    served(db, hall, issued=wib(2026, 11, 24, 9, 10), wait=40 * M, service=20 * M, counter=2, officer="PTG-02")
    no_show(db, hall, issued=wib(2026, 11, 24, 9, 20), counter=3, officer="PTG-03")
    waiting(db, hall, issued=wib(2026, 11, 24, 14))
    paper = issue_ticket(db, 50, office=hall, now=wib(2026, 11, 24, 14, 10), print_state="pending")
    mark_print_failed(db, paper.id, "kertas habis", office=hall, now=wib(2026, 11, 24, 14, 10))
    mark_printed(db, paper.id, office=hall, now=wib(2026, 11, 24, 14, 12))
    served(db, hall, issued=wib(2026, 11, 25, 10), wait=6 * M, service=4 * M, counter=1, officer="PTG-01")
    db.dispose()
    return initialised_cli


def test_a_day_in_figures(day: Cli) -> None:
    report = day.ok("report", "queue", "--day", "2026-11-24", "--json").json()
    total = report["total"]
    assert {k: total[k] for k in ("issued", "served", "no_show", "cancelled", "unfinished", "print_failed")} == {
        "issued": 7, "served": 4, "no_show": 1, "cancelled": 0, "unfinished": 2, "print_failed": 1,
    }
    # Waits of the five called tickets: 3, 10, 20, 30, 40 -> median 20; p90 at rank 3.6 -> 30 + 0.6 x 10 = 36.
    assert total["wait"] == {"count": 5, "median_min": 20.0, "p90_min": 36.0, "mean_min": 20.6}
    # Service of the four served: 5, 5, 10, 20 -> median 7.5; p90 at rank 2.7 -> 10 + 0.7 x 10 = 17.
    assert total["service_time"] == {"count": 4, "median_min": 7.5, "p90_min": 17.0, "mean_min": 10.0}
    counters = {c["key"]: c for c in report["by_counter"]}
    assert counters["1"]["served"] == 2 and counters["1"]["service_time"]["median_min"] == 7.5
    assert counters["2"]["wait"]["median_min"] == 30.0 and counters["2"]["service_time"]["p90_min"] == 18.5
    assert (counters["3"]["served"], counters["3"]["no_show"]) == (0, 1)
    officers = {o["key"]: (o["served"], o["service_time"]["median_min"]) for o in report["by_officer"]}
    assert officers == {"PTG-01": (2, 7.5), "PTG-02": (2, 12.5), "PTG-03": (0, None)}
    [line] = report["by_queue_service"]
    assert line["key"] == "A/50" and line["issued"] == 7
    assert report["busiest_hours"] == [9, 8, 14]
    assert [h["issued"] for h in report["hours"] if h["issued"]] == [2, 3, 2]


def test_month_and_quarter_add_up_the_days(day: Cli) -> None:
    month = day.ok("report", "queue", "--month", "2026-11", "--json").json()
    assert month["total"]["issued"] == 8
    assert [(d["day"], d["issued"], d["served"], d["no_show"]) for d in month["days"]] == [
        ("2026-11-24", 7, 4, 1),
        ("2026-11-25", 1, 1, 0),
    ]
    assert month["hours"][9]["per_day"] == 1.5  # three tickets at 09.xx over two open days
    quarter = day.ok("report", "queue", "--quarter", "2026-Q4", "--json").json()
    assert quarter["total"] == month["total"]
    assert day.ok("report", "queue", "--quarter", "2026-Q3", "--json").json()["total"]["issued"] == 0
    # Without a period: today's service day (26 Nov, nothing yet).
    assert day.ok("report", "queue", "--json").json()["period"]["code"] == "2026-11-26"


def test_csv_sections_and_the_pdf(day: Cli, tmp_path: Path) -> None:
    out, pdf = tmp_path / "antrean.csv", tmp_path / "antrean.pdf"
    text = day.ok("report", "queue", "--month", "2026-11", "--csv", str(out), "--pdf", str(pdf)).out
    assert "tickets 8, served 5, no-show 1" in text
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    sections = [r["section"] for r in rows]
    assert sections.count("total") == 1 and sections.count("counter") == 3 and sections.count("day") == 2
    total = rows[0]
    assert (total["issued"], total["print_failed"], total["wait_median_min"]) == ("8", "1", "15.00")
    shown = pdf_text(pdf)
    for words in ("Laporan Antrean", "November 2026", "Per loket", "Per petugas", "PTG-02", "Jam tersibuk",
                  "09.00–09.59 (3 tiket, rata-rata 1,5 per hari)", "Per hari"):
        assert words in shown, words
    assert render_pages(pdf, tmp_path / "png")


def test_one_service_only(day: Cli) -> None:
    assert day.ok("report", "queue", "--day", "2026-11-24", "--service", "50", "--json").json()["total"]["issued"] == 7
    nothing = day.ok("report", "queue", "--day", "2026-11-24", "--service", "999", "--json").json()
    assert nothing["total"]["issued"] == 0


def test_a_hall_of_several_agencies_gets_a_breakdown_per_agency(initialised_cli: Cli, tmp_path: Path) -> None:
    cli = initialised_cli
    cli.now = "2026-11-26 08:00"
    cli.ok("catalog", "demo", "--agencies", "2", "--services", "2")  # 1002: Dinas Kependudukan ...
    db = Database(cli.db_url)
    hall: Office = prepare(db)
    served(db, hall, issued=wib(2026, 11, 24, 8), wait=10 * M, service=5 * M)
    served(db, hall, issued=wib(2026, 11, 24, 9), wait=20 * M, service=5 * M, number=1002)
    waiting(db, hall, issued=wib(2026, 11, 24, 14), number=1002)
    db.dispose()
    report = cli.ok("report", "queue", "--day", "2026-11-24", "--json").json()
    assert [(a["label"], a["issued"], a["served"]) for a in report["by_agency"]] == [
        ("DPMPTSP Kabupaten Purwakarta", 1, 1), ("Dinas Kependudukan dan Pencatatan Sipil", 2, 1)]
    pdf, xlsx = tmp_path / "q.pdf", tmp_path / "q.xlsx"
    cli.ok("report", "queue", "--day", "2026-11-24", "--pdf", str(pdf), "--xlsx", str(xlsx))
    text = pdf_text(pdf)
    assert "Per instansi" in text and "Dinas Kependudukan dan" in text, text
    from openpyxl import load_workbook

    sheet = load_workbook(xlsx)["Per instansi"]
    assert [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)] == [
        "DPMPTSP Kabupaten Purwakarta", "Dinas Kependudukan dan Pencatatan Sipil"]
