"""A4 portrait pages shared by every report PDF: fonts, styles, header and footer.

The fonts are the Bitstream Vera files shipped inside reportlab, embedded in the PDF, so a
report looks the same on the office's Windows PC, the printer shop's Mac and the website.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from fractions import Fraction
from functools import cache
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from kiosk.calendar.wording import MONTH_NAMES_ID

FONT = "MppVera"
FONT_BOLD = "MppVera-Bold"
FONT_ITALIC = "MppVera-Italic"
PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 18 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#52606d")
RULE = colors.HexColor("#9aa5b1")
HEAD_FILL = colors.HexColor("#e4e7eb")
ACCENT = colors.HexColor("#0b5394")
# Band colours on charts: green A, blue B, amber C, red D.
BAND_COLOURS = {
    "A": colors.HexColor("#2e7d32"),
    "B": colors.HexColor("#1565c0"),
    "C": colors.HexColor("#ef8f00"),
    "D": colors.HexColor("#c62828"),
}


@cache
def register_fonts() -> None:
    pdfmetrics.registerFont(TTFont(FONT, "Vera.ttf"))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, "VeraBd.ttf"))
    pdfmetrics.registerFont(TTFont(FONT_ITALIC, "VeraIt.ttf"))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD)


@cache
def _covered() -> frozenset[int]:
    register_fonts()
    font = pdfmetrics.getFont(FONT)
    return frozenset(font.face.charToGlyph)


def printable(text: str) -> str:
    """``text`` without the characters the embedded font lacks (emoji, other scripts), which a
    reader of the published report would otherwise see as black boxes."""
    covered = _covered()
    kept = "".join(c for c in text if ord(c) in covered or c == "\n")
    return "\n".join(" ".join(line.split()) for line in kept.split("\n"))


def escape(text: str) -> str:
    """Plain text for a Paragraph, which reads a small XML markup."""
    return printable(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")


def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=13, textColor=INK)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10.5, textColor=MUTED),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=11),
        "head": ParagraphStyle("head", parent=base, fontName=FONT_BOLD, fontSize=7.5, leading=9.5, alignment=TA_RIGHT),
        "head_left": ParagraphStyle("head_left", parent=base, fontName=FONT_BOLD, fontSize=7.5, leading=9.5),
        "cell_bold": ParagraphStyle("cell_bold", parent=base, fontName=FONT_BOLD, fontSize=8.5, leading=11),
        "title": ParagraphStyle(
            "title", parent=base, fontName=FONT_BOLD, fontSize=15, leading=19, alignment=TA_CENTER, spaceAfter=2
        ),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=10.5, leading=14, alignment=TA_CENTER),
        "office": ParagraphStyle(
            "office", parent=base, fontName=FONT_BOLD, fontSize=10, leading=13, alignment=TA_CENTER, textColor=MUTED
        ),
        "h2": ParagraphStyle(
            "h2", parent=base, fontName=FONT_BOLD, fontSize=11.5, leading=15, spaceBefore=10, spaceAfter=5,
            textColor=ACCENT,
        ),
        "h3": ParagraphStyle("h3", parent=base, fontName=FONT_BOLD, fontSize=9.5, leading=12, spaceAfter=2),
        "big": ParagraphStyle(
            "big", parent=base, fontName=FONT_BOLD, fontSize=22, leading=26, alignment=TA_CENTER, textColor=ACCENT
        ),
        "big_words": ParagraphStyle(
            "big_words", parent=base, fontName=FONT_BOLD, fontSize=14, leading=17, alignment=TA_CENTER,
            textColor=ACCENT,
        ),
        "center": ParagraphStyle("center", parent=base, alignment=TA_CENTER),
    }


def decimal_id(value: Decimal | Fraction | float | int | None, places: int = 2) -> str:
    """Indonesian decimal comma and thousands dot: ``88,31``, ``1.234``; a dash for nothing."""
    if value is None:
        return "–"
    quantised = Decimal(str(float(value))) if not isinstance(value, Decimal) else value
    text = f"{quantised:,.{places}f}"
    return text.replace(",", "\u0000").replace(".", ",").replace("\u0000", ".")


def integer_id(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def percent_id(part: int, whole: int) -> str:
    return "–" if whole == 0 else decimal_id(Decimal(part * 100) / Decimal(whole), 1) + " %"


def stamp_id(moment: datetime) -> str:
    """``24 November 2026 14.05``"""
    return f"{moment.day} {MONTH_NAMES_ID[moment.month - 1]} {moment.year} {moment.hour:02d}.{moment.minute:02d}"


def grid_table(
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    *,
    header_rows: int = 1,
    align_right_from: int | None = None,
    bold_last: bool = False,
    extra: Sequence[tuple[Any, ...]] = (),
) -> Table:
    table = Table(list(rows), colWidths=list(widths), repeatRows=header_rows)
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), FONT, 8.5),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("FONT", (0, 0), (-1, header_rows - 1), FONT_BOLD, 8.5),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEAD_FILL),
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if align_right_from is not None:
        commands.append(("ALIGN", (align_right_from, header_rows), (-1, -1), "RIGHT"))
    if bold_last:
        commands.append(("FONT", (0, -1), (-1, -1), FONT_BOLD, 8.5))
    commands.extend(extra)
    table.setStyle(TableStyle(commands))
    return table


def _numbered_canvas(footer_left: str, header_right: str) -> type[Canvas]:
    class NumberedCanvas(Canvas):  # type: ignore[misc]
        """Holds pages until the end so each footer can say "Halaman 2 dari 3"."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._decorate(number, total)
                super().showPage()
            super().save()

        def _decorate(self, number: int, total: int) -> None:
            self.saveState()
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.line(MARGIN, 14 * mm, PAGE_WIDTH - MARGIN, 14 * mm)
            self.setFont(FONT, 7.5)
            self.setFillColor(MUTED)
            self.drawString(MARGIN, 10 * mm, printable(footer_left))
            self.drawRightString(PAGE_WIDTH - MARGIN, 10 * mm, f"Halaman {number} dari {total}")
            if number > 1:
                self.drawRightString(PAGE_WIDTH - MARGIN, PAGE_HEIGHT - 11 * mm, printable(header_right))
            self.restoreState()

    return NumberedCanvas


