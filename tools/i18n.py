"""Translations of the screens: extract strings into ``.ts`` files and build the ``.qm`` files.

Source strings are formal Indonesian (the default language); each ``.ts`` holds one target
language. ``assets/i18n/mpp_<lang>.ts`` covers every screen, except that a role may keep a
catalog of its own: a file ``assets/i18n/<role>_<lang>.ts`` claims ``ui/<role>/`` and
``ui/qml/<role>/`` for itself.

    python tools/i18n.py update   # add new strings to the .ts files (translations are kept)
    python tools/i18n.py build    # compile every .ts into its .qm (ship these)
    python tools/i18n.py check    # list missing or unfinished translations; exit 1 if any
    python tools/i18n.py          # update, build, check

Translate new strings with Qt Linguist (``pyside6-linguist assets/i18n/mpp_en.ts``) or by
editing the XML, then build. The tests fail when a string has no finished translation or a
``.qm`` is older than its ``.ts``.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UI = ROOT / "ui"
I18N = ROOT / "assets" / "i18n"
SHARED = "mpp"
SOURCE_LANGUAGE = "id"
TARGET_LANGUAGES = ("en",)
SOURCE_SUFFIXES = (".qml", ".js", ".py")


def _tool(name: str) -> str:
    """A Qt tool from the PySide6 wheel, next to this interpreter (or on PATH)."""
    here = Path(sys.executable).parent / name
    if here.exists():
        return str(here)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found; install PySide6 (it ships {name})")
    return found


def own_catalogs() -> list[str]:
    """Roles that keep their own catalog, found by their ``<role>_<lang>.ts`` files."""
    names = {p.stem.rsplit("_", 1)[0] for p in I18N.glob("*_*.ts")}
    return sorted(n for n in names if n != SHARED)


def sources(catalog: str = SHARED) -> list[Path]:
    """The files whose strings belong to ``catalog``."""
    if catalog != SHARED:
        folders = [UI / catalog, UI / "qml" / catalog]
        return sorted(p for f in folders if f.exists() for p in f.rglob("*") if p.suffix in SOURCE_SUFFIXES)
    claimed = [UI / name for name in own_catalogs()] + [UI / "qml" / name for name in own_catalogs()]
    return sorted(
        p
        for p in UI.rglob("*")
        if p.suffix in SOURCE_SUFFIXES and "__pycache__" not in p.parts and not any(c in p.parents for c in claimed)
    )


def ts_file(catalog: str, language: str) -> Path:
    return I18N / f"{catalog}_{language}.ts"


def qm_file(catalog: str, language: str) -> Path:
    return I18N / f"{catalog}_{language}.qm"


def update(catalog: str, language: str, target: Path | None = None) -> Path:
    """Merge the strings of the sources into ``target`` (default: the catalog's .ts)."""
    target = target or ts_file(catalog, language)
    target.parent.mkdir(parents=True, exist_ok=True)
    files = sources(catalog)
    with tempfile.NamedTemporaryFile("w", suffix=".lst", delete=False, encoding="utf-8") as listing:
        listing.write("\n".join(str(p) for p in files))
    try:
        subprocess.run(
            [
                _tool("pyside6-lupdate"),
                f"@{listing.name}",
                "-source-language",
                SOURCE_LANGUAGE,
                "-target-language",
                language,
                "-locations",
                "none",
                "-no-obsolete",
                "-silent",
                "-ts",
                str(target),
            ],
            check=True,
            cwd=ROOT,
        )
    finally:
        Path(listing.name).unlink()
    return target


def build(ts: Path, qm: Path) -> None:
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translations: tuple[str, ...]
    unfinished: bool
    numerus: bool

    @property
    def complete(self) -> bool:
        return not self.unfinished and bool(self.translations) and all(t.strip() for t in self.translations)


def messages(ts: Path) -> list[Message]:
    found = []
    for context in ElementTree.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            numerus = message.get("numerus") == "yes"
            if translation is None:
                texts: tuple[str, ...] = ()
            elif numerus:
                texts = tuple(f.text or "" for f in translation.iter("numerusform"))
            else:
                texts = (translation.text or "",)
            found.append(
                Message(
                    context=name,
                    source=message.findtext("source") or "",
                    translations=texts,
                    unfinished=kind in ("unfinished", "vanished", "obsolete"),
                    numerus=numerus,
                )
            )
    return found


def catalogs() -> list[str]:
    return [SHARED, *own_catalogs()]


def problems(names: Iterable[str] | None = None) -> list[str]:
    """Strings without a finished translation, and catalogs whose .ts lags behind the sources."""
    found: list[str] = []
    for catalog in names or catalogs():
        for language in TARGET_LANGUAGES:
            ts = ts_file(catalog, language)
            if not ts.exists():
                found.append(f"{ts.name}: missing; run `python tools/i18n.py update`")
                continue
            with tempfile.TemporaryDirectory() as folder:
                fresh = Path(folder) / ts.name
                shutil.copy(ts, fresh)
                update(catalog, language, fresh)
                current = {(m.context, m.source) for m in messages(ts)}
                for m in messages(fresh):
                    if (m.context, m.source) not in current:
                        found.append(f"{ts.name}: [{m.context}] {m.source!r} is not in the file yet")
            for m in messages(ts):
                if not m.complete:
                    found.append(f"{ts.name}: [{m.context}] {m.source!r} has no finished translation")
    return found


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "all"
    if command not in ("update", "build", "check", "all"):
        print(__doc__)
        return 2
    if command in ("update", "all"):
        for catalog in catalogs():
            for language in TARGET_LANGUAGES:
                print(f"updated {update(catalog, language).relative_to(ROOT)}")
    if command in ("build", "all"):
        for catalog in catalogs():
            for language in TARGET_LANGUAGES:
                ts, qm = ts_file(catalog, language), qm_file(catalog, language)
                if ts.exists():
                    build(ts, qm)
                    print(f"built {qm.relative_to(ROOT)}")
    if command in ("check", "all"):
        found = problems()
        for line in found:
            print(line)
        if found:
            return 1
        print("every string has a finished translation")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
