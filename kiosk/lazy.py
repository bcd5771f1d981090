"""A package's names imported from their modules on first use (PEP 562 module ``__getattr__``).

A package ``__init__`` that imports all its modules makes any ``from package.module import x``
load the whole package. The kiosk draws its first screen before the database layer is loaded,
so the packages on that path hand out their names lazily instead; their ``if TYPE_CHECKING``
imports keep the names visible to mypy and to PyInstaller's import scan.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Mapping
from typing import Any


def lazy_attributes(package: str, home: Mapping[str, str]) -> Callable[[str], Any]:
    """The ``__getattr__`` of ``package``: each name of ``home`` from the module it names."""

    def __getattr__(name: str) -> Any:
        module = home.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module), name)
        setattr(sys.modules[package], name, value)  # found directly from now on
        return value

    return __getattr__
