"""``report ikm --xlsx``: the IKM report as a workbook, the form offices exchange it in.

Sheet "IKM": the index, its quality band and every element's NRR (exact figures, shown with the
report's rounding); "Kelompok": one IKM per service, queue, counter or officer when asked for;
"Profil": the respondents' profile. Headers in Indonesian with the English beneath, as the PDF.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from kiosk.reports.ikm_figures import IkmReport
from kiosk.reports.xlsx_sheet import Cell, fit_columns, table, title_block
from kiosk.survey.elements import ELEMENTS
from kiosk.survey.profile import PROFILE_FIELDS

NRR = "0.000"
IKM = "0.00"


def write_ikm_xlsx(report: IkmReport, path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "IKM"
    result = report.result
    local = report.generated_at.astimezone().strftime("%Y-%m-%d %H:%M")
    row = title_block(sheet, f"Indeks Kepuasan Masyarakat - {report.office}", [
        f"Periode / Period: {report.period.label_id} ({report.period.code})",
        f"Lingkup / Scope: {report.scope_label}",
        f"Dibuat / Generated: {local}",
    ])
    summary: list[list[Cell]] = [
        ["Responden / Respondents", result.respondents if result else 0],
        ["Populasi dilayani / People served", report.sample.population],
        ["Sampel minimum / Minimum sample", report.sample.minimum],
        ["IKM (konversi / converted)", result.ikm if result else None],
        ["Mutu pelayanan / Quality", result.mutu if result else "-"],
        ["Kinerja / Performance", f"{result.kinerja} / {result.kinerja_en}" if result else "-"],
    ]
    row = table(sheet, row, ["Ringkasan / Summary", ""], summary, ["@", IKM])
    elements: list[list[Cell]] = []
    for element in ELEMENTS:
        nrr = result.nrr[element.key] if result else None
        answered = result.answered_per_element[element.key] if result else 0
        elements.append([element.key.upper(), element.name_id, element.name_en, answered, nrr])
    table(sheet, row, ["Unsur", "Nama unsur", "Element", "Menjawab / Answered", "NRR"], elements,
          [None, None, None, "0", NRR])
    fit_columns(sheet)

    if report.groups:
        groups = book.create_sheet("Kelompok")
        head = ["Kelompok / Group", "Responden / Respondents", *(e.key.upper() for e in ELEMENTS), "IKM", "Mutu"]
        rows: list[list[Cell]] = []
        for group in report.groups:
            g = group.result
            rows.append([group.label, g.respondents if g else 0, *((g.nrr[e.key] if g else None) for e in ELEMENTS),
                         g.ikm if g else None, g.mutu if g else "-"])
        table(groups, 1, head, rows, [None, "0", *([NRR] * len(ELEMENTS)), IKM, None])
        fit_columns(groups)

    profile = book.create_sheet("Profil")
    row = 1
    for field in PROFILE_FIELDS:
        counts = report.profile.get(field.key, {})
        lines: list[list[Cell]] = [[c.label_id, c.label_en, counts.get(c.code, 0)] for c in field.choices]
        lines.append(["Tidak diisi", "Not given", counts.get("", 0)])
        row = table(profile, row, [field.name_id, field.name_en, "Responden / Respondents"], lines, [None, None, "0"])
    fit_columns(profile)
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)
