"""The quality band edges of the 2017 table, reached through `survey import` of paper forms and
read back with `report ikm --json`: the figure is rounded once, at the end, and classified."""

from __future__ import annotations

from pathlib import Path

from tests.support.cli import Cli
from tests.survey.test_survey_cli import HEADER

EDGES = [
    ("2026-11-02", 250, 5849, 64.99, "D"),  # 25 x 5849 / 2250 = 64.9888... -> 64.99
    ("2026-11-03", 5, 117, 65.0, "C"),  # 25 x 117 / 45 = 65 exactly
    ("2026-11-04", 250, 7947, 88.3, "B"),  # 25 x 7947 / 2250 = 88.30 exactly
    ("2026-11-05", 500, 15895, 88.31, "A"),  # 25 x 15895 / 4500 = 88.3055... -> 88.31
]


def forms_with_total(day: str, respondents: int, total: int) -> list[str]:
    """``respondents`` full forms on ``day`` whose 9 x respondents scores add up to ``total``,
    so the converted IKM is 25 x total / (9 x respondents)."""
    cells = 9 * respondents
    base, extra = divmod(total, cells)
    flat = [base + 1] * extra + [base] * (cells - extra)
    return [f"{day} 10:00,50,{','.join(map(str, flat[i * 9 : i * 9 + 9]))},,,,," for i in range(respondents)]


def test_band_edges_through_import_and_report(initialised_cli: Cli, tmp_path: Path) -> None:
    initialised_cli.now = "2027-01-05 10:00"
    rows = [row for day, n, total, _, _ in EDGES for row in forms_with_total(day, n, total)]
    forms = tmp_path / "edges.csv"
    forms.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    initialised_cli.ok("survey", "import", str(forms))
    for day, respondents, _, ikm, mutu in EDGES:
        figures = initialised_cli.ok("report", "ikm", "--period", day, "--json").json()
        assert (figures["respondents"], figures["ikm"], figures["mutu"]) == (respondents, ikm, mutu), day
