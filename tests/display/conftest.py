import os

# Screens render offscreen in tests; set before any Qt module creates the application.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.display.qtsupport import qt_clean
from tests.staff.hall import hall

__all__ = ["hall", "qt_clean"]
