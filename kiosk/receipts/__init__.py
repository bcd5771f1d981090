"""Printer-neutral receipts: the document model, the layouts the kiosk prints, Indonesian dates.

Nothing here performs I/O; ``devices.printing`` turns a :class:`Document` into ESC/POS bytes,
a preview image or a PDF.
"""

from kiosk.receipts.document import QR, Block, Cut, Document, Feed, Rule, Text

__all__ = ["QR", "Block", "Cut", "Document", "Feed", "Rule", "Text"]
