"""How reports name counters."""

from __future__ import annotations


def counter_label(number: int, name: str | None) -> str:
    """``Loket 3``, or ``Loket 3 (Perizinan)`` when the counter has a name of its own."""
    plain = f"Loket {number}"
    return plain if not name or name == plain else f"{plain} ({name})"
