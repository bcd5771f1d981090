"""``report ikm --csv``: one row for the whole scope, then one per group, ready for a spreadsheet.

NRR keep three decimals and the IKM two, with a decimal point: the file is data for further
work, and a spreadsheet applies the reader's own locale when it shows the numbers.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from kiosk.reports.csv_file import write_csv
from kiosk.reports.ikm_figures import GroupFigures, IkmReport
from kiosk.survey.elements import ELEMENT_KEYS
from kiosk.survey.ikm import IkmResult

HEADER = (
    "period",
    "group_by",
    "group",
    "label",
    "responses",
    "respondents",
    *(f"nrr_{k}" for k in ELEMENT_KEYS),
    "ikm_unit",
    "ikm",
    "mutu",
    "kinerja",
    "weight",
    "population",
    "minimum_sample",
)


def write_ikm_csv(report: IkmReport, path: Path) -> int:
    """Returns the number of data rows written."""
    rows = [_row(report, "", "", report.scope_label, report.responses, report.result, overall=True)]
    rows += [_group_row(report, group) for group in report.groups]
    return write_csv(path, HEADER, rows)


def _group_row(report: IkmReport, group: GroupFigures) -> list[str]:
    return _row(report, report.by or "", group.key, group.label, group.responses, group.result, overall=False)


def _row(
    report: IkmReport, by: str, key: str, label: str, responses: int, result: IkmResult | None, *, overall: bool
) -> list[str]:
    def text(value: Decimal | None) -> str:
        return "" if value is None else str(value)

    nrr = [text(None if result is None else result.nrr_rounded[k]) for k in ELEMENT_KEYS]
    return [
        report.period.code,
        by,
        key,
        label,
        str(responses),
        str(0 if result is None else result.respondents),
        *nrr,
        "" if result is None else text(result.ikm_unit_rounded),
        "" if result is None else text(result.ikm),
        "" if result is None else result.mutu,
        "" if result is None else result.kinerja,
        report.weight,
        str(report.sample.population) if overall else "",
        str(report.sample.minimum or "") if overall else "",
    ]
