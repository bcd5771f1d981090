"""The real Standar Pelayanan document, and variants of it for import tests."""

from __future__ import annotations

import re
from pathlib import Path

REAL = Path(__file__).resolve().parents[2] / "assets" / "catalog" / "standar-pelayanan-50-kbli-26791.txt"


def real_text() -> str:
    return REAL.read_text(encoding="utf-8")


def renumbered(text: str, number: int) -> str:
    return re.sub(r"^\*\*50\.", f"**{number}.", text, count=1, flags=re.M)


def annex_of(count: int, start: int = 1) -> str:
    """An annex of `count` services made by renumbering the real one (for load and bench)."""
    text = real_text()
    return "\n".join(renumbered(text, n) for n in range(start, start + count))


def line_of(text: str, needle: str) -> int:
    return text[: text.index(needle)].count("\n") + 1
