"""Data shipped with the program in the ``assets`` package."""

from __future__ import annotations

from importlib.resources import files
from importlib.resources.abc import Traversable


def assets() -> Traversable:
    return files("assets")


def catalog_files() -> list[tuple[str, bytes]]:
    folder = assets() / "catalog"
    return sorted(
        (f"assets/catalog/{entry.name}", entry.read_bytes())
        for entry in folder.iterdir()
        if entry.name.endswith((".txt", ".json"))
    )
