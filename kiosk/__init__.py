"""MPP Kiosk domain core: catalog, queue, calendar, surveys, complaints, reports, storage.

Nothing in this package imports Qt, so every capability of a terminal is usable (and testable)
without a screen.
"""

__version__ = "0.1.0"
