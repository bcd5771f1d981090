"""A receipt described as a sequence of blocks, independent of any printer.

Blocks carry intent ("centred, bold, four times as large") rather than printer columns, so the
same document prints on a 58 mm or an 80 mm roll and renders to a PDF. Renderers wrap text to the
width they have.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, TypeAlias

Align: TypeAlias = Literal["left", "center", "right"]
ALIGNMENTS: tuple[Align, ...] = ("left", "center", "right")
MAX_MULTIPLIER = 8


@dataclass(frozen=True)
class Text:
    """A paragraph. ``size`` is the (width, height) character multiplier, 1..8 each.

    Explicit newlines start new lines; longer lines wrap at word boundaries. ``indent`` gives
    continuation lines a hanging indent (in characters) so numbered lists stay readable.
    """

    text: str
    align: Align = "left"
    bold: bool = False
    size: tuple[int, int] = (1, 1)
    indent: int = 0

    def __post_init__(self) -> None:
        if self.align not in ALIGNMENTS:
            raise ValueError(f"align must be one of {ALIGNMENTS}, not {self.align!r}")
        if len(self.size) != 2 or not all(1 <= m <= MAX_MULTIPLIER for m in self.size):
            raise ValueError(f"size must be (width, height) with each 1..8, not {self.size!r}")
        if self.indent < 0:
            raise ValueError("indent must not be negative")


@dataclass(frozen=True)
class Rule:
    """A line of dashes across the whole printable width."""


@dataclass(frozen=True)
class QR:
    """A QR code, centred, holding ``payload``."""

    payload: str

    def __post_init__(self) -> None:
        if not self.payload:
            raise ValueError("a QR code needs a payload")


@dataclass(frozen=True)
class Feed:
    """Blank paper of ``lines`` text lines."""

    lines: int = 1

    def __post_init__(self) -> None:
        if not 0 <= self.lines <= 255:
            raise ValueError("feed lines must be 0..255")


@dataclass(frozen=True)
class Cut:
    """End of the receipt: cut where the printer has a cutter, otherwise feed to the tear bar."""


Block: TypeAlias = Text | Rule | QR | Feed | Cut


@dataclass(frozen=True)
class Document:
    """An ordered receipt. ``title`` names it in previews, PDFs and logs."""

    blocks: tuple[Block, ...]
    title: str = field(default="")

    def __post_init__(self) -> None:
        if not isinstance(self.blocks, tuple):
            raise TypeError("Document.blocks must be a tuple so documents stay immutable")
        for block in self.blocks:
            if not isinstance(block, Text | Rule | QR | Feed | Cut):
                raise TypeError(f"not a receipt block: {block!r}")

    def texts(self) -> list[str]:
        """The text of every Text block, for searching and logging."""
        return [b.text for b in self.blocks if isinstance(b, Text)]

    def qr_payloads(self) -> list[str]:
        return [b.payload for b in self.blocks if isinstance(b, QR)]
