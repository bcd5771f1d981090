"""Checking the survey's strings against the shipped English catalog (assets/i18n/mpp_en.ts)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
SHARED_TS = ROOT / "assets" / "i18n" / "mpp_en.ts"


def tool(name: str) -> str:
    found = Path(sys.executable).with_name(name)
    return str(found) if found.exists() else (shutil.which(name) or name)


def untranslated(qml_folder: Path, ts: Path, scratch: Path) -> list[str]:
    """Source strings of ``qml_folder`` that ``ts`` does not translate. (Strings of other screens
    show as vanished when only this folder is scanned; they are not this folder's business.)"""
    copy = scratch / ts.name
    shutil.copy(ts, copy)
    subprocess.run([tool("pyside6-lupdate"), *map(str, sorted(qml_folder.glob("*.qml"))), "-ts", str(copy),
                    "-source-language", "id", "-target-language", "en"], check=True, capture_output=True)
    text = copy.read_text(encoding="utf-8")
    import re

    return re.findall(r"<source>(.*?)</source>\s*<translation type=\"unfinished\"", text,
                      flags=re.S)
