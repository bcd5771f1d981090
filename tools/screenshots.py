"""Render every walk-in kiosk screen to PNG, in Indonesian and English, landscape and portrait.

    python tools/screenshots.py                 # all screens -> docs/screenshots/kiosk-*.png
    python tools/screenshots.py ticket search   # only the screens named

Each file is ``kiosk-<screen>-<lang>-<orientation>.png``. The screens are reached by tapping
through a real kiosk (embedded database with the bundled catalog plus demo services, virtual
printer, a fixed Tuesday morning), offscreen, so no display is needed. Any layout problem the
screen tests would report (small targets, faint or cut-off text, overlaps) and any Qt warning
is printed too, and makes the command fail.
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if "XDG_RUNTIME_DIR" not in os.environ:
        runtime = tempfile.mkdtemp(prefix="mpp-qt-runtime-")
        os.chmod(runtime, 0o700)
        os.environ["XDG_RUNTIME_DIR"] = runtime
    os.environ.setdefault("MPP_KIOSK_NO_LOG_FILE", "1")
    # Screens such as "error" are reached by causing the error; its log record is expected.
    logging.getLogger().addHandler(logging.NullHandler())
    sys.path.insert(0, str(ROOT))

    from tests.support.warnings import WARNINGS as messages
    from tests.ui.kiosk.driver import KioskFactory
    from tests.ui.kiosk.layout_checks import problems
    from tests.ui.kiosk.tour import LANGUAGES, ORIENTATIONS, Tour, stops_named
    from ui.common.host import application

    messages.install_qt()
    application()
    OUT.mkdir(parents=True, exist_ok=True)
    written = 0
    reported = 0
    with tempfile.TemporaryDirectory(prefix="mpp-screenshots-") as folder:
        factory = KioskFactory(Path(folder))
        tour = Tour(factory, Path(folder))
        try:
            for stop in stops_named(*argv):
                for orientation, size in ORIENTATIONS.items():
                    for language in LANGUAGES:
                        driver = tour.visit(stop, size, language)
                        target = OUT / f"kiosk-{stop.name}-{language}-{orientation}.png"
                        driver.grab(target)
                        written += 1
                        for problem in problems(driver.window, driver.theme_unit()):
                            print(f"{target.name}: {problem}")
                            reported += 1
        finally:
            factory.close_all()
    warnings = messages.unexpected()
    for warning in warnings:
        print(f"Qt: {warning}")
    print(
        f"wrote {written} screenshots to {OUT.relative_to(ROOT)}; "
        f"{reported} layout problem(s), {len(warnings)} Qt warning(s)"
    )
    return 1 if reported or warnings else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
