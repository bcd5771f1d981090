"""The domain core and the device layer stay free of Qt, so they run without a screen."""

from __future__ import annotations

import argparse
import ast
import importlib
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
QT = ("PySide6", "shiboken6", "PyQt5", "PyQt6")


def _qt_imports(package: str) -> list[str]:
    found = []
    for path in sorted((ROOT / package).rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            elif isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "import_module":
                names = [a.value for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str)]
            found += [f"{path.relative_to(ROOT)}:{node.lineno} {n}" for n in names if n.split(".")[0] in QT]
    return found


def test_kiosk_and_devices_import_no_qt() -> None:
    assert _qt_imports("kiosk") == []
    assert _qt_imports("devices") == []


def test_importing_every_core_module_loads_no_qt() -> None:
    code = (
        "import importlib, pkgutil, sys\n"
        "import kiosk, devices\n"
        "for pkg in (kiosk, devices):\n"
        "    for m in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):\n"
        "        if '.migrations' in m.name or m.name.endswith('__main__'): continue\n"
        "        importlib.import_module(m.name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "print(bad)\n"
        "sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("role", ["kiosk", "survey", "display"])
def test_a_terminal_draws_its_first_screen_before_loading_the_domain(role: str) -> None:
    """``mpp-kiosk run --role kiosk`` (``survey``, ``display``) gets to its window with the settings file
    alone: the database layer, the holiday tables, the printer's raster code and the report
    writers load after the first frame (``ui.<role>.start``). An eager import here puts them back
    in front of it."""
    code = (
        "import sys\n"
        "from kiosk.cli.app import build_parser\n"
        f"build_parser(['run', '--role', '{role}'])\n"
        f"import ui.{role}.start, ui.app\n"
        "heavy = ('sqlalchemy', 'alembic', 'holidays', 'PIL', 'qrcode', 'reportlab', 'openpyxl', 'serial')\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in heavy))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


@pytest.mark.parametrize("package", ["kiosk.queue", "devices.sound", "devices.printing"])
def test_a_lazy_package_gives_every_name_it_exports(package: str) -> None:
    module = importlib.import_module(package)
    for name in module.__all__:
        assert getattr(module, name) is not None, name
    with pytest.raises(AttributeError, match="no attribute 'no_such_name'"):
        _ = module.no_such_name


def test_each_command_word_names_the_module_that_registers_it() -> None:
    """``mpp-kiosk WORD ...`` builds only COMMANDS[WORD]'s parser: a command added to a module
    but not to COMMANDS would be unknown when typed, yet listed by ``--help``."""
    from kiosk.cli.app import COMMAND_MODULES, COMMANDS

    registered: dict[str, str] = {}
    for name in COMMAND_MODULES:
        sub = argparse.ArgumentParser().add_subparsers()
        importlib.import_module(name).register(sub)
        registered.update(dict.fromkeys(sub.choices, name))
    assert registered == COMMANDS
