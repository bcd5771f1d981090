"""A receipt as a PDF: an 80 mm roll (height fitted to the content) or an A6 page.

For offices that hand out tickets from an ordinary printer, for e-mailing a missing-documents
list, and for archiving. Text keeps its Indonesian characters when a DejaVu (or other TrueType
sans) font is installed; otherwise it falls back to Helvetica with the same ASCII normalisation
the thermal printer gets. The QR code is drawn as vector squares from the same matrix the
printer preview uses, so it scans at any zoom.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from reportlab.lib.pagesizes import A6
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from devices.printing.fonts import SANS_BOLD, SANS_REGULAR, font_path
from devices.printing.qr import QUIET_ZONE, qr_matrix
from devices.printing.text import normalise
from kiosk.receipts.document import QR, Align, Cut, Document, Feed, Rule, Text

PageKind = Literal["roll80", "a6"]
ROLL_WIDTH = 80 * mm


@dataclass(frozen=True)
class _PageSpec:
    width: float
    height: float | None  # None: fitted to the content
    margin_x: float
    margin_y: float
    base_size: float
    qr_size: float


_PAGES: dict[PageKind, _PageSpec] = {
    "roll80": _PageSpec(ROLL_WIDTH, None, 4 * mm, 5 * mm, 9.0, 32 * mm),
    "a6": _PageSpec(A6[0], A6[1], 8 * mm, 8 * mm, 10.0, 36 * mm),
}


@dataclass(frozen=True)
class _Fonts:
    regular: str
    bold: str
    unicode: bool


def _fonts() -> _Fonts:
    regular, bold = font_path(SANS_REGULAR), font_path(SANS_BOLD)
    if regular and bold and regular.lower().endswith(".ttf") and bold.lower().endswith(".ttf"):
        try:
            if "Receipt-Regular" not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(TTFont("Receipt-Regular", regular))
                pdfmetrics.registerFont(TTFont("Receipt-Bold", bold))
            return _Fonts("Receipt-Regular", "Receipt-Bold", unicode=True)
        except Exception:  # a broken font file must not stop the PDF; Helvetica always works
            pass
    return _Fonts("Helvetica", "Helvetica-Bold", unicode=False)


@dataclass(frozen=True)
class _Line:
    text: str
    font: str
    size: float
    scale: float  # horizontal scale, width multiplier / height multiplier
    align: Align
    height: float


@dataclass(frozen=True)
class _Space:
    height: float


@dataclass(frozen=True)
class _RuleOp:
    height: float


@dataclass(frozen=True)
class _QrOp:
    matrix: list[list[bool]]
    size: float
    height: float


@dataclass(frozen=True)
class _Break:
    height: float = 0.0


_Op = _Line | _Space | _RuleOp | _QrOp | _Break


def _clean(text: str, fonts: _Fonts) -> str:
    if fonts.unicode:
        lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        return "\n".join(
            " ".join("".join(c for c in line if c.isprintable()).split()) for line in lines
        )
    return normalise(text)


def _wrap(text: str, font: str, size: float, scale: float, width: float, indent: int
          ) -> Iterator[str]:
    """Greedy word wrap by measured width, with a hanging indent for continuation lines."""

    def measure(s: str) -> float:
        return float(pdfmetrics.stringWidth(s, font, size)) * scale

    pad = " " * indent if measure(" " * indent) < width / 2 else ""
    for paragraph in text.split("\n"):
        words = paragraph.split()
        if not words:
            yield ""
            continue
        line = ""
        for word in words:
            candidate = f"{line} {word}" if line.strip() else f"{line}{word}"
            if measure(candidate) <= width:
                line = candidate
                continue
            if line.strip():
                yield line
                line = pad + word
            else:
                line = candidate
            while measure(line) > width and len(line) > len(pad) + 1:
                # A word wider than the page is split rather than run off the edge.
                cut = len(line)
                while cut > len(pad) + 1 and measure(line[:cut]) > width:
                    cut -= 1
                yield line[:cut]
                line = pad + line[cut:]
        yield line


def _fitted(text: str, font: str, size: float, scale: float, width: float, *, floor: float) -> float:
    """A size at which the longest word fits the line, as the ESC/POS renderer shrinks: a
    tracking number or ticket code split over two lines would be misread, a smaller one is not.
    Words still too long at ``floor`` (a long web address) are split by the wrap."""
    longest = max((float(pdfmetrics.stringWidth(w, font, size)) * scale for w in text.split()), default=0.0)
    if longest <= width:
        return size
    return max(floor, size * width / longest * 0.98)


def _layout(document: Document, spec: _PageSpec, fonts: _Fonts) -> list[_Op]:
    usable = spec.width - 2 * spec.margin_x
    base = spec.base_size
    ops: list[_Op] = []
    for block in document.blocks:
        if isinstance(block, Text):
            width_mul, height_mul = block.size
            size = base * height_mul
            scale = width_mul / height_mul
            font = fonts.bold if block.bold else fonts.regular
            text = _clean(block.text, fonts)
            size = _fitted(text, font, size, scale, usable, floor=base * 0.6)
            for line in _wrap(text, font, size, scale, usable, block.indent):
                ops.append(_Line(line, font, size, scale, block.align, size * 1.25))
        elif isinstance(block, Rule):
            ops.append(_RuleOp(base * 1.0))
        elif isinstance(block, Feed):
            ops.append(_Space(base * 1.25 * block.lines))
        elif isinstance(block, QR):
            matrix = qr_matrix(block.payload)
            # The quiet zone is white space above and below as well as to the sides.
            ops.append(_QrOp(matrix, spec.qr_size, spec.qr_size))
        elif isinstance(block, Cut):
            ops.append(_Break())
    while ops and isinstance(ops[-1], _Break):
        ops.pop()
    return ops


def _draw(canvas: Canvas, op: _Op, top: float, spec: _PageSpec) -> None:
    left, usable = spec.margin_x, spec.width - 2 * spec.margin_x
    if isinstance(op, _Line):
        if not op.text:
            return
        width = float(pdfmetrics.stringWidth(op.text, op.font, op.size)) * op.scale
        x = left
        if op.align == "center":
            x = left + (usable - width) / 2
        elif op.align == "right":
            x = left + usable - width
        baseline = top - op.size * 1.0
        text = canvas.beginText(x, baseline)
        text.setFont(op.font, op.size)
        text.setHorizScale(op.scale * 100)
        text.textOut(op.text)
        canvas.drawText(text)
    elif isinstance(op, _RuleOp):
        y = top - op.height / 2
        canvas.setLineWidth(0.6)
        canvas.setDash(2, 2)
        canvas.line(left, y, left + usable, y)
        canvas.setDash()
    elif isinstance(op, _QrOp):
        count = len(op.matrix) + 2 * QUIET_ZONE
        module = op.size / count
        x0 = left + (usable - op.size) / 2 + QUIET_ZONE * module
        y0 = top - QUIET_ZONE * module
        canvas.setFillGray(0)
        for row_index, row in enumerate(op.matrix):
            for col_index, dark in enumerate(row):
                if dark:
                    # Slightly oversized squares close hairline gaps some viewers show.
                    canvas.rect(x0 + col_index * module, y0 - (row_index + 1) * module,
                                module + 0.01, module + 0.01, stroke=0, fill=1)
    elif isinstance(op, _Break):
        y = top - 1.5 * mm
        canvas.setLineWidth(0.4)
        canvas.setStrokeGray(0.6)
        canvas.setDash(4, 3)
        canvas.line(0, y, spec.width, y)
        canvas.setDash()
        canvas.setStrokeGray(0)


def _op_height(op: _Op) -> float:
    return 3 * mm if isinstance(op, _Break) else op.height


def render_pdf(document: Document, page: PageKind = "roll80") -> bytes:
    """The document as PDF bytes. On A6, a Cut starts a new page; on the roll it leaves a
    dashed tear line between receipts."""
    if page not in _PAGES:
        raise ValueError(f"page must be one of {', '.join(_PAGES)}")
    spec = _PAGES[page]
    fonts = _fonts()
    ops = _layout(document, spec, fonts)
    buffer = io.BytesIO()
    if spec.height is None:
        content = sum(_op_height(op) for op in ops)
        height = content + 2 * spec.margin_y
        canvas = Canvas(buffer, pagesize=(spec.width, height), invariant=1)
        pages_height = height
    else:
        canvas = Canvas(buffer, pagesize=(spec.width, spec.height), invariant=1)
        pages_height = spec.height
    canvas.setTitle(document.title or "Struk")
    canvas.setAuthor("MPP Kiosk")
    canvas.setCreator("MPP Kiosk")
    top = pages_height - spec.margin_y
    for op in ops:
        if spec.height is not None:
            if isinstance(op, _Break):
                canvas.showPage()
                top = pages_height - spec.margin_y
                continue
            if top - op.height < spec.margin_y and top < pages_height - spec.margin_y:
                canvas.showPage()
                top = pages_height - spec.margin_y
        _draw(canvas, op, top, spec)
        top -= _op_height(op)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def write_pdf(document: Document, path: Path, page: PageKind = "roll80") -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(render_pdf(document, page))
    return path
