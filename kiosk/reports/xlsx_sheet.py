"""Writing report tables into a workbook: a title block, a bold header row, numbers as numbers
(with a format, so a spreadsheet in any locale shows them right), columns wide enough to read."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import Decimal
from fractions import Fraction

from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

Cell = str | int | float | Decimal | Fraction | None
HEADER_FILL = PatternFill("solid", fgColor="E2ECF7")
TITLE_FONT = Font(bold=True, size=14)
BOLD = Font(bold=True)


def value(cell: Cell) -> str | int | float | None:
    if isinstance(cell, Decimal | Fraction):
        return float(cell)
    return cell


def title_block(sheet: Worksheet, title: str, lines: Iterable[str]) -> int:
    """Returns the next free row."""
    sheet.cell(row=1, column=1, value=title).font = TITLE_FONT
    row = 2
    for line in lines:
        sheet.cell(row=row, column=1, value=line)
        row += 1
    return row + 1


def table(sheet: Worksheet, first_row: int, header: Sequence[str], rows: Iterable[Sequence[Cell]],
          formats: Sequence[str | None] = ()) -> int:
    """Writes the header and rows from ``first_row``; returns the next free row."""
    for column, text in enumerate(header, 1):
        cell = sheet.cell(row=first_row, column=column, value=text)
        cell.font, cell.fill = BOLD, HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    row = first_row + 1
    for values in rows:
        for column, raw in enumerate(values, 1):
            cell = sheet.cell(row=row, column=column, value=value(raw))
            fmt = formats[column - 1] if column - 1 < len(formats) else None
            if fmt and isinstance(cell.value, int | float):
                cell.number_format = fmt
        row += 1
    return row + 1


def fit_columns(sheet: Worksheet, widest: int = 60) -> None:
    widths: dict[int, int] = {}
    for row in sheet.iter_rows():
        for cell in row:
            if cell.value is not None and cell.row > 1:
                widths[cell.column] = max(widths.get(cell.column, 0), len(str(cell.value)))
    for column, width in widths.items():
        sheet.column_dimensions[get_column_letter(column)].width = min(max(width + 2, 8), widest)
