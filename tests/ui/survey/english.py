"""An English translation file for tests: the survey's own strings (ui/qml/survey/i18n) plus,
when the shared ones exist, every other screen's (assets/i18n), compiled with lrelease."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
SURVEY_TS = ROOT / "ui" / "qml" / "survey" / "i18n" / "survey_en.ts"
SHARED_TS = ROOT / "assets" / "i18n" / "mpp_en.ts"


def tool(name: str) -> str:
    found = Path(sys.executable).with_name(name)
    return str(found) if found.exists() else (shutil.which(name) or name)


def build_english(folder: Path) -> Path:
    """``folder/mpp_en.qm`` with the survey strings and the shared ones; returns ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    sources = [str(p) for p in (SHARED_TS, SURVEY_TS) if p.exists()]
    subprocess.run([tool("pyside6-lrelease"), *sources, "-qm", str(folder / "mpp_en.qm")], check=True,
                   capture_output=True)
    return folder


def untranslated(qml_folder: Path, ts: Path, scratch: Path) -> list[str]:
    """Source strings of ``qml_folder`` that ``ts`` does not translate (or no longer has)."""
    copy = scratch / ts.name
    shutil.copy(ts, copy)
    subprocess.run([tool("pyside6-lupdate"), *map(str, sorted(qml_folder.glob("*.qml"))), "-ts", str(copy),
                    "-source-language", "id", "-target-language", "en"], check=True, capture_output=True)
    text = copy.read_text(encoding="utf-8")
    import re

    return re.findall(r"<source>(.*?)</source>\s*<translation type=\"(?:unfinished|vanished|obsolete)\"", text,
                      flags=re.S)
