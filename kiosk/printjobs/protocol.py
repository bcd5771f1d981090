"""What the core needs from a printer. devices.printing.Printer satisfies it; the core does not
import devices, so the queue logic can be reasoned about (and typed) without hardware code."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from kiosk.receipts.document import Document


class PrintOutcome(Protocol):
    @property
    def ok(self) -> bool: ...
    @property
    def reason_code(self) -> str: ...
    @property
    def message_id(self) -> str: ...
    @property
    def message_en(self) -> str: ...
    @property
    def staff_message_id(self) -> str: ...
    @property
    def warning(self) -> bool: ...
    @property
    def preview_png(self) -> Path | None: ...


class DocumentPrinter(Protocol):
    def print_document(self, document: Document) -> PrintOutcome: ...