@dataclass(frozen=True)
class ReportHead:
    """What every report PDF opens with and names on each page: the office, the hall, the
    report's name, its period and scope, and when it was made (local time)."""

    office: str
    hall: str
    name: str  # "Laporan SKM", "Laporan Antrean"
    heading: str  # the title on the first page
    subject: str  # the document property
    period_label: str  # "Triwulan IV 2026"
    period_line: str  # under the title: the label, and the span where it says more
    scope_label: str
    made_at: datetime


def report_title(head: ReportHead) -> list[Flowable]:
    st = styles()
    return [
        paragraph(head.office.upper(), st["office"]),
        paragraph(head.hall, st["center"]),
        Spacer(1, 5 * mm),
        paragraph(head.heading, st["title"]),
        paragraph(head.period_line, st["subtitle"]),
        paragraph(f"Cakupan: {head.scope_label}", st["subtitle"]),
        Spacer(1, 5 * mm),
    ]


def figure_box(titles: Sequence[str], values: Sequence[Paragraph], *, height: float,
               extra: Sequence[tuple[Any, ...]] = ()) -> Table:
    """The boxed row of headline figures under a report's title."""
    st = styles()
    table = Table(
        [[Paragraph(t, st["center"]) for t in titles], list(values)],
        colWidths=[CONTENT_WIDTH / len(titles)] * len(titles),
        rowHeights=[None, height],
    )
    table.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 0.8, RULE),
        ("INNERGRID", (0, 0), (-1, -1), 0.4, RULE),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        *extra,
    ]))
    return table


def write_report_pdf(path: Path, head: ReportHead, story: list[Flowable]) -> None:
    name = f"{head.name} {head.period_label}"
    build_pdf(
        path,
        [*report_title(head), *story],
        title=name,
        subject=head.subject,
        footer_left=f"{head.office} · {name} · dibuat {stamp_id(head.made_at)}",
        header_right=name,
    )


def build_pdf(
    path: Path, story: list[Flowable], *, title: str, subject: str, footer_left: str, header_right: str
) -> None:
    register_fonts()
    path.parent.mkdir(parents=True, exist_ok=True)
    doc = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=16 * mm,
        bottomMargin=20 * mm,
        title=title,
        subject=subject,
        author="MPP Kiosk",
        creator="MPP Kiosk",
        lang="id",
    )
    doc.build(story, canvasmaker=_numbered_canvas(footer_left, header_right))


def paragraph(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text (escaped); use Paragraph directly for trusted markup."""
    return Paragraph(escape(text), style)
