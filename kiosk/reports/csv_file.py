"""The one way a report leaves as CSV: UTF-8, a header row, ``\\n`` line ends (a spreadsheet and a
script read the same file), the folder made if it is missing."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path


def write_csv(path: Path, header: Sequence[str], rows: Sequence[Sequence[object]]) -> int:
    """Returns the number of data rows written."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)
    return len(rows)
